import type { Compiled } from '../core/compiled.js';
import type { Random } from '../random.js';
import { removeRequest, type SearchScope, type Solution } from './solution.js';

/** A destroy operator: takes up to `q` movable requests out of `s`. */
export type Removal = (
  c: Compiled,
  s: Solution,
  scope: SearchScope,
  q: number,
  rnd: Random,
) => void;

function assignedMovable(s: Solution, scope: SearchScope): number[] {
  const out: number[] = [];
  for (let r = 0; r < s.routeOf.length; r++) {
    if (s.routeOf[r]! >= 0 && scope.movable[r] === 1) out.push(r);
  }
  return out;
}

let scratchKeys = new Float64Array(64);

/** A reusable per-request key array for sorting (sorting by a Map's values was a hot spot). */
function keys(n: number): Float64Array {
  if (scratchKeys.length < n) scratchKeys = new Float64Array(2 * n);
  return scratchKeys;
}

/** Uniformly random requests: diversification. */
export const randomRemoval: Removal = (c, s, scope, q, rnd) => {
  const pool = assignedMovable(s, scope);
  for (let k = 0; k < q && pool.length > 0; k++) {
    const at = rnd.int(pool.length);
    const r = pool[at]!;
    pool[at] = pool[pool.length - 1]!;
    pool.pop();
    removeRequest(c, s, r);
  }
};

/**
 * Requests whose removal saves the most distance, chosen with a random
 * bias (Ropke & Pisinger's p = 3) so the same ones are not always taken.
 */
export const worstRemoval: Removal = (c, s, scope, q, rnd) => {
  const pool = assignedMovable(s, scope);
  const gain = keys(c.nRequests);
  for (const r of pool) gain[r] = removalGain(c, s, r);
  pool.sort((a, b) => gain[b]! - gain[a]! || a - b);
  for (let k = 0; k < q && pool.length > 0; k++) {
    const at = Math.floor(rnd.next() ** 3 * pool.length);
    const [r] = pool.splice(at, 1);
    removeRequest(c, s, r!);
  }
};

/** Distance saved by skipping request r's two stops (breaks stand where the vehicle is). */
function removalGain(c: Compiled, s: Solution, r: number): number {
  const v = s.routeOf[r]!;
  const seq = s.seqs[v]!;
  const p = 2 * r;
  const firstBreak = c.breakBase;
  let prev = s.states[v]!.origin.loc;
  let before = 0;
  let after = 0;
  let prevAfter = prev;
  for (const node of seq) {
    if (node >= firstBreak) continue;
    const l = c.loc[node]!;
    before += c.dist(prev, l);
    prev = l;
    if (node === p || node === p + 1) continue;
    after += c.dist(prevAfter, l);
    prevAfter = l;
  }
  const end = c.endLoc[v]!;
  return before + c.dist(prev, end) - (after + c.dist(prevAfter, end));
}

/**
 * Shaw's related removal: a seed request, then requests close to an
 * already removed one in place and time, so they can trade positions.
 */
export const relatedRemoval: Removal = (c, s, scope, q, rnd) => {
  const pool = assignedMovable(s, scope);
  if (pool.length === 0) return;
  const removed: number[] = [];
  const seed = pool.splice(rnd.int(pool.length), 1)[0]!;
  removeRequest(c, s, seed);
  removed.push(seed);
  while (removed.length < q && pool.length > 0) {
    const ref = removed[rnd.int(removed.length)]!;
    const rel = keys(c.nRequests);
    for (const r of pool) rel[r] = relatedness(c, s, ref, r);
    pool.sort((a, b) => rel[a]! - rel[b]! || a - b);
    const at = Math.floor(rnd.next() ** 6 * pool.length);
    const [r] = pool.splice(at, 1);
    removeRequest(c, s, r!);
    removed.push(r!);
  }
};

/** Lower is more related: distances between the pickups and drop-offs plus time gaps. */
function relatedness(c: Compiled, s: Solution, a: number, b: number): number {
  const pa = 2 * a;
  const pb = 2 * b;
  const space = c.dist(c.loc[pa]!, c.loc[pb]!) + c.dist(c.loc[pa + 1]!, c.loc[pb + 1]!);
  const time =
    Math.abs(s.nodeTime[pa]! - s.nodeTime[pb]!) +
    Math.abs(s.nodeTime[pa + 1]! - s.nodeTime[pb + 1]!);
  return space + time;
}

/** Empties a random route (its movable requests), favouring short ones: may save a vehicle. */
export const routeRemoval: Removal = (c, s, scope, q, rnd) => {
  const used: number[] = [];
  for (let v = 0; v < s.seqs.length; v++) if (s.costs[v]! > 0) used.push(v);
  if (used.length === 0) return;
  used.sort((a, b) => s.seqs[a]!.length - s.seqs[b]!.length || a - b);
  const v = used[Math.floor(rnd.next() ** 2 * used.length)]!;
  const firstBreak = c.breakBase;
  const reqs = s.seqs[v]!.filter((n) => n < firstBreak && (n & 1) === 0).map((n) => n >> 1);
  let taken = 0;
  for (const r of reqs) {
    if (taken >= Math.max(q, 1) * 2) break;
    if (scope.movable[r] === 1 && removeRequest(c, s, r)) taken++;
  }
};

/** Removes requests whose stops are near a random point in time (a time slice of all routes). */
export const timeSliceRemoval: Removal = (c, s, scope, q, rnd) => {
  const pool = assignedMovable(s, scope);
  if (pool.length === 0) return;
  const pivot = s.nodeTime[2 * pool[rnd.int(pool.length)]!]!;
  pool.sort(
    (a, b) => Math.abs(s.nodeTime[2 * a]! - pivot) - Math.abs(s.nodeTime[2 * b]! - pivot) || a - b,
  );
  for (let k = 0; k < q && k < pool.length; k++) removeRequest(c, s, pool[k]!);
};

/**
 * String removal after Christiaens & Vanden Berghe's SISR: around a random
 * seed request, a run of consecutive requests (by pickup order) from each
 * of the routes nearest to it, until q are out. Emptying matching stretches
 * of neighbouring routes lets the repair recombine them, much as 2-opt*
 * and cross-exchange do.
 */
export const stringRemoval: Removal = (c, s, scope, q, rnd) => {
  const pool = assignedMovable(s, scope);
  if (pool.length === 0) return;
  const seed = pool[rnd.int(pool.length)]!;
  const rel = keys(c.nRequests);
  for (const r of pool) rel[r] = relatedness(c, s, seed, r);
  pool.sort((a, b) => rel[a]! - rel[b]! || a - b);
  let used = 0;
  for (let v = 0; v < s.seqs.length; v++) if (s.costs[v]! > 0) used++;
  // Strings as long as an average route's share of q, at least one request.
  const longest = Math.max(1, Math.ceil((2 * q) / Math.max(1, used)));
  const firstBreak = c.breakBase;
  const done = new Set<number>();
  let removed = 0;
  for (const r of pool) {
    if (removed >= q) break;
    const v = s.routeOf[r]!;
    if (v < 0 || done.has(v)) continue;
    done.add(v);
    const reqs = s.seqs[v]!.filter((n) => n < firstBreak && (n & 1) === 0).map((n) => n >> 1);
    const len = Math.min(reqs.length, q - removed, 1 + rnd.int(longest));
    const at = reqs.indexOf(r);
    const from = Math.max(0, Math.min(reqs.length - len, at - rnd.int(len)));
    for (let k = from; k < from + len; k++) {
      const x = reqs[k]!;
      if (scope.movable[x] === 1 && removeRequest(c, s, x)) removed++;
    }
  }
};

export const REMOVALS: readonly Removal[] = [
  randomRemoval,
  worstRemoval,
  relatedRemoval,
  routeRemoval,
  timeSliceRemoval,
  stringRemoval,
];
