import type { ErrorCode } from '../../domain/errors.js';
import type { ServiceRules } from '../../domain/services.js';
import { localDateOf, localInstant, planOccurrence } from '../../domain/standing-orders.js';
import { type Lang, messageFor } from '../../http/i18n.js';
import type { OccurrenceView, StandingOrderView } from './standing-orders.schema.js';
import type { OccurrenceRow, StandingOrderRow } from './standing-orders.store.js';

export interface ViewContext {
  rules: ServiceRules;
  /** Every date of the series' calendar, in order. */
  dates: readonly string[];
  holidays: ReadonlyMap<string, string>;
  rows: readonly OccurrenceRow[];
  now: Date;
  timeZone: string;
  lang: Lang;
}

/**
 * A series as staff read it: each date of its calendar with what became of
 * it. A booked date shows its booking (whatever happened to it since); an
 * unbooked one says why: a holiday, a failed attempt, not due yet, or too late.
 */
export function toView(s: StandingOrderRow, ctx: ViewContext): StandingOrderView {
  const rows = new Map(ctx.rows.map((r) => [r.date, r]));
  const endedOn = s.ended_at ? localDateOf(s.ended_at, ctx.timeZone) : null;
  const occurrences = ctx.dates
    // After the end only what was booked stays worth showing (cancelled, mostly).
    .filter((date) => endedOn === null || date <= endedOn || rows.get(date)?.booking_id)
    .map((date) => occurrenceOf(s, date, rows.get(date), endedOn !== null, ctx));
  return {
    id: s.id,
    citizenId: s.citizen_id,
    citizenName: s.citizen_name,
    serviceId: s.service_id,
    pickup: s.pickup,
    dropoff: s.dropoff,
    weekdays: s.weekdays,
    time: s.local_time,
    startsOn: s.starts_on,
    endsOn: s.ends_on,
    wheelchair: s.wheelchair,
    walkingAid: s.walking_aid,
    companions: s.companions,
    infants: s.infants,
    notes: s.notes,
    returnTrip: s.return_trip,
    eligibilityOverride: s.eligibility_override !== null,
    status: s.status,
    ended:
      s.ended_at && s.end_reason !== null
        ? { at: s.ended_at.toISOString(), reason: s.end_reason }
        : null,
    createdByName: s.created_by_name,
    createdAt: s.created_at.toISOString(),
    updatedAt: s.updated_at.toISOString(),
    occurrences,
  };
}

function occurrenceOf(
  s: StandingOrderRow,
  date: string,
  row: OccurrenceRow | undefined,
  ended: boolean,
  ctx: ViewContext,
): OccurrenceView {
  const at = row?.booking_at ?? localInstant(date, s.local_time, ctx.timeZone);
  const holidayName = ctx.holidays.get(date) ?? null;
  const base = {
    date,
    at: at.toISOString(),
    bookingId: row?.booking_id ?? null,
    bookingStatus: row?.booking_id ? row.booking_status : null,
    holidayName,
    failure: null,
  };
  if (row?.booking_id) return { ...base, state: 'booked' };
  if (holidayName !== null) return { ...base, state: 'skipped' };
  if (row?.failure) {
    const { code, params } = row.failure;
    return {
      ...base,
      state: 'failed',
      failure: { code, params, message: failureMessage(code, ctx.lang, params) },
    };
  }
  if (ended) return { ...base, state: 'missed' };
  const plan = planOccurrence(ctx.rules, { date, at }, ctx.holidays, ctx.now, ctx.timeZone);
  return {
    ...base,
    state: plan.kind === 'due' ? 'due' : plan.kind === 'later' ? 'upcoming' : 'missed',
  };
}

function failureMessage(code: string, lang: Lang, params: Record<string, string | number>): string {
  try {
    return messageFor(code as ErrorCode, lang, params);
  } catch {
    // A code from a newer version that this one cannot word: the code says it.
    return code;
  }
}
