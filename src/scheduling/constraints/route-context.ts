import type { Problem, Route, TransportRequest, Vehicle } from '../model.js';

/** What a constraint check sees: one route, its vehicle and the problem's requests by id. */
export interface RouteContext {
  readonly problem: Problem;
  readonly vehicle: Vehicle;
  readonly route: Route;
  readonly requests: ReadonlyMap<string, TransportRequest>;
  /** Slack allowed when comparing times computed along different paths. */
  readonly tolerance: number;
}

/** A constraint over one route: the list of human-readable violations (empty when it holds). */
export type RouteConstraint = (ctx: RouteContext) => string[];

/** Where the vehicle stands before stop `k` (its start location before the first stop). */
export function positionBefore(ctx: RouteContext, k: number): number {
  return k === 0 ? ctx.vehicle.startLocation : ctx.route.stops[k - 1]!.location;
}

/** True when the route carries at least one request. */
export function hasPassengers(route: Route): boolean {
  return route.stops.some((s) => s.kind !== 'break');
}
