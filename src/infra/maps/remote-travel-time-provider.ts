import type { Logger } from 'pino';
import type { LatLng } from '../../domain/places/place.js';
import { weeklyTimeBucket } from './coordinate-key.js';
import { groupMissing, planMatrixChunks } from './matrix-chunks.js';
import type { OfflineTravelModel } from './offline-travel-time-provider.js';
import {
  asRemoteMatrixError,
  RemoteMatrixError,
  type RemoteMatrixSource,
} from './remote-matrix-source.js';
import { type RetryPolicy, runPool, withRetries } from './retry.js';
import type { CachedElement, RedisTravelTimeCache } from './travel-time-cache.js';
import type {
  ObservableTravelTimeProvider,
  TravelMatrixResult,
  TravelTimeStats,
} from './travel-time-provider.js';
import { uniquePoints } from './unique-points.js';
import { assertValidPoints } from './valid-points.js';

/** Knobs of the remote provider; see `createTravelTimeProvider` for defaults. */
export interface RemoteProviderSettings {
  readonly retry: RetryPolicy;
  /** Requests in flight at once for one matrix. */
  readonly concurrency: number;
  /** After a quota or key refusal, go straight to the fallback for this long. */
  readonly quotaCooldownMs: number;
  /** Decimals of the rounded coordinates in cache keys (4 ≈ 10 m). */
  readonly coordinateDecimals: number;
  /** Width of the weekly time bucket in cache keys, for time-dependent services. */
  readonly bucketMinutes: number;
  readonly timeZone: string;
}

/** What the remote provider is built from. */
export interface RemoteProviderDeps {
  readonly source: RemoteMatrixSource;
  readonly fallback: OfflineTravelModel;
  readonly cache?: RedisTravelTimeCache | undefined;
  readonly logger: Logger;
  readonly settings: RemoteProviderSettings;
  /** Clock for the quota cool-down; injectable for tests. */
  readonly now?: () => number;
}

type Counters = { -readonly [K in keyof TravelTimeStats]: number };

/**
 * A travel-time provider backed by a remote matrix service (Google or
 * OSRM), with everything a remote service needs around it:
 *
 * 1. points rounded and de-duplicated, so a hundred bookings from one
 *    village cost one row;
 * 2. the Redis cache read first (rounded coordinates, weekly time bucket);
 * 3. the misses asked for in chunks within the service's limits, a few at a
 *    time, each retried with backoff on transient errors;
 * 4. any pair still without figures (a failed chunk, no route, quota) filled
 *    from the offline model, with one warning per call and a counter.
 *
 * It never rejects because of the remote service or the cache.
 */
export function createRemoteTravelTimeProvider(
  deps: RemoteProviderDeps,
): ObservableTravelTimeProvider {
  const { source, fallback, cache, logger, settings } = deps;
  const now = deps.now ?? Date.now;
  const counters: Counters = {
    matrixCalls: 0,
    elements: 0,
    cacheHits: 0,
    remoteRequests: 0,
    retries: 0,
    remoteFailures: 0,
    fallbackElements: 0,
    cacheErrors: 0,
  };
  let coolUntil = 0;

  async function matrix(
    origins: readonly LatLng[],
    destinations: readonly LatLng[],
    departAt: Date,
  ): Promise<TravelMatrixResult> {
    assertValidPoints(origins, 'origin');
    assertValidPoints(destinations, 'destination');
    counters.matrixCalls++;
    counters.elements += origins.length * destinations.length;
    if (origins.length === 0 || destinations.length === 0) {
      return {
        durationsSec: origins.map(() => []),
        distancesM: origins.map(() => []),
        source: source.name,
      };
    }
    const o = uniquePoints(origins, settings.coordinateDecimals);
    const d = uniquePoints(destinations, settings.coordinateDecimals);
    const rows = o.unique.length;
    const cols = d.unique.length;
    const dur: Float64Array[] = Array.from({ length: rows }, () =>
      new Float64Array(cols).fill(Number.NaN),
    );
    const dist: Float64Array[] = Array.from({ length: rows }, () =>
      new Float64Array(cols).fill(Number.NaN),
    );
    // true where the remote service (now or earlier, via the cache) said "no route"
    const noRoute: Uint8Array[] = Array.from({ length: rows }, () => new Uint8Array(cols));
    const bucket = source.timeDependent
      ? weeklyTimeBucket(departAt, settings.bucketMinutes, settings.timeZone)
      : 'any';
    const used = new Set<string>();
    // Pairs just fetched from the service, to store in the cache.
    const fresh: [string, string, CachedElement][] = [];

    let cached = 0;
    let wholeMatrixCached = false;
    if (cache) {
      try {
        const whole = await cache.readMatrix(source.name, bucket, o.keys, d.keys);
        if (whole) {
          wholeMatrixCached = true;
          cached = rows * cols;
          for (let i = 0; i < rows; i++) {
            dur[i] = whole.durationsSec[i]!;
            dist[i] = whole.distancesM[i]!;
            noRoute[i] = whole.noRoute[i]!;
          }
        } else {
          cached = await readPairs();
        }
      } catch (error) {
        counters.cacheErrors++;
        logger.warn(
          { provider: source.name, err: errorCode(error) },
          'travel-time cache read failed',
        );
      }
      counters.cacheHits += cached;
      if (cached > 0) used.add('cache');
    }

    const failures = await fetchMissing();
    if (cache && (fresh.length > 0 || (!wholeMatrixCached && failures.length === 0))) {
      try {
        if (fresh.length > 0) await cache.write(source.name, bucket, fresh);
        // Only a complete matrix is stored whole: one with holes must be asked again.
        if (!wholeMatrixCached && failures.length === 0) {
          await cache.writeMatrix(source.name, bucket, o.keys, d.keys, {
            durationsSec: dur,
            distancesM: dist,
            noRoute,
          });
        }
      } catch (error) {
        counters.cacheErrors++;
        logger.warn(
          { provider: source.name, err: errorCode(error) },
          'travel-time cache write failed',
        );
      }
    }

    let filled = 0;
    const prepared = fallback.prepare(o.unique, d.unique, departAt);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (!Number.isNaN(dur[i]![j]!)) continue;
        const e = prepared.estimate(i, j);
        dur[i]![j] = e.durationSec;
        dist[i]![j] = e.distanceM;
        filled++;
      }
    }
    counters.fallbackElements += filled;
    if (filled > 0) used.add('offline');
    if (failures.length > 0) {
      // Codes and counts only: coordinates may be a citizen's home.
      logger.warn(
        {
          provider: source.name,
          codes: [...new Set(failures.map((f) => f.code))],
          failedRequests: failures.length,
          fallbackElements: filled,
          coolingDown: coolUntil > now(),
        },
        'travel-time service failed; used the offline model',
      );
    }

    const durationsSec = origins.map((_, i) => {
      const row = dur[o.map[i]!]!;
      return destinations.map((__, j) => row[d.map[j]!]!);
    });
    const distancesM = origins.map((_, i) => {
      const row = dist[o.map[i]!]!;
      return destinations.map((__, j) => row[d.map[j]!]!);
    });
    const parts = [...used];
    return { durationsSec, distancesM, source: parts.length > 0 ? parts.join('+') : source.name };

    async function readPairs(): Promise<number> {
      let hits = 0;
      const pairs = await cache!.read(source.name, bucket, o.keys, d.keys);
      for (let i = 0; i < rows; i++) {
        const row = pairs[i]!;
        for (let j = 0; j < cols; j++) {
          const e = row[j];
          if (e === undefined) continue;
          hits++;
          if (e === null) noRoute[i]![j] = 1;
          else {
            dur[i]![j] = e.durationSec;
            dist[i]![j] = e.distanceM;
          }
        }
      }
      return hits;
    }

    async function fetchMissing(): Promise<RemoteMatrixError[]> {
      const failures: RemoteMatrixError[] = [];
      const groups = groupMissing(dur, noRoute);
      if (groups.length === 0) return failures;
      if (coolUntil > now()) {
        failures.push(new RemoteMatrixError('COOLDOWN', false, true));
        return failures;
      }
      const tasks: { ri: number[]; cj: number[] }[] = [];
      for (const g of groups) {
        for (const c of planMatrixChunks(g.rows.length, g.cols.length, source.limits)) {
          tasks.push({ ri: g.rows.slice(c.o0, c.o1), cj: g.cols.slice(c.d0, c.d1) });
        }
      }
      await runPool(
        tasks.map(({ ri, cj }) => async () => {
          if (coolUntil > now()) return; // a sibling chunk hit the quota
          try {
            const answer = await withRetries(
              () => {
                counters.remoteRequests++;
                return source.fetchChunk(
                  ri.map((i) => o.unique[i]!),
                  cj.map((j) => d.unique[j]!),
                  departAt,
                );
              },
              settings.retry,
              (error) => asRemoteMatrixError(error).transient,
              () => {
                counters.retries++;
              },
            );
            used.add(source.name);
            ri.forEach((i, a) => {
              cj.forEach((j, b) => {
                const s = answer.durationsSec[a]?.[b] ?? Number.NaN;
                const m = answer.distancesM[a]?.[b] ?? Number.NaN;
                if (Number.isFinite(s) && Number.isFinite(m) && s >= 0 && m >= 0) {
                  dur[i]![j] = s;
                  dist[i]![j] = m;
                  fresh.push([o.keys[i]!, d.keys[j]!, { durationSec: s, distanceM: m }]);
                } else {
                  noRoute[i]![j] = 1;
                  fresh.push([o.keys[i]!, d.keys[j]!, null]);
                }
              });
            });
          } catch (error) {
            const failure = asRemoteMatrixError(error);
            counters.remoteFailures++;
            failures.push(failure);
            if (failure.quota) coolUntil = now() + settings.quotaCooldownMs;
          }
        }),
        settings.concurrency,
      );
      return failures;
    }
  }

  return {
    name: source.name,
    matrix,
    timeBucketOf: (departAt) =>
      source.timeDependent
        ? weeklyTimeBucket(departAt, settings.bucketMinutes, settings.timeZone)
        : 'any',
    offlineModel: fallback,
    stats: () => ({ ...counters }),
  };
}

function errorCode(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}
