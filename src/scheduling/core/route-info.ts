import type { Compiled } from './compiled.js';
import { evaluate, last, type Origin } from './schedule.js';

/**
 * Per-position facts about a route, computed once so that each candidate
 * insertion can be screened in constant time before the exact evaluation.
 * Positions: 0 is the origin, 1..n the nodes, n+1 the end depot.
 */
export interface RouteInfo {
  readonly v: number;
  readonly origin: Origin;
  readonly seq: readonly number[];
  readonly n: number;
  /** Distance of the route as it stands (0 when it carries nobody). */
  readonly cost: number;
  /** True when the route carries nobody: inserting also pays depot to depot. */
  readonly idle: boolean;
  /** Effective location (a break stands where the vehicle stands). */
  readonly loc: Int32Array;
  /** Location of the first non-break position at or after k. */
  readonly nextLoc: Int32Array;
  /** Earliest departure from position k (no ride-time delays). */
  readonly earliestDep: Float64Array;
  /** Latest start of service at k keeping every later window and the shift end. */
  readonly latestStart: Float64Array;
  readonly seats: Int32Array;
  readonly wheel: Int32Array;
  readonly infant: Int32Array;
  readonly onboard: Int32Array;
  readonly exclusiveOn: Uint8Array;
  readonly isBreak: Uint8Array;
}

let scratchTT = new Float64Array(64);

/**
 * Screening facts for `seq` after `origin`; `cost` is the route's evaluated
 * cost. `leastDep`, when given, holds the least schedule's departures of
 * exactly this sequence (positions 0..n), saving its re-evaluation.
 */
export function routeInfo(
  c: Compiled,
  v: number,
  origin: Origin,
  seq: readonly number[],
  cost: number,
  leastDep: Float64Array | null = null,
): RouteInfo {
  const n = seq.length;
  const firstBreak = c.breakBase;
  // One backing store per route version: allocation dominated this function.
  const m = n + 2;
  const buf = new ArrayBuffer(m * (8 * 2 + 4 * 6 + 2));
  const earliestDep = new Float64Array(buf, 0, m);
  const latestStart = new Float64Array(buf, 8 * m, m);
  const ints = 16 * m;
  const loc = new Int32Array(buf, ints, m);
  const nextLoc = new Int32Array(buf, ints + 4 * m, m);
  const seats = new Int32Array(buf, ints + 8 * m, m);
  const wheel = new Int32Array(buf, ints + 12 * m, m);
  const infant = new Int32Array(buf, ints + 16 * m, m);
  const onboard = new Int32Array(buf, ints + 20 * m, m);
  const exclusiveOn = new Uint8Array(buf, ints + 24 * m, m);
  const isBreak = new Uint8Array(buf, ints + 25 * m, m);
  if (scratchTT.length < m) scratchTT = new Float64Array(2 * m);
  const tt = scratchTT;
  tt.fill(0, 0, m);
  loc[0] = origin.loc;
  seats[0] = origin.seats;
  wheel[0] = origin.wheel;
  infant[0] = origin.infant;
  onboard[0] = origin.onboard;
  exclusiveOn[0] = origin.exclusiveOnboard ? 1 : 0;
  earliestDep[0] = origin.depEarliest;
  let idle = !origin.prefixHasRequests;
  for (let k = 1; k <= n; k++) {
    const node = seq[k - 1]!;
    let arrive: number;
    if (node >= firstBreak) {
      isBreak[k] = 1;
      loc[k] = loc[k - 1]!;
      arrive = earliestDep[k - 1]!;
      seats[k] = seats[k - 1]!;
      wheel[k] = wheel[k - 1]!;
      infant[k] = infant[k - 1]!;
      onboard[k] = onboard[k - 1]!;
      exclusiveOn[k] = exclusiveOn[k - 1]!;
    } else {
      idle = false;
      loc[k] = c.loc[node]!;
      tt[k] = c.dur(loc[k - 1]!, loc[k]!);
      arrive = earliestDep[k - 1]! + tt[k]!;
      seats[k] = seats[k - 1]! + c.dSeats[node]!;
      wheel[k] = wheel[k - 1]! + c.dWheel[node]!;
      infant[k] = infant[k - 1]! + c.dInfant[node]!;
      const pickup = (node & 1) === 0;
      onboard[k] = onboard[k - 1]! + (pickup ? 1 : -1);
      const ex = c.exclusive[node >> 1] === 1;
      exclusiveOn[k] = ex ? (pickup ? 1 : 0) : exclusiveOn[k - 1]!;
    }
    const start = Math.max(arrive, c.early[node]!);
    earliestDep[k] = start + c.service[node]!;
  }
  const endLoc = c.endLoc[v]!;
  loc[n + 1] = endLoc;
  nextLoc[n + 1] = endLoc;
  tt[n + 1] = c.dur(loc[n]!, endLoc);
  latestStart[n + 1] = c.shiftEnd[v]!;
  for (let k = n; k >= 1; k--) {
    const node = seq[k - 1]!;
    nextLoc[k] = isBreak[k] ? nextLoc[k + 1]! : loc[k]!;
    let late = c.late[node]!;
    const over = origin.lateOverride?.get(node);
    if (over !== undefined && over < late) late = over;
    // A break's successor travels from where the break was taken, so the
    // bound below stays exact as long as nothing is inserted right before it
    // (screening skips that case).
    const bound = latestStart[k + 1]! - tt[k + 1]! - c.service[node]!;
    latestStart[k] = Math.min(bound, late);
  }
  nextLoc[0] = n >= 1 ? nextLoc[1]! : endLoc;
  // The least feasible schedule is a tighter lower bound than the plain
  // forward pass (ride times and the duration push stops later); inserting
  // stops only raises it further, so screening stays exact.
  if (!idle && leastDep !== null) earliestDep.set(leastDep.subarray(0, n + 1));
  else if (!idle && evaluate(c, v, origin, seq, n) < Number.POSITIVE_INFINITY) {
    for (let k = 0; k <= n; k++) earliestDep[k] = last.D[k]!;
  }
  latestStart[0] = Math.min(origin.depLatest, latestStart[1]! - tt[1]!);
  return {
    v,
    origin,
    seq,
    n,
    cost,
    idle,
    loc,
    nextLoc,
    earliestDep,
    latestStart,
    seats,
    wheel,
    infant,
    onboard,
    exclusiveOn,
    isBreak,
  };
}
