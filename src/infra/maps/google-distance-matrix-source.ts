import { Agent as HttpAgent } from 'node:http';
import { Client, TrafficModel, TravelMode, UnitSystem } from '@googlemaps/google-maps-services-js';
import type { LatLng } from '../../domain/places/place.js';
import { googleClientError, googleStatusError } from './google-errors.js';
import {
  type MatrixChunkLimits,
  type PartialMatrix,
  RemoteMatrixError,
  type RemoteMatrixSource,
} from './remote-matrix-source.js';

/** Settings of the Google Distance Matrix adapter. */
export interface GoogleMapsSettings {
  readonly apiKey: string;
  /**
   * Scheme and host to send requests to instead of https://maps.googleapis.com
   * (the test fakes); paths stay Google's (`/maps/api/distancematrix/json`).
   */
  readonly baseUrl?: string | undefined;
  /** Per-request timeout. */
  readonly timeoutMs?: number | undefined;
}

/** Google's documented limits for one Distance Matrix request (client-side key). */
export const GOOGLE_DISTANCE_MATRIX_LIMITS: MatrixChunkLimits = Object.freeze({
  maxOrigins: 25,
  maxDestinations: 25,
  maxElements: 100,
});

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Google refuses a departure time in the past. Traffic repeats weekly, so a
 * past departure (re-planning, simulation) is moved on by whole weeks to the
 * same weekday and time in the future.
 */
export function futureDeparture(departAt: Date, nowMs: number): Date {
  const t = departAt.getTime();
  if (t >= nowMs) return departAt;
  return new Date(t + Math.ceil((nowMs - t) / WEEK_MS) * WEEK_MS);
}

/**
 * A Google Maps client that does not retry on its own (we retry, once, with
 * our own policy and counters) and that keeps connections alive for plain
 * HTTP too, which the fakes speak.
 */
export function createGoogleClient(timeoutMs: number): Client {
  return new Client({
    config: {
      timeout: timeoutMs,
      httpAgent: new HttpAgent({ keepAlive: true }),
      raxConfig: { retry: 0, noResponseRetries: 0 },
    },
  });
}

/** Google Distance Matrix, driving, traffic-aware (`duration_in_traffic`, best guess). */
export class GoogleDistanceMatrixSource implements RemoteMatrixSource {
  readonly name = 'google';
  readonly limits = GOOGLE_DISTANCE_MATRIX_LIMITS;
  readonly timeDependent = true;
  private readonly url: string | undefined;

  constructor(
    private readonly settings: GoogleMapsSettings,
    private readonly client: Client = createGoogleClient(settings.timeoutMs ?? 10_000),
    private readonly now: () => number = Date.now,
  ) {
    this.url = settings.baseUrl
      ? `${settings.baseUrl.replace(/\/+$/, '')}/maps/api/distancematrix/json`
      : undefined;
  }

  async fetchChunk(
    origins: readonly LatLng[],
    destinations: readonly LatLng[],
    departAt: Date,
  ): Promise<PartialMatrix> {
    let data: Awaited<ReturnType<Client['distancematrix']>>['data'];
    try {
      const response = await this.client.distancematrix({
        params: {
          key: this.settings.apiKey,
          origins: origins.map(({ lat, lng }) => ({ lat, lng })),
          destinations: destinations.map(({ lat, lng }) => ({ lat, lng })),
          mode: TravelMode.driving,
          departure_time: Math.floor(futureDeparture(departAt, this.now()).getTime() / 1000),
          traffic_model: TrafficModel.best_guess,
          units: UnitSystem.metric,
          language: 'tr',
          region: 'tr',
        },
        url: this.url,
        timeout: this.settings.timeoutMs ?? 10_000,
      });
      data = response.data;
    } catch (error) {
      throw googleClientError(error);
    }
    if (data.status !== 'OK') throw googleStatusError(String(data.status));
    if (!Array.isArray(data.rows) || data.rows.length !== origins.length) {
      throw new RemoteMatrixError('BAD_RESPONSE', true);
    }
    const durationsSec: number[][] = [];
    const distancesM: number[][] = [];
    for (const row of data.rows) {
      const elements = row.elements ?? [];
      if (elements.length !== destinations.length)
        throw new RemoteMatrixError('BAD_RESPONSE', true);
      const dur: number[] = [];
      const dist: number[] = [];
      for (const el of elements) {
        // NOT_FOUND, ZERO_RESULTS, MAX_ROUTE_LENGTH_EXCEEDED: this pair only.
        const ok = String(el.status) === 'OK';
        dur.push(
          ok ? (el.duration_in_traffic?.value ?? el.duration?.value ?? Number.NaN) : Number.NaN,
        );
        dist.push(ok ? (el.distance?.value ?? Number.NaN) : Number.NaN);
      }
      durationsSec.push(dur);
      distancesM.push(dist);
    }
    return { durationsSec, distancesM };
  }
}
