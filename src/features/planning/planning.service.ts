import { TRANSITIONS } from '../../domain/booking-status.js';
import { promiseAround } from '../../domain/booking-windows.js';
import { checkBookingHorizon } from '../../domain/services.js';
import type { Db } from '../../infra/db/database.js';
import type { TravelTimeProvider } from '../../infra/maps/travel-time-provider.js';
import {
  findAlternativeTimes,
  type InsertionOutcome,
  insertRequest,
  type Plan,
  type Problem,
  type Route,
} from '../../scheduling/index.js';
import type { BookingRow } from '../bookings/booking-row.js';
import type { AlternativeView } from '../bookings/bookings.schema.js';
import type { ChangeNotifier } from '../bookings/bookings.service.js';
import { type BookingsStore, bookingToView } from '../bookings/bookings.store.js';
import { explainAssignment, explainRefusal } from './explanations.js';
import {
  earliestFeasible,
  narrowestWindow,
  shifted,
  withoutRequest,
  withPickupWindow,
} from './plan-edits.js';
import type { PlanningStore } from './planning.store.js';
import type { PlanningSnapshot, SnapshotBooking } from './planning-snapshot.js';
import {
  type BuiltProblem,
  buildProblem,
  fromSeconds,
  indexLocations,
  type LocationIndex,
  matrixOf,
  toStoredStops,
} from './problem-builder.js';
import { createReassigner } from './reassign.js';
import { writePlannedTimes } from './route-writer.js';

/** Offered when a booking cannot be placed: nearest first, at most this many. */
const ALTERNATIVE_OFFSETS_MIN = [15, -15, 30, -30, 45, -45, 60, -60, 90, -90, 120, -120];
const MAX_ALTERNATIVES = 3;
/** Optimistic planning retries this often when another writer changed the partition meanwhile. */
const MAX_ATTEMPTS = 5;

export type PlanningOutcome = 'scheduled' | 'refused' | 'not-pending' | 'missing';

/** Thrown while a return waits for its outbound's plan: the job retries with backoff. */
export class OutboundNotPlannedYet extends Error {}

export interface PlanningServiceDeps {
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

  async function load(serviceDate: string, ids: string[], now: Date): Promise<Loaded> {
    const snapshot = await store.snapshot(serviceDate, ids);
    const locations = indexLocations(snapshot);
    const first = snapshot.bookings.get(ids[0] ?? '');
    const { durationsSec } = await deps.travelTimes.matrix(
      locations.points,
      locations.points,
      first?.pickupWindowStart ?? now,
    );
    const built = buildProblem(snapshot, locations, matrixOf(durationsSec), now);
    return { snapshot, locations, built };
  }

  /** A return that follows its outbound's arrival opens once the outbound is planned. */
  async function returnWindow(
    row: BookingRow,
  ): Promise<{ start: Date; end: Date } | 'refuse' | null> {
    if (!row.return_of || row.return_ready_after_minutes === null) return null;
    const outbound = await deps.bookings.findById(row.return_of);
    if (!outbound || outbound.arrive_by) return null;
    if (outbound.status === 'pending') throw new OutboundNotPlannedYet(row.return_of);
    if (!outbound.planned_dropoff_at) return 'refuse';
    const start = new Date(
      outbound.planned_dropoff_at.getTime() + row.return_ready_after_minutes * 60_000,
    );
    const width = row.pickup_window_end.getTime() - row.pickup_window_start.getTime();
    return { start, end: new Date(start.getTime() + width) };
  }

  async function attempt(bookingId: string): Promise<PlanningOutcome | 'retry'> {
    const row = await deps.bookings.findById(bookingId);
    if (!row) return 'missing';
    if (row.status !== 'pending') return 'not-pending';
    const now = deps.now();
    const follows = await returnWindow(row);
    const { snapshot, locations, built } = await load(row.service_date, [bookingId], now);
    const target = snapshot.bookings.get(bookingId);
    if (!target) return 'missing';
    if (follows === 'refuse') {
      return refuse(row, target, built, [], [{ code: 'outbound-not-planned', params: {} }], {
        kind: 'refused',
        reason: 'no-feasible-slot',
      });
    }
    let windows = follows ?? { start: target.pickupWindowStart, end: target.pickupWindowEnd };
    // A pickup cannot be promised in the past: an ASAP ride (or one planned late) starts now.
    if (target.asap && windows.start < now) {
      const width = windows.end.getTime() - windows.start.getTime();
      // Whole seconds, as plans are.
      const start = new Date(Math.ceil(now.getTime() / 1000) * 1000);
      windows = { start, end: new Date(start.getTime() + width) };
    }
    let { problem } = built;
    const { plan } = built;
    if (windows.start !== target.pickupWindowStart || windows.end !== target.pickupWindowEnd)
      problem = withPickupWindow(problem, bookingId, windows);
    let outcome = insertRequest(problem, withoutRequest(plan, bookingId), bookingId);
    if (outcome.kind === 'refused' && target.asap) {
      const later = earliestFeasible(problem, plan, bookingId);
      if (later !== null) {
        windows = shifted(windows, later);
        problem = withPickupWindow(problem, bookingId, windows);
        outcome = insertRequest(problem, withoutRequest(plan, bookingId), bookingId);
      }
    }
    if (outcome.kind === 'assigned' && target.asap) {
      // The plan publishes late departures; a mother waiting at the door wants
      // the earliest car: promise the narrowest window that still fits.
      const soonest = narrowestWindow(problem, plan, bookingId, windows);
      if (soonest) ({ windows, problem, outcome } = soonest);
    }

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
      const committed = await db.transaction(async (tx) => {
        if (!(await store.lockSnapshot(snapshot, tx))) return 'retry';
        // The compare-and-set that makes a cancel during planning win.
        if (
          !(await deps.bookings.transition(bookingId, TRANSITIONS.schedule.from, 'scheduled', tx))
        )
          return 'not-pending';
        await store.saveRoute(shift.id, toStoredStops(route, locations), tx);
        const times = await writePlannedTimes(deps.bookings, tx, route, shift.vehicle.id);
        const planned = times.get(bookingId)?.pickup;
        if (target.dropoffDeadline && !target.promised && planned !== undefined) {
          // An appointment ride's promise becomes a window around its planned pickup.
          const promise = promiseAround(target.rules, fromSeconds(planned), windows);
          await deps.bookings.setPickupWindow(bookingId, promise.start, promise.end, tx);
        } else if (windows.start !== target.pickupWindowStart) {
          await deps.bookings.setPickupWindow(bookingId, windows.start, windows.end, tx);
        }
        await deps.bookings.setExplanation(bookingId, explanation, tx);
        await deps.bookings.insertEvent(
          {
            bookingId,
            type: 'scheduled',
            fromStatus: 'pending',
            toStatus: 'scheduled',
            actorUserId: null,
            actorRole: 'scheduler',
            details: {
              shiftId: shift.id,
              vehicleId: shift.vehicle.id,
              plannedPickupAt: fromSeconds(outcome.pickup.start),
            },
          },
          tx,
        );
        await store.bumpSnapshot(snapshot, tx);
        return 'scheduled';
      });
      if (committed !== 'scheduled') return committed;
      deps.notifier.manifestChanged(shift.driverId, row.service_date);
      await announce(route);
      return 'scheduled';
    }
    const alternatives = alternativesFor(target, problem, plan, bookingId, now);
    const explanation = explainRefusal(
      problem,
      withoutRequest(plan, bookingId),
      bookingId,
      snapshot,
      now,
    );
    return refuse(row, target, built, alternatives, explanation, outcome);
  }

  async function refuse(
    row: BookingRow,
    target: SnapshotBooking,
    _built: BuiltProblem,
    alternatives: AlternativeView[],
    explanation: ReturnType<typeof explainRefusal>,
    outcome: Extract<InsertionOutcome, { kind: 'refused' }>,
  ): Promise<PlanningOutcome> {
    const committed = await db.transaction(async (tx) => {
      const ok = await deps.bookings.markRefused(
        row.id,
        { reason: outcome.reason, alternatives, explanation },
        tx,
      );
      if (!ok) return false;
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
    if (!committed) return 'not-pending';
    await announceBooking(row.id);
    return 'refused';
  }

  function alternativesFor(
    booking: SnapshotBooking,
    problem: Problem,
    plan: Plan,
    id: string,
    at: Date,
  ): AlternativeView[] {
    // An ASAP ride already looked as far ahead as it sensibly can.
    if (booking.asap) return [];
    const requested = booking.dropoffDeadline
      ? new Date(booking.dropoffDeadline.getTime() + booking.rules.arrivalMarginMinutes * 60_000)
      : booking.pickupWindowStart;
    const offsets = ALTERNATIVE_OFFSETS_MIN.filter(
      (m) =>
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

  async function announce(route: Route): Promise<void> {
    const ids = new Set(route.stops.filter((s) => s.kind !== 'break').map((s) => s.refId));
    for (const row of await deps.bookings.findByIds([...ids]))
      deps.notifier.bookingChanged(bookingToView(row));
  }

  return {
    async planBooking(bookingId: string): Promise<PlanningOutcome> {
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        const outcome = await attempt(bookingId);
        if (outcome !== 'retry') return outcome;
      }
      throw new Error(
        `partition kept changing while planning booking ${bookingId}; the job will retry`,
      );
    },

    reassign: createReassigner({ ...deps, load, announce }),
  };
}

export type PlanningService = ReturnType<typeof createPlanningService>;
