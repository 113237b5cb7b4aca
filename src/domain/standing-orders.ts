import { DateTime } from 'luxon';
import { checkBookingHorizon, type HorizonProblem, type ServiceRules } from './services.js';

/**
 * A standing order is a ride that repeats: dialysis every Monday, Wednesday
 * and Friday at 08:00 for three months. These rules turn its calendar into
 * dated occurrences and decide, for each, whether it is booked now, later,
 * never (a holiday) or no longer (too late). Dates are local calendar dates
 * (ISO `YYYY-MM-DD`), times local wall-clock times (`HH:mm`); instants are
 * computed in the municipality's time zone only where a ride needs one.
 */

/** The longest series one order may cover; a longer treatment is renewed as a new order. */
export const MAX_SERIES_MONTHS = 6;

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface SeriesCalendar {
  readonly weekdays: readonly number[];
  /** First local date of the series, inclusive. */
  readonly startsOn: string;
  /** Last local date of the series, inclusive. */
  readonly endsOn: string;
}

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A 24-hour local time written `HH:mm`. */
export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

// Calendar arithmetic on dates in UTC: a date has no time zone, and UTC has no
// DST, so adding a day is always exactly the next date.
const calendarDate = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

/** The last date a series starting on `startsOn` may run to. */
export function latestEndOf(startsOn: string): string {
  return calendarDate(startsOn).plus({ months: MAX_SERIES_MONTHS }).toISODate()!;
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a date: the same in every time zone. */
export function isoWeekdayOf(date: string): number {
  return calendarDate(date).weekday;
}

/**
 * Every date of the series in order: the calendar's weekdays from `startsOn`
 * to `endsOn`, both inclusive. The weekday of a date is the same in every
 * time zone, so no zone is involved.
 */
export function occurrenceDates(calendar: SeriesCalendar): string[] {
  const days = new Set(calendar.weekdays);
  const end = calendarDate(calendar.endsOn);
  const dates: string[] = [];
  for (let d = calendarDate(calendar.startsOn); d <= end; d = d.plus({ days: 1 })) {
    if (days.has(d.weekday)) dates.push(d.toISODate()!);
  }
  return dates;
}

/**
 * The instant of a local wall-clock time on a local date. Where clocks jump
 * forward the missing time moves forward by the jump (02:30 becomes 03:30);
 * where they go back the repeated time is its first, earlier, occurrence.
 */
export function localInstant(date: string, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const local = DateTime.fromObject({ ...dateParts(date), hour, minute }, { zone: timeZone });
  // Luxon resolves a repeated time to either offset; take the earlier instant.
  const earlier = local.minus({ hours: 1 });
  if (earlier.hour === hour && earlier.minute === minute && earlier.day === local.day)
    return earlier.toJSDate();
  return local.toJSDate();
}

function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Today's local date in the municipality. */
export function localDateOf(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
}

/** What the series does with one dated occurrence right now. */
export type OccurrencePlan =
  /** An administrator declared the day a holiday: no ride. */
  | { readonly kind: 'holiday'; readonly holidayName: string }
  /** Inside the service's booking horizon and notice: book it now. */
  | { readonly kind: 'due' }
  /** Beyond the booking horizon: the daily run books it once it enters. */
  | { readonly kind: 'later' }
  /** Its notice has passed without a booking: it can no longer be booked. */
  | {
      readonly kind: 'too-late';
      readonly reason: Exclude<HorizonProblem['reason'], 'too-far-ahead'>;
    };

/**
 * Decides one occurrence: a holiday is never booked; otherwise the service's
 * own horizon rule (the same one a single booking obeys) says now, later or
 * never.
 */
export function planOccurrence(
  rules: ServiceRules,
  occurrence: { date: string; at: Date },
  holidays: ReadonlyMap<string, string>,
  now: Date,
  timeZone: string,
): OccurrencePlan {
  const holidayName = holidays.get(occurrence.date);
  if (holidayName !== undefined) return { kind: 'holiday', holidayName };
  const problem = checkBookingHorizon(rules, occurrence.at, now, timeZone);
  if (!problem) return { kind: 'due' };
  if (problem.reason === 'too-far-ahead') return { kind: 'later' };
  return { kind: 'too-late', reason: problem.reason };
}

/** How a series describes each occurrence's return. */
export type SeriesReturn = { readonly pickupTime: string } | { readonly readyAfterMinutes: number };

/** The return of one occurrence as a booking describes it. */
export function returnOf(
  spec: SeriesReturn,
  date: string,
  timeZone: string,
): { pickupAt: Date } | { readyAfterMinutes: number } {
  if ('pickupTime' in spec) return { pickupAt: localInstant(date, spec.pickupTime, timeZone) };
  return { readyAfterMinutes: spec.readyAfterMinutes };
}

/** Fields of a series whose change alters the booked rides themselves, not just which dates exist. */
export interface SeriesRide {
  readonly time: string;
  readonly pickup: unknown;
  readonly dropoff: unknown;
  readonly wheelchair: string;
  readonly walkingAid: boolean;
  readonly companions: number;
  readonly infants: number;
  readonly notes: string | null;
  readonly returnTrip: SeriesReturn | null;
}

/** Whether rides already booked for the series must be cancelled and booked again after a change. */
export function rideChanged(before: SeriesRide, after: SeriesRide): boolean {
  const key = (r: SeriesRide) =>
    JSON.stringify([
      r.time,
      r.pickup,
      r.dropoff,
      r.wheelchair,
      r.walkingAid,
      r.companions,
      r.infants,
      r.notes,
      r.returnTrip,
    ]);
  return key(before) !== key(after);
}
