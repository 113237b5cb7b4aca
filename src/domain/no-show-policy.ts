/**
 * A service's no-show and late-cancel policy, and the pure rules that apply
 * it. The server decides with these; the pages show the same answers first.
 */
export interface NoShowPolicy {
  /** Minutes the driver waits at the door after "arrived" (or the window's start, if later) before a no-show. */
  noShowWaitMinutes: number;
  /** A cancel less than this before the pickup window opens counts as late. */
  lateCancelMinutes: number;
  /** The citizen is warned at this many no-shows (and late cancels, when they count) within the period. */
  noShowWarnAfter: number;
  noShowPeriodDays: number;
  /** Whether late cancels count towards the warning with the no-shows. */
  lateCancelsCount: boolean;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The moment after which a cancel counts as late: the deadline before the pickup window opens. */
export function lateCancelDeadline(windowStart: Date, lateCancelMinutes: number): Date {
  return new Date(windowStart.getTime() - lateCancelMinutes * MINUTE);
}

/** Whether a cancel at `at` is late for a ride whose pickup window opens at `windowStart`. */
export function isLateCancel(windowStart: Date, at: Date, lateCancelMinutes: number): boolean {
  return (
    lateCancelMinutes > 0 &&
    at.getTime() > lateCancelDeadline(windowStart, lateCancelMinutes).getTime()
  );
}

/** A step that counts towards a warning. */
export interface Strike {
  kind: 'no-show' | 'late-cancel';
  at: Date;
}

/**
 * The strikes that count now: within the period before `now`, after the last
 * warning (a warning starts the count again), late cancels only when the
 * service counts them.
 */
export function countingStrikes(
  strikes: readonly Strike[],
  lastWarningAt: Date | null,
  now: Date,
  policy: Pick<NoShowPolicy, 'noShowPeriodDays' | 'lateCancelsCount'>,
): Strike[] {
  const since = now.getTime() - policy.noShowPeriodDays * DAY;
  return strikes.filter(
    (s) =>
      (s.kind === 'no-show' || policy.lateCancelsCount) &&
      s.at.getTime() > since &&
      s.at.getTime() <= now.getTime() &&
      (lastWarningAt === null || s.at.getTime() > lastWarningAt.getTime()),
  );
}

/** Whether the citizen is to be warned now: N strikes counted in the period since the last warning. */
export function warningDue(
  strikes: readonly Strike[],
  lastWarningAt: Date | null,
  now: Date,
  policy: Pick<NoShowPolicy, 'noShowPeriodDays' | 'lateCancelsCount' | 'noShowWarnAfter'>,
): boolean {
  return countingStrikes(strikes, lastWarningAt, now, policy).length >= policy.noShowWarnAfter;
}

export interface Suspension {
  startsAt: Date;
  endsAt: Date;
  liftedAt: Date | null;
}

/** Whether a suspension of self-booking holds at `now`. */
export function isSuspended(s: Suspension, now: Date): boolean {
  const t = now.getTime();
  return s.liftedAt === null && s.startsAt.getTime() <= t && t < s.endsAt.getTime();
}

/** The whole seconds left until `from` (0 once it has passed): the driver's countdown. */
export function secondsUntil(from: Date, now: Date): number {
  return Math.max(0, Math.ceil((from.getTime() - now.getTime()) / 1000));
}

/** 272 → "4:32": minutes and seconds, as a countdown reads. */
export function countdownText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
