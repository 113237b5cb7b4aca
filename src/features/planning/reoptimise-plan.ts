import {
  checkPlan,
  type OptimiseOptions,
  optimisePlan,
  type Plan,
  type Problem,
} from '../../scheduling/index.js';

/** How much a re-optimisation may change a driver's day. */
export interface StabilitySettings {
  /**
   * Rides whose pickup is planned this soon stay on their vehicle: the
   * driver has them on screen and may already be on the way.
   */
  stableMinutes: number;
  /** Driving seconds a move to another vehicle must save to be worth making. */
  moveCostSeconds: number;
}

export const DEFAULT_STABILITY: StabilitySettings = { stableMinutes: 120, moveCostSeconds: 300 };

export type DayReoptimisation =
  | { kind: 'improved'; plan: Plan; before: number; after: number; moved: string[] }
  | { kind: 'no-improvement'; cost: number };

/** A day's plan made ready for the optimiser (see `prepareReoptimisation`). */
export interface PreparedDay {
  /** The routed requests only, each with its current vehicle and the move cost. */
  scoped: Problem;
  initial: Plan;
  lockedRequests: string[];
  /** Cost (driving) of the plan as it stands. */
  before: number;
  settings: StabilitySettings;
}

/**
 * The routed requests only (refused and pending bookings are not the
 * optimiser's to serve), each on its current vehicle with a price on moving
 * it, and the rides starting within `stableMinutes` of `nowSec` locked.
 */
export function prepareReoptimisation(
  problem: Problem,
  plan: Plan,
  nowSec: number,
  settings: StabilitySettings = DEFAULT_STABILITY,
): PreparedDay {
  const stableUntil = nowSec + settings.stableMinutes * 60;
  const lockedRequests = plan.routes.flatMap((r) =>
    r.stops.filter((s) => s.kind === 'pickup' && s.start <= stableUntil).map((s) => s.refId),
  );
  const initial: Plan = { routes: plan.routes, unassigned: [] };
  const vehicleOf = ownerOf(initial);
  const scoped: Problem = {
    ...problem,
    moveCost: settings.moveCostSeconds,
    requests: problem.requests
      .filter((r) => vehicleOf.has(r.id))
      .map((r) => ({ ...r, currentVehicle: vehicleOf.get(r.id) })),
  };
  return { scoped, initial, lockedRequests, before: checkPlan(scoped, initial).cost, settings };
}

/**
 * Takes `result` only when the checker accepts it, it serves everyone, and
 * it saves more driving than its moves cost (`moveCostSeconds` each).
 */
export function judgeReoptimisation(day: PreparedDay, result: Plan): DayReoptimisation {
  const none = { kind: 'no-improvement', cost: day.before } as const;
  if (result === day.initial) return none;
  const after = checkPlan(day.scoped, result);
  if (!after.feasible || result.unassigned.length > 0) return none;
  const was = ownerOf(day.initial);
  const moved = [...ownerOf(result)].filter(([id, v]) => was.get(id) !== v).map(([id]) => id);
  if (after.cost + moved.length * day.settings.moveCostSeconds >= day.before - 1) return none;
  return { kind: 'improved', plan: result, before: day.before, after: after.cost, moved };
}

/**
 * One re-optimisation of a day's plan, without I/O, in this thread (see
 * `prepareReoptimisation` and `judgeReoptimisation`). Shared by the fleet
 * simulator; the service runs the same steps with the search in a worker thread.
 */
export function reoptimiseDayPlan(
  problem: Problem,
  plan: Plan,
  nowSec: number,
  search: Omit<OptimiseOptions, 'lockedRequests'>,
  settings: StabilitySettings = DEFAULT_STABILITY,
): DayReoptimisation {
  const day = prepareReoptimisation(problem, plan, nowSec, settings);
  const result = optimisePlan(day.scoped, day.initial, {
    ...search,
    lockedRequests: day.lockedRequests,
  });
  return judgeReoptimisation(day, result);
}

/** Request id → the vehicle whose route picks it up. */
function ownerOf(plan: Plan): Map<string, string> {
  const owner = new Map<string, string>();
  for (const r of plan.routes)
    for (const s of r.stops) if (s.kind === 'pickup') owner.set(s.refId, r.vehicleId);
  return owner;
}
