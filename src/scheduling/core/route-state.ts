import type { PlannedStop, Route } from '../model.js';
import type { Compiled } from './compiled.js';
import { depotOrigin, EPS, evaluate, last, type Origin } from './schedule.js';

/**
 * A route as the engine works on it: a frozen prefix (fixed stops, kept
 * verbatim), the origin it leaves the rest from, and the re-plannable rest
 * as node numbers.
 */
export interface RouteState {
  readonly v: number;
  readonly origin: Origin;
  readonly prefix: readonly PlannedStop[];
  seq: number[];
  /** Request indices that must stay on this vehicle. */
  readonly locked: ReadonlySet<number>;
  readonly lockedIds: readonly string[] | undefined;
}

/** Node number of a stop of vehicle `v`, or -1 when it names nothing in the problem. */
export function nodeOf(c: Compiled, v: number, stop: { kind: string; refId: string }): number {
  if (stop.kind === 'break') return c.breakNodeById[v]?.get(stop.refId) ?? -1;
  const r = c.requestIndex.get(stop.refId);
  if (r === undefined) return -1;
  return stop.kind === 'pickup' ? 2 * r : 2 * r + 1;
}

/** Builds the origin after the fixed prefix `prefix` of vehicle `v`. */
export function originAfter(c: Compiled, v: number, prefix: readonly PlannedStop[]): Origin {
  if (prefix.length === 0) return depotOrigin(c, v);
  let seats = 0;
  let wheel = 0;
  let infant = 0;
  let exclusive = 0;
  let cost = 0;
  let hasReq = false;
  let here = c.startLoc[v]!;
  const onboardPickups = new Map<number, PlannedStop>();
  for (const s of prefix) {
    if (s.kind === 'break') continue;
    cost += c.dist(here, s.location);
    here = s.location;
    const node = nodeOf(c, v, s);
    if (node < 0) continue;
    hasReq = true;
    seats += c.dSeats[node]!;
    wheel += c.dWheel[node]!;
    infant += c.dInfant[node]!;
    const r = node >> 1;
    if (s.kind === 'pickup') {
      onboardPickups.set(node + 1, s);
      if (c.exclusive[r] === 1) exclusive++;
    } else {
      onboardPickups.delete(node);
      if (c.exclusive[r] === 1) exclusive--;
    }
  }
  const lateOverride = new Map<number, number>();
  for (const [drop, p] of onboardPickups) {
    lateOverride.set(drop, p.start + c.service[drop - 1]! + c.maxRide[drop >> 1]!);
  }
  const first = prefix[0]!;
  const lastStop = prefix[prefix.length - 1]!;
  const departedDepot =
    first.kind === 'break' ? first.arrival : first.arrival - c.dur(c.startLoc[v]!, first.location);
  return {
    loc: here,
    depEarliest: lastStop.departure,
    depLatest: lastStop.departure,
    durationRef: departedDepot,
    seats,
    wheel,
    infant,
    onboard: onboardPickups.size,
    exclusiveOnboard: exclusive > 0,
    lateOverride: lateOverride.size > 0 ? lateOverride : null,
    prefixCost: cost,
    prefixHasRequests: hasReq,
  };
}

/** Decodes `route` (possibly absent) of vehicle `v`; stops naming nothing are dropped. */
export function decodeRoute(c: Compiled, v: number, route: Route | undefined): RouteState {
  const stops = route?.stops ?? [];
  const f = Math.min(route?.fixedStops ?? 0, stops.length);
  const prefix = stops.slice(0, f);
  const seq: number[] = [];
  for (let k = f; k < stops.length; k++) {
    const node = nodeOf(c, v, stops[k]!);
    if (node >= 0) seq.push(node);
  }
  const locked = new Set<number>();
  for (const id of route?.lockedRequests ?? []) {
    const r = c.requestIndex.get(id);
    if (r !== undefined) locked.add(r);
  }
  for (const s of prefix) {
    const r = c.requestIndex.get(s.refId);
    if (s.kind !== 'break' && r !== undefined) locked.add(r);
  }
  return {
    v,
    origin: originAfter(c, v, prefix),
    prefix,
    seq,
    locked,
    lockedIds: route?.lockedRequests,
  };
}

/** True when the route carries at least one request (so it must take its breaks). */
export function hasWork(c: Compiled, st: RouteState): boolean {
  if (st.origin.prefixHasRequests) return true;
  const firstBreak = c.breakBase;
  return st.seq.some((n) => n < firstBreak);
}

/** Breaks of the vehicle that are neither done (in the prefix) nor planned. */
export function missingBreaks(c: Compiled, st: RouteState): number[] {
  const present = new Set<number>(st.seq);
  for (const s of st.prefix) if (s.kind === 'break') present.add(nodeOf(c, st.v, s));
  return c.breakNodes[st.v]!.filter((b) => !present.has(b));
}

/**
 * A copy of `seq` with the missing breaks added, each at its cheapest
 * feasible position (all breaks cost nothing, so: the first feasible one in
 * window order). Breaks that fit nowhere are left out; the route is then
 * infeasible to a checker, which is the truth.
 */
export function withBreaks(c: Compiled, st: RouteState, seq: readonly number[]): number[] {
  let out = seq.slice();
  const missing = missingBreaks(c, { ...st, seq: out });
  missing.sort((a, b) => c.early[a]! - c.early[b]! || a - b);
  // An idle vehicle has no timing to respect yet: keep its breaks in window order.
  if (!hasWork(c, { ...st, seq: out })) return [...out, ...missing];
  for (const b of missing) {
    let placed = false;
    for (let k = 0; k <= out.length && !placed; k++) {
      const trial = [...out.slice(0, k), b, ...out.slice(k)];
      if (evaluate(c, st.v, st.origin, trial, trial.length) < Number.POSITIVE_INFINITY) {
        out = trial;
        placed = true;
      }
    }
  }
  return out;
}

/** Planned stops of `seq` as timed by the last `evaluate` of exactly this sequence. */
export function stopsFromLast(c: Compiled, st: RouteState, seq: readonly number[]): PlannedStop[] {
  const firstBreak = c.breakBase;
  const breaks = c.problem.vehicles[st.v]!.breaks;
  const out: PlannedStop[] = [];
  for (let k = 1; k <= seq.length; k++) {
    const node = seq[k - 1]!;
    let kind: PlannedStop['kind'];
    let refId: string;
    if (node >= firstBreak) {
      kind = 'break';
      const idx = c.breakNodes[st.v]!.indexOf(node);
      refId = breaks[idx]!.id;
    } else {
      kind = (node & 1) === 0 ? 'pickup' : 'dropoff';
      refId = c.problem.requests[node >> 1]!.id;
    }
    out.push({
      kind,
      refId,
      location: last.LOC[k]!,
      arrival: last.A[k]!,
      start: last.B[k]!,
      departure: last.D[k]!,
    });
  }
  return out;
}

/**
 * Re-times `seq` and returns the route, or null if it is infeasible. A
 * route that carries nobody keeps only its prefix (the vehicle stays home).
 */
export function encodeRoute(c: Compiled, st: RouteState, seq: readonly number[]): Route | null {
  const cost = evaluate(c, st.v, st.origin, seq, seq.length, true);
  if (!(cost < Number.POSITIVE_INFINITY)) return null;
  const vehicleId = c.problem.vehicles[st.v]!.id;
  const work = hasWork(c, { ...st, seq: seq.slice() });
  const stops = work ? [...st.prefix, ...stopsFromLast(c, st, seq)] : [...st.prefix];
  const route: Route = { vehicleId, stops, fixedStops: st.prefix.length };
  return st.lockedIds ? { ...route, lockedRequests: st.lockedIds } : route;
}

export { EPS };
