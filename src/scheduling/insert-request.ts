import { bestInsertion, spliced } from './core/best-insertion.js';
import { insertMovingBreaks } from './core/break-move.js';
import { type Compiled, canServe, compile, type Layout } from './core/compiled.js';
import { routesByVehicle, withRoute } from './core/plan-index.js';
import { type RouteInfo, routeInfo } from './core/route-info.js';
import {
  decodeRoute,
  encodeRoute,
  missingBreaks,
  type RouteState,
  withBreaks,
} from './core/route-state.js';
import { evaluate } from './core/schedule.js';
import type {
  Plan,
  PlannedStop,
  Problem,
  Route,
  TransportRequest,
  TravelMatrix,
  Vehicle,
} from './model.js';

/** Tuning of `insertRequest`. */
export interface InsertionOptions {
  /**
   * Vehicles evaluated exactly, nearest in time and space first (default 48).
   * Fleets no larger than this are searched exhaustively, so the result is
   * the cheapest feasible place over all vehicles; larger fleets trade that
   * guarantee for latency that does not grow with the fleet.
   */
  readonly maxCandidateVehicles?: number;
  /** Of those, at most this many idle vehicles (they mostly tie; default 6). */
  readonly maxIdleVehicles?: number;
  /** Only these vehicles may take the request. */
  readonly vehicleIds?: readonly string[];
}

/** What `insertRequest` decided. */
export type InsertionOutcome =
  | {
      readonly kind: 'assigned';
      readonly vehicleId: string;
      readonly pickup: PlannedStop;
      readonly dropoff: PlannedStop;
      /** The new plan; the input plan is left untouched. */
      readonly plan: Plan;
      /** Added travel distance (the objective). */
      readonly addedCost: number;
    }
  | { readonly kind: 'refused'; readonly reason: 'no-capable-vehicle' | 'no-feasible-slot' };

/** The cheapest feasible change insertion found: the receiving route and its added cost. */
export interface Found {
  readonly route: Route;
  readonly delta: number;
}

/**
 * Inserts request `requestId` (which must not already be routed) at the
 * cheapest feasible place, re-timing the receiving route's unfixed stops.
 * Fixed stops never move and nothing goes before them; a vehicle that gets
 * its first request also gets its breaks. Pure: returns a new plan.
 *
 * The problem's compiled form and the facts about unchanged routes are
 * cached per object: pass the same `Problem` (and the plans this function
 * returns) from one booking to the next to keep latency flat.
 */
export function insertRequest(
  problem: Problem,
  plan: Plan,
  requestId: string,
  options: InsertionOptions = {},
): InsertionOutcome {
  const c = compile(problem);
  const r = c.requestIndex.get(requestId);
  if (r === undefined) throw new RangeError(`unknown request ${requestId}`);
  const capable = capableVehicles(c, r, options.vehicleIds);
  if (capable.length === 0) return { kind: 'refused', reason: 'no-capable-vehicle' };
  const found = insertInto(c, plan, r, capable, options);
  if (!found) return { kind: 'refused', reason: 'no-feasible-slot' };
  return assigned(plan, requestId, found);
}

/** What `insertRequest` answers for a place found for `requestId` in `plan`. */
export function assigned(
  plan: Plan,
  requestId: string,
  found: Found,
): Extract<InsertionOutcome, { kind: 'assigned' }> {
  const stops = found.route.stops;
  const pickup = stops.find((s) => s.kind === 'pickup' && s.refId === requestId)!;
  const dropoff = stops.find((s) => s.kind === 'dropoff' && s.refId === requestId)!;
  return {
    kind: 'assigned',
    vehicleId: found.route.vehicleId,
    pickup,
    dropoff,
    plan: withRoute(plan, found.route, requestId),
    addedCost: found.delta,
  };
}

/** Vehicles with the features and places request `r` needs. */
export function capableVehicles(
  c: Compiled,
  r: number,
  only: readonly string[] | undefined,
): number[] {
  const req = c.problem.requests[r]!;
  const allowed = only ? new Set(only) : null;
  const out: number[] = [];
  c.problem.vehicles.forEach((veh, v) => {
    if (allowed && !allowed.has(veh.id)) return;
    if (canServe(veh, req)) out.push(v);
  });
  return out;
}

/** The cheapest feasible route change over the pruned candidates, or null. */
export function insertInto(
  c: Compiled,
  plan: Plan,
  r: number,
  capable: readonly number[],
  options: InsertionOptions,
  /** The request's travel times, kept from an earlier search of the same request in `c`. */
  lookups: RequestDurations = new RequestDurations(c, r),
): Found | null {
  const routes = routesByVehicle(plan);
  let best: { st: RouteState; seq: number[]; delta: number } | null = null;
  const tried: Prepared[] = [];
  for (const v of searched(c, routes, r, capable, lookups, options)) {
    const prep = prepared(c, v, routes.get(c.problem.vehicles[v]!.id));
    if (!prep) continue;
    tried.push(prep);
    const { st, base, info } = prep;
    const move = bestInsertion(c, info, r);
    if (!move) continue;
    if (best === null || move.delta < best.delta - 1e-9) {
      const seq = Array.from(spliced(base, 2 * r, move.i, move.j).subarray(0, base.length + 2));
      best = { st, seq, delta: move.delta };
    }
  }
  // Only when nothing fits as planned: try moving the candidates' breaks
  // (dearer per route, so refusals alone pay for it).
  if (!best) {
    for (const { st, base } of tried) {
      const moved = insertMovingBreaks(c, st, base, r);
      if (moved && (best === null || moved.delta < best.delta - 1e-9)) {
        best = { st, seq: moved.seq, delta: moved.delta };
      }
    }
  }
  if (!best) return null;
  const route = encodeRoute(c, best.st, best.seq);
  return route ? { route, delta: best.delta } : null;
}

export interface Prepared {
  readonly st: RouteState;
  /** The route's sequence with its breaks planned (a vehicle that gets work takes them). */
  readonly base: number[];
  readonly info: RouteInfo;
}

// Plans are immutable and an insertion replaces one route, so the facts
// about every other route carry over from one booking to the next: first per
// compiled problem, then along a line of derived problems that number their
// nodes alike (a day's next booking), checked against what they were made from.
const preparedRoutes = new WeakMap<Compiled, WeakMap<Route, Made>>();
const preparedIdle = new WeakMap<Compiled, Map<number, Made>>();

/** A route decoded, and prepared when it can take work (an explanation reads the state of both). */
interface Made {
  readonly st: RouteState;
  readonly ready: Prepared | null;
}

/** A route prepared in one problem of a line, with what makes it hold in another. */
interface Kept {
  readonly made: Made;
  readonly vehicle: Vehicle;
  readonly matrix: TravelMatrix;
  readonly moveCost: number;
  /** Each request the route names: its id, its index then, and its object then. */
  readonly ids: readonly string[];
  readonly slots: readonly number[];
  readonly requests: readonly (TransportRequest | undefined)[];
}
const keptRoutes = new WeakMap<Layout, { routes: WeakMap<Route, Kept>; idle: Map<number, Kept> }>();

/** Decoded, break-completed and screened route of vehicle `v`; null when it cannot take work. */
export function prepared(c: Compiled, v: number, route: Route | undefined): Prepared | null {
  return routeMade(c, v, route).ready;
}

/** Vehicle `v`'s route decoded, whether or not it can take work (cached as `prepared` is). */
export function decoded(c: Compiled, v: number, route: Route | undefined): RouteState {
  return routeMade(c, v, route).st;
}

function routeMade(c: Compiled, v: number, route: Route | undefined): Made {
  let byRoute = preparedRoutes.get(c);
  let idle = preparedIdle.get(c);
  if (!byRoute || !idle) {
    byRoute = new WeakMap();
    idle = new Map();
    preparedRoutes.set(c, byRoute);
    preparedIdle.set(c, idle);
  }
  const hit = route ? byRoute.get(route) : idle.get(v);
  if (hit !== undefined) return hit;
  let line = keptRoutes.get(c.layout);
  if (!line) {
    line = { routes: new WeakMap(), idle: new Map() };
    keptRoutes.set(c.layout, line);
  }
  const kept = route ? line.routes.get(route) : line.idle.get(v);
  let made: Made;
  if (kept && holds(c, v, kept)) made = kept.made;
  else {
    made = make(c, v, route);
    const fresh = keep(c, v, route, made);
    if (route) line.routes.set(route, fresh);
    else line.idle.set(v, fresh);
  }
  if (route) byRoute.set(route, made);
  else idle.set(v, made);
  return made;
}

function keep(c: Compiled, v: number, route: Route | undefined, made: Made): Kept {
  // Each request once (its pickup and drop-off both name it): `holds` runs on every reuse.
  const named = new Set<string>(route?.lockedRequests);
  for (const s of route?.stops ?? []) if (s.kind !== 'break') named.add(s.refId);
  const ids = [...named];
  const slots = ids.map((id) => c.requestIndex.get(id) ?? -1);
  return {
    made,
    vehicle: c.problem.vehicles[v]!,
    matrix: c.problem.matrix,
    moveCost: c.moveCost,
    ids,
    slots,
    requests: slots.map((r) => (r < 0 ? undefined : c.problem.requests[r])),
  };
}

/**
 * Whether a route prepared in another problem of the line is the same here:
 * the same vehicle, matrix and cost of moving, and every request it names at
 * the same index as the same object (or absent as it was).
 */
function holds(c: Compiled, v: number, kept: Kept): boolean {
  if (kept.vehicle !== c.problem.vehicles[v] || kept.matrix !== c.problem.matrix) return false;
  if (kept.moveCost !== c.moveCost) return false;
  const requests = c.problem.requests;
  for (let k = 0; k < kept.ids.length; k++) {
    const slot = kept.slots[k]!;
    // The same object at the same slot is the same id there, and ids are unique in a problem
    // (compile checks): no index lookup. Only a request absent then is looked up.
    if (
      slot >= 0
        ? requests[slot] !== kept.requests[k]
        : c.requestIndex.get(kept.ids[k]!) !== undefined
    )
      return false;
  }
  return true;
}

/** `prepared` worked out afresh, caches aside (the property tests compare the two). */
export function prepare(c: Compiled, v: number, route: Route | undefined): Prepared | null {
  return make(c, v, route).ready;
}

function make(c: Compiled, v: number, route: Route | undefined): Made {
  const st = decodeRoute(c, v, route);
  const base = withBreaks(c, st, st.seq);
  if (missingBreaks(c, { ...st, seq: base }).length > 0) return { st, ready: null };
  const baseCost = evaluate(c, v, st.origin, base, base.length);
  if (!(baseCost < Number.POSITIVE_INFINITY)) return { st, ready: null };
  return { st, ready: { st, base, info: routeInfo(c, v, st.origin, base, baseCost) } };
}

/**
 * Why vehicle `v` could not carry request `r` even with nothing else to do,
 * leaving its start at the shift's earliest time: it cannot start the
 * pickup by the window's end ('pickup'), then reach the drop-off by its
 * window's end ('dropoff'), then its end location by the shift end
 * ('shift-end'). Null when an empty vehicle could. Necessary conditions
 * only, so insertion may skip the vehicle without losing a feasible place.
 */
export function shiftBarrier(
  c: Compiled,
  v: number,
  r: number,
  lookups: RequestDurations = new RequestDurations(c, r),
): 'pickup' | 'dropoff' | 'shift-end' | null {
  const p = 2 * r;
  // A shift starting after the pickup window closes cannot make it, whatever the drive: in a
  // large fleet many can be answered so, without a travel-time lookup.
  if (c.shiftStart[v]! > c.late[p]!) return 'pickup';
  const start = c.shiftStart[v]! + lookups.fromStart(v);
  const pickStart = Math.max(start, c.early[p]!);
  if (pickStart > c.late[p]!) return 'pickup';
  const dropStart = Math.max(pickStart + c.service[p]! + lookups.direct(), c.early[p + 1]!);
  if (dropStart > c.late[p + 1]!) return 'dropoff';
  if (dropStart + c.service[p + 1]! + lookups.toEnd(v) > c.shiftEnd[v]!) {
    return 'shift-end';
  }
  return null;
}

/**
 * The travel times that rank vehicles for one request, each vehicle's looked
 * up once: the alternatives shift the same request's windows a dozen times,
 * and every search reads the same drives from each shift's start and to its
 * end (a window shift changes no travel time). Drives to and from route stops
 * are not kept: a map of them cost more than the lookups it saved.
 */
export class RequestDurations {
  private readonly locP: number;
  private readonly locD: number;
  private direct_ = Number.NaN;
  /** By vehicle; NaN until read. */
  private readonly start: Float64Array;
  private readonly end: Float64Array;

  constructor(
    private readonly c: Compiled,
    r: number,
  ) {
    this.locP = c.loc[2 * r]!;
    this.locD = c.loc[2 * r + 1]!;
    this.start = new Float64Array(c.problem.vehicles.length).fill(Number.NaN);
    this.end = new Float64Array(c.problem.vehicles.length).fill(Number.NaN);
  }

  /** From vehicle `v`'s start to the pickup. */
  fromStart(v: number): number {
    let d = this.start[v]!;
    if (Number.isNaN(d)) {
      d = this.c.dur(this.c.startLoc[v]!, this.locP);
      this.start[v] = d;
    }
    return d;
  }

  /** From the drop-off to vehicle `v`'s end. */
  toEnd(v: number): number {
    let d = this.end[v]!;
    if (Number.isNaN(d)) {
      d = this.c.dur(this.locD, this.c.endLoc[v]!);
      this.end[v] = d;
    }
    return d;
  }

  /** From the pickup to the drop-off. */
  direct(): number {
    if (Number.isNaN(this.direct_)) this.direct_ = this.c.dur(this.locP, this.locD);
    return this.direct_;
  }

  /** From `loc` to the pickup. */
  toPickup(loc: number): number {
    return this.c.dur(loc, this.locP);
  }

  /** From the drop-off to `loc`. */
  fromDropoff(loc: number): number {
    return this.c.dur(this.locD, loc);
  }
}

interface Ranked {
  readonly v: number;
  readonly key: number;
}

/** The vehicles `insertRequest` tries for `requestId` in `plan` (an explanation tells the others apart). */
export function searchedVehicles(
  problem: Problem,
  plan: Plan,
  requestId: string,
  options: InsertionOptions = {},
): Set<number> {
  const c = compile(problem);
  const r = c.requestIndex.get(requestId);
  if (r === undefined) throw new RangeError(`unknown request ${requestId}`);
  const capable = capableVehicles(c, r, options.vehicleIds);
  return new Set(
    searched(c, routesByVehicle(plan), r, capable, new RequestDurations(c, r), options),
  );
}

/**
 * The vehicles a search for request `r` tries, nearest first: of the capable
 * vehicles whose shift can fit the request at all, the nearest
 * `maxCandidateVehicles`, at most `maxIdleVehicles` of them idle. Near is by
 * travel time to the pickup from where the route is around the pickup time
 * (the stops just before and after it), or from the depot when idle. Only
 * the nearest of each kind are sorted (sorting a whole fleet's was a tenth
 * of a worker's time at 2,000 vehicles).
 */
export function searched(
  c: Compiled,
  routes: ReadonlyMap<string, Route>,
  r: number,
  capable: readonly number[],
  lookups: RequestDurations,
  options: InsertionOptions,
): number[] {
  const maxAll = options.maxCandidateVehicles ?? 48;
  const maxIdle = options.maxIdleVehicles ?? 6;
  const p = 2 * r;
  const idle: Ranked[] = [];
  const working: Ranked[] = [];
  // A shift over before the ride may start cannot take it, whatever the drive: in a day's fleet
  // many are, and this needs no travel time (shiftBarrier would find 'shift-end' after three).
  const startsNoEarlier = Math.max(c.early[p]!, c.early[p + 1]!);
  for (const v of capable) {
    if (c.shiftEnd[v]! < startsNoEarlier) continue;
    if (shiftBarrier(c, v, r, lookups) !== null) continue;
    const route = routes.get(c.problem.vehicles[v]!.id);
    const stops = route?.stops ?? [];
    const worked =
      stops.length > 0 && (stops[0]!.kind !== 'break' || stops.some((s) => s.kind !== 'break'));
    if (!worked) {
      idle.push({ v, key: lookups.fromStart(v) });
      continue;
    }
    const at = firstStartAtOrAfter(stops, c.early[p]!);
    let key = Number.POSITIVE_INFINITY;
    const before = stops[at - 1];
    const after = stops[at];
    if (before) key = Math.min(key, lookups.toPickup(before.location));
    if (after)
      key = Math.min(key, lookups.toPickup(after.location), lookups.fromDropoff(after.location));
    working.push({ v, key });
  }
  return [...nearest(idle, maxIdle), ...nearest(working, maxAll)]
    .sort(byNearness)
    .slice(0, maxAll)
    .map((x) => x.v);
}

const byNearness = (a: Ranked, b: Ranked) => a.key - b.key || a.v - b.v;

/** The first `k` of `ranked` in `byNearness` order, without sorting the rest. */
function nearest(ranked: Ranked[], k: number): Ranked[] {
  if (ranked.length > k) {
    // The k-th smallest key, by a native numeric sort; ties at it are settled by vehicle below.
    const cut = Float64Array.from(ranked, (x) => x.key).sort()[Math.max(0, k - 1)]!;
    ranked = ranked.filter((x) => x.key <= cut);
  }
  return ranked.sort(byNearness).slice(0, k);
}

function firstStartAtOrAfter(stops: readonly PlannedStop[], t: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]!.start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
