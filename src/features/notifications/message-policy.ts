import { DateTime } from 'luxon';
import type { NotificationEvent } from '../../domain/message-templates.js';

/** Local `HH:mm`–`HH:mm` when only essential messages go out; `end` before `start` spans midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

/** A confirmation is essential when the ride starts within this many hours… */
export const CONFIRMATION_ESSENTIAL_HOURS = 24;
/** …a change, cancellation or refusal within these. */
export const CHANGE_ESSENTIAL_HOURS = 12;

/**
 * Whether a message must reach the citizen whatever the hour and whatever
 * they chose: the car on its way or at the door, and news about a ride close
 * enough that missing it would strand them. Reminders never are (the rider
 * was told when booking).
 */
export function isEssential(event: NotificationEvent, pickupStart: Date, now: Date): boolean {
  const hoursAhead = (pickupStart.getTime() - now.getTime()) / 3_600_000;
  switch (event) {
    case 'on-the-way':
    case 'arrived':
      return true;
    case 'confirmed':
      return hoursAhead <= CONFIRMATION_ESSENTIAL_HOURS;
    case 'changed':
    case 'cancelled':
    case 'refused':
      return hoursAhead <= CHANGE_ESSENTIAL_HOURS;
    case 'remind-day-before':
    case 'remind-soon':
    case 'no-show-warning':
      return false;
  }
}

/**
 * Whether a citizen who chose essential messages only goes without this one.
 * The no-show warning is not essential (it waits for the morning) but is
 * sent to everyone: it tells of a step that may cost them their own
 * bookings, which an operator may otherwise take without their knowing.
 */
export function optOutApplies(event: NotificationEvent): boolean {
  return event !== 'no-show-warning';
}

/**
 * The quiet hours of a service's messages: its own (`HH:mm-HH:mm`; equal
 * ends mean none at all) or, when it has none (null), the global setting.
 */
export function serviceQuietHours(
  own: string | null | undefined,
  global: QuietHours | null,
): QuietHours | null {
  return own == null ? global : parseQuietHours(own);
}

/** Parses `22:00-08:00` (empty: no quiet hours). */
export function parseQuietHours(text: string): QuietHours | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-3]):([0-5]\d)$/.exec(trimmed);
  if (!match) throw new Error(`quiet hours must read HH:mm-HH:mm, got "${text}"`);
  const start = `${match[1]}:${match[2]}`;
  const end = `${match[3]}:${match[4]}`;
  return start === end ? null : { start, end };
}

/**
 * When the quiet hours `now` falls in end, or null when `now` is outside
 * them. The end is the next local `end` after now, so a night that crosses
 * midnight (or a clock change) ends at the right morning.
 */
export function quietUntil(now: Date, quiet: QuietHours | null, zone: string): Date | null {
  if (!quiet) return null;
  const local = DateTime.fromJSDate(now, { zone });
  const minutes = local.hour * 60 + local.minute;
  const toMinutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  const inside =
    start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  let until = local.set({
    hour: Math.floor(end / 60),
    minute: end % 60,
    second: 0,
    millisecond: 0,
  });
  if (until <= local) until = until.plus({ days: 1 });
  return until.toJSDate();
}
