import { DateTime } from 'luxon';

/** Every time on screen is İzmit's local time, whatever the device's zone. */
export const ZONE = 'Europe/Istanbul';

export function hhmm(iso: string): string {
  return DateTime.fromISO(iso, { zone: ZONE }).toFormat('HH:mm');
}

export function timeRange(startIso: string, endIso: string): string {
  return `${hhmm(startIso)}–${hhmm(endIso)}`;
}

/** Today's local date in İzmit (YYYY-MM-DD), plus `days`. */
export function localDate(days = 0): string {
  return DateTime.now().setZone(ZONE).plus({ days }).toISODate()!;
}

/** The local date (YYYY-MM-DD) of an instant. */
export function localDateOf(iso: string): string {
  return DateTime.fromISO(iso, { zone: ZONE }).toISODate()!;
}

/** Local date and HH:mm in İzmit → an ISO instant with offset, as the API wants. */
export function toInstant(date: string, time: string): string | undefined {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true })! : undefined;
}

/** An ISO instant → local date and HH:mm, to put back into the form's inputs. */
export function toLocalParts(iso: string): { date: string; time: string } {
  const dt = DateTime.fromISO(iso, { zone: ZONE });
  return { date: dt.toISODate()!, time: dt.toFormat('HH:mm') };
}
