import { TRANSITIONS } from '../../domain/booking-status.js';
import { latestArrival, promiseAround } from '../../domain/booking-windows.js';
import type { PlanningAreas } from '../../domain/planning-areas.js';
import { checkBookingHorizon } from '../../domain/services.js';
import type { Db } from '../../infra/db/database.js';
import type { TravelTimeProvider } from '../../infra/maps/travel-time-provider.js';
import type { PartitionLeases } from '../../infra/partition-lease.js';
import {
  findAlternativeTimes,
  type InsertionOutcome,
  type Plan,
  type Problem,
} from '../../scheduling/index.js';
import type { BookingOwnRow } from '../bookings/booking-row.js';
import type { AlternativeView } from '../bookings/bookings.schema.js';
import type { ChangeNotifier } from '../bookings/bookings.service.js';
import { type BookingsStore, bookingToView } from '../bookings/bookings.store.js';
import { explainAssignment, explainRefusal } from './explanations.js';
import { placeBooking } from './place-booking.js';
import { withArrivalBound, withoutRequest } from './plan-edits.js';
import {
  isStrayRide,
  type PlanningStore,
  partitionDayOf,
  partitionKeyOf,
} from './planning.store.js';
import {
  createPlanningDays,
  type PlanningDay,
  type PlanningDaysDeps,
  type ReadBookings,
} from './planning-days.js';
import type { PlanningSnapshot, SnapshotBooking } from './planning-snapshot.js';
import {
  type BuiltProblem,
  fromSeconds,
  type LocationIndex,
  toSeconds,
  toStoredStops,
} from './problem-builder.js';
import { createReassigner } from './reassign.js';
import { plannedTimesOf } from './route-writer.js';

/** Offered when a booking cannot be placed: nearest first, at most this many. */
const ALTERNATIVE_OFFSETS_MIN = [15, -15, 30, -30, 45, -45, 60, -60, 90, -90, 120, -120];
const MAX_ALTERNATIVES = 3;
/** Optimistic planning retries this often when another writer changed the partition meanwhile. */
const MAX_ATTEMPTS = 5;
const DEFAULT_DAYS_IN_MEMORY = 8;

export type PlanningOutcome = 'scheduled' | 'refused' | 'not-pending' | 'missing';

/**
 * Where a booking's planning spent its time, summed over its attempts (ms):
 * reading it before its turn, waiting for the day's turn (another booking of
 * the day being decided, or the lease), deciding and committing in the turn,
 * and telling the screens after it. Logged with each plan: the turn is what
 * the day's throughput rests on.
 */
export interface PlanTimings {
  readMs: number;
  waitMs: number;
  turnMs: number;
  tellMs: number;
  /** Of the turn: bringing the day up to date and reading the booking into it. */
  dayMs: number;
  /** Of the turn: the engine's decision, its explanation and alternatives. */
  decideMs: number;
  /** Of the turn: writing it (one statement for a placed booking, a transaction for a refusal). */
  commitMs: number;
}

export const noTimings = (): PlanTimings => ({
  readMs: 0,
  waitMs: 0,
  turnMs: 0,
  tellMs: 0,
  dayMs: 0,
  decideMs: 0,
  commitMs: 0,
});

/** Adds the time since the last lap to a field, and starts the next lap. */
function stopwatch(timings: PlanTimings) {
  let mark = performance.now();
  return (field: keyof PlanTimings) => {
    const at = performance.now();
    timings[field] += at - mark;
    mark = at;
  };
}
type Lap = ReturnType<typeof stopwatch>;

/** Telling the screens of a decision committed in a turn, done once the turn is over. */
type Announce = () => Promise<void>;

/** What a booking's turn needs that can be read before it. */
interface ReadBeforeTurn {
  bookings: ReadBookings;
  /** An ASAP ride planned again keeps the window it was promised where it can. */
  replanned: boolean;
}

/** Thrown while a return waits for its outbound's plan: the job retries with backoff. */
export class OutboundNotPlannedYet extends Error {}

export interface PlanningServiceDeps {
  /** Days a worker keeps in memory between bookings (`PLANNING_DAYS_IN_MEMORY`). */
  daysInMemory?: number;
  /** Areas planned apart (`PLANNING_AREAS`); absent: the city is one area. */
  areas?: PlanningAreas;
  /** One planner per partition among the workers (absent: the version check alone). */
  leases?: Pick<PartitionLeases, 'hold'>;
  /** A planning attempt lost the version race (another writer changed the day): for a metric. */
  onConflict?: (partitionKey: string) => void;
  /**
   * The database refused a route that would take back a ride not planned
   * (`isStrayRide`): the day in memory was stale although its versions were
   * current. It is read again; said loudly, as it should never happen.
   */
  onStrayRide?: (partitionKey: string, error: unknown) => void;
  /** A day read whole from the database (`PlanningDaysDeps.onDayRead`). */
  onDayRead?: PlanningDaysDeps['onDayRead'];
  db: Db;
  store: PlanningStore;
  bookings: BookingsStore;
  travelTimes: TravelTimeProvider;
  notifier: ChangeNotifier;
  timeZone: string;
  now: () => Date;
}

export interface Loaded {
  snapshot: PlanningSnapshot;
  locations: LocationIndex;
  built: BuiltProblem;
}

/**
 * Plans one booking into its day: reads a snapshot of the partition, runs
 * the engine without holding any lock, then commits only if the partition
 * is still at the version it read (else reads again). A booking leaves
 * `pending` exactly once, to `scheduled` or `refused`, by a compare-and-set:
 * a cancel that won the race keeps its stops away from every driver.
 */
export function createPlanningService(deps: PlanningServiceDeps) {
  const { db, store } = deps;

  const days = createPlanningDays({
    store,
    travelTimes: deps.travelTimes,
    maxDays: deps.daysInMemory ?? DEFAULT_DAYS_IN_MEMORY,
    onDayRead: deps.onDayRead,
  });

  /** The partition a ride is planned in: its date, and the area of its pickup. */
  function partitionDayOfRow(
    row: Pick<BookingOwnRow, 'service_date' | 'pickup_lat' | 'pickup_lng'>,
  ) {
    return partitionDayOf(
      row.service_date,
      deps.areas?.areaOf({ lat: row.pickup_lat, lng: row.pickup_lng }),
    );
  }

  /** The ride's day with these bookings in it, built for the engine (for a reassignment). */
  async function load(
    row: Pick<BookingOwnRow, 'service_date' | 'pickup_lat' | 'pickup_lng'>,
    ids: string[],
    now: Date,
  ): Promise<Loaded> {
    const partitionDay = partitionDayOfRow(row);
    return days.exclusive(partitionDay, async () => {
      const day = await days.current(partitionDay);
      let departAt = now;
      await days.withBookings(day, ids, (fresh) => {
        departAt = fresh.get(ids[0] ?? '')?.pickupWindowStart ?? now;
        return departAt;
      });
      const built = days.build(day, departAt, now);
      // The caller reads it after the turn, while the day's bookings are edited in place.
      const snapshot = { ...day.snapshot, bookings: new Map(day.snapshot.bookings) };
      return { snapshot, locations: day.locations, built };
    });
  }

  /** A return that follows its outbound's arrival opens once the outbound is planned. */
  async function returnWindow(
    row: BookingOwnRow,
  ): Promise<{ start: Date; end: Date } | 'refuse' | null> {
    if (!row.return_of || row.return_ready_after_minutes === null) return null;
    const outbound = await deps.bookings.findRowById(row.return_of);
    if (!outbound || outbound.arrive_by) return null;
    if (outbound.status === 'pending') throw new OutboundNotPlannedYet(row.return_of);
    if (!outbound.planned_dropoff_at || !outbound.planned_pickup_at) return 'refuse';
    const arrival = latestArrival({
      plannedPickupAt: outbound.planned_pickup_at,
      plannedDropoffAt: outbound.planned_dropoff_at,
      pickupWindowEnd: outbound.pickup_window_end,
    });
    // A second past the wait: the arrival is a whole second the engine's timing may exceed by a
    // fraction, and the outbound is held to arrive by `start − wait` from now on.
    const start = new Date(arrival.getTime() + row.return_ready_after_minutes * 60_000 + 1000);
    const width = row.pickup_window_end.getTime() - row.pickup_window_start.getTime();
    return { start, end: new Date(start.getTime() + width) };
  }

  async function attempt(
    bookingId: string,
    timings: PlanTimings,
  ): Promise<PlanningOutcome | 'retry'> {
    const lap = stopwatch(timings);
    const row = await deps.bookings.findRowById(bookingId);
    if (!row) return 'missing';
    if (row.status !== 'pending') return 'not-pending';
    const follows = await returnWindow(row);
    const partitionDay = partitionDayOfRow(row);
    // Read before the turn, so the day waits on no more than it must.
    const before: ReadBeforeTurn = {
      bookings: await days.readBookings(partitionDay, [bookingId]),
      replanned: row.asap && (await deps.bookings.wasReplanned(bookingId)),
    };
    lap('readMs');
    // The screens are told after the turn: the next booking of the day need not wait for it.
    const told: Announce[] = [];
    const run = () =>
      days.exclusive(partitionDay, () => {
        lap('waitMs');
        return decideInDay(row, before, follows, partitionDay, told, stopwatch(timings));
      });
    const outcome = await (deps.leases
      ? deps.leases.hold(partitionKeyOf(partitionDay), run)
      : run());
    lap('turnMs');
    for (const tell of told) await tell();
    lap('tellMs');
    return outcome;
  }

  async function decideInDay(
    row: BookingOwnRow,
    before: ReadBeforeTurn,
    follows: Awaited<ReturnType<typeof returnWindow>>,
    partitionDay: string,
    told: Announce[],
    lap: Lap,
  ): Promise<PlanningOutcome | 'retry'> {
    const day = await days.current(partitionDay);
    try {
      const outcome = await decide(row, before, follows, day, told, lap);
      if (outcome !== 'scheduled' && outcome !== 'retry') days.forget(day, row.id);
      if (outcome === 'retry') deps.onConflict?.(day.snapshot.partitionKey);
      return outcome;
    } catch (error) {
      // Whatever the day in memory became mid-way, the next booking reads it again.
      days.drop(partitionDay);
      if (!isStrayRide(error)) throw error;
      deps.onStrayRide?.(day.snapshot.partitionKey, error);
      return 'retry';
    }
  }

  async function decide(
    row: BookingOwnRow,
    before: ReadBeforeTurn,
    follows: Awaited<ReturnType<typeof returnWindow>>,
    day: PlanningDay,
    told: Announce[],
    lap: Lap,
  ): Promise<PlanningOutcome | 'retry'> {
    const bookingId = row.id;
    const now = deps.now();
    await days.withBookings(day, [bookingId], () => row.pickup_window_start, before.bookings);
    lap('dayMs');
    const built = days.build(day, row.pickup_window_start, now);
    const { snapshot, locations } = day;
    const target = snapshot.bookings.get(bookingId);
    if (!target) return 'missing';
    if (follows === 'refuse') {
      return refuse(row, target, [], [{ code: 'outbound-not-planned', params: {} }], told, lap, {
        kind: 'refused',
        reason: 'no-feasible-slot',
      });
    }
    // Placing a return must not re-time its outbound to arrive later than the return now assumes.
    const problemToPlace =
      follows && row.return_of && row.return_ready_after_minutes !== null
        ? withArrivalBound(
            built.problem,
            row.return_of,
            toSeconds(follows.start) - row.return_ready_after_minutes * 60,
          )
        : built.problem;
    const placed = placeBooking(problemToPlace, built.plan, bookingId, {
      windows: follows ?? { start: target.pickupWindowStart, end: target.pickupWindowEnd },
      stored: { start: target.pickupWindowStart, end: target.pickupWindowEnd },
      asap: target.asap,
      now,
      promised: target.asap && before.replanned,
    });
    const { outcome, windows, problem } = placed;
    const { plan } = built;

    if (outcome.kind === 'assigned') {
      const route = outcome.plan.routes.find((r) => r.vehicleId === outcome.vehicleId)!;
      const shift = snapshot.shifts.find((s) => s.id === outcome.vehicleId)!;
      const explanation = explainAssignment(
        problem,
        withoutRequest(plan, bookingId),
        bookingId,
        outcome,
        snapshot,
        now,
      );
      const stops = toStoredStops(route, locations);
      const planned = fromSeconds(outcome.pickup.start);
      // The window the booking is kept to from now on, when planning moved it.
      const window =
        target.dropoffDeadline && !target.promised
          ? // An appointment ride's promise becomes a window around its planned pickup.
            promiseAround(target.rules, planned, windows)
          : follows
            ? // A return asked for "ready N minutes after arrival": the time stored at booking was an
              // estimate of that arrival; the operator and the citizen should read the real one.
              { ...windows, requestedAt: follows.start }
            : windows.start !== target.pickupWindowStart
              ? windows
              : undefined;
      // The booking as this commit leaves it, for the day in memory: scheduled (so promised), in
      // the window it is kept to (the snapshot-consistency test holds this equal to a read). An
      // outbound with a planned return is read back: its bound follows its new drop-off.
      let written: SnapshotBooking | undefined = {
        ...target,
        status: 'scheduled',
        promised: true,
        ...(window ? { pickupWindowStart: window.start, pickupWindowEnd: window.end } : {}),
      };
      lap('decideMs');
      const committed = await store.commitPlacement(snapshot, {
        booking: {
          id: bookingId,
          // The compare-and-set that makes a cancel during planning win.
          from: TRANSITIONS.schedule.from,
          explanation,
          window,
          details: { shiftId: shift.id, vehicleId: shift.vehicle.id, plannedPickupAt: planned },
        },
        route: {
          shiftId: shift.id,
          vehicleId: shift.vehicle.id,
          stops,
          times: plannedTimesOf(route),
        },
      });
      if (committed === 'conflict') return 'retry';
      if (committed === 'not-pending') return 'not-pending';
      const { changed } = committed;
      if (target.arriveBefore)
        written = (await store.snapshotBookings([bookingId], db, snapshot.rules)).get(bookingId);
      lap('commitMs');
      days.advanceScheduled(day, shift.id, stops, written);
      told.push(async () => {
        deps.notifier.manifestChanged(shift.driverId, row.service_date);
        await announce(new Set([bookingId, ...changed]));
      });
      return 'scheduled';
    }
    // A following return was asked for at its outbound's arrival plus the wait, not at the estimate
    // stored when it was booked: the alternatives are offsets from that, and never before it.
    const asked = follows
      ? { ...target, pickupWindowStart: windows.start, pickupWindowEnd: windows.end }
      : target;
    const alternatives = alternativesFor(asked, problem, plan, bookingId, now, {
      notBefore: follows !== null,
    });
    const explanation = explainRefusal(
      problem,
      withoutRequest(plan, bookingId),
      bookingId,
      snapshot,
      now,
    );
    return refuse(row, target, alternatives, explanation, told, lap, outcome, follows ?? undefined);
  }

  async function refuse(
    row: BookingOwnRow,
    target: SnapshotBooking,
    alternatives: AlternativeView[],
    explanation: ReturnType<typeof explainRefusal>,
    told: Announce[],
    lap: Lap,
    outcome: Extract<InsertionOutcome, { kind: 'refused' }>,
    /** A following return's window as asked (its outbound's arrival plus the wait), to show the operator. */
    asked?: { start: Date; end: Date },
  ): Promise<PlanningOutcome> {
    lap('decideMs');
    const committed = await db.transaction(async (tx) => {
      const ok = await deps.bookings.markRefused(
        row.id,
        { reason: outcome.reason, alternatives, explanation },
        tx,
      );
      if (!ok) return false;
      if (asked)
        await deps.bookings.setPickupWindow(row.id, asked.start, asked.end, tx, {
          requestedAt: asked.start,
        });
      await deps.bookings.insertEvent(
        {
          bookingId: row.id,
          type: 'refused',
          fromStatus: 'pending',
          toStatus: 'refused',
          actorUserId: null,
          actorRole: 'scheduler',
          details: {
            reason: outcome.reason,
            alternatives: alternatives.length,
            explanation: explanation.map((e) => e.code),
            asap: target.asap,
          },
        },
        tx,
      );
      return true;
    });
    lap('commitMs');
    if (!committed) return 'not-pending';
    told.push(() => announceBooking(row.id));
    return 'refused';
  }

  function alternativesFor(
    booking: SnapshotBooking,
    problem: Problem,
    plan: Plan,
    id: string,
    at: Date,
    options: { notBefore?: boolean } = {},
  ): AlternativeView[] {
    // An ASAP ride already looked as far ahead as it sensibly can.
    if (booking.asap) return [];
    const requested = booking.dropoffDeadline
      ? new Date(booking.dropoffDeadline.getTime() + booking.rules.arrivalMarginMinutes * 60_000)
      : booking.pickupWindowStart;
    const offsets = ALTERNATIVE_OFFSETS_MIN.filter(
      (m) =>
        !(options.notBefore && m < 0) &&
        !checkBookingHorizon(
          booking.rules,
          new Date(requested.getTime() + m * 60_000),
          at,
          deps.timeZone,
        ),
    ).map((m) => m * 60);
    return findAlternativeTimes(problem, withoutRequest(plan, id), id, {
      offsets,
      max: MAX_ALTERNATIVES,
    })
      .sort((a, b) => a.offset - b.offset)
      .map((alt) => ({
        requestedAt: new Date(requested.getTime() + alt.offset * 1000).toISOString(),
        plannedPickupAt: fromSeconds(alt.pickup.start).toISOString(),
        plannedDropoffAt: fromSeconds(alt.dropoff.start).toISOString(),
      }));
  }

  async function announceBooking(id: string): Promise<void> {
    const row = await deps.bookings.findById(id);
    if (row) deps.notifier.bookingChanged(bookingToView(row));
  }

  /** Tells the screens about the bookings a commit changed (not the whole route: most stay as they were). */
  async function announce(ids: ReadonlySet<string>): Promise<void> {
    for (const row of await deps.bookings.findByIds([...ids]))
      deps.notifier.bookingChanged(bookingToView(row));
  }

  return {
    /** Plans one booking; `timings`, when given, is filled with where its time went. */
    async planBooking(
      bookingId: string,
      timings: PlanTimings = noTimings(),
    ): Promise<PlanningOutcome> {
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        const outcome = await attempt(bookingId, timings);
        if (outcome !== 'retry') return outcome;
      }
      throw new Error(
        `partition kept changing while planning booking ${bookingId}; the job will retry`,
      );
    },

    reassign: createReassigner({
      ...deps,
      load,
      announce,
      forgetDay: (row) => days.drop(partitionDayOfRow(row)),
    }),

    /** The days this service keeps in memory (tests compare them with the database). */
    days,
  };
}

export type PlanningService = ReturnType<typeof createPlanningService>;
