import { checkBreaks } from './constraints/breaks.js';
import { checkCapability } from './constraints/capability.js';
import { checkCapacity } from './constraints/capacity.js';
import { checkExclusiveRide } from './constraints/exclusive-ride.js';
import { checkPairing } from './constraints/pairing.js';
import { checkRideTime } from './constraints/ride-time.js';
import {
  hasPassengers,
  type RouteConstraint,
  type RouteContext,
} from './constraints/route-context.js';
import { checkShift } from './constraints/shift.js';
import { checkTiming } from './constraints/timing.js';
import type { Plan, Problem, Route, TransportRequest, Vehicle } from './model.js';

/** The checker's verdict on a plan. */
export interface PlanCheck {
  readonly feasible: boolean;
  /** Total travel distance, recomputed from the stops (routes without passengers cost 0). */
  readonly cost: number;
  readonly violations: string[];
}

const ROUTE_CONSTRAINTS: readonly RouteConstraint[] = [
  checkPairing,
  checkCapability,
  checkCapacity,
  checkExclusiveRide,
  checkBreaks,
  checkTiming,
  checkRideTime,
  checkShift,
];

/**
 * Verifies a plan against every constraint and recomputes its cost, by a
 * code path independent of the optimiser: it reads the plan's own stop
 * times and checks them one rule at a time (see `constraints/`). Also
 * checks that every request is served at most once, and is either routed
 * or listed as unassigned.
 */
export function checkPlan(problem: Problem, plan: Plan, tolerance = 1e-6): PlanCheck {
  const violations: string[] = [];
  const requests = new Map<string, TransportRequest>(problem.requests.map((r) => [r.id, r]));
  const vehicles = new Map(problem.vehicles.map((v) => [v.id, v]));
  const servedBy = new Map<string, string>();
  const seenVehicles = new Set<string>();
  let cost = 0;
  for (const route of plan.routes) {
    const vehicle = vehicles.get(route.vehicleId);
    if (!vehicle) {
      violations.push(`unknown vehicle ${route.vehicleId}`);
      continue;
    }
    if (seenVehicles.has(vehicle.id)) violations.push(`${vehicle.id}: two routes`);
    seenVehicles.add(vehicle.id);
    const ctx: RouteContext = { problem, vehicle, route, requests, tolerance };
    for (const check of ROUTE_CONSTRAINTS) violations.push(...check(ctx));
    for (const s of route.stops) {
      if (s.kind !== 'pickup') continue;
      const other = servedBy.get(s.refId);
      if (other !== undefined) violations.push(`${s.refId}: served by ${other} and ${vehicle.id}`);
      servedBy.set(s.refId, vehicle.id);
    }
    cost += routeDistance(problem, vehicle, route);
  }
  const unassigned = new Set(plan.unassigned);
  for (const r of problem.requests) {
    const routed = servedBy.has(r.id);
    if (routed && unassigned.has(r.id)) violations.push(`${r.id}: routed and unassigned`);
    if (!routed && !unassigned.has(r.id)) violations.push(`${r.id}: neither routed nor unassigned`);
  }
  return { feasible: violations.length === 0, cost, violations };
}

/** Distance from the start through every stop to the end; breaks are taken in place. */
export function routeDistance(problem: Problem, vehicle: Vehicle, route: Route): number {
  if (!hasPassengers(route)) return 0;
  const m = problem.matrix;
  let here = vehicle.startLocation;
  let d = 0;
  for (const s of route.stops) {
    if (s.kind === 'break') continue;
    d += m.distance(here, s.location);
    here = s.location;
  }
  return d + m.distance(here, vehicle.endLocation);
}
