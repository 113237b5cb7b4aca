import type { LatLng } from '../../domain/places/place.js';
import type { OfflinePoint } from './offline-travel-time-provider.js';
import type { PortableDurations } from './portable-durations.js';
import type { TravelTimeProvider } from './travel-time-provider.js';

/** Durations as the engine reads them: synchronous, by place index. */
export interface LazyDurations {
  readonly size: number;
  duration(from: number, to: number): number;
}

/** What a memo has done since it was built, for tests and the benchmark. */
export interface TravelTimeMemoStats {
  /** Pairs asked of the provider (remote and test providers; the offline model is not asked). */
  fetched: number;
  /** Provider calls. */
  calls: number;
  /** Lookups of a pair nobody fetched, answered by the offline model. */
  fallbacks: number;
}

// Pair keys as one number: indices stay far below 2^26, so i·2^26 + j is exact.
const SHIFT = 2 ** 26;

/**
 * Travel durations of one partition's places, fetched only when a decision
 * needs them and kept by place (index into `points`, which only grows) and
 * time bucket (the provider's: same bucket, same figures).
 *
 * - The offline provider is not asked at all: a pair costs a few
 *   floating-point operations, so each is computed when the engine reads it,
 *   with the exact figure the provider's matrix would have had.
 * - A remote provider (Google, OSRM) is asked once per decision for the
 *   missing rows and columns of the new places against the day's places;
 *   its own Redis cache and chunking stand behind it. A pair nobody fetched
 *   (two old places the engine compares anew) falls back to the offline
 *   model, as the provider itself does when the service fails.
 * - A provider with neither (a test double) is asked for everything a
 *   decision might read, all places against all, once per bucket and place.
 */
export class TravelTimeMemo {
  private readonly prepared: OfflinePoint[] = [];
  private readonly byBucket = new Map<string, Map<number, number>>();
  /** Per bucket, for providers without a fallback: places whose pairs with each other are all known. */
  private readonly covered = new Map<string, number>();
  readonly stats: TravelTimeMemoStats = { fetched: 0, calls: 0, fallbacks: 0 };

  constructor(
    private readonly provider: TravelTimeProvider,
    /** The partition's places, in index order; the memo reads it live as it grows. */
    private readonly points: readonly LatLng[],
  ) {}

  /** True when every pair is computed as read (the offline model): nothing to fetch ahead. */
  get computesPairs(): boolean {
    return this.exact;
  }

  private get exact(): boolean {
    return this.provider.name === 'offline' && this.provider.offlineModel !== undefined;
  }

  bucketOf(departAt: Date): string {
    return this.provider.timeBucketOf?.(departAt) ?? departAt.toISOString();
  }

  /**
   * Makes sure the durations a decision about `fresh` places needs are
   * known: each of them to and from every place of the day.
   */
  async ensure(fresh: readonly number[], departAt: Date): Promise<void> {
    if (this.exact || fresh.length === 0) return;
    if (!this.provider.offlineModel) return this.ensureAll(departAt);
    const bucket = this.bucketOf(departAt);
    const known = this.pairsOf(bucket);
    const all = this.points.map((_, i) => i);
    // Out of the new places, then into them: only the rows and columns still missing.
    const missingOut = (f: number, j: number) => f !== j && !known.has(f * SHIFT + j);
    const rows = fresh.filter((f) => all.some((j) => missingOut(f, j)));
    const rowCols = all.filter((j) => rows.some((f) => missingOut(f, j)));
    await this.fetch(known, rows, rowCols, departAt);
    const missingIn = (i: number, f: number) => i !== f && !known.has(i * SHIFT + f);
    const cols = fresh.filter((f) => all.some((i) => missingIn(i, f)));
    const colRows = all.filter((i) => cols.some((f) => missingIn(i, f)));
    await this.fetch(known, colRows, cols, departAt);
  }

  /** Makes sure these pairs are known (a route's consecutive stops after a rebuild). */
  async ensurePairs(pairs: readonly (readonly [number, number])[], departAt: Date): Promise<void> {
    if (this.exact || pairs.length === 0) return;
    if (!this.provider.offlineModel) return this.ensureAll(departAt);
    const known = this.pairsOf(this.bucketOf(departAt));
    const missing = pairs.filter(([i, j]) => i !== j && !known.has(i * SHIFT + j));
    if (missing.length === 0) return;
    // One call over the places involved: a route's stops chain, so rows and columns overlap.
    const rows = [...new Set(missing.map(([i]) => i))];
    const cols = [...new Set(missing.map(([, j]) => j))];
    await this.fetch(known, rows, cols, departAt);
  }

  /** Every pair among the places, for a provider that cannot estimate a pair on its own. */
  async ensureAll(departAt: Date): Promise<void> {
    if (this.exact) return;
    const bucket = this.bucketOf(departAt);
    const known = this.pairsOf(bucket);
    const done = this.covered.get(bucket) ?? 0;
    const n = this.points.length;
    if (done === n) return;
    const all = this.points.map((_, i) => i);
    const fresh = all.slice(done);
    await this.fetch(known, fresh, all, departAt);
    await this.fetch(known, all.slice(0, done), fresh, departAt);
    this.covered.set(bucket, n);
  }

  /** Synchronous durations for the engine, in one departure's bucket. */
  durations(departAt: Date): LazyDurations {
    const points = this.points;
    const model = this.provider.offlineModel;
    const prepared = this.prepared;
    const prepare = (i: number): OfflinePoint => {
      let p = prepared[i];
      if (!p) {
        p = model!.preparePoint(points[i]!);
        prepared[i] = p;
      }
      return p;
    };
    const paces = model?.halfPaces(departAt);
    if (this.exact) {
      return {
        get size() {
          return points.length;
        },
        duration(from, to) {
          if (from >= points.length || to >= points.length) return Number.POSITIVE_INFINITY;
          return model!.durationBetween(prepare(from), prepare(to), paces!);
        },
      };
    }
    const known = this.pairsOf(this.bucketOf(departAt));
    const stats = this.stats;
    return {
      get size() {
        return points.length;
      },
      duration(from, to) {
        const s = known.get(from * SHIFT + to);
        if (s !== undefined) return s;
        if (from === to) return 0;
        if (!model || from >= points.length || to >= points.length) return Number.POSITIVE_INFINITY;
        stats.fallbacks++;
        return model.durationBetween(prepare(from), prepare(to), paces!);
      },
    };
  }

  /**
   * This departure's durations in a form a worker thread can rebuild
   * (`rebuildMatrix`); undefined for a provider without the offline model
   * (a test double), whose pairs exist only as fetched.
   */
  portable(departAt: Date): PortableDurations | undefined {
    const model = this.provider.offlineModel;
    if (!model) return undefined;
    const points = new Float64Array(this.points.length * 2);
    this.points.forEach((p, i) => {
      points[2 * i] = p.lat;
      points[2 * i + 1] = p.lng;
    });
    const known = this.exact ? new Map<number, number>() : this.pairsOf(this.bucketOf(departAt));
    return {
      points,
      settings: model.settings,
      departAtMs: departAt.getTime(),
      knownKeys: Float64Array.from(known.keys()),
      knownSeconds: Float64Array.from(known.values()),
    };
  }

  private pairsOf(bucket: string): Map<number, number> {
    let known = this.byBucket.get(bucket);
    if (!known) {
      known = new Map();
      this.byBucket.set(bucket, known);
    }
    return known;
  }

  private async fetch(
    known: Map<number, number>,
    rows: readonly number[],
    cols: readonly number[],
    departAt: Date,
  ): Promise<void> {
    if (rows.length === 0 || cols.length === 0) return;
    this.stats.calls++;
    this.stats.fetched += rows.length * cols.length;
    const { durationsSec } = await this.provider.matrix(
      rows.map((i) => this.points[i]!),
      cols.map((j) => this.points[j]!),
      departAt,
    );
    rows.forEach((i, a) => {
      const row = durationsSec[a]!;
      cols.forEach((j, b) => {
        known.set(i * SHIFT + j, row[b]!);
      });
    });
  }
}
