/**
 * Every error a caller can act on has a stable code. The HTTP status and the
 * translated message follow from the code in one place (src/http/errors.ts).
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'NOT_ELIGIBLE'
  | 'BOOKING_OUTSIDE_HORIZON'
  | 'SERVICE_RULE_VIOLATED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_TRANSITION'
  | 'STANDING_ORDER_ENDED'
  | 'OVERLAPPING_BOOKING'
  | 'REASSIGN_INFEASIBLE'
  | 'CONFLICT'
  | 'CITIZEN_EXISTS'
  | 'ERASURE_BLOCKED'
  | 'BREAK_NOT_ALLOWED'
  | 'STOP_NOT_ACTIONABLE'
  | 'SELF_BOOKING_SUSPENDED'
  | 'RATE_LIMITED'
  | 'LOGIN_LOCKED'
  | 'OTP_INVALID'
  | 'OTP_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAVAILABLE'
  | 'INTERNAL';

/** One problem with one input field. `message` is already in the caller's language. */
export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Values the translated message interpolates, e.g. `{ entity: 'booking' }`. */
    readonly params: Record<string, string | number> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (entity: string) => new AppError('NOT_FOUND', { entity });
export const forbidden = () => new AppError('FORBIDDEN');
