import { performance } from 'node:perf_hooks';
import type { Db } from '../../infra/db/database.js';
import type { TravelTimeProvider } from '../../infra/maps/travel-time-provider.js';
import { checkPlan, optimisePlan, type Plan, type Route } from '../../scheduling/index.js';
import type { ChangeNotifier } from '../bookings/bookings.service.js';
import { type BookingsStore, bookingToView } from '../bookings/bookings.store.js';
import type { PlanningStore } from './planning.store.js';
import {
  buildProblem,
  indexLocations,
  matrixOf,
  toSeconds,
  toStoredStops,
} from './problem-builder.js';
import { writePlannedTimes } from './route-writer.js';

/** Rides starting this soon keep their vehicle: the driver may already be on the way. */
const FREEZE_MINUTES = 30;

export type ReoptimiseOutcome =
  | {
      kind: 'improved';
      before: number;
      after: number;
      changedShifts: number;
      movedBookings: number;
    }
  | { kind: 'no-improvement'; cost: number }
  | { kind: 'conflict' }
  | { kind: 'empty' };

export interface ReoptimiseDeps {
  db: Db;
  store: PlanningStore;
  bookings: BookingsStore;
  travelTimes: TravelTimeProvider;
  notifier: ChangeNotifier;
  now: () => Date;
  /** Test hook: runs between the engine and the commit. */
  beforeCommit?: () => Promise<void>;
}

const sameStops = (a: Route | undefined, b: Route | undefined) =>
  JSON.stringify(a?.stops.map((s) => [s.kind, s.refId, Math.round(s.start)]) ?? []) ===
  JSON.stringify(b?.stops.map((s) => [s.kind, s.refId, Math.round(s.start)]) ?? []);

/**
 * Re-plans a whole day with the batch optimiser and commits the result only
 * when the checker accepts it, it is cheaper, and nobody changed the day
 * meanwhile (version check); a lost race is simply tried again next run.
 */
export function createReoptimiseService(deps: ReoptimiseDeps) {
  return {
    async reoptimiseDay(
      serviceDate: string,
      options: { seconds: number; seed: number },
    ): Promise<ReoptimiseOutcome> {
      const snapshot = await deps.store.snapshot(serviceDate, []);
      if (!snapshot.shifts.some((s) => s.stops.length > 0)) return { kind: 'empty' };
      const locations = indexLocations(snapshot);
      const earliest = snapshot.shifts.reduce(
        (t, s) => Math.min(t, s.startsAt.getTime()),
        Number.POSITIVE_INFINITY,
      );
      const { durationsSec } = await deps.travelTimes.matrix(
        locations.points,
        locations.points,
        new Date(earliest),
      );
      const now = deps.now();
      const { problem, plan } = buildProblem(snapshot, locations, matrixOf(durationsSec), now);
      const freezeUntil = toSeconds(now) + FREEZE_MINUTES * 60;
      const lockedRequests = plan.routes.flatMap((r) =>
        r.stops.filter((s) => s.kind === 'pickup' && s.start <= freezeUntil).map((s) => s.refId),
      );
      // Refused and pending bookings are not the optimiser's to serve: only what is routed.
      const initial: Plan = { routes: plan.routes, unassigned: [] };
      const routed = new Set(plan.routes.flatMap((r) => r.stops.map((s) => s.refId)));
      const scoped = { ...problem, requests: problem.requests.filter((r) => routed.has(r.id)) };
      const before = checkPlan(scoped, initial);
      const deadline = performance.now() + options.seconds * 1000;
      const result = optimisePlan(scoped, initial, {
        seed: options.seed,
        now: () => performance.now(),
        deadline,
        lockedRequests,
      });
      const after = checkPlan(scoped, result);
      if (
        result === initial ||
        !after.feasible ||
        result.unassigned.length > 0 ||
        after.cost >= before.cost - 1
      ) {
        return { kind: 'no-improvement', cost: before.cost };
      }
      await deps.beforeCommit?.();

      const oldRoutes = new Map(plan.routes.map((r) => [r.vehicleId, r]));
      const newRoutes = new Map(result.routes.map((r) => [r.vehicleId, r]));
      const changed = snapshot.shifts.filter(
        (s) => !sameStops(oldRoutes.get(s.id), newRoutes.get(s.id)),
      );
      const vehicleOfBooking = (routes: Map<string, Route>) => {
        const m = new Map<string, string>();
        for (const [shiftId, r] of routes)
          for (const s of r.stops) if (s.kind === 'pickup') m.set(s.refId, shiftId);
        return m;
      };
      const oldOwner = vehicleOfBooking(oldRoutes);
      const newOwner = vehicleOfBooking(newRoutes);
      const moved = [...newOwner]
        .filter(([id, shift]) => oldOwner.get(id) !== shift)
        .map(([id]) => id);

      const committed = await deps.db.transaction(async (tx) => {
        if (!(await deps.store.lockSnapshot(snapshot, tx))) return false;
        for (const shift of changed) {
          const route = newRoutes.get(shift.id) ?? {
            vehicleId: shift.id,
            stops: [],
            fixedStops: 0,
          };
          await deps.store.saveRoute(shift.id, toStoredStops(route, locations), tx);
          await writePlannedTimes(deps.bookings, tx, route, shift.vehicle.id);
        }
        for (const id of moved) {
          await deps.bookings.insertEvent(
            {
              bookingId: id,
              type: 'replanned',
              fromStatus: null,
              toStatus: null,
              actorUserId: null,
              actorRole: 'scheduler',
              details: { fromShiftId: oldOwner.get(id), toShiftId: newOwner.get(id) },
            },
            tx,
          );
        }
        await deps.store.bumpSnapshot(snapshot, tx);
        return true;
      });
      if (!committed) return { kind: 'conflict' };
      for (const shift of changed) deps.notifier.manifestChanged(shift.driverId, serviceDate);
      for (const row of await deps.bookings.findByIds(moved))
        deps.notifier.bookingChanged(bookingToView(row));
      return {
        kind: 'improved',
        before: before.cost,
        after: after.cost,
        changedShifts: changed.length,
        movedBookings: moved.length,
      };
    },
  };
}

export type ReoptimiseService = ReturnType<typeof createReoptimiseService>;
