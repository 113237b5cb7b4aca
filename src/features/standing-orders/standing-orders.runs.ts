import { ZodError } from 'zod';
import { AppError, type ErrorCode, notFound } from '../../domain/errors.js';
import type { ServiceRules } from '../../domain/services.js';
import {
  localDateOf,
  localInstant,
  occurrenceDates,
  planOccurrence,
  returnOf,
} from '../../domain/standing-orders.js';
import type { Db } from '../../infra/db/database.js';
import type { AuthUser, Role } from '../auth/auth-user.js';
import { type CreateBookingInput, createBookingBody } from '../bookings/bookings.schema.js';
import type { ResolvedLocation } from '../citizens/citizens.schema.js';
import type { CitizensStore } from '../citizens/citizens.store.js';
import type { HolidaysStore } from '../holidays/holidays.store.js';
import type { ServicesStore } from '../services/services.store.js';
import type {
  OccurrenceFailure,
  StandingOrderRow,
  StandingOrdersStore,
} from './standing-orders.store.js';

/** What a series needs from the bookings feature: each occurrence is an ordinary booking. */
export interface SeriesBookingsPort {
  create(
    input: CreateBookingInput,
    actor: AuthUser,
    idempotencyKey: string,
    origin: { standingOrderId: string },
  ): Promise<{ booking: { id: string } }>;
  /** Cancels a ride and its return; drivers are told. */
  cancel(id: string, reason: string, actor: AuthUser, cancelReturn: boolean): Promise<unknown>;
}

/** Booking runs happen in a worker: the API only asks for one and waits a little. */
export interface StandingOrdersQueuePort {
  /** Asks a worker to book the series' due occurrences; resolves with the job's id. */
  bookSeries(seriesId: string): Promise<string>;
  /** Resolves when the job has finished or `timeoutMs` has passed. */
  waitFor(jobId: string, timeoutMs: number): Promise<void>;
}

export interface StandingOrdersServiceDeps {
  db: Db;
  store: StandingOrdersStore;
  holidays: HolidaysStore;
  services: ServicesStore;
  citizens: CitizensStore;
  bookings: SeriesBookingsPort;
  /** The series' creator books every occurrence: one actor, so the idempotency keys always meet. */
  users: {
    findById(id: string): Promise<{ id: string; role: Role; display_name: string } | undefined>;
  };
  /** Absent where no worker may be asked (then runs happen in-process). */
  queue?: StandingOrdersQueuePort | undefined;
  config: { timeZone: string; waitMs: number };
  now: () => Date;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

export interface RunOutcome {
  booked: number;
  failed: number;
}

export const CHANGED_REASON = 'standing order changed';
export const HOLIDAY_REASON = 'holiday';
/** A day's own service hours were set and the ride's time falls outside them. */
export const DAY_HOURS_REASON = 'service hours of the day';

/**
 * Booking runs: every occurrence of a series that is due becomes a booking
 * through the bookings service, once, whoever runs it and however often.
 */
export function createSeriesRuns(deps: StandingOrdersServiceDeps) {
  const { db, store, config } = deps;
  const tz = config.timeZone;

  async function rulesOf(serviceId: string): Promise<ServiceRules> {
    const rules = await deps.services.find(serviceId);
    if (!rules) throw notFound('service');
    return rules;
  }

  async function actorOf(series: StandingOrderRow): Promise<AuthUser> {
    const user = await deps.users.findById(series.created_by);
    if (!user) throw notFound('user');
    return { id: user.id, role: user.role, driverId: null, name: user.display_name };
  }

  /** The booking of one occurrence, written as the booking API takes it and checked by its schema. */
  function bookingInputOf(s: StandingOrderRow, rules: ServiceRules, at: Date, date: string) {
    const ret = s.return_trip ? returnOf(s.return_trip, date, tz) : undefined;
    return createBookingBody.parse({
      serviceId: s.service_id,
      citizenId: s.citizen_id,
      pickup: asLocationInput(s.pickup),
      dropoff: asLocationInput(s.dropoff),
      ...(rules.timing === 'arrive-by'
        ? { arriveBy: at.toISOString() }
        : { pickupAt: at.toISOString() }),
      wheelchair: s.wheelchair,
      walkingAid: s.walking_aid,
      companions: s.companions,
      infants: s.infants,
      ...(s.notes ? { notes: s.notes } : {}),
      ...(s.eligibility_override ? { eligibilityOverride: s.eligibility_override } : {}),
      ...(ret
        ? {
            returnTrip:
              'pickupAt' in ret
                ? { pickupAt: ret.pickupAt.toISOString() }
                : { readyAfterMinutes: ret.readyAfterMinutes },
          }
        : {}),
    });
  }

  async function cancelRide(bookingId: string, reason: string, actor: AuthUser) {
    try {
      await deps.bookings.cancel(bookingId, reason, actor, true);
    } catch (error) {
      // The ride started meanwhile: it goes ahead, and stays in the series' history.
      if (error instanceof AppError && error.code === 'INVALID_TRANSITION') return;
      throw error;
    }
  }

  /**
   * Books one occurrence. The key (series, date, attempt) makes a repeated
   * run replay the same booking. Afterwards the series is locked and checked:
   * if a change, an end or a holiday overtook this run, the new booking is
   * cancelled again and the date freed for the next attempt.
   */
  async function bookOccurrence(
    series: StandingOrderRow,
    rules: ServiceRules,
    occurrence: { date: string; at: Date; attempt: number },
    actor: AuthUser,
  ): Promise<'booked' | 'failed' | 'overtaken'> {
    const { date, at, attempt } = occurrence;
    let bookingId: string;
    try {
      const input = bookingInputOf(series, rules, at, date);
      const key = `standing-order:${series.id}:${date}:${attempt}`;
      ({
        booking: { id: bookingId },
      } = await deps.bookings.create(input, actor, key, { standingOrderId: series.id }));
    } catch (error) {
      const failure = failureOf(error);
      // Another run booked this attempt from an older version of the series; its own check settles it.
      if (!failure || failure.code === 'IDEMPOTENCY_KEY_REUSED') throw error;
      await store.recordFailure(series.id, date, attempt, failure);
      return 'failed';
    }
    const kept = await db.transaction(async (tx) => {
      const current = await store.lock(series.id, tx);
      if (current?.status !== 'active' || current.version !== series.version) return false;
      if ((await deps.holidays.between(date, date, tx)).size > 0) return false;
      return store.recordBooked(series.id, date, attempt, bookingId, tx);
    });
    if (kept) return 'booked';
    const holiday = (await deps.holidays.between(date, date)).size > 0;
    await cancelRide(bookingId, holiday ? HOLIDAY_REASON : CHANGED_REASON, actor);
    await store.nextAttempt(series.id, date, attempt);
    return 'overtaken';
  }

  /** Books every occurrence of the series that is due and not booked yet; safe to repeat. */
  async function bookDue(seriesId: string): Promise<RunOutcome> {
    const outcome: RunOutcome = { booked: 0, failed: 0 };
    const series = await store.findById(seriesId);
    if (series?.status !== 'active') return outcome;
    const rules = await rulesOf(series.service_id);
    const now = deps.now();
    const dates = occurrenceDates(calendarOf(series)).filter((d) => d >= localDateOf(now, tz));
    if (dates.length === 0) return outcome;
    const holidays = await deps.holidays.between(dates[0]!, dates.at(-1)!);
    const rows = new Map((await store.occurrences(series.id)).map((r) => [r.date, r]));
    let actor: AuthUser | undefined;
    let transient: unknown;
    for (const date of dates) {
      const row = rows.get(date);
      if (row?.booking_id) continue;
      const at = localInstant(date, series.local_time, tz);
      const plan = planOccurrence(rules, { date, at }, holidays, now, tz);
      // Dates are in order: once one lies beyond the horizon, so do the rest.
      if (plan.kind === 'later') break;
      if (plan.kind !== 'due') continue;
      actor ??= await actorOf(series);
      try {
        const result = await bookOccurrence(
          series,
          rules,
          { date, at, attempt: row?.attempt ?? 1 },
          actor,
        );
        if (result === 'booked') outcome.booked++;
        else if (result === 'failed') outcome.failed++;
        else break; // the series changed: the change books what it needs itself
      } catch (error) {
        // A fault (database, Redis): try the other dates; the job is retried for the rest.
        deps.log.warn({ err: error, seriesId, date }, 'standing order occurrence not booked');
        transient = error;
      }
    }
    if (transient) throw transient;
    return outcome;
  }

  /** Asks a worker to book the series now and waits a little for it, so the answer shows the rides. */
  async function bookSoon(seriesId: string): Promise<void> {
    if (!deps.queue) {
      await bookDue(seriesId);
      return;
    }
    try {
      const jobId = await deps.queue.bookSeries(seriesId);
      await deps.queue.waitFor(jobId, config.waitMs);
    } catch (error) {
      // The series is committed; the daily run books it if Redis was away.
      deps.log.warn({ err: error, seriesId }, 'could not ask for a standing order run');
    }
  }

  /** Asks for a run without waiting for it (many series at once, e.g. a holiday removed). */
  async function bookLater(seriesId: string): Promise<void> {
    if (!deps.queue) {
      await bookDue(seriesId);
      return;
    }
    try {
      await deps.queue.bookSeries(seriesId);
    } catch (error) {
      deps.log.warn({ err: error, seriesId }, 'could not ask for a standing order run');
    }
  }

  /** The daily run: every running series books what entered its horizon. */
  async function bookAllDue(): Promise<RunOutcome & { series: number }> {
    const ids = await store.activeThrough(localDateOf(deps.now(), tz));
    const total = { series: ids.length, booked: 0, failed: 0 };
    let transient: unknown;
    for (const id of ids) {
      try {
        const outcome = await bookDue(id);
        total.booked += outcome.booked;
        total.failed += outcome.failed;
      } catch (error) {
        transient = error;
      }
    }
    if (transient) throw transient;
    return total;
  }

  return { rulesOf, cancelRide, bookDue, bookAllDue, bookSoon, bookLater };
}

export type SeriesRuns = ReturnType<typeof createSeriesRuns>;

export function calendarOf(s: StandingOrderRow) {
  return { weekdays: s.weekdays, startsOn: s.starts_on, endsOn: s.ends_on };
}

/** A stored place as the booking API's location schema takes it (nulls left out). */
function asLocationInput(place: ResolvedLocation): Record<string, unknown> {
  return Object.fromEntries(Object.entries(place).filter(([, v]) => v !== null));
}

/** The recorded reason an attempt booked nothing, or undefined for a fault worth retrying. */
function failureOf(error: unknown): OccurrenceFailure | undefined {
  if (error instanceof AppError) {
    const params: Record<string, string | number> = { ...error.params };
    if (error.issues.length > 0) params.fields = error.issues.map((i) => i.field).join(', ');
    return { code: error.code satisfies ErrorCode, params };
  }
  if (error instanceof ZodError)
    return {
      code: 'VALIDATION_FAILED',
      params: { fields: error.issues.map((i) => i.path.join('.')).join(', ') },
    };
  return undefined;
}
