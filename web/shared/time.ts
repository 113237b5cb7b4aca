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

/** A local date (YYYY-MM-DD) or an instant as Turkish offices write it: 27.11.2026. */
export function dmy(dateOrIso: string): string {
  const dt = DateTime.fromISO(dateOrIso, { zone: ZONE });
  return dt.isValid ? dt.toFormat('dd.LL.yyyy') : dateOrIso;
}

/** An instant as 27.11.2026 14:30 (24-hour, İzmit time). */
export function dmyHm(iso: string): string {
  return DateTime.fromISO(iso, { zone: ZONE }).toFormat('dd.LL.yyyy HH:mm');
}

/** "27.11.2026", "27.11.26" or "2026-11-27" → YYYY-MM-DD; undefined when it is no date. */
export function parseDmy(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const tr = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(trimmed);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : tr
      ? [tr[3]!.length === 2 ? `20${tr[3]}` : tr[3], tr[2], tr[1]]
      : [];
  if (!y || !m || !d) return undefined;
  const dt = DateTime.fromObject({ year: +y, month: +m, day: +d }, { zone: ZONE });
  return dt.isValid ? dt.toISODate()! : undefined;
}

/** Minutes from now until an instant (negative when it has passed). */
export function minutesUntil(iso: string, now: number = Date.now()): number {
  return Math.round((DateTime.fromISO(iso).toMillis() - now) / 60_000);
}

/** The ISO weekday (1 = Monday) of a local date. */
export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: ZONE }).weekday;
}
