import type { Redis } from 'ioredis';

/** Settings of the Redis travel-time cache. */
export interface TravelTimeCacheSettings {
  /** Prefix of every key, e.g. `yoldas:tt`; tests use their own. */
  readonly keyPrefix: string;
  /** Seconds an entry lives. Google's terms limit how long results may be kept; 7 days by default. */
  readonly ttlSec: number;
}

/** Defaults: `yoldas:tt`, one week. */
export const DEFAULT_CACHE_SETTINGS: TravelTimeCacheSettings = Object.freeze({
  keyPrefix: 'yoldas:tt',
  ttlSec: 7 * 24 * 3600,
});

/** A cached pair: figures, or `null` when the service said there is no route. */
export type CachedElement = { readonly durationSec: number; readonly distanceM: number } | null;

// Stored value of a pair the service could not route; remembered so that we
// do not ask again for every plan, and filled from the offline model on read.
const NO_ROUTE = '-';

/**
 * Travel times in Redis, one hash per (service, time bucket, origin) whose
 * fields are destinations: reading a 500 × 500 matrix is 500 HMGETs in one
 * pipeline, and the whole row expires together.
 */
export class RedisTravelTimeCache {
  constructor(
    private readonly redis: Redis,
    private readonly settings: TravelTimeCacheSettings = DEFAULT_CACHE_SETTINGS,
  ) {}

  private rowKey(source: string, bucket: string, originKey: string): string {
    return `${this.settings.keyPrefix}:${source}:${bucket}:${originKey}`;
  }

  /**
   * Looks up originKeys × destinationKeys. `result[i][j]` is `undefined`
   * when not cached.
   */
  async read(
    source: string,
    bucket: string,
    originKeys: readonly string[],
    destinationKeys: readonly string[],
  ): Promise<(CachedElement | undefined)[][]> {
    if (originKeys.length === 0 || destinationKeys.length === 0) return originKeys.map(() => []);
    const pipeline = this.redis.pipeline();
    for (const o of originKeys) pipeline.hmget(this.rowKey(source, bucket, o), ...destinationKeys);
    const replies = (await pipeline.exec()) ?? [];
    return originKeys.map((_, i) => {
      const [error, values] = replies[i] ?? [new Error('missing reply'), null];
      if (error) throw error;
      return (values as (string | null)[]).map(decode);
    });
  }

  /** Stores the given pairs; `entries` holds [originKey, destinationKey, element]. */
  async write(
    source: string,
    bucket: string,
    entries: Iterable<readonly [string, string, CachedElement]>,
  ): Promise<void> {
    const rows = new Map<string, string[]>();
    for (const [o, d, element] of entries) {
      let fields = rows.get(o);
      if (!fields) {
        fields = [];
        rows.set(o, fields);
      }
      fields.push(d, encode(element));
    }
    if (rows.size === 0) return;
    const pipeline = this.redis.pipeline();
    for (const [o, fields] of rows) {
      const key = this.rowKey(source, bucket, o);
      pipeline.hset(key, ...fields);
      pipeline.expire(key, this.settings.ttlSec);
    }
    const replies = (await pipeline.exec()) ?? [];
    const failed = replies.find(([error]) => error);
    if (failed) throw failed[0];
  }
}

function encode(element: CachedElement): string {
  return element ? `${element.durationSec}:${element.distanceM}` : NO_ROUTE;
}

function decode(value: string | null): CachedElement | undefined {
  if (value === null) return undefined;
  if (value === NO_ROUTE) return null;
  const colon = value.indexOf(':');
  const durationSec = Number(value.slice(0, colon));
  const distanceM = Number(value.slice(colon + 1));
  return Number.isFinite(durationSec) && Number.isFinite(distanceM)
    ? { durationSec, distanceM }
    : undefined;
}
