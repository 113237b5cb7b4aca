import type { LatLng } from '../../domain/places/place.js';

/** How many points one request to a remote matrix service may carry. */
export interface MatrixChunkLimits {
  readonly maxOrigins: number;
  readonly maxDestinations: number;
  /** Origins × destinations per request. */
  readonly maxElements: number;
}

/**
 * One chunk's answer. `NaN` marks a pair the service could not route
 * (Google `NOT_FOUND`/`ZERO_RESULTS`, OSRM `null`); the caller fills it from
 * the offline model.
 */
export interface PartialMatrix {
  readonly durationsSec: number[][];
  readonly distancesM: number[][];
}

/**
 * A remote matrix service (Google Distance Matrix, OSRM table) reduced to
 * one request within its limits. Caching, chunking, retries and fallback
 * live once in `createRemoteTravelTimeProvider`, not in each adapter.
 */
export interface RemoteMatrixSource {
  /** `google` or `osrm`: names logs, metrics and cache keys. */
  readonly name: string;
  readonly limits: MatrixChunkLimits;
  /** Whether answers depend on the departure time (traffic), so cache keys need a time bucket. */
  readonly timeDependent: boolean;
  /** Rejects with a {@link RemoteMatrixError} when the whole request failed. */
  fetchChunk(
    origins: readonly LatLng[],
    destinations: readonly LatLng[],
    departAt: Date,
  ): Promise<PartialMatrix>;
}

/** Why a remote request failed, and what the caller should do about it. */
export class RemoteMatrixError extends Error {
  /**
   * @param code the service's status (`OVER_QUERY_LIMIT`, `REQUEST_DENIED`,
   *   `TooBig`, `HTTP_503`, `NETWORK`…): safe to log, no personal data.
   * @param transient worth retrying after a pause (5xx, timeouts, rate limits).
   * @param quota the key is out of quota or refused: stop asking for a while.
   */
  constructor(
    readonly code: string,
    readonly transient: boolean,
    readonly quota: boolean = false,
    message = `remote matrix request failed: ${code}`,
  ) {
    super(message);
    this.name = 'RemoteMatrixError';
  }
}

/** Any error as a {@link RemoteMatrixError}; unknown errors count as transient network faults. */
export function asRemoteMatrixError(error: unknown): RemoteMatrixError {
  if (error instanceof RemoteMatrixError) return error;
  return new RemoteMatrixError('NETWORK', true);
}
