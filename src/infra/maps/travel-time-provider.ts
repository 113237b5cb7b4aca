import type { LatLng } from '../../domain/places/place.js';
import type { OfflineTravelModel } from './offline-travel-time-provider.js';

/**
 * Travel durations and road distances from every origin (row) to every
 * destination (column). Entries are finite, non-negative numbers: a provider
 * that cannot route a pair fills it from its fallback rather than leaving a gap.
 */
export interface TravelMatrixResult {
  /** `durationsSec[i][j]`: seconds from `origins[i]` to `destinations[j]`. */
  readonly durationsSec: number[][];
  /** `distancesM[i][j]`: metres by road from `origins[i]` to `destinations[j]`. */
  readonly distancesM: number[][];
  /**
   * Where the figures came from: `offline`, `google`, `osrm`, or a mix such as
   * `google+cache+offline` when some entries were cached or fell back.
   */
  readonly source: string;
}

/** Gives a travel-time matrix for origins × destinations at a departure time. */
export interface TravelTimeProvider {
  /** `offline`, `google` or `osrm`. */
  readonly name: string;
  /**
   * Durations and distances for every origin × destination pair, leaving at
   * `departAt` (a UTC instant; rush hours are judged in Europe/Istanbul).
   * Never rejects for points a car can reach: remote failures fall back.
   * Rejects with a `RangeError` for a coordinate that is not finite WGS84.
   */
  matrix(
    origins: readonly LatLng[],
    destinations: readonly LatLng[],
    departAt: Date,
  ): Promise<TravelMatrixResult>;
  /**
   * The time bucket a departure falls in: two departures in one bucket get
   * the same figures, so a memo may answer one with the other's. Absent: every
   * instant is its own bucket.
   */
  timeBucketOf?(departAt: Date): string;
  /** The offline model, when figures (or fallbacks) can be computed pair by pair without I/O. */
  readonly offlineModel?: OfflineTravelModel;
}

/** Counters a provider keeps since it was built, for metrics and tests. */
export interface TravelTimeStats {
  /** `matrix()` calls. */
  readonly matrixCalls: number;
  /** Origin × destination pairs asked for. */
  readonly elements: number;
  /** Pairs served from the Redis cache. */
  readonly cacheHits: number;
  /** HTTP requests sent to the remote service (retries included). */
  readonly remoteRequests: number;
  /** Requests retried after a transient failure. */
  readonly retries: number;
  /** Remote chunks that failed for good (after retries) and fell back. */
  readonly remoteFailures: number;
  /** Pairs filled by the offline model because the remote one failed or had no route. */
  readonly fallbackElements: number;
  /** Cache reads or writes that failed (the cache is optional: the call goes on without it). */
  readonly cacheErrors: number;
}

/** A provider that counts what it does; every provider built here is one. */
export interface ObservableTravelTimeProvider extends TravelTimeProvider {
  /** A snapshot of the counters. */
  stats(): TravelTimeStats;
}
