import { DateTime } from 'luxon';

/**
 * A day's own service hours for one service, besides the holiday calendar:
 * 29 Ekim closed, 31 Aralık only 08:00–14:00. Dates are local (ISO), times
 * local wall-clock `HH:mm`; a ride belongs to the day of its local time.
 */
export type DayHours =
  | { readonly date: string; readonly serviceId: string; readonly closed: true }
  | {
      readonly date: string;
      readonly serviceId: string;
      readonly closed: false;
      readonly opensAt: string;
      readonly closesAt: string;
    };

/** Why a time falls outside its day's own hours. */
export type DayHoursProblem =
  | { reason: 'day-closed'; date: string }
  | { reason: 'outside-day-hours'; date: string; opensAt: string; closesAt: string };

/**
 * Checks a ride's time (the pickup, or the appointment of an arrive-by ride)
 * against its day's own hours: open from `opensAt` up to, not including,
 * `closesAt`. Undefined when the day has no hours of its own or the time fits.
 */
export function checkDayHours(
  hours: DayHours | undefined,
  when: Date,
  timeZone: string,
): DayHoursProblem | undefined {
  if (!hours) return undefined;
  if (hours.closed) return { reason: 'day-closed', date: hours.date };
  const local = DateTime.fromJSDate(when, { zone: timeZone }).toFormat('HH:mm');
  if (local >= hours.opensAt && local < hours.closesAt) return undefined;
  return {
    reason: 'outside-day-hours',
    date: hours.date,
    opensAt: hours.opensAt,
    closesAt: hours.closesAt,
  };
}

/** Looks a day's own hours up; `tx` is the caller's open transaction, when it has one. */
export interface DayHoursLookup<Tx = unknown> {
  on(date: string, serviceId: string, tx?: Tx): Promise<DayHours | undefined>;
}
