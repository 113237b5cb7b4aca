import type { BookingStatus } from '../../domain/booking-status.js';
import { TRANSITIONS } from '../../domain/booking-status.js';
import { returnOpensAt, windowsFor } from '../../domain/booking-windows.js';
import { checkDayHours, type DayHoursLookup } from '../../domain/day-hours.js';
import { AppError, notFound } from '../../domain/errors.js';
import { checkBookingHorizon, serviceDateOf } from '../../domain/services.js';
import type { Db } from '../../infra/db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { PolicyService } from '../policy/policy.service.js';
import type { ServicesStore } from '../services/services.store.js';
import type { BookingRow } from './booking-row.js';
import type { BookingView } from './bookings.schema.js';
import type { ChangeNotifier, SchedulingQueuePort } from './bookings.service.js';
import { type BookingsStore, bookingToView } from './bookings.store.js';

export interface BookingChangesDeps {
  db: Db;
  store: BookingsStore;
  services: ServicesStore;
  queue: SchedulingQueuePort;
  notifier: ChangeNotifier;
  /** Removes a booking's stops from its route; returns the driver to notify. */
  releaseFromRoute(tx: Db, booking: BookingRow): Promise<string | null>;
  /**
   * Locks a day's planning partition for the transaction. Taken before any
   * booking row, in the planner's order, so a cancel and a plan never deadlock.
   */
  lockDay(tx: Db, serviceDate: string): Promise<void>;
  /**
   * Moves a day's planning partitions one version on, naming what changed:
   * a planner that read a pending ride before it was given new times must not
   * commit it with the old ones (its version check sends it to read again).
   */
  bumpDay(
    tx: Db,
    serviceDate: string,
    changed: { shiftIds: string[]; bookingIds: string[] },
  ): Promise<void>;
  config: { timeZone: string; bookingWaitMs: number };
  now: () => Date;
  log: { warn(obj: object, msg: string): void };
  /** The no-show and late-cancel policy: the wait before a no-show, late cancels flagged, warnings. */
  policy?: Pick<PolicyService, 'assertNoShowAllowed' | 'noShowRecorded' | 'cancelRecorded'>;
  /** A day's own service hours: a ride moved onto a closed day or outside its hours is refused. */
  dayHours?: DayHoursLookup<Db> | undefined;
}

type Action = keyof typeof TRANSITIONS;

/** What staff change on a booking after it was made: cancel, no-show, decline, a return's time, a new time. */
export function createBookingChanges(deps: BookingChangesDeps) {
  const { db, store } = deps;

  /** Locks the days of `rows` (in date order), then the rows themselves, and reads them fresh. */
  async function lockAll(tx: Db, ids: readonly string[]): Promise<BookingRow[]> {
    const first = await store.findByIds(ids, tx);
    const days = [...new Set(first.map((r) => r.service_date))].sort();
    for (const day of days) await deps.lockDay(tx, day);
    const out: BookingRow[] = [];
    for (const id of [...ids].sort()) {
      const row = await store.lock(id, tx);
      if (row) out.push(row);
    }
    return out;
  }

  function allowed(action: Action, status: BookingStatus): boolean {
    return (TRANSITIONS[action].from as readonly BookingStatus[]).includes(status);
  }

  /** Moves one locked row to the action's state, off its route, with an event. Returns the driver to tell. */
  async function apply(
    tx: Db,
    row: BookingRow,
    action: 'cancel' | 'no-show',
    actor: AuthUser,
    details: Record<string, unknown>,
  ): Promise<string | null> {
    const to = TRANSITIONS[action].to;
    // A no-show keeps its stops: they are done, and the route's history shows them.
    const driver = action === 'cancel' ? await deps.releaseFromRoute(tx, row) : row.driver_id;
    if (!(await store.transition(row.id, TRANSITIONS[action].from, to, tx)))
      throw new AppError('INVALID_TRANSITION', { from: row.status, action });
    await store.insertEvent(
      {
        bookingId: row.id,
        type: to,
        fromStatus: row.status,
        toStatus: to,
        actorUserId: actor.id,
        actorRole: actor.role,
        details,
      },
      tx,
    );
    return driver;
  }

  async function announce(ids: readonly string[], drivers: ReadonlySet<string>) {
    const rows = await store.findByIds(ids);
    for (const row of rows) deps.notifier.bookingChanged(bookingToView(row));
    const day = rows[0]?.service_date;
    for (const driver of drivers) if (day) deps.notifier.manifestChanged(driver, day);
  }

  async function view(id: string): Promise<BookingView> {
    const row = await store.findById(id);
    if (!row) throw notFound('booking');
    return bookingToView(row);
  }

  async function planAndWait(ids: readonly string[]) {
    const started = Date.now();
    for (const id of ids) {
      try {
        await deps.queue.enqueue(id);
        await deps.queue.waitForOutcome(
          id,
          Math.max(0, deps.config.bookingWaitMs - (Date.now() - started)),
        );
      } catch (error) {
        deps.log.warn({ err: error, bookingId: id }, 'enqueue failed; the relay will retry');
      }
    }
  }

  /**
   * Cancels or marks a no-show, and the booking's live return too when asked.
   * Idempotent: a booking already in the target state answers as it is.
   */
  async function end(
    action: 'cancel' | 'no-show',
    id: string,
    actor: AuthUser,
    details: Record<string, unknown>,
    withReturn: boolean,
    countsForPolicy = true,
  ): Promise<BookingView> {
    const returns = withReturn ? await store.activeReturnsOf(id) : [];
    const ids = [id, ...returns.map((r) => r.id)];
    const drivers = new Set<string>();
    const changed = await db.transaction(async (tx) => {
      const rows = await lockAll(tx, ids);
      const main = rows.find((r) => r.id === id);
      if (!main) throw notFound('booking');
      if (main.status === TRANSITIONS[action].to) return [];
      if (!allowed(action, main.status))
        throw new AppError('INVALID_TRANSITION', { from: main.status, action });
      if (action === 'no-show') await deps.policy?.assertNoShowAllowed(tx, main, deps.now());
      const done: string[] = [];
      for (const row of rows) {
        if (row.id !== id && !allowed('cancel', row.status)) continue;
        const driver = await apply(tx, row, row.id === id ? action : 'cancel', actor, {
          ...details,
          ...(row.id === id ? {} : { with: id }),
        });
        if (driver) drivers.add(driver);
        const reason = typeof details.reason === 'string' ? details.reason : undefined;
        const own = row.id === id;
        if (own && action === 'no-show') await deps.policy?.noShowRecorded(tx, row, actor, reason);
        // A return cancelled with its outbound is one decision: the outbound alone may count.
        else
          await deps.policy?.cancelRecorded(tx, row, actor, reason ?? '', own && countsForPolicy);
        done.push(row.id);
      }
      return done;
    });
    if (changed.length > 0) await announce(changed, drivers);
    return view(id);
  }

  return {
    /** `countsForPolicy`: false for cancels the citizen did not ask for (a holiday, a changed series). */
    cancel(
      id: string,
      reason: string,
      actor: AuthUser,
      cancelReturn = false,
      countsForPolicy = true,
    ) {
      return end('cancel', id, actor, { reason }, cancelReturn, countsForPolicy);
    },

    noShow(id: string, reason: string | undefined, actor: AuthUser, cancelReturn = false) {
      return end('no-show', id, actor, reason ? { reason } : {}, cancelReturn);
    },

    /** The caller declined a refusal's alternatives: kept, with the reason, for the reports. */
    async decline(id: string, reason: string, actor: AuthUser): Promise<BookingView> {
      const row = await store.findById(id);
      if (!row) throw notFound('booking');
      if (row.status !== 'refused')
        throw new AppError('INVALID_TRANSITION', { from: row.status, action: 'decline' });
      await store.insertEvent({
        bookingId: id,
        type: 'alternatives-declined',
        fromStatus: 'refused',
        toStatus: 'refused',
        actorUserId: actor.id,
        actorRole: actor.role,
        details: { reason, alternatives: row.alternatives?.length ?? 0 },
      });
      return view(id);
    },

    /** A will-call return gets its time (or a refused return another try): planned now. */
    async confirmReturn(id: string, pickupAt: Date, actor: AuthUser): Promise<BookingView> {
      const row = await store.findById(id);
      if (!row) throw notFound('booking');
      if (!row.return_of || !allowed('confirm-return', row.status))
        throw new AppError('INVALID_TRANSITION', { from: row.status, action: 'confirm-return' });
      const outbound = await store.findById(row.return_of);
      const notBefore = outbound?.arrive_by ?? outbound?.requested_pickup_at ?? null;
      if (notBefore && pickupAt.getTime() <= notBefore.getTime()) {
        throw new AppError('VALIDATION_FAILED', {}, [
          { field: 'body.pickupAt', message: 'i18n:return-before-outbound' },
        ]);
      }
      const rules = await deps.services.find(row.service_id);
      if (!rules) throw notFound('service');
      const told = await reschedule(row, rules, pickupAt, null, 'confirm-return', actor, {
        pickupAt,
      });
      if (told) deps.notifier.manifestChanged(told.driver, told.day);
      await planAndWait([id]);
      return view(id);
    },

    /** A new pickup time or appointment: re-planned, and its return with it when that follows it. */
    async move(
      id: string,
      change: { pickupAt?: Date | undefined; arriveBy?: Date | undefined },
      actor: AuthUser,
    ): Promise<BookingView> {
      const row = await store.findById(id);
      if (!row) throw notFound('booking');
      const rules = await deps.services.find(row.service_id);
      if (!rules) throw notFound('service');
      const isAppointment = row.arrive_by !== null;
      const at = isAppointment ? change.arriveBy : change.pickupAt;
      if (!at) {
        throw new AppError('SERVICE_RULE_VIOLATED', {
          rule: 'timing',
          timing: isAppointment ? 'arrive-by' : 'pickup',
        });
      }
      if (!allowed('move', row.status))
        throw new AppError('INVALID_TRANSITION', { from: row.status, action: 'move' });
      const replanned = [id];
      const told = await db.transaction(async (tx) => {
        const out = [];
        out.push(
          await reschedule(
            row,
            rules,
            isAppointment ? null : at,
            isAppointment ? at : null,
            'move',
            actor,
            {
              from: (row.arrive_by ?? row.requested_pickup_at)?.toISOString(),
              to: at.toISOString(),
            },
            tx,
          ),
        );
        // A return that opens after the appointment (or "will call") follows it.
        for (const ret of await store.activeReturnsOf(id, tx)) {
          if (ret.return_ready_after_minutes === null || !allowed('move', ret.status)) continue;
          const opens = returnOpensAt(
            rules,
            {
              appointment: isAppointment ? at : null,
              arrival: new Date(at.getTime() + (rules.pickupWindowMinutes + 45) * 60_000),
            },
            { readyAfterMinutes: ret.return_ready_after_minutes },
          );
          out.push(await reschedule(ret, rules, opens, null, 'move', actor, { with: id }, tx));
          replanned.push(ret.id);
        }
        return out;
      });
      for (const t of told) if (t) deps.notifier.manifestChanged(t.driver, t.day);
      await announce(replanned, new Set());
      await planAndWait(replanned);
      return view(id);
    },
  };

  /** Checks the new time, takes the booking off its route and makes it `pending` with new windows. */
  async function reschedule(
    row: BookingRow,
    rules: NonNullable<Awaited<ReturnType<ServicesStore['find']>>>,
    pickupAt: Date | null,
    arriveBy: Date | null,
    action: 'move' | 'confirm-return',
    actor: AuthUser,
    details: Record<string, unknown>,
    outer?: Db,
  ): Promise<{ driver: string; day: string } | null> {
    const when = (arriveBy ?? pickupAt)!;
    // A change to a booked ride keeps the horizon but not the notice: the operator is fixing a promise.
    const problem = checkBookingHorizon(
      { ...rules, minNoticeMinutes: 0, sameDayAllowed: true },
      when,
      deps.now(),
      deps.config.timeZone,
    );
    if (problem) throw new AppError('BOOKING_OUTSIDE_HORIZON', { ...problem });
    if (deps.dayHours) {
      const day = serviceDateOf(when, deps.config.timeZone);
      const hours = await deps.dayHours.on(day, rules.id, outer);
      const outside = checkDayHours(hours, when, deps.config.timeZone);
      if (outside) throw new AppError('BOOKING_OUTSIDE_HORIZON', { ...outside });
    }
    const windows = windowsFor(
      rules,
      arriveBy ? { kind: 'arrive-by', appointment: arriveBy } : { kind: 'pickup', at: when },
    );
    const work = async (tx: Db) => {
      const [locked] = await lockAll(tx, [row.id]);
      if (!locked || !allowed(action, locked.status))
        throw new AppError('INVALID_TRANSITION', { from: locked?.status ?? row.status, action });
      const driver = await deps.releaseFromRoute(tx, locked);
      const ok = await store.replan(
        row.id,
        TRANSITIONS[action].from,
        {
          requestedPickupAt: pickupAt,
          arriveBy,
          ...windows,
          serviceDate: serviceDateOf(when, deps.config.timeZone),
        },
        tx,
      );
      if (!ok) throw new AppError('INVALID_TRANSITION', { from: locked.status, action });
      // A ride on a route moved its day's version as it left the route; one on none moves it here.
      if (!driver)
        await deps.bumpDay(tx, locked.service_date, { shiftIds: [], bookingIds: [row.id] });
      await store.insertEvent(
        {
          bookingId: row.id,
          type: action === 'move' ? 'moved' : 'return-confirmed',
          fromStatus: locked.status,
          toStatus: 'pending',
          actorUserId: actor.id,
          actorRole: actor.role,
          details,
        },
        tx,
      );
      return driver ? { driver, day: locked.service_date } : null;
    };
    return outer ? work(outer) : db.transaction(work);
  }
}

export type BookingChanges = ReturnType<typeof createBookingChanges>;
