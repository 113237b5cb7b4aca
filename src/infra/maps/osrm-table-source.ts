import type { LatLng } from '../../domain/places/place.js';
import {
  type MatrixChunkLimits,
  type PartialMatrix,
  RemoteMatrixError,
  type RemoteMatrixSource,
} from './remote-matrix-source.js';

/** Settings of the OSRM table adapter. */
export interface OsrmSettings {
  /** e.g. `http://osrm:5000` (docker-compose profile `osrm`). */
  readonly baseUrl: string;
  /** OSRM profile in the URL; the Kocaeli extract is built with `car`, served as `driving`. */
  readonly profile?: string | undefined;
  /**
   * Coordinates one table request may carry: osrm-routed's `--max-table-size`
   * (100 unless raised; the compose file raises it to 1000).
   */
  readonly maxLocations?: number | undefined;
  readonly timeoutMs?: number | undefined;
}

interface OsrmTableResponse {
  readonly code?: string;
  readonly message?: string;
  readonly durations?: (number | null)[][];
  readonly distances?: (number | null)[][];
}

// OSRM's own error codes that will not go away by asking again.
const PERMANENT = new Set([
  'InvalidUrl',
  'InvalidService',
  'InvalidVersion',
  'InvalidOptions',
  'InvalidQuery',
  'InvalidValue',
  'NoSegment',
  'TooBig',
  'NoTable',
]);

/** OSRM's table service: `/table/v1/{profile}/{lng,lat;…}?sources&destinations&annotations=duration,distance`. */
export class OsrmTableSource implements RemoteMatrixSource {
  readonly name = 'osrm';
  readonly limits: MatrixChunkLimits;
  /** OSRM has no live traffic: one answer for every departure time. */
  readonly timeDependent = false;
  private readonly base: string;
  private readonly profile: string;
  private readonly timeoutMs: number;

  constructor(settings: OsrmSettings) {
    this.base = settings.baseUrl.replace(/\/+$/, '');
    this.profile = settings.profile ?? 'driving';
    this.timeoutMs = settings.timeoutMs ?? 10_000;
    const max = Math.max(2, settings.maxLocations ?? 100);
    // Sources and destinations share the coordinate list, so each gets half.
    this.limits = {
      maxOrigins: Math.floor(max / 2),
      maxDestinations: Math.ceil(max / 2),
      maxElements: Number.POSITIVE_INFINITY,
    };
  }

  async fetchChunk(
    origins: readonly LatLng[],
    destinations: readonly LatLng[],
    _departAt: Date,
  ): Promise<PartialMatrix> {
    // OSRM wants lng,lat; six decimals are ≈ 10 cm.
    const coords = [...origins, ...destinations]
      .map((p) => `${p.lng.toFixed(6)},${p.lat.toFixed(6)}`)
      .join(';');
    const sources = origins.map((_, i) => i).join(';');
    const dests = destinations.map((_, j) => origins.length + j).join(';');
    const url = `${this.base}/table/v1/${this.profile}/${coords}?sources=${sources}&destinations=${dests}&annotations=duration,distance`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      throw new RemoteMatrixError(name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK', true);
    }
    let body: OsrmTableResponse | undefined;
    try {
      body = (await response.json()) as OsrmTableResponse;
    } catch {
      body = undefined;
    }
    if (!response.ok || body?.code !== 'Ok') {
      const code = body?.code;
      if (code && PERMANENT.has(code)) throw new RemoteMatrixError(code, false);
      const transient = response.status >= 500 || response.status === 429 || response.ok;
      throw new RemoteMatrixError(code ?? `HTTP_${response.status}`, transient);
    }
    const { durations, distances } = body;
    if (!durations || durations.length !== origins.length) {
      throw new RemoteMatrixError('BAD_RESPONSE', true);
    }
    // null = no route between the pair (e.g. a point snapped onto an island of the road graph).
    const clean = (rows: (number | null)[][] | undefined, i: number) =>
      destinations.map((_, j) => rows?.[i]?.[j] ?? Number.NaN);
    return {
      durationsSec: origins.map((_, i) => clean(durations, i).map((s) => Math.round(s))),
      distancesM: origins.map((_, i) => clean(distances, i).map((m) => Math.round(m))),
    };
  }
}
