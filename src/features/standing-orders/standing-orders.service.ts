import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { canCancel } from '../../domain/booking-status.js';
import { AppError, type ErrorCode, notFound } from '../../domain/errors.js';
import { isInServiceArea } from '../../domain/places/service-area.js';
import type { ServiceRules } from '../../domain/services.js';
import {
  latestEndOf,
  localDateOf,
  localInstant,
  occurrenceDates,
  planOccurrence,
  returnOf,
  rideChanged,
  type SeriesRide,
} from '../../domain/standing-orders.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser, Role } from '../auth/auth-user.js';
import { type CreateBookingInput, createBookingBody } from '../bookings/bookings.schema.js';
import type { ResolvedLocation } from '../citizens/citizens.schema.js';
import type { CitizensStore } from '../citizens/citizens.store.js';
import type { HolidayListener } from '../holidays/holidays.service.js';
import type { HolidaysStore } from '../holidays/holidays.store.js';
import { ALLOWED_OUTSIDE_AREA } from '../places/places.service.js';
import type { ServicesStore } from '../services/services.store.js';
import type {
  CreateStandingOrderInput,
  StandingOrderView,
  UpdateStandingOrderInput,
} from './standing-orders.schema.js';
import type {
  OccurrenceFailure,
  SeriesFields,
  StandingOrderRow,
  StandingOrdersStore,
} from './standing-orders.store.js';
import { toView } from './standing-orders.view.js';

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

const CHANGED_REASON = 'standing order changed';
const HOLIDAY_REASON = 'holiday';

/**
 * Standing orders: a repeating ride created once, each occurrence booked as
 * its own booking through the bookings service when it enters the service's
 * booking horizon, skipped on holidays, and changed or ended as one series.
 */
export function createStandingOrdersService(deps: StandingOrdersServiceDeps) {
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

  async function view(id: string, lang: 'tr' | 'en'): Promise<StandingOrderView> {
    const series = await store.findById(id);
    if (!series) throw notFound('standing-order');
    return viewOf(series, lang);
  }

  async function viewOf(series: StandingOrderRow, lang: 'tr' | 'en') {
    const rules = await rulesOf(series.service_id);
    const dates = occurrenceDates(calendarOf(series));
    const holidays =
      dates.length > 0 ? await deps.holidays.between(dates[0]!, dates.at(-1)!) : new Map();
    const rows = await store.occurrences(series.id);
    return toView(series, { rules, dates, holidays, rows, now: deps.now(), timeZone: tz, lang });
  }

  /** Checks what every occurrence would otherwise fail on alike, so the caller hears it once, now. */
  async function checkSeries(
    rules: ServiceRules,
    s: {
      companions: number;
      returnTrip?: unknown;
      pickup: ResolvedLocation;
      dropoff: ResolvedLocation;
    },
  ) {
    if (!rules.active) throw new AppError('SERVICE_RULE_VIOLATED', { rule: 'inactive' });
    if (s.companions > rules.maxCompanions)
      throw new AppError('SERVICE_RULE_VIOLATED', {
        rule: 'max-companions',
        max: rules.maxCompanions,
      });
    if (s.returnTrip && !rules.returnTrip)
      throw new AppError('SERVICE_RULE_VIOLATED', { rule: 'return-trip' });
    const issues = (['pickup', 'dropoff'] as const)
      .filter((field) => {
        const point = s[field];
        const allowedOutside = point.placeId !== null && ALLOWED_OUTSIDE_AREA.has(point.placeId);
        return !allowedOutside && !isInServiceArea(point);
      })
      .map((field) => ({ field: `body.${field}`, message: 'i18n:service-area' }));
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, issues);
  }

  function invalid(field: string, message: string): AppError {
    return new AppError('VALIDATION_FAILED', {}, [{ field: `body.${field}`, message }]);
  }

  return {
    /**
     * Creates a series, then has the occurrences inside the booking horizon
     * booked at once; the answer lists every occurrence as it stands.
     */
    async create(
      input: CreateStandingOrderInput,
      actor: AuthUser,
      lang: 'tr' | 'en',
    ): Promise<StandingOrderView> {
      const rules = await rulesOf(input.serviceId);
      await checkSeries(rules, input);
      if (!(await deps.citizens.findById(input.citizenId))) throw notFound('citizen');
      if (input.startsOn < localDateOf(deps.now(), tz))
        throw invalid('startsOn', 'i18n:starts-in-past');
      if (occurrenceDates(input).length === 0) throw invalid('weekdays', 'i18n:no-occurrences');
      const id = randomUUID();
      await db.transaction(async (tx) => {
        await store.insert(
          {
            id,
            citizenId: input.citizenId,
            serviceId: rules.id,
            pickup: input.pickup,
            dropoff: input.dropoff,
            weekdays: input.weekdays,
            time: input.time,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            wheelchair: input.wheelchair,
            walkingAid: input.walkingAid,
            companions: input.companions,
            infants: input.infants,
            notes: input.notes ?? null,
            returnTrip: input.returnTrip ?? null,
            eligibilityOverride: input.eligibilityOverride ?? null,
            createdBy: actor.id,
          },
          tx,
        );
        await recordAudit(tx, actor, {
          action: 'standing-order.created',
          entity: 'standing-order',
          entityId: id,
          details: {
            citizenId: input.citizenId,
            serviceId: rules.id,
            ...(input.eligibilityOverride
              ? { eligibilityOverride: input.eligibilityOverride.reason }
              : {}),
          },
        });
      });
      await bookSoon(id);
      return view(id, lang);
    },

    get: view,

    async ofCitizen(citizenId: string, lang: 'tr' | 'en'): Promise<StandingOrderView[]> {
      if (!(await deps.citizens.findById(citizenId))) throw notFound('citizen');
      const all = await store.ofCitizen(citizenId);
      return Promise.all(all.map((s) => viewOf(s, lang)));
    },

    /**
     * Changes a running series. Rides still ahead whose date left the
     * calendar are cancelled; if the ride itself changed (time, places,
     * needs, return), rides still ahead are cancelled and booked again.
     * Rides that have started or lie in the past stay as they were.
     */
    async update(
      id: string,
      patch: UpdateStandingOrderInput,
      actor: AuthUser,
      lang: 'tr' | 'en',
    ): Promise<StandingOrderView> {
      const before = await store.findById(id);
      if (!before) throw notFound('standing-order');
      if (before.status === 'ended') throw new AppError('STANDING_ORDER_ENDED');
      const next: SeriesFields = { ...fieldsOf(before), ...definedOf(patch) };
      const rules = await rulesOf(before.service_id);
      await checkSeries(rules, next);
      const today = localDateOf(deps.now(), tz);
      if (next.endsOn < today) throw invalid('endsOn', 'i18n:ends-in-past');
      if (next.endsOn < before.starts_on) throw invalid('endsOn', 'i18n:date-order');
      if (next.endsOn > latestEndOf(before.starts_on))
        throw invalid('endsOn', 'i18n:series-too-long');
      if (
        next.returnTrip &&
        'pickupTime' in next.returnTrip &&
        next.returnTrip.pickupTime <= next.time
      )
        throw invalid('time', 'i18n:return-before-outbound');
      const calendar = { ...calendarOf(before), weekdays: next.weekdays, endsOn: next.endsOn };
      if (occurrenceDates(calendar).length === 0) throw invalid('weekdays', 'i18n:no-occurrences');

      await db.transaction(async (tx) => {
        const locked = await store.lock(id, tx);
        if (!locked || locked.version !== before.version) throw new AppError('CONFLICT');
        await store.update(id, next, tx);
        await recordAudit(tx, actor, {
          action: 'standing-order.changed',
          entity: 'standing-order',
          entityId: id,
          details: { changed: Object.keys(definedOf(patch)) },
        });
      });

      const rebook = rideChanged(rideOf(fieldsOf(before)), rideOf(next));
      const keep = new Set(occurrenceDates(calendar));
      const now = deps.now();
      for (const row of await store.occurrences(id)) {
        if (row.date < today) continue;
        if (!row.booking_id) {
          // A failed attempt gets another chance under the new terms.
          await store.clearFailure(id, row.date);
          continue;
        }
        const ahead = row.booking_at !== null && row.booking_at.getTime() > now.getTime();
        if (!ahead || !row.booking_status || !canCancel(row.booking_status)) continue;
        if (keep.has(row.date) && !rebook) continue;
        await cancelRide(row.booking_id, CHANGED_REASON, actor);
        await store.nextAttempt(id, row.date, row.attempt);
      }
      await bookSoon(id);
      return view(id, lang);
    },

    /** Ends the series: rides still ahead are cancelled, the series and its past stay for history. */
    async end(
      id: string,
      reason: string,
      actor: AuthUser,
      lang: 'tr' | 'en',
    ): Promise<StandingOrderView> {
      const now = deps.now();
      const ended = await db.transaction(async (tx) => {
        const series = await store.lock(id, tx);
        if (!series) throw notFound('standing-order');
        if (series.status === 'ended') return false;
        await store.end(id, { at: now, reason, by: actor.id }, tx);
        await recordAudit(tx, actor, {
          action: 'standing-order.ended',
          entity: 'standing-order',
          entityId: id,
          details: { reason },
        });
        return true;
      });
      if (ended) {
        for (const row of await store.occurrences(id)) {
          const ahead = row.booking_at !== null && row.booking_at.getTime() > now.getTime();
          if (row.booking_id && ahead && row.booking_status && canCancel(row.booking_status))
            await cancelRide(row.booking_id, reason, actor);
        }
      }
      return view(id, lang);
    },

    bookDue,

    /** The daily run: every running series books what entered its horizon. */
    async bookAllDue(): Promise<RunOutcome & { series: number }> {
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
    },

    /** Keeps series in step with the holiday calendar. */
    holidayListener: {
      async holidayAdded(holiday, actor) {
        const cancelled: string[] = [];
        for (const row of await store.bookedOn(holiday.date)) {
          if (!canCancel(row.booking_status)) continue;
          await cancelRide(row.booking_id, HOLIDAY_REASON, actor);
          await store.nextAttempt(row.standing_order_id, holiday.date, row.attempt);
          cancelled.push(row.booking_id);
        }
        return cancelled;
      },
      async holidayRemoved(holiday) {
        for (const id of await store.activeOn(holiday.date)) await bookLater(id);
      },
    } satisfies HolidayListener,
  };
}

export type StandingOrdersService = ReturnType<typeof createStandingOrdersService>;

function calendarOf(s: StandingOrderRow) {
  return { weekdays: s.weekdays, startsOn: s.starts_on, endsOn: s.ends_on };
}

function fieldsOf(s: StandingOrderRow): SeriesFields {
  return {
    pickup: s.pickup,
    dropoff: s.dropoff,
    weekdays: s.weekdays,
    time: s.local_time,
    endsOn: s.ends_on,
    wheelchair: s.wheelchair,
    walkingAid: s.walking_aid,
    companions: s.companions,
    infants: s.infants,
    notes: s.notes,
    returnTrip: s.return_trip,
  };
}

function rideOf(f: SeriesFields): SeriesRide {
  const { weekdays: _w, endsOn: _e, ...ride } = f;
  return ride;
}

/** The fields a change sets: undefined leaves a field as it was, null clears it. */
function definedOf(patch: UpdateStandingOrderInput): Partial<SeriesFields> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== undefined),
  ) as Partial<SeriesFields>;
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
