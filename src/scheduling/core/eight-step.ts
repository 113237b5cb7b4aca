import type { Compiled } from './compiled.js';
import type { Origin } from './origin.js';
import { EPS, last, lateOf } from './timing.js';

/**
 * Cordeau & Laporte's eight-step timing: start as late as the forward time
 * slack allows (shortest duration), then delay each pickup by its forward
 * slack so nobody rides longer than needed. A heuristic for feasibility
 * (it can miss a feasible timing), used only to produce pleasant times.
 */
export function eightStep(
  c: Compiled,
  v: number,
  o: Origin,
  seq: ArrayLike<number>,
  n: number,
  stamp: number,
): boolean {
  const firstBreak = c.breakBase;
  const { A, B, D, W, TT } = last;
  const shiftEnd = c.shiftEnd[v]!;
  const override = o.lateOverride;
  // Step 1-2: earliest schedule; a window missed now is missed at any later start.
  D[0] = o.depEarliest;
  B[0] = o.depEarliest;
  for (let k = 1; k <= n; k++) {
    const node = seq[k - 1]!;
    const a = D[k - 1]! + TT[k]!;
    const b = Math.max(a, c.early[node]!);
    if (b > (override === null ? c.late[node]! : lateOf(c, override, node)) + EPS) return false;
    A[k] = a;
    B[k] = b;
    W[k] = b - a;
    D[k] = b + c.service[node]!;
  }
  A[n + 1] = D[n]! + TT[n + 1]!;
  B[n + 1] = A[n + 1]!;
  W[n + 1] = 0;
  if (A[n + 1]! > shiftEnd + EPS) return false;

  // Step 3-5: leave as late as the slack allows without arriving anywhere later.
  const endLatest0 = shiftEnd;
  let f0 = o.depLatest - D[0]!;
  let waitSum = 0;
  for (let j = 1; j <= n + 1; j++) {
    waitSum += W[j]!;
    const slack =
      j === n + 1
        ? endLatest0 - B[j]!
        : (override === null ? c.late[seq[j - 1]!]! : lateOf(c, override, seq[j - 1]!)) - B[j]!;
    const f = waitSum + slack;
    if (f < f0) f0 = f;
  }
  const shift0 = Math.max(0, Math.min(f0, waitSum));
  if (shift0 > 0) {
    D[0] = D[0]! + shift0;
    B[0] = D[0]!;
    forward(c, seq, n, 1);
  }
  const ref = o.durationRef ?? D[0]!;
  const endLatest = Math.min(shiftEnd, ref + c.maxDuration[v]!);

  // Step 6-7: delay each pickup by its forward slack, protecting earlier riders.
  for (let i = 1; i <= n; i++) {
    const node = seq[i - 1]!;
    if (node >= firstBreak || (node & 1) === 1) continue;
    let fi = (override === null ? c.late[node]! : lateOf(c, override, node)) - B[i]!;
    let ws = 0;
    for (let j = i + 1; j <= n + 1; j++) {
      ws += W[j]!;
      let slack: number;
      if (j === n + 1) slack = endLatest - B[j]!;
      else {
        const nj = seq[j - 1]!;
        slack = (override === null ? c.late[nj]! : lateOf(c, override, nj)) - B[j]!;
        if (nj < firstBreak && (nj & 1) === 1 && c.stamp[nj - 1] === stamp) {
          const pj = c.pos[nj - 1]!;
          if (pj < i) {
            const ride = B[j]! - (B[pj]! + c.service[nj - 1]!);
            const rs = c.maxRide[nj >> 1]! - ride;
            if (rs < slack) slack = rs;
          }
        }
      }
      const f = ws + slack;
      if (f < fi) fi = f;
    }
    const delta = Math.min(fi, ws);
    if (delta > 0) {
      B[i] = B[i]! + delta;
      W[i] = W[i]! + delta;
      D[i] = D[i]! + delta;
      forward(c, seq, n, i + 1);
    }
  }

  // Step 8: verify everything on the final schedule.
  for (let k = 1; k <= n; k++) {
    const node = seq[k - 1]!;
    if (B[k]! > (override === null ? c.late[node]! : lateOf(c, override, node)) + EPS) return false;
    if (node < firstBreak && (node & 1) === 1 && c.stamp[node - 1] === stamp) {
      const pk = c.pos[node - 1]!;
      const ride = B[k]! - (B[pk]! + c.service[node - 1]!);
      if (ride > c.maxRide[node >> 1]! + EPS) return false;
    }
  }
  if (B[n + 1]! > endLatest + EPS) return false;
  return true;
}

function forward(c: Compiled, seq: ArrayLike<number>, n: number, from: number): void {
  const { A, B, D, W, TT } = last;
  for (let k = from; k <= n; k++) {
    const node = seq[k - 1]!;
    const a = D[k - 1]! + TT[k]!;
    const e = c.early[node]!;
    const b = Math.max(a, e);
    A[k] = a;
    W[k] = b - a;
    // Once a start does not move, nothing after it moves either.
    if (b === B[k]) return;
    B[k] = b;
    D[k] = b + c.service[node]!;
  }
  A[n + 1] = D[n]! + TT[n + 1]!;
  B[n + 1] = A[n + 1]!;
}
