import { randomUUID } from 'node:crypto';
import { canCancel } from '../../domain/booking-status.js';
import { checkDayHours } from '../../domain/day-hours.js';
import { AppError, notFound } from '../../domain/errors.js';
import { isServedPlace } from '../../domain/places/service-area.js';
import type { ServiceRules } from '../../domain/services.js';
import {
  latestEndOf,
  localDateOf,
  occurrenceDates,
  rideChanged,
  type SeriesRide,
} from '../../domain/standing-orders.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { ResolvedLocation } from '../citizens/citizens.schema.js';
import type { DayHoursListener } from '../holidays/day-hours.service.js';
import type { HolidayListener } from '../holidays/holidays.service.js';
import {
  CHANGED_REASON,
  calendarOf,
  createSeriesRuns,
  DAY_HOURS_REASON,
  HOLIDAY_REASON,
  type StandingOrdersServiceDeps,
} from './standing-orders.runs.js';
import type {
  CreateStandingOrderInput,
  StandingOrderView,
  UpdateStandingOrderInput,
} from './standing-orders.schema.js';
import type { SeriesFields, StandingOrderRow } from './standing-orders.store.js';
import { toView } from './standing-orders.view.js';

export type {
  RunOutcome,
  SeriesBookingsPort,
  StandingOrdersQueuePort,
  StandingOrdersServiceDeps,
} from './standing-orders.runs.js';

/**
 * Standing orders: a repeating ride created once, each occurrence booked as
 * its own booking through the bookings service when it enters the service's
 * booking horizon, skipped on holidays, and changed or ended as one series.
 */
export function createStandingOrdersService(deps: StandingOrdersServiceDeps) {
  const { db, store, config } = deps;
  const tz = config.timeZone;
  const { rulesOf, cancelRide, bookDue, bookAllDue, bookSoon, bookLater } = createSeriesRuns(deps);

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
        return !isServedPlace(point);
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

    bookAllDue,

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

    /** Keeps series in step with a day's own service hours, as with holidays. */
    dayHoursListener: {
      async dayHoursSet(hours, actor) {
        const cancelled: string[] = [];
        for (const row of await store.bookedOn(hours.date)) {
          if (row.service_id !== hours.serviceId || !canCancel(row.booking_status)) continue;
          if (!checkDayHours(hours, new Date(row.booking_at), deps.config.timeZone)) continue;
          await cancelRide(row.booking_id, DAY_HOURS_REASON, actor);
          await store.nextAttempt(row.standing_order_id, hours.date, row.attempt);
          cancelled.push(row.booking_id);
        }
        return cancelled;
      },
      async dayHoursLifted(date) {
        for (const id of await store.activeOn(date)) await bookLater(id);
      },
    } satisfies DayHoursListener,
  };
}

export type StandingOrdersService = ReturnType<typeof createStandingOrdersService>;

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
