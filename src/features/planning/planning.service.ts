import { checkBookingHorizon } from '../../domain/services.js';
import type { Db } from '../../infra/db/database.js';
import type { TravelTimeProvider } from '../../infra/maps/travel-time-provider.js';
import {
  findAlternativeTimes,
  insertRequest,
  type Plan,
  type Route,
} from '../../scheduling/index.js';
import type { AlternativeView } from '../bookings/bookings.schema.js';
import type { ChangeNotifier } from '../bookings/bookings.service.js';
import { type BookingsStore, bookingToView } from '../bookings/bookings.store.js';
import type { PlanningStore } from './planning.store.js';
import type { SnapshotBooking } from './planning-snapshot.js';
import {
  buildProblem,
  fromSeconds,
  indexLocations,
  matrixOf,
  toStoredStops,
} from './problem-builder.js';
import { writePlannedTimes } from './route-writer.js';

/** Offered when a booking cannot be placed: nearest first, at most this many. */
const ALTERNATIVE_OFFSETS_MIN = [15, -15, 30, -30, 45, -45, 60, -60, 90, -90, 120, -120];
const MAX_ALTERNATIVES = 3;
/** Optimistic planning retries this often when another writer changed the partition meanwhile. */
const MAX_ATTEMPTS = 5;

export type PlanningOutcome = 'scheduled' | 'refused' | 'not-pending' | 'missing';

export interface PlanningServiceDeps {
  db: Db;
  store: PlanningStore;
  bookings: BookingsStore;
  travelTimes: TravelTimeProvider;
  notifier: ChangeNotifier;
  timeZone: string;
  now: () => Date;
}

/**
 * Plans one booking into its day: reads a snapshot of the partition, runs
 * the engine without holding any lock, then commits only if the partition
 * is still at the version it read (else reads again). A booking leaves
 * `pending` exactly once, to `scheduled` or `refused`.
 */
export function createPlanningService(deps: PlanningServiceDeps) {
  const { db, store } = deps;

  async function attempt(bookingId: string): Promise<PlanningOutcome | 'retry'> {
    const row = await deps.bookings.findById(bookingId);
    if (!row) return 'missing';
    if (row.status !== 'pending') return 'not-pending';
    const snapshot = await store.snapshot(row.service_date, [bookingId]);
    const target = snapshot.bookings.get(bookingId);
    if (!target) return 'missing';
    const locations = indexLocations(snapshot);
    const departAt = target.pickupWindowStart;
    const { durationsSec } = await deps.travelTimes.matrix(
      locations.points,
      locations.points,
      departAt,
    );
    const matrix = matrixOf(durationsSec);
    const now = deps.now();
    const { problem, plan } = buildProblem(snapshot, locations, matrix, now);
    const outcome = insertRequest(problem, withoutRequest(plan, bookingId), bookingId);

    if (outcome.kind === 'assigned') {
      const route = outcome.plan.routes.find((r) => r.vehicleId === outcome.vehicleId)!;
      const shift = snapshot.shifts.find((s) => s.id === outcome.vehicleId)!;
      const committed = await db.transaction(async (tx) => {
        if (!(await store.lockPartition(snapshot.partitionKey, snapshot.version, tx))) return false;
        await store.saveRoute(shift.id, toStoredStops(route, locations), tx);
        await retimeBookings(tx, route, shift.vehicle.id, target);
        await tx.query(
          `UPDATE bookings SET status = 'scheduled', updated_at = now() WHERE id = $1`,
          [bookingId],
        );
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
        await store.bumpPartition(snapshot.partitionKey, tx);
        return true;
      });
      if (!committed) return 'retry';
      deps.notifier.manifestChanged(shift.driverId, row.service_date);
      await announce(route);
      return 'scheduled';
    }

    const alternatives = alternativesFor(target, problem, plan, bookingId, now);
    const committed = await db.transaction(async (tx) => {
      const current = await deps.bookings.lock(bookingId, tx);
      if (current?.status !== 'pending') return true;
      await tx.query(
        `UPDATE bookings SET status = 'refused', refusal_reason = $2, alternatives = $3, updated_at = now() WHERE id = $1`,
        [bookingId, outcome.reason, JSON.stringify(alternatives)],
      );
      await deps.bookings.insertEvent(
        {
          bookingId,
          type: 'refused',
          fromStatus: 'pending',
          toStatus: 'refused',
          actorUserId: null,
          actorRole: 'scheduler',
          details: { reason: outcome.reason, alternatives: alternatives.length },
        },
        tx,
      );
      return true;
    });
    if (committed) await announceBooking(bookingId);
    return 'refused';

    function alternativesFor(
      booking: SnapshotBooking,
      problem: Parameters<typeof findAlternativeTimes>[0],
      plan: Plan,
      id: string,
      at: Date,
    ): AlternativeView[] {
      if (outcome.kind === 'refused' && outcome.reason === 'no-capable-vehicle') return [];
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
  }

  async function retimeBookings(
    tx: Db,
    route: Route,
    vehicleId: string,
    target: SnapshotBooking,
  ): Promise<void> {
    const times = await writePlannedTimes(tx, route, vehicleId);
    // An appointment ride's promise becomes a window around its planned pickup, inside what was allowed.
    const planned = times.get(target.id)?.pickup;
    if (target.dropoffDeadline && planned !== undefined) {
      const half = (target.rules.pickupWindowMinutes * 60_000) / 2;
      const at = planned * 1000;
      await tx.query(
        'UPDATE bookings SET pickup_window_start = $2, pickup_window_end = $3 WHERE id = $1',
        [
          target.id,
          new Date(Math.max(at - half, target.pickupWindowStart.getTime())),
          new Date(Math.min(at + half, target.pickupWindowEnd.getTime())),
        ],
      );
    }
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
  };
}

/** A booking being (re)planned must not already sit in a route or in the unassigned list twice. */
function withoutRequest(plan: Plan, id: string): Plan {
  return { routes: plan.routes, unassigned: plan.unassigned.filter((u) => u !== id) };
}

export type PlanningService = ReturnType<typeof createPlanningService>;
