import { type Compiled, canServe } from '../core/compiled.js';
import { routesByVehicle } from '../core/plan-index.js';
import { type RouteInfo, routeInfo } from '../core/route-info.js';
import {
  decodeRoute,
  encodeRoute,
  hasWork,
  type RouteState,
  withBreaks,
} from '../core/route-state.js';
import { evaluate, last } from '../core/schedule.js';
import type { Plan, Route } from '../model.js';

/**
 * The search's working solution. Route sequences are never mutated in
 * place, only replaced, so cloning is a shallow copy and facts derived from
 * a sequence can be cached by its identity.
 */
export interface Solution {
  readonly states: readonly RouteState[];
  seqs: number[][];
  costs: Float64Array;
  /** Vehicle serving each request, -1 when unassigned or outside the search. */
  routeOf: Int32Array;
  /** Start of service at each node in the current schedule (for relatedness). */
  nodeTime: Float64Array;
  unassigned: number[];
  cost: number;
}

/** Requests the search may move: in the problem, not fixed, not locked. */
export interface SearchScope {
  readonly movable: Uint8Array;
  /** Per request: vehicles with the features and places it needs. */
  readonly capable: readonly (readonly number[])[];
}

const infoCache = new WeakMap<number[], RouteInfo>();
/** Least-schedule departures of sequences `setRoute` accepted, so `infoOf` need not re-evaluate. */
const departures = new WeakMap<number[], Float64Array>();

/** Screening facts for route `v` of `s`, cached per sequence. */
export function infoOf(c: Compiled, s: Solution, v: number): RouteInfo {
  const seq = s.seqs[v]!;
  let info = infoCache.get(seq);
  if (!info) {
    info = routeInfo(c, v, s.states[v]!.origin, seq, s.costs[v]!, departures.get(seq) ?? null);
    infoCache.set(seq, info);
  }
  return info;
}

/** Decodes `plan` for the search; routes missing breaks get them. */
export function fromPlan(c: Compiled, plan: Plan): Solution {
  const routes = routesByVehicle(plan);
  const V = c.problem.vehicles.length;
  const states: RouteState[] = [];
  const seqs: number[][] = [];
  const costs = new Float64Array(V);
  const routeOf = new Int32Array(c.nRequests).fill(-1);
  const nodeTime = new Float64Array(c.nNodes);
  let cost = 0;
  for (let v = 0; v < V; v++) {
    const st = decodeRoute(c, v, routes.get(c.problem.vehicles[v]!.id));
    states.push(st);
    const seq = withBreaks(c, st, st.seq);
    seqs.push(seq);
    costs[v] = evaluate(c, v, st.origin, seq, seq.length);
    recordTimes(nodeTime, seq, costs[v]!);
    cost += costs[v]!;
    for (const s of st.prefix) {
      const r = c.requestIndex.get(s.refId);
      if (s.kind !== 'break' && r !== undefined) routeOf[r] = v;
    }
    for (const node of seq) if (node < c.breakBase) routeOf[node >> 1] = v;
  }
  const unassigned: number[] = [];
  for (let r = 0; r < c.nRequests; r++) if (routeOf[r] === -1) unassigned.push(r);
  return { states, seqs, costs, routeOf, nodeTime, unassigned, cost };
}

function recordTimes(nodeTime: Float64Array, seq: readonly number[], cost: number) {
  if (!(cost > 0) || !Number.isFinite(cost)) return;
  for (let k = 0; k < seq.length; k++) nodeTime[seq[k]!] = last.B[k + 1]!;
}

export function clone(s: Solution): Solution {
  return {
    states: s.states,
    seqs: s.seqs.slice(),
    costs: s.costs.slice(),
    routeOf: s.routeOf.slice(),
    nodeTime: s.nodeTime.slice(),
    unassigned: s.unassigned.slice(),
    cost: s.cost,
  };
}

/** Replaces route `v`'s sequence if feasible; returns false (and changes nothing) otherwise. */
export function setRoute(c: Compiled, s: Solution, v: number, seq: number[]): boolean {
  const cost = evaluate(c, v, s.states[v]!.origin, seq, seq.length);
  if (!(cost < Number.POSITIVE_INFINITY)) return false;
  if (cost > 0) departures.set(seq, last.D.slice(0, seq.length + 1));
  recordTimes(s.nodeTime, seq, cost);
  s.cost += cost - s.costs[v]!;
  s.costs[v] = cost;
  s.seqs[v] = seq;
  return true;
}

/** Takes request `r` out of its route (if that leaves a feasible route); true on success. */
export function removeRequest(c: Compiled, s: Solution, r: number): boolean {
  const v = s.routeOf[r]!;
  if (v < 0) return false;
  const p = 2 * r;
  const seq = s.seqs[v]!.filter((n) => n !== p && n !== p + 1);
  if (!setRoute(c, s, v, seq)) return false;
  s.routeOf[r] = -1;
  s.unassigned.push(r);
  return true;
}

/** Puts request `r` into route `v`, pickup after position i, drop-off after j. */
export function insertAt(c: Compiled, s: Solution, r: number, v: number, i: number, j: number) {
  const old = s.seqs[v]!;
  const p = 2 * r;
  // Written out: spreading three slices was a visible share of the garbage.
  const seq: number[] = [];
  for (let k = 0; k < i; k++) seq.push(old[k]!);
  seq.push(p);
  for (let k = i; k < j; k++) seq.push(old[k]!);
  seq.push(p + 1);
  for (let k = j; k < old.length; k++) seq.push(old[k]!);
  if (!setRoute(c, s, v, seq)) return false;
  s.routeOf[r] = v;
  const at = s.unassigned.indexOf(r);
  if (at >= 0) s.unassigned.splice(at, 1);
  return true;
}

/** The plan for `s`; routes of vehicles absent from `base` and still idle stay absent. */
export function toPlan(c: Compiled, s: Solution, base: Plan): Plan {
  const present = routesByVehicle(base);
  const routes: Route[] = [];
  s.states.forEach((st, v) => {
    const seq = s.seqs[v]!;
    const had = present.get(c.problem.vehicles[v]!.id);
    if (!had && !hasWork(c, { ...st, seq })) return;
    const route = encodeRoute(c, st, seq);
    if (!route) throw new Error(`internal: route of ${c.problem.vehicles[v]!.id} infeasible`);
    routes.push(route);
  });
  const known = new Set(c.problem.requests.map((q) => q.id));
  const unassigned = s.unassigned.map((r) => c.problem.requests[r]!.id);
  // Ids the plan lists but the problem does not know are the caller's business: keep them.
  for (const id of base.unassigned) if (!known.has(id)) unassigned.push(id);
  return { routes, unassigned };
}

/** Which requests the search may move, and to which vehicles. */
export function scopeOf(c: Compiled, s: Solution, locked: ReadonlySet<number>): SearchScope {
  const movable = new Uint8Array(c.nRequests);
  for (let r = 0; r < c.nRequests; r++) {
    const v = s.routeOf[r]!;
    const fixed = v >= 0 && (s.states[v]!.locked.has(r) || !s.seqs[v]!.includes(2 * r));
    movable[r] = fixed || locked.has(r) ? 0 : 1;
  }
  const capable = c.problem.requests.map((q) =>
    movable[c.requestIndex.get(q.id)!] === 1
      ? c.problem.vehicles.flatMap((veh, v) => (canServe(veh, q) ? [v] : []))
      : [],
  );
  return { movable, capable };
}
