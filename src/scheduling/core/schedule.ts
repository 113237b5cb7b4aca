import type { Compiled } from './compiled.js';
import { eightStep } from './eight-step.js';
import { leastSchedule } from './least-schedule.js';
import type { Origin } from './origin.js';
import { ensure, last } from './timing.js';

export { depotOrigin, type Origin } from './origin.js';
export { EPS, last } from './timing.js';

let stampCounter = 0;

/** Counters for profiling the search (not part of the contract). */
export const stats = { evaluations: 0, feasible: 0 };

/**
 * Exact feasibility and cost of serving `seq[0..n)` after `origin` with
 * vehicle `v`: capacity by kind, exclusive rides, breaks taken with nobody
 * aboard, pairing, time windows, ride times, shift end and maximum duration.
 *
 * Feasibility is decided exactly by the least schedule (`leastSchedule`).
 * With `pretty`, the times left in `last` are Cordeau & Laporte's
 * eight-step ones when that heuristic finds a feasible timing (late
 * departures, short rides, waiting done before pickups), else the least
 * ones. Returns the distance driven (prefix included), 0 for a sequence
 * that carries nobody (the vehicle stays at its depot), +Infinity when
 * infeasible. `warmD`/`warmUpTo`: departures of a route whose first
 * `warmUpTo` stops this sequence shares, to start the least schedule from.
 */
export function evaluate(
  c: Compiled,
  v: number,
  o: Origin,
  seq: ArrayLike<number>,
  n: number,
  pretty = false,
  warmD: Float64Array | null = null,
  warmUpTo = 0,
): number {
  const firstBreak = c.breakBase;
  const stamp = ++stampCounter;
  stats.evaluations++;
  let seats = o.seats;
  let wheel = o.wheel;
  let infant = o.infant;
  let onboard = o.onboard;
  let exclusiveOn = o.exclusiveOnboard;
  let hasReq = o.prefixHasRequests;
  // Requests picked up here that ride elsewhere today (fixed-prefix pickups never move).
  let moved = 0;
  const capS = c.capSeats[v]!;
  const capW = c.capWheel[v]!;
  const capI = c.capInfant[v]!;
  for (let k = 0; k < n; k++) {
    const node = seq[k]!;
    if (node >= firstBreak) {
      if (onboard > 0 || c.breakVehicle[node - firstBreak] !== v) return Number.POSITIVE_INFINITY;
      if (c.stamp[node] === stamp) return Number.POSITIVE_INFINITY;
      c.stamp[node] = stamp;
      c.pos[node] = k + 1;
      continue;
    }
    hasReq = true;
    const r = node >> 1;
    if ((node & 1) === 0) {
      if (exclusiveOn || (c.exclusive[r] === 1 && onboard > 0)) return Number.POSITIVE_INFINITY;
      if (c.exclusive[r] === 1) exclusiveOn = true;
      onboard++;
      const home = c.home[r]!;
      if (home >= 0 && home !== v) moved++;
    } else {
      const p = node - 1;
      const pickedHere = c.stamp[p] === stamp;
      if (!pickedHere && (o.lateOverride === null || !o.lateOverride.has(node))) {
        return Number.POSITIVE_INFINITY;
      }
      if (c.exclusive[r] === 1) exclusiveOn = false;
      onboard--;
    }
    if (c.stamp[node] === stamp) return Number.POSITIVE_INFINITY;
    c.stamp[node] = stamp;
    c.pos[node] = k + 1;
    seats += c.dSeats[node]!;
    wheel += c.dWheel[node]!;
    infant += c.dInfant[node]!;
    if (seats > capS || wheel > capW || infant > capI) return Number.POSITIVE_INFINITY;
  }
  if (onboard !== 0) return Number.POSITIVE_INFINITY;
  last.n = n;
  if (!hasReq) return 0;
  ensure(n + 2);
  const { TT, LOC } = last;
  const endLoc = c.endLoc[v]!;
  let cost = o.prefixCost + moved * c.moveCost;
  LOC[0] = o.loc;
  for (let k = 1; k <= n; k++) {
    const node = seq[k - 1]!;
    if (node >= firstBreak) {
      LOC[k] = LOC[k - 1]!;
      TT[k] = 0;
    } else {
      const l = c.loc[node]!;
      LOC[k] = l;
      TT[k] = c.dur(LOC[k - 1]!, l);
      cost += c.dist(LOC[k - 1]!, l);
    }
  }
  TT[n + 1] = c.dur(LOC[n]!, endLoc);
  cost += c.dist(LOC[n]!, endLoc);

  if (pretty && eightStep(c, v, o, seq, n, stamp)) {
    stats.feasible++;
    return cost;
  }
  if (!leastSchedule(c, v, o, seq, n, stamp, warmD, warmUpTo)) return Number.POSITIVE_INFINITY;
  stats.feasible++;
  return cost;
}
