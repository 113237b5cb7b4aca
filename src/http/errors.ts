import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type {} from 'pino-http';
import { AppError, type ErrorCode } from '../domain/errors.js';
import type { Logger } from '../infra/logging/logger.js';
import { languageOf, messageFor, translateSchemaMessage } from './i18n.js';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_ELIGIBLE: 422,
  BOOKING_OUTSIDE_HORIZON: 422,
  SERVICE_RULE_VIOLATED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  INVALID_TRANSITION: 409,
  STANDING_ORDER_ENDED: 409,
  OVERLAPPING_BOOKING: 409,
  REASSIGN_INFEASIBLE: 422,
  CONFLICT: 409,
  CITIZEN_EXISTS: 409,
  ERASURE_BLOCKED: 409,
  BREAK_NOT_ALLOWED: 409,
  STOP_NOT_ACTIONABLE: 409,
  SELF_BOOKING_SUSPENDED: 403,
  RATE_LIMITED: 429,
  LOGIN_LOCKED: 429,
  OTP_INVALID: 401,
  OTP_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** Every error code, for the documents that list them (OpenAPI, AsyncAPI). */
export const ERROR_CODES = Object.keys(STATUS) as ErrorCode[];

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

/** The JSON every error answer has: a stable code, a message in the caller's language, and per-field issues. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    issues?: { field: string; message: string }[];
    /** The values behind the message, for programs (e.g. the booking a new one overlaps). */
    params?: Record<string, string | number>;
    requestId?: string;
  };
}

export function errorBody(error: AppError, lang: 'tr' | 'en', requestId?: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: messageFor(error.code, lang, error.params),
      ...(Object.keys(error.params).length > 0 ? { params: error.params } : {}),
      ...(error.issues.length > 0
        ? {
            issues: error.issues.map((i) => ({
              field: i.field,
              message: translateSchemaMessage(i.message, lang),
            })),
          }
        : {}),
      ...(requestId ? { requestId } : {}),
    },
  };
}

/** Maps every error to a status and a translated body; unknown errors become a 500 with an id in the log. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const lang = languageOf(req.headers['accept-language']);
    const requestId = String(req.id ?? randomUUID());
    const error = err instanceof AppError ? err : (clientFault(err) ?? storeUnavailable(err));
    if (!error || error.code === 'UNAVAILABLE')
      (req.log ?? logger).error({ err, requestId }, 'unhandled error');
    const answer = error ?? new AppError('INTERNAL');
    if (res.headersSent) return;
    const retryAfter = answer.params.retryAfterSeconds;
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
    res.status(statusOf(answer.code)).json(errorBody(answer, lang, requestId));
  };
}

/**
 * Faults the body parser and the router raise for bad input (http-errors with a
 * 4xx status: a body past the limit, a charset or encoding it cannot read,
 * broken JSON or gzip, a malformed percent-encoding in the path) become coded
 * 4xx answers; anything else is a 500.
 */
function clientFault(err: unknown): AppError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const fault = err as { status?: unknown; statusCode?: unknown; type?: unknown; limit?: unknown };
  const status = typeof fault.status === 'number' ? fault.status : fault.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  if (status === 413)
    return new AppError('PAYLOAD_TOO_LARGE', {
      limit: typeof fault.limit === 'number' ? `${Math.floor(fault.limit / 1024)} KB` : '100 KB',
    });
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  const issue =
    err instanceof URIError
      ? { field: 'path', message: 'i18n:path-encoding' }
      : fault.type === 'entity.parse.failed'
        ? { field: 'body', message: 'i18n:not-json' }
        : { field: 'body', message: 'i18n:body-encoding' };
  return new AppError('VALIDATION_FAILED', {}, [issue]);
}

/**
 * The database out of reach (a dropped connection, a server restarting, a
 * pool that cannot connect): a 503 the client may retry, not a 500.
 */
function storeUnavailable(err: unknown): AppError | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { code, message } = err as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  const connectionCode =
    typeof code === 'string' &&
    (code.startsWith('08') || // connection exception
      code === '57P01' || // admin shutdown
      code === '57P02' || // crash shutdown
      code === '57P03' || // cannot connect now
      code === 'ECONNREFUSED' ||
      code === 'ECONNRESET' ||
      code === 'ETIMEDOUT');
  const connectionText =
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
      text,
    );
  return connectionCode || connectionText
    ? new AppError('UNAVAILABLE', { retryAfterSeconds: 5 })
    : undefined;
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new AppError('NOT_FOUND', { entity: 'route' }));
};
