import type { LatLng } from '../../domain/places/place.js';
import { coordinateKey } from './coordinate-key.js';

/** Points de-duplicated by their rounded key. */
export interface UniquePoints {
  /** Rounded key of each unique point (cache keys). */
  readonly keys: string[];
  /** The first point seen for each key. */
  readonly unique: LatLng[];
  /** `map[i]`: index in `unique` of the i-th input point. */
  readonly map: Int32Array;
}

/**
 * De-duplicates points that round to the same key, so that a hundred
 * bookings from one village cost one matrix row.
 */
export function uniquePoints(points: readonly LatLng[], decimals: number): UniquePoints {
  const keys: string[] = [];
  const unique: LatLng[] = [];
  const indexOf = new Map<string, number>();
  const map = new Int32Array(points.length);
  points.forEach((p, i) => {
    const key = coordinateKey(p, decimals);
    let u = indexOf.get(key);
    if (u === undefined) {
      u = unique.length;
      indexOf.set(key, u);
      keys.push(key);
      unique.push(p);
    }
    map[i] = u;
  });
  return { keys, unique, map };
}
