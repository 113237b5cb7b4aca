import type { Compiled } from './compiled.js';
import type { Origin } from './origin.js';
import { EPS, last, lateOf } from './timing.js';

/**
 * Exact feasibility: the earliest schedule meeting every timing rule, as
 * the least solution of the route's difference constraints (travel and
 * service between consecutive stops, window openings; ride times and the
 * maximum duration push pickups and the departure later). Bellman-Ford
 * style rounds: a forward pass, then the backward edges; it converges in
 * at most (pickups + 2) rounds unless a cycle is positive (infeasible),
 * and a window closing below the least solution means infeasible.
 */
export function leastSchedule(
  c: Compiled,
  v: number,
  o: Origin,
  seq: ArrayLike<number>,
  n: number,
  stamp: number,
  warmD: Float64Array | null = null,
  warmUpTo = 0,
): boolean {
  const firstBreak = c.breakBase;
  const { A, B, D, W, TT } = last;
  const override = o.lateOverride;
  const maxDuration = c.maxDuration[v]!;
  const fixedStart = o.durationRef !== null;
  const endLatest = fixedStart
    ? Math.min(c.shiftEnd[v]!, o.durationRef! + maxDuration)
    : c.shiftEnd[v]!;
  D[0] = o.depEarliest;
  B[0] = o.depEarliest;
  for (let k = 1; k <= n; k++) B[k] = Number.NEGATIVE_INFINITY;
  let from = 1;
  if (warmD !== null) {
    // Warm start: the first `warmUpTo` stops are those of a route whose
    // least schedule is known. Adding stops only raises the least solution
    // (triangle inequality), so those times are valid lower bounds and
    // already meet their own forward constraints and windows; the rounds
    // below raise them if a ride time or the duration requires it.
    D[0] = Math.max(D[0]!, warmD[0]!);
    B[0] = D[0]!;
    for (let k = 1; k <= warmUpTo; k++) {
      D[k] = warmD[k]!;
      B[k] = warmD[k]! - c.service[seq[k - 1]!]!;
      A[k] = B[k]!;
      W[k] = 0;
    }
    from = warmUpTo + 1;
  }
  for (let round = 0; round <= n + 2; round++) {
    for (let k = from; k <= n; k++) {
      const node = seq[k - 1]!;
      const a = D[k - 1]! + TT[k]!;
      let b = Math.max(a, c.early[node]!);
      if (B[k]! > b) b = B[k]!;
      const late = override === null ? c.late[node]! : lateOf(c, override, node);
      if (b > late + EPS) return false;
      A[k] = a;
      B[k] = b;
      W[k] = b - a;
      D[k] = b + c.service[node]!;
    }
    A[n + 1] = D[n]! + TT[n + 1]!;
    B[n + 1] = A[n + 1]!;
    W[n + 1] = 0;
    if (B[n + 1]! > endLatest + EPS) return false;
    let lowest = n + 1;
    if (!fixedStart && maxDuration < Number.POSITIVE_INFINITY) {
      const need = B[n + 1]! - maxDuration;
      if (need > D[0]! + EPS) {
        if (need > o.depLatest + EPS) return false;
        D[0] = need;
        B[0] = need;
        lowest = 1;
      }
    }
    for (let k = 1; k <= n; k++) {
      const node = seq[k - 1]!;
      if (node >= firstBreak || (node & 1) === 0 || c.stamp[node - 1] !== stamp) continue;
      const a = c.pos[node - 1]!;
      const need = B[k]! - c.service[node - 1]! - c.maxRide[node >> 1]!;
      if (need > B[a]! + EPS) {
        B[a] = need;
        if (a < lowest) lowest = a;
      }
    }
    if (lowest === n + 1) return true;
    from = lowest;
  }
  return false;
}
