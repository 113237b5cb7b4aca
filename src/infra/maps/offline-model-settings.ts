import type { LatLng } from '../../domain/places/place.js';

/** How built-up the surroundings of a point are, which sets its speed. */
export type AreaClass = 'centre' | 'district' | 'village';

/**
 * Settings of the offline travel-time model. Every field has an İzmit
 * default in {@link DEFAULT_OFFLINE_SETTINGS}; docs/travel-times.md says how
 * to calibrate them against real trips.
 */
export interface OfflineModelSettings {
  /** Road distance ÷ great-circle distance. Urban grids are ≈ 1.2–1.4; İzmit's hills and gulf ≈ 1.3. */
  readonly detourFactor: number;
  /** The point the areas are measured from (İzmit clock tower). */
  readonly centre: LatLng;
  /** Within this many metres of `centre` a point is `centre`. */
  readonly centreRadiusM: number;
  /** Within this many metres (and beyond `centreRadiusM`) a point is `district`; farther, `village`. */
  readonly districtRadiusM: number;
  /** Free-flow speed in km/h by area. */
  readonly speedKmh: Readonly<Record<AreaClass, number>>;
  /**
   * How much of the hourly slow-down applies in each area, 0..1: the centre
   * gets all of the rush hour, village roads little of it.
   */
  readonly congestionWeight: Readonly<Record<AreaClass, number>>;
  /** Speed factor by local hour (24 entries) on weekdays; 1 = free flow, 0.6 = 40 % slower. */
  readonly weekdaySpeedFactorByHour: readonly number[];
  /** Speed factor by local hour (24 entries) on Saturdays and Sundays. */
  readonly weekendSpeedFactorByHour: readonly number[];
  /** Seconds added to every trip between distinct points: pulling out, parking, the last metres. */
  readonly tripOverheadSec: number;
  /** IANA zone in which hours of day are judged. */
  readonly timeZone: string;
}

/** Defaults for İzmit, from typical urban speeds in Turkish cities of its size; calibrate before relying on them. */
export const DEFAULT_OFFLINE_SETTINGS: OfflineModelSettings = Object.freeze({
  detourFactor: 1.3,
  centre: Object.freeze({ lat: 40.7656, lng: 29.9406 }),
  centreRadiusM: 2_500,
  districtRadiusM: 7_000,
  speedKmh: Object.freeze({ centre: 24, district: 38, village: 50 }),
  congestionWeight: Object.freeze({ centre: 1, district: 0.8, village: 0.3 }),
  // Commuter peaks 07–09 and 17–19 (D-100 and the coast road), a lighter
  // midday, free roads at night.
  weekdaySpeedFactorByHour: Object.freeze([
    1.1, 1.1, 1.1, 1.1, 1.1, 1.05, 1, 0.8, 0.65, 0.8, 0.9, 0.9, 0.88, 0.88, 0.9, 0.85, 0.78, 0.6,
    0.65, 0.8, 0.92, 0.97, 1.03, 1.08,
  ]),
  // Weekends: no commuter peak, a shopping-and-visits plateau in the afternoon.
  weekendSpeedFactorByHour: Object.freeze([
    1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.05, 1, 0.97, 0.93, 0.88, 0.85, 0.85, 0.85, 0.85, 0.85,
    0.85, 0.87, 0.92, 0.96, 1, 1.05, 1.08,
  ]),
  tripOverheadSec: 60,
  timeZone: 'Europe/Istanbul',
});

/** Defaults overridden by `partial`, checked so that a typo fails at start-up, not in a plan. */
export function resolveOfflineSettings(
  partial: Partial<OfflineModelSettings> = {},
): OfflineModelSettings {
  const s: OfflineModelSettings = {
    ...DEFAULT_OFFLINE_SETTINGS,
    ...partial,
    speedKmh: { ...DEFAULT_OFFLINE_SETTINGS.speedKmh, ...partial.speedKmh },
    congestionWeight: { ...DEFAULT_OFFLINE_SETTINGS.congestionWeight, ...partial.congestionWeight },
  };
  const fail = (what: string) => {
    throw new RangeError(`Invalid offline travel-time setting: ${what}`);
  };
  if (!(s.detourFactor >= 1)) fail('detourFactor must be ≥ 1');
  if (!(s.centreRadiusM >= 0 && s.districtRadiusM >= s.centreRadiusM)) {
    fail('need 0 ≤ centreRadiusM ≤ districtRadiusM');
  }
  for (const area of ['centre', 'district', 'village'] as const) {
    if (!(s.speedKmh[area] > 0)) fail(`speedKmh.${area} must be > 0`);
    const w = s.congestionWeight[area];
    if (!(w >= 0 && w <= 1)) fail(`congestionWeight.${area} must be within 0..1`);
  }
  for (const [name, table] of [
    ['weekdaySpeedFactorByHour', s.weekdaySpeedFactorByHour],
    ['weekendSpeedFactorByHour', s.weekendSpeedFactorByHour],
  ] as const) {
    if (table.length !== 24 || !table.every((f) => f > 0))
      fail(`${name} needs 24 positive factors`);
  }
  if (!(s.tripOverheadSec >= 0)) fail('tripOverheadSec must be ≥ 0');
  return s;
}
