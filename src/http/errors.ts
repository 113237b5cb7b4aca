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
  BREAK_NOT_ALLOWED: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

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
    let error: AppError;
    if (err instanceof AppError) {
      error = err;
    } else if (isBodyParserError(err)) {
      error = new AppError('VALIDATION_FAILED', {}, [
        { field: 'body', message: lang === 'tr' ? 'Geçerli bir JSON değil.' : 'Not valid JSON.' },
      ]);
    } else {
      (req.log ?? logger).error({ err, requestId }, 'unhandled error');
      error = new AppError('INTERNAL');
    }
    if (res.headersSent) return;
    res.status(statusOf(error.code)).json(errorBody(error, lang, requestId));
  };
}

function isBodyParserError(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'type' in err &&
    (err as { type: string }).type === 'entity.parse.failed'
  );
}

export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new AppError('NOT_FOUND', { entity: 'route' }));
};
