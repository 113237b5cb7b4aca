import { createHash } from 'node:crypto';
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

/** A whole matrix as cached: figures, and `noRoute[i][j]` where the service had none. */
export interface CachedMatrix {
  readonly durationsSec: Float64Array[];
  readonly distancesM: Float64Array[];
  readonly noRoute: Uint8Array[];
}

/**
 * Travel times in Redis, at two grains:
 *
 * - pairs: one hash per (service, time bucket, origin) whose fields are
 *   destinations, so a matrix that shares most points with an earlier one
 *   (a new booking added to a plan) re-uses them; the row expires together;
 * - whole matrices: one binary blob per exact set of rounded points, because
 *   re-planning asks for the very same matrix again and again, and one GET of
 *   2 MB is ten times faster than 250 000 hash fields.
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

  private matrixKey(
    source: string,
    bucket: string,
    originKeys: readonly string[],
    destinationKeys: readonly string[],
  ): string {
    const digest = createHash('sha1')
      .update(originKeys.join(';'))
      .update('|')
      .update(destinationKeys.join(';'))
      .digest('base64url');
    return `${this.settings.keyPrefix}:${source}:${bucket}:m:${digest}`;
  }

  /** The whole matrix for exactly these points, if cached. */
  async readMatrix(
    source: string,
    bucket: string,
    originKeys: readonly string[],
    destinationKeys: readonly string[],
  ): Promise<CachedMatrix | undefined> {
    const rows = originKeys.length;
    const cols = destinationKeys.length;
    const buffer = await this.redis.getBuffer(
      this.matrixKey(source, bucket, originKeys, destinationKeys),
    );
    if (!buffer || buffer.length !== rows * cols * 8) return undefined;
    // Copy: Redis buffers need not be 4-byte aligned for an Int32Array view.
    const packed = new Int32Array(new Uint8Array(buffer).buffer);
    const durationsSec: Float64Array[] = [];
    const distancesM: Float64Array[] = [];
    const noRoute: Uint8Array[] = [];
    for (let i = 0; i < rows; i++) {
      const dur = new Float64Array(cols);
      const dist = new Float64Array(cols);
      const none = new Uint8Array(cols);
      for (let j = 0; j < cols; j++) {
        const k = i * cols + j;
        const s = packed[k]!;
        if (s < 0) {
          none[j] = 1;
          dur[j] = Number.NaN;
          dist[j] = Number.NaN;
        } else {
          dur[j] = s;
          dist[j] = packed[rows * cols + k]!;
        }
      }
      durationsSec.push(dur);
      distancesM.push(dist);
      noRoute.push(none);
    }
    return { durationsSec, distancesM, noRoute };
  }

  /** Stores a complete matrix (every pair has figures or is marked no-route). */
  async writeMatrix(
    source: string,
    bucket: string,
    originKeys: readonly string[],
    destinationKeys: readonly string[],
    matrix: CachedMatrix,
  ): Promise<void> {
    const rows = originKeys.length;
    const cols = destinationKeys.length;
    const packed = new Int32Array(rows * cols * 2);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const k = i * cols + j;
        const none = matrix.noRoute[i]![j] === 1;
        packed[k] = none ? -1 : Math.round(matrix.durationsSec[i]![j]!);
        packed[rows * cols + k] = none ? -1 : Math.round(matrix.distancesM[i]![j]!);
      }
    }
    await this.redis.set(
      this.matrixKey(source, bucket, originKeys, destinationKeys),
      Buffer.from(packed.buffer),
      'EX',
      this.settings.ttlSec,
    );
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
