import type { Compiled } from './compiled.js';
import type { RouteInfo } from './route-info.js';
import { EPS, evaluate } from './schedule.js';

/** Where to put a request's pickup and drop-off in a route, and what it adds. */
export interface InsertionMove {
  /** Pickup goes after position `i` (0 = origin), drop-off after position `j >= i` of the old route. */
  readonly i: number;
  readonly j: number;
  /** Exact added distance, from the full evaluation. */
  readonly delta: number;
}

let candI = new Int32Array(256);
let candJ = new Int32Array(256);
let candD = new Float64Array(256);
let scratch = new Int32Array(64);

function push(count: number, i: number, j: number, d: number): void {
  if (count >= candI.length) {
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    candI = grow(candI, (n) => new Int32Array(n));
    candJ = grow(candJ, (n) => new Int32Array(n));
    candD = grow(candD, (n) => new Float64Array(n));
  }
  candI[count] = i;
  candJ[count] = j;
  candD[count] = d;
}

/** Writes the old sequence with `p` after position i and `p + 1` after position j into `scratch`. */
export function spliced(seq: readonly number[], p: number, i: number, j: number): Int32Array {
  const n = seq.length;
  if (scratch.length < n + 2) scratch = new Int32Array((n + 2) * 2);
  let w = 0;
  for (let k = 0; k < i; k++) scratch[w++] = seq[k]!;
  scratch[w++] = p;
  for (let k = i; k < j; k++) scratch[w++] = seq[k]!;
  scratch[w++] = p + 1;
  for (let k = j; k < n; k++) scratch[w++] = seq[k]!;
  return scratch;
}

/**
 * The cheapest feasible insertion of request `r` into the route, or null.
 *
 * Every (pickup, drop-off) position pair is screened in O(1) amortised with
 * necessary conditions only (capacity by kind, exclusivity, breaks need an
 * empty vehicle, earliest/latest times, a ride-time lower bound), so no
 * feasible pair is lost; survivors are evaluated exactly, cheapest first,
 * and the first feasible one wins. `maxEvals` bounds the exact evaluations.
 * `accept`, when given, must also approve a feasible sequence (it sees the
 * shared scratch buffer and its length: copy before keeping it), else the
 * next candidate is tried.
 */
export function bestInsertion(
  c: Compiled,
  info: RouteInfo,
  r: number,
  maxEvals = Number.POSITIVE_INFINITY,
  accept: ((seq: Int32Array, n: number) => boolean) | null = null,
): InsertionMove | null {
  const count = screen(c, info, r);
  if (count === 0) return null;
  const p = 2 * r;
  let evals = 0;
  let remaining = count;
  while (remaining > 0 && evals < maxEvals) {
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    for (let k = 0; k < count; k++) {
      const d = candD[k]!;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    if (best < 0) break;
    candD[best] = Number.POSITIVE_INFINITY;
    remaining--;
    evals++;
    const i = candI[best]!;
    const j = candJ[best]!;
    const seq = spliced(info.seq, p, i, j);
    // Stops before the pickup are the route's own: start from their times.
    const cost = evaluate(c, info.v, info.origin, seq, info.n + 2, false, info.earliestDep, i);
    if (!(cost < Number.POSITIVE_INFINITY)) continue;
    if (accept === null || accept(seq, info.n + 2)) return { i, j, delta: cost - info.cost };
  }
  return null;
}

/**
 * A lower bound on `bestInsertion(c, info, r).delta` (+Infinity when no
 * position passes screening): the cheapest screened position. Screened
 * deltas are exact distances, so the bound is tight whenever that position
 * turns out feasible; callers that only rank routes can defer the exact
 * evaluation until the route matters.
 */
export function insertionBound(c: Compiled, info: RouteInfo, r: number): number {
  const count = screen(c, info, r);
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < count; k++) if (candD[k]! < best) best = candD[k]!;
  return best;
}

/** Fills the candidate arrays with the pairs that pass screening; returns how many. */
function screen(c: Compiled, info: RouteInfo, r: number): number {
  const v = info.v;
  const p = 2 * r;
  const d = p + 1;
  const n = info.n;
  const locP = c.loc[p]!;
  const locD = c.loc[d]!;
  const qS = c.dSeats[p]!;
  const qW = c.dWheel[p]!;
  const qI = c.dInfant[p]!;
  const capS = c.capSeats[v]! - qS;
  const capW = c.capWheel[v]! - qW;
  const capI = c.capInfant[v]! - qI;
  const exclusive = c.exclusive[r] === 1;
  const eP = c.early[p]!;
  const lP = c.late[p]!;
  const eD = c.early[d]!;
  const lD = c.late[d]!;
  const sP = c.service[p]!;
  const sD = c.service[d]!;
  const maxRide = c.maxRide[r]!;
  const dPD = c.dist(locP, locD);
  const tPD = c.dur(locP, locD);
  const idleExtra = info.idle ? c.dist(info.loc[0]!, c.endLoc[v]!) : 0;
  const { loc, nextLoc, earliestDep, latestStart, isBreak } = info;
  let count = 0;
  // latestStart increases along the route; the stop after the pickup starts
  // after the pickup's service ends, so earlier positions cannot work.
  let lo = 0;
  let hi = n;
  const after = eP + sP;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (latestStart[mid + 1]! + EPS < after) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i <= n; i++) {
    if (earliestDep[i]! > lP + EPS) break;
    if (info.seats[i]! > capS || info.wheel[i]! > capW || info.infant[i]! > capI) continue;
    if (info.exclusiveOn[i] === 1 || (exclusive && info.onboard[i]! > 0)) continue;
    const li = loc[i]!;
    const arrP = earliestDep[i]! + c.dur(li, locP);
    const bP = Math.max(arrP, eP);
    if (bP > lP + EPS) continue;
    const depP = bP + sP;
    const nli = nextLoc[i + 1]!;
    const detourP = c.dist(li, locP) + c.dist(locP, nli) - c.dist(li, nli);
    // Walk the drop-off forward from right after the pickup.
    let curDep = depP;
    let curLoc = locP;
    let rideLb = 0;
    for (let j = i; j <= n; j++) {
      if (j > i) {
        if (exclusive || isBreak[j] === 1) break;
        if (info.seats[j]! > capS || info.wheel[j]! > capW || info.infant[j]! > capI) break;
        const node = info.seq[j - 1]!;
        const t = c.dur(curLoc, loc[j]!);
        const arr = curDep + t;
        const e = c.early[node]!;
        const b = Math.max(arr, e);
        if (b > latestStart[j]! + EPS) break;
        rideLb += t + c.service[node]!;
        curDep = b + c.service[node]!;
        curLoc = loc[j]!;
      }
      const tD = j === i ? tPD : c.dur(curLoc, locD);
      if (rideLb + tD > maxRide + EPS) break;
      const arrD = curDep + tD;
      const bD = Math.max(arrD, eD);
      if (bD > lD + EPS) continue;
      if (isBreak[j + 1] !== 1) {
        const arrNext = bD + sD + c.dur(locD, loc[j + 1]!);
        if (arrNext > latestStart[j + 1]! + EPS) continue;
      }
      let delta: number;
      if (j === i) {
        delta = c.dist(li, locP) + dPD + c.dist(locD, nli) - c.dist(li, nli);
      } else {
        const lj = loc[j]!;
        const nlj = nextLoc[j + 1]!;
        delta = detourP + c.dist(lj, locD) + c.dist(locD, nlj) - c.dist(lj, nlj);
      }
      push(count++, i, j, delta + idleExtra);
    }
  }
  return count;
}
