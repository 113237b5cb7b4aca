import { setImmediate as letOthersRun } from 'node:timers/promises';
import type { PlanningAreas } from '../../domain/planning-areas.js';
import type { Db } from '../../infra/db/database.js';
import { PORTABLE_DURATIONS_MODULE } from '../../infra/maps/portable-durations.js';
import { TravelTimeMemo } from '../../infra/maps/travel-time-memo.js';
import type { TravelTimeProvider } from '../../infra/maps/travel-time-provider.js';
import { mergePlan, type Plan, type Route } from '../../scheduling/index.js';
import { optimiseInThread } from '../../scheduling/threaded/optimise-in-thread.js';
import type { PortableMatrix } from '../../scheduling/threaded/thread-protocol.js';
import type { ChangeNotifier } from '../bookings/bookings.service.js';
import { type BookingsStore, bookingToView } from '../bookings/bookings.store.js';
import {
  isStrayRide,
  type PlanningStore,
  partitionDayOf,
  serviceDateOf,
} from './planning.store.js';
import { routeLegs } from './planning-days.js';
import type { PlanningSnapshot } from './planning-snapshot.js';
import {
  buildProblem,
  indexLocations,
  type LocationIndex,
  lazyMatrixOf,
  toSeconds,
  toStoredStops,
} from './problem-builder.js';
import {
  DEFAULT_STABILITY,
  judgeReoptimisation,
  type PreparedDay,
  prepareReoptimisation,
  type StabilitySettings,
} from './reoptimise-plan.js';
import { writePlannedTimes } from './route-writer.js';

export type ReoptimiseOutcome =
  | {
      kind: 'improved';
      before: number;
      after: number;
      changedShifts: number;
      movedBookings: number;
      /** True when the day changed during the search and the result was merged into it. */
      merged: boolean;
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
  /** Areas planned apart (`PLANNING_AREAS`): each is re-optimised on its own. */
  areas?: PlanningAreas;
  /** Which rides stay put and what a move must save; defaults: 120 minutes, 300 s. */
  stability?: StabilitySettings;
  /** Test hook: runs between the engine and each commit attempt. */
  beforeCommit?: () => Promise<void>;
}

const sameStops = (a: Route | undefined, b: Route | undefined) =>
  JSON.stringify(a?.stops.map((s) => [s.kind, s.refId, Math.round(s.start)]) ?? []) ===
  JSON.stringify(b?.stops.map((s) => [s.kind, s.refId, Math.round(s.start)]) ?? []);

/** The day as the database has it now, as the engine sees it. */
interface DayState {
  snapshot: PlanningSnapshot;
  locations: LocationIndex;
  day: PreparedDay;
  plan: Plan;
  /** The matrix as the optimiser's thread rebuilds it (absent for a provider without a model). */
  portable?: PortableMatrix;
}

/**
 * Re-plans a whole day with the batch optimiser, in a worker thread so the
 * process keeps serving while it searches. Rides starting soon stay on their
 * vehicle and a move must pay for itself (`stability`), so a driver's day
 * stays recognisable. The result is committed when the checker accepts it,
 * and if the day changed meanwhile (a booking, a cancel, a driver's tap) it
 * is merged into the day as it is now — new bookings kept, cancelled ones
 * dropped, reached stops untouched — and checked again; only a second race
 * during that short merge gives up until the next run.
 */
export function createReoptimiseService(deps: ReoptimiseDeps) {
  const stability = deps.stability ?? DEFAULT_STABILITY;

  /*
   * Each step over a whole day takes a few hundred milliseconds at 30,000 bookings, on the
   * thread that plans bookings: between steps, the bookings waiting meanwhile go first.
   */
  async function load(partitionDay: string): Promise<DayState | null> {
    const snapshot = await deps.store.snapshot(partitionDay, []);
    if (!snapshot.shifts.some((s) => s.stops.length > 0)) return null;
    await letOthersRun();
    const locations = indexLocations(snapshot);
    const earliest = snapshot.shifts.reduce(
      (t, s) => Math.min(t, s.startsAt.getTime()),
      Number.POSITIVE_INFINITY,
    );
    // Travel times on demand, as when booking: a route's legs are fetched from a remote provider
    // and every other pair the search reads is computed from the offline model. No n² matrix:
    // at 60,000 places it would not fit in memory.
    const departAt = new Date(earliest);
    const memo = new TravelTimeMemo(deps.travelTimes, locations.points);
    await memo.ensurePairs(routeLegs(snapshot, locations), departAt);
    const matrix = lazyMatrixOf(memo.durations(departAt));
    await letOthersRun();
    const now = deps.now();
    const { problem, plan } = buildProblem(snapshot, locations, matrix, now);
    await letOthersRun();
    const day = prepareReoptimisation(problem, plan, toSeconds(now), stability);
    await letOthersRun();
    const data = memo.portable(departAt);
    const portable = data ? { module: PORTABLE_DURATIONS_MODULE, data } : undefined;
    return { snapshot, locations, day, plan, portable };
  }

  /** Writes `result` over the day if nobody changed it since `state` was read. */
  async function commit(state: DayState, result: Plan, partitionDay: string) {
    const serviceDate = serviceDateOf(partitionDay);
    const oldRoutes = new Map(state.plan.routes.map((r) => [r.vehicleId, r]));
    const newRoutes = new Map(result.routes.map((r) => [r.vehicleId, r]));
    const changed = state.snapshot.shifts.filter(
      (s) => !sameStops(oldRoutes.get(s.id), newRoutes.get(s.id)),
    );
    const ownerIn = (routes: Map<string, Route>) => {
      const m = new Map<string, string>();
      for (const [shiftId, r] of routes)
        for (const s of r.stops) if (s.kind === 'pickup') m.set(s.refId, shiftId);
      return m;
    };
    const oldOwner = ownerIn(oldRoutes);
    const newOwner = ownerIn(newRoutes);
    const moved = [...newOwner]
      .filter(([id, shift]) => oldOwner.get(id) !== shift)
      .map(([id]) => id);

    await deps.beforeCommit?.();
    // Every booking whose planned time, car or shift the commit changed: the screens are told of each.
    const retimed = new Set<string>(moved);
    const committed = await deps.db
      .transaction(async (tx) => {
        if (!(await deps.store.lockSnapshot(state.snapshot, tx))) return false;
        for (const shift of changed) {
          const route = newRoutes.get(shift.id) ?? {
            vehicleId: shift.id,
            stops: [],
            fixedStops: 0,
          };
          await deps.store.saveRoute(shift.id, toStoredStops(route, state.locations), tx);
          for (const id of await writePlannedTimes(deps.bookings, tx, route, shift.vehicle.id))
            retimed.add(id);
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
        await deps.store.bumpSnapshot(state.snapshot, tx, {
          shiftIds: changed.map((s) => s.id),
          bookingIds: [...moved],
        });
        return true;
      })
      .catch((error: unknown) => {
        // A ride the day no longer plans would be put back (migration 0022): as a lost race.
        if (isStrayRide(error)) return false;
        throw error;
      });
    if (!committed) return null;
    for (const shift of changed) deps.notifier.manifestChanged(shift.driverId, serviceDate);
    for (const row of await deps.bookings.findByIds([...retimed]))
      deps.notifier.bookingChanged(bookingToView(row));
    return { changedShifts: changed.length, movedBookings: moved.length };
  }

  /** One partition's day (`partitionDayOf`; a plain date when the city is one area). */
  async function reoptimiseDay(
    partitionDay: string,
    options: { seconds: number; seed: number },
  ): Promise<ReoptimiseOutcome> {
    const first = await load(partitionDay);
    if (!first) return { kind: 'empty' };
    const searched = await optimiseInThread(first.day.scoped, first.day.initial, {
      seed: options.seed,
      seconds: options.seconds,
      lockedRequests: first.day.lockedRequests,
      portableMatrix: first.portable,
    });
    await letOthersRun();
    const outcome = judgeReoptimisation(first.day, searched);
    if (outcome.kind === 'no-improvement') return outcome;
    const done = await commit(first, outcome.plan, partitionDay);
    if (done) return { kind: 'improved', ...pick(outcome), ...done, merged: false };

    // The day changed while the optimiser searched: carry its result onto the day as it is now.
    const latest = await load(partitionDay);
    if (!latest) return { kind: 'conflict' };
    const merged = mergePlan(
      latest.day.scoped,
      latest.day.initial,
      outcome.plan,
      new Set(latest.day.lockedRequests),
    );
    if (!merged) return { kind: 'conflict' };
    const again = judgeReoptimisation(latest.day, merged);
    if (again.kind === 'no-improvement') return again;
    const mergedDone = await commit(latest, again.plan, partitionDay);
    if (!mergedDone) return { kind: 'conflict' };
    return { kind: 'improved', ...pick(again), ...mergedDone, merged: true };
  }

  return {
    /** Each area's day of a local date in turn (the date itself when the city is one area). */
    async reoptimiseDate(
      serviceDate: string,
      options: { seconds: number; seed: number },
    ): Promise<{ partitionDay: string; outcome: ReoptimiseOutcome }[]> {
      const names = deps.areas?.names ?? [];
      const partitionDays =
        names.length === 0 ? [serviceDate] : names.map((a) => partitionDayOf(serviceDate, a));
      const runs: { partitionDay: string; outcome: ReoptimiseOutcome }[] = [];
      for (const partitionDay of partitionDays)
        runs.push({ partitionDay, outcome: await reoptimiseDay(partitionDay, options) });
      return runs;
    },

    reoptimiseDay,
  };
}

const pick = (o: { before: number; after: number }) => ({ before: o.before, after: o.after });

export type ReoptimiseService = ReturnType<typeof createReoptimiseService>;
