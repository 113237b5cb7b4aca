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

const RAD = Math.PI / 180;

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
}

interface PreparedPoints {
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  readonly cosLat: Float64Array;
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

  /** Speed in km/h of an area at a departure time (hour judged in the settings' time zone). */
  speedKmh(area: AreaClass, departAt: Date): number {
    const local = DateTime.fromJSDate(departAt, { zone: this.settings.timeZone });
    const table =
      local.weekday >= 6
        ? this.settings.weekendSpeedFactorByHour
        : this.settings.weekdaySpeedFactorByHour;
    const factor = table[local.hour] ?? 1;
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
    const pace: Record<AreaClass, number> = {
      centre: 0.5 / ((this.speedKmh('centre', departAt) * 1000) / 3600),
      district: 0.5 / ((this.speedKmh('district', departAt) * 1000) / 3600),
      village: 0.5 / ((this.speedKmh('village', departAt) * 1000) / 3600),
    };
    const o = this.preparePoints(origins, pace);
    const d = origins === destinations ? o : this.preparePoints(destinations, pace);
    const detour = this.settings.detourFactor;
    const overhead = this.settings.tripOverheadSec;
    return {
      estimate(i: number, j: number): TravelEstimate {
        const dLat = (d.lat[j]! - o.lat[i]!) / 2;
        const dLng = (d.lng[j]! - o.lng[i]!) / 2;
        const sLat = Math.sin(dLat);
        const sLng = Math.sin(dLng);
        const h = sLat * sLat + o.cosLat[i]! * d.cosLat[j]! * sLng * sLng;
        const road = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))) * detour;
        // Under a metre is the same door: no overhead, so the diagonal is zero.
        if (road < 1) return { durationSec: 0, distanceM: 0 };
        return {
          durationSec: Math.round(road * (o.halfPace[i]! + d.halfPace[j]!) + overhead),
          distanceM: Math.round(road),
        };
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
      const dur: number[] = new Array(destinations.length);
      const dist: number[] = new Array(destinations.length);
      for (let j = 0; j < destinations.length; j++) {
        const e = model.estimate(i, j);
        dur[j] = e.durationSec;
        dist[j] = e.distanceM;
      }
      durationsSec[i] = dur;
      distancesM[i] = dist;
    }
    return { durationsSec, distancesM };
  }

  private preparePoints(
    points: readonly LatLng[],
    pace: Record<AreaClass, number>,
  ): PreparedPoints {
    const n = points.length;
    const lat = new Float64Array(n);
    const lng = new Float64Array(n);
    const cosLat = new Float64Array(n);
    const halfPace = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const p = points[k]!;
      lat[k] = p.lat * RAD;
      lng[k] = p.lng * RAD;
      cosLat[k] = Math.cos(lat[k]!);
      halfPace[k] = pace[this.areaOf(p)];
    }
    return { lat, lng, cosLat, halfPace };
  }
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
export function offlineProviderFromModel(model: OfflineTravelModel): ObservableTravelTimeProvider {
  let matrixCalls = 0;
  let elements = 0;
  return {
    name: 'offline',
    async matrix(origins, destinations, departAt): Promise<TravelMatrixResult> {
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
