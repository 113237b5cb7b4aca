import { RemoteMatrixError } from './remote-matrix-source.js';

// Google answers some failures as HTTP 200 with a status in the body, and the
// client library turns some of those into HTTP errors (429 for
// OVER_QUERY_LIMIT, 403 for REQUEST_DENIED): both paths meet here.
const TRANSIENT = new Set(['UNKNOWN_ERROR', 'OVER_QUERY_LIMIT']);
const QUOTA = new Set(['OVER_QUERY_LIMIT', 'OVER_DAILY_LIMIT', 'REQUEST_DENIED']);

/** A Google Maps Platform status (`OVER_QUERY_LIMIT`…) as a {@link RemoteMatrixError}. */
export function googleStatusError(status: string): RemoteMatrixError {
  // OVER_QUERY_LIMIT is per-second rate limiting as often as an exhausted
  // quota: retry it with backoff first, then cool down.
  return new RemoteMatrixError(status, TRANSIENT.has(status), QUOTA.has(status));
}

interface AxiosLikeError {
  readonly code?: string;
  readonly response?: { readonly status?: number; readonly data?: unknown };
}

/** Classifies whatever the Google client library threw. */
export function googleClientError(error: unknown): RemoteMatrixError {
  if (error instanceof RemoteMatrixError) return error;
  const e = (error ?? {}) as AxiosLikeError;
  const body = e.response?.data as { status?: unknown } | undefined;
  if (body && typeof body.status === 'string' && body.status !== 'OK') {
    return googleStatusError(body.status);
  }
  const http = e.response?.status;
  if (typeof http === 'number') {
    return new RemoteMatrixError(`HTTP_${http}`, http >= 500 || http === 429, http === 429);
  }
  // No response at all: refused connection, reset, timeout.
  return new RemoteMatrixError(e.code ?? 'NETWORK', true);
}
