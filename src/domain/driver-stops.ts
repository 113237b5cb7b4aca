import { DateTime } from 'luxon';
import {
  type BookingStatus,
  type DriverAction,
  statusAfterDriverAction,
} from './booking-status.js';

/**
 * What a driver may do at a stop, and when. Pure: the caller passes the
 * clock, the time zone and the settings (the server and the driver's page
 * apply the same rules; the server is the one that decides).
 */
export interface DriverStopRules {
  /**
   * Minutes around local midnight in which a stop of the day before or the
   * day after may still be acted on (a pickup at 00:10 reached at 23:55, a
   * ride running late past midnight).
   */
  dayToleranceMinutes: number;
  /** Minutes the driver waits at the door (from arrival, or the window's start if later) before a no-show. */
  noShowWaitMinutes: number;
}

export type StopKind = 'pickup' | 'dropoff';

/**
 * A stop's own state, never its booking's: a drop-off is `planned` while
 * the passenger is still waiting at the pickup, and `done` once they got
 * off; a no-show or a cancelled ride leaves its drop-off `skipped`.
 */
export const STOP_STATES = ['planned', 'arrived', 'done', 'no-show', 'skipped'] as const;
export type StopState = (typeof STOP_STATES)[number];

export function stopStateOf(kind: StopKind, status: BookingStatus): StopState {
  if (kind === 'pickup') {
    if (status === 'arrived') return 'arrived';
    if (status === 'on-board' || status === 'completed') return 'done';
    if (status === 'no-show') return 'no-show';
    if (status === 'cancelled' || status === 'refused') return 'skipped';
    return 'planned';
  }
  if (status === 'completed') return 'done';
  if (status === 'no-show' || status === 'cancelled' || status === 'refused') return 'skipped';
  return 'planned';
}

const ACTIONS_AT: Record<StopKind, readonly DriverAction[]> = {
  pickup: ['arrived', 'picked-up', 'no-show'],
  dropoff: ['dropped-off'],
};

/** The stop an action is taken at. */
export function stopOfAction(action: DriverAction): StopKind {
  return action === 'dropped-off' ? 'dropoff' : 'pickup';
}

/**
 * The actions the booking's status allows at this stop, in the order a ride
 * goes through them: arrived, then picked up (or no-show), then dropped off.
 */
export function actionsAtStop(kind: StopKind, status: BookingStatus): DriverAction[] {
  return ACTIONS_AT[kind].filter((a) => statusAfterDriverAction(status, a) !== undefined);
}

/** The span of the shift a stop is on, when known: a night shift is one working day. */
export interface ShiftSpan {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Whether a stop planned at `plannedAt` belongs to the driver's working day
 * at `now`: the same local date, or within the tolerance of now across
 * midnight, or — on a shift that runs now (give or take the tolerance) — any
 * stop of that shift: a night driver running forty minutes late after
 * midnight still reaches the 23:40 pickup. Tomorrow's 10:00 pickup, on
 * tomorrow's shift, is never actionable today.
 */
export function isOnDriversDay(
  plannedAt: Date,
  now: Date,
  timeZone: string,
  rules: Pick<DriverStopRules, 'dayToleranceMinutes'>,
  shift?: ShiftSpan,
): boolean {
  const day = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone }).toISODate();
  if (day(plannedAt) === day(now)) return true;
  const tolerance = rules.dayToleranceMinutes * 60_000;
  if (
    shift &&
    now.getTime() >= shift.startsAt.getTime() - tolerance &&
    now.getTime() <= shift.endsAt.getTime() + tolerance
  )
    return true;
  return Math.abs(plannedAt.getTime() - now.getTime()) <= tolerance;
}

/**
 * The earliest moment a no-show may be reported: the waiting time after the
 * driver arrived, counted from the pickup window's start when the driver came
 * early (the passenger need not be at the door before their window).
 */
export function noShowAllowedFrom(
  arrivedAt: Date,
  windowStart: Date,
  rules: Pick<DriverStopRules, 'noShowWaitMinutes'>,
): Date {
  return new Date(
    Math.max(arrivedAt.getTime(), windowStart.getTime()) + rules.noShowWaitMinutes * 60_000,
  );
}

/** Why a tap the status allows is still refused, or undefined when it may go through. */
export type StopRefusal = { reason: 'not-today' } | { reason: 'too-early'; from: Date };

/**
 * The day and waiting rules on top of the status order: a pickup's actions
 * only on the driver's day; a no-show only after the waiting time; a drop-off
 * whenever the passenger is aboard (they are in the car, whatever the clock
 * says).
 */
export function refusalOf(input: {
  action: DriverAction;
  status: BookingStatus;
  plannedPickupAt: Date | null;
  arrivedAt: Date | null;
  windowStart: Date;
  at: Date;
  timeZone: string;
  rules: DriverStopRules;
  /** The shift the ride is planned on, if any. */
  shift?: ShiftSpan;
}): StopRefusal | undefined {
  if (input.action === 'dropped-off' && input.status === 'on-board') return undefined;
  const planned = input.plannedPickupAt ?? input.windowStart;
  if (!isOnDriversDay(planned, input.at, input.timeZone, input.rules, input.shift))
    return { reason: 'not-today' };
  if (input.action === 'no-show') {
    const from = noShowAllowedFrom(input.arrivedAt ?? input.at, input.windowStart, input.rules);
    if (input.at.getTime() < from.getTime()) return { reason: 'too-early', from };
  }
  return undefined;
}
