import type { TravelMatrix } from '../../scheduling/model.js';
import type { OfflineModelSettings } from './offline-model-settings.js';
import { type OfflinePoint, OfflineTravelModel } from './offline-travel-time-provider.js';

/**
 * A day's travel durations as they cross into the optimiser's thread: the
 * places and the offline model's settings, from which every pair is
 * computed again as read, plus the pairs a remote provider answered. What
 * crosses grows with the places and the pairs fetched, never with their
 * square: a 60,000-place day is a megabyte, not 29 GB.
 */
export interface PortableDurations {
  /** Latitude and longitude of each place in index order, interleaved. */
  readonly points: Float64Array;
  readonly settings: OfflineModelSettings;
  /** The departure whose hour sets the model's speeds. */
  readonly departAtMs: number;
  /** Pairs a provider answered, keyed `from · 2^26 + to` (see TravelTimeMemo). */
  readonly knownKeys: Float64Array;
  readonly knownSeconds: Float64Array;
}

/** Where `rebuildMatrix` lives, for a thread to import it (a .ts under tsx, a .js once built). */
export const PORTABLE_DURATIONS_MODULE = import.meta.url;

const SHIFT = 2 ** 26;

/**
 * The engine's matrix again from its portable form: a provider's figure
 * where one was fetched, the offline model's otherwise, exactly as
 * `TravelTimeMemo.durations` reads them. Distance is drive time, as in the
 * service (the objective is what a shift pays for).
 */
export function rebuildMatrix(portable: PortableDurations): TravelMatrix {
  const model = new OfflineTravelModel(portable.settings);
  const paces = model.halfPaces(new Date(portable.departAtMs));
  const size = portable.points.length / 2;
  const prepared: OfflinePoint[] = [];
  for (let i = 0; i < size; i++) {
    prepared.push(
      model.preparePoint({ lat: portable.points[2 * i]!, lng: portable.points[2 * i + 1]! }),
    );
  }
  const known = new Map<number, number>();
  for (let i = 0; i < portable.knownKeys.length; i++)
    known.set(portable.knownKeys[i]!, portable.knownSeconds[i]!);
  const duration = (from: number, to: number): number => {
    if (from >= size || to >= size) return Number.POSITIVE_INFINITY;
    const s = known.get(from * SHIFT + to);
    if (s !== undefined) return s;
    if (from === to) return 0;
    return model.durationBetween(prepared[from]!, prepared[to]!, paces);
  };
  return { size, duration, distance: duration };
}
