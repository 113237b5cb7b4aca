import { DateTime } from 'luxon';
import type { LatLng } from '../../domain/places/place.js';
import { EARTH_RADIUS_M, haversineMetres } from './great-circle.js';
import {
  type AreaClass,
  type OfflineModelSettings,
  resolveOfflineSettings,
} from './offline-model-settings.js';
import type {
  ObservableTravelTimeProvider,
  TravelMatrixResult,
  TravelTimeStats,
} from './travel-time-provider.js';
import { assertValidPoints } from './valid-points.js';

const RAD = Math.PI / 180;

/** A point prepared for pair-by-pair estimates (see `durationBetween`). */
export interface OfflinePoint {
  readonly sinLat: number;
  readonly cosLat: number;
  readonly sinLng: number;
  readonly cosLng: number;
  readonly area: AreaClass;
}

/** Seconds and metres for one origin → destination pair. */
export interface TravelEstimate {
  readonly durationSec: number;
  readonly distanceM: number;
}

/**
 * The offline model prepared for one set of points and one departure time:
 * `estimate(i, j)` costs a handful of floating-point operations, so a
 * 500 × 500 matrix takes a few milliseconds.
 */
export interface PreparedOfflineModel {
  estimate(originIndex: number, destinationIndex: number): TravelEstimate;
  /** Writes origin `originIndex`'s row into the arrays (as long as the destinations). */
  fillRow(originIndex: number, durationsSec: number[], distancesM: number[]): void;
}

// Per point: sines and cosines of latitude and longitude, so that the
// haversine term needs no trigonometry per pair (sin²(Δ/2) = (1 − cos Δ)/2,
// and cos Δ comes from the products); only asin and sqrt remain.
interface PreparedPoints {
  readonly sinLat: Float64Array;
  readonly cosLat: Float64Array;
  readonly sinLng: Float64Array;
  readonly cosLng: Float64Array;
  /** Seconds per road metre for half a trip that starts or ends here. */
  readonly halfPace: Float64Array;
}

/** The pure offline model: great-circle distance × detour factor, speed by area and hour. */
export class OfflineTravelModel {
  readonly settings: OfflineModelSettings;

  constructor(settings: Partial<OfflineModelSettings> = {}) {
    this.settings = resolveOfflineSettings(settings);
  }

  /** The area a point counts as, by its distance from the configured centre. */
  areaOf(point: LatLng): AreaClass {
    const d = haversineMetres(point, this.settings.centre);
    if (d <= this.settings.centreRadiusM) return 'centre';
    if (d <= this.settings.districtRadiusM) return 'district';
    return 'village';
  }

  /** The hourly speed factor (before area weighting) at a departure time, in the settings' time zone. */
  hourFactor(departAt: Date): number {
    const local = DateTime.fromJSDate(departAt, { zone: this.settings.timeZone });
    const table =
      local.weekday >= 6
        ? this.settings.weekendSpeedFactorByHour
        : this.settings.weekdaySpeedFactorByHour;
    return table[local.hour] ?? 1;
  }

  /** Speed in km/h of an area at a departure time. */
  speedKmh(area: AreaClass, departAt: Date, factor = this.hourFactor(departAt)): number {
    const weight = this.settings.congestionWeight[area];
    return this.settings.speedKmh[area] * (1 - weight * (1 - factor));
  }

  /**
   * Prepares the model for these points at this time. A trip's time is its
   * road distance driven half at the origin's area speed and half at the
   * destination's, which keeps the model symmetric.
   */
  prepare(
    origins: readonly LatLng[],
    destinations: readonly LatLng[],
    departAt: Date,
  ): PreparedOfflineModel {
    const factor = this.hourFactor(departAt);
    const halfPaceOf = (area: AreaClass) =>
      0.5 / ((this.speedKmh(area, departAt, factor) * 1000) / 3600);
    const pace: Record<AreaClass, number> = {
      centre: halfPaceOf('centre'),
      district: halfPaceOf('district'),
      village: halfPaceOf('village'),
    };
    const o = this.preparePoints(origins, pace);
    const d = origins === destinations ? o : this.preparePoints(destinations, pace);
    const roadPerRad = 2 * EARTH_RADIUS_M * this.settings.detourFactor;
    const overhead = this.settings.tripOverheadSec;
    return {
      estimate(i: number, j: number): TravelEstimate {
        const road = roadMetres(o, i, d, j, roadPerRad);
        // Under a metre is the same door: no overhead, so the diagonal is zero.
        if (road < 1) return { durationSec: 0, distanceM: 0 };
        return {
          durationSec: Math.round(road * (o.halfPace[i]! + d.halfPace[j]!) + overhead),
          distanceM: Math.round(road),
        };
      },
      fillRow(i: number, durations: number[], distances: number[]): void {
        const oh = o.halfPace[i]!;
        for (let j = 0; j < durations.length; j++) {
          const road = roadMetres(o, i, d, j, roadPerRad);
          if (road < 1) {
            durations[j] = 0;
            distances[j] = 0;
          } else {
            durations[j] = Math.round(road * (oh + d.halfPace[j]!) + overhead);
            distances[j] = Math.round(road);
          }
        }
      },
    };
  }

  /** The whole matrix, synchronously. */
  matrix(
    origins: readonly LatLng[],
    destinations: readonly LatLng[],
    departAt: Date,
  ): { durationsSec: number[][]; distancesM: number[][] } {
    const model = this.prepare(origins, destinations, departAt);
    const durationsSec: number[][] = new Array(origins.length);
    const distancesM: number[][] = new Array(origins.length);
    for (let i = 0; i < origins.length; i++) {
      const dur: number[] = new Array(destinations.length).fill(0);
      const dist: number[] = new Array(destinations.length).fill(0);
      model.fillRow(i, dur, dist);
      durationsSec[i] = dur;
      distancesM[i] = dist;
    }
    return { durationsSec, distancesM };
  }

  /** Half-paces by area at a departure time: what the hour does to every pair. */
  halfPaces(departAt: Date): Record<AreaClass, number> {
    const factor = this.hourFactor(departAt);
    const halfPaceOf = (area: AreaClass) =>
      0.5 / ((this.speedKmh(area, departAt, factor) * 1000) / 3600);
    return {
      centre: halfPaceOf('centre'),
      district: halfPaceOf('district'),
      village: halfPaceOf('village'),
    };
  }

  /** One point's trigonometry and area, computed once and reused for every pair it is in. */
  preparePoint(point: LatLng): OfflinePoint {
    return {
      sinLat: Math.sin(point.lat * RAD),
      cosLat: Math.cos(point.lat * RAD),
      sinLng: Math.sin(point.lng * RAD),
      cosLng: Math.cos(point.lng * RAD),
      area: this.areaOf(point),
    };
  }

  /** Seconds from `a` to `b` with these half-paces: the same figure as the matrix's entry. */
  durationBetween(a: OfflinePoint, b: OfflinePoint, paces: Record<AreaClass, number>): number {
    const cosDLat = a.cosLat * b.cosLat + a.sinLat * b.sinLat;
    const cosDLng = a.cosLng * b.cosLng + a.sinLng * b.sinLng;
    const h = (1 - cosDLat) / 2 + (a.cosLat * b.cosLat * (1 - cosDLng)) / 2;
    const road =
      2 *
      EARTH_RADIUS_M *
      this.settings.detourFactor *
      Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
    if (road < 1) return 0;
    return Math.round(road * (paces[a.area] + paces[b.area]) + this.settings.tripOverheadSec);
  }

  private preparePoints(
    points: readonly LatLng[],
    pace: Record<AreaClass, number>,
  ): PreparedPoints {
    const n = points.length;
    const sinLat = new Float64Array(n);
    const cosLat = new Float64Array(n);
    const sinLng = new Float64Array(n);
    const cosLng = new Float64Array(n);
    const halfPace = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const p = points[k]!;
      sinLat[k] = Math.sin(p.lat * RAD);
      cosLat[k] = Math.cos(p.lat * RAD);
      sinLng[k] = Math.sin(p.lng * RAD);
      cosLng[k] = Math.cos(p.lng * RAD);
      halfPace[k] = pace[this.areaOf(p)];
    }
    return { sinLat, cosLat, sinLng, cosLng, halfPace };
  }
}

function roadMetres(
  o: PreparedPoints,
  i: number,
  d: PreparedPoints,
  j: number,
  roadPerRad: number,
): number {
  const cLat = o.cosLat[i]!;
  const cLat2 = d.cosLat[j]!;
  const cosDLat = cLat * cLat2 + o.sinLat[i]! * d.sinLat[j]!;
  const cosDLng = o.cosLng[i]! * d.cosLng[j]! + o.sinLng[i]! * d.sinLng[j]!;
  const h = (1 - cosDLat) / 2 + (cLat * cLat2 * (1 - cosDLng)) / 2;
  return roadPerRad * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

/**
 * The offline travel-time provider: no network, no key, always answers.
 * The default for development, tests and simulation, and the fallback of the
 * Google and OSRM providers. Invalid settings throw a `RangeError` here.
 */
export function createOfflineTravelTimeProvider(
  settings: Partial<OfflineModelSettings> = {},
): ObservableTravelTimeProvider {
  return offlineProviderFromModel(new OfflineTravelModel(settings));
}

/** The offline provider around an already-built model. */
export function offlineProviderFromModel(
  model: OfflineTravelModel,
): ObservableTravelTimeProvider & { readonly offlineModel: OfflineTravelModel } {
  let matrixCalls = 0;
  let elements = 0;
  return {
    name: 'offline',
    offlineModel: model,
    // Figures depend on the departure only through the hour's speed factor.
    timeBucketOf: (departAt) => `f${model.hourFactor(departAt)}`,
    async matrix(origins, destinations, departAt): Promise<TravelMatrixResult> {
      assertValidPoints(origins, 'origin');
      assertValidPoints(destinations, 'destination');
      matrixCalls++;
      elements += origins.length * destinations.length;
      return { ...model.matrix(origins, destinations, departAt), source: 'offline' };
    },
    stats(): TravelTimeStats {
      return {
        matrixCalls,
        elements,
        cacheHits: 0,
        remoteRequests: 0,
        retries: 0,
        remoteFailures: 0,
        fallbackElements: 0,
        cacheErrors: 0,
      };
    },
  };
}
