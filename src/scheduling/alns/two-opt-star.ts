import type { Compiled } from '../core/compiled.js';
import { evaluate } from '../core/schedule.js';
import { hasSorted } from './exchange.js';
import { type SearchScope, type Solution, setRoute } from './solution.js';

const IMPROVEMENT = 1e-9;

/**
 * 2-opt* between routes, cut where the vehicle is empty: route a keeps its
 * head and takes b's tail, and the other way round. Cutting only at empty
 * points keeps every pickup with its drop-off, so the move exchanges whole
 * trips at once, which relocation and exchange (one request at a time)
 * cannot reach when the routes are tight. Tails holding a break, a request
 * that may not move, or a request the other vehicle cannot serve are left
 * alone. First improvement, to a local optimum (at most `budget` passes).
 * Returns true when the solution improved.
 */
export function twoOptStar(
  c: Compiled,
  s: Solution,
  scope: SearchScope,
  budget = 3,
  stop: () => boolean = () => false,
): boolean {
  const V = s.seqs.length;
  let any = false;
  for (let pass = 0; pass < budget; pass++) {
    let improved = false;
    for (let a = 0; a < V; a++) {
      for (let b = a + 1; b < V; b++) {
        if (stop()) return any;
        if (s.costs[a] === 0 && s.costs[b] === 0) continue;
        if (tryPair(c, s, scope, a, b)) {
          improved = true;
          any = true;
        }
      }
    }
    if (!improved) break;
  }
  return any;
}

/** Positions k (0..n) after which route v is empty, with a tail that route `to` may take. */
function cuts(c: Compiled, s: Solution, scope: SearchScope, v: number, to: number): number[] {
  const seq = s.seqs[v]!;
  const firstBreak = c.breakBase;
  const out: number[] = [];
  // Scan backwards: a tail is transferable while all its requests are.
  let ok = true;
  let onboardAfter = 0; // passengers aboard after position k, counted from the end
  for (let k = seq.length; k >= 0; k--) {
    if (k < seq.length) {
      const node = seq[k]!;
      if (node >= firstBreak) ok = false;
      else {
        const r = node >> 1;
        if (scope.movable[r] !== 1 || !hasSorted(scope.capable[r]!, to)) ok = false;
        onboardAfter += (node & 1) === 1 ? 1 : -1;
      }
    }
    if (!ok) break;
    // Empty after k: nobody picked up at or before k is dropped after it.
    if (onboardAfter === 0 && (k > 0 || s.states[v]!.origin.onboard === 0)) out.push(k);
  }
  return out;
}

function tryPair(c: Compiled, s: Solution, scope: SearchScope, a: number, b: number): boolean {
  const ca = cuts(c, s, scope, a, b);
  const cb = cuts(c, s, scope, b, a);
  if (ca.length === 0 || cb.length === 0) return false;
  const sa = s.seqs[a]!;
  const sb = s.seqs[b]!;
  const oa = s.states[a]!.origin;
  const ob = s.states[b]!.origin;
  const before = s.costs[a]! + s.costs[b]!;
  for (const i of ca) {
    for (const j of cb) {
      if (i === sa.length && j === sb.length) continue; // nothing moves
      const na = [...sa.slice(0, i), ...sb.slice(j)];
      const costA = evaluate(c, a, oa, na, na.length);
      if (!(costA < before - IMPROVEMENT)) continue;
      const nb = [...sb.slice(0, j), ...sa.slice(i)];
      const costB = evaluate(c, b, ob, nb, nb.length);
      if (!(costA + costB < before - IMPROVEMENT)) continue;
      if (!setRoute(c, s, a, na)) continue;
      if (!setRoute(c, s, b, nb)) {
        setRoute(c, s, a, sa); // cannot happen (just evaluated); restore anyway
        continue;
      }
      for (let k = i; k < sa.length; k++) s.routeOf[sa[k]! >> 1] = b;
      for (let k = j; k < sb.length; k++) s.routeOf[sb[k]! >> 1] = a;
      return true;
    }
  }
  return false;
}
