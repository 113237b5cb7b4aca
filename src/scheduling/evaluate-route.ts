import { compile } from './core/compiled.js';
import { hasWork, nodeOf, originAfter, stopsFromLast } from './core/route-state.js';
import { evaluate } from './core/schedule.js';
import type { PlannedStop, Problem, StopKind, Vehicle } from './model.js';

/** A stop to be timed: what happens where. A break's location is ignored (taken where the vehicle is). */
export interface StopRef {
  readonly kind: StopKind;
  readonly refId: string;
  readonly location?: number;
}

/** The verdict on one route. */
export interface RouteEvaluation {
  readonly feasible: boolean;
  /** The timed stops (fixed ones verbatim); empty when infeasible. */
  readonly stops: PlannedStop[];
  /** Travel distance of the route (0 if it carries nobody); +Infinity when infeasible. */
  readonly cost: number;
}

/**
 * Times `stops` for `vehicle` in the given order and says whether every
 * constraint holds (capacity by kind, exclusive rides, breaks with an empty
 * vehicle, windows, ride times, shift and duration). The first `fixedStops`
 * entries must be timed `PlannedStop`s; they are kept as they are.
 * Locations are taken from the problem's requests, not from `stops`.
 */
export function evaluateRoute(
  problem: Problem,
  vehicle: Vehicle,
  stops: readonly (StopRef | PlannedStop)[],
  fixedStops = 0,
): RouteEvaluation {
  const c = compile(problem);
  const v = c.vehicleIndex.get(vehicle.id);
  if (v === undefined) throw new RangeError(`unknown vehicle ${vehicle.id}`);
  const prefix = stops.slice(0, fixedStops) as PlannedStop[];
  const seq: number[] = [];
  for (const s of stops.slice(fixedStops)) {
    const node = nodeOf(c, v, s);
    if (node < 0) return { feasible: false, stops: [], cost: Number.POSITIVE_INFINITY };
    seq.push(node);
  }
  const origin = originAfter(c, v, prefix);
  const cost = evaluate(c, v, origin, seq, seq.length, true);
  if (!(cost < Number.POSITIVE_INFINITY)) {
    return { feasible: false, stops: [], cost: Number.POSITIVE_INFINITY };
  }
  const st = { v, origin, prefix, seq, locked: new Set<number>(), lockedIds: undefined };
  if (!hasWork(c, st)) return { feasible: true, stops: [...prefix], cost: 0 };
  return { feasible: true, stops: [...prefix, ...stopsFromLast(c, st, seq)], cost };
}
