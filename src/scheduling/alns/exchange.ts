import { bestInsertion } from '../core/best-insertion.js';
import type { Compiled } from '../core/compiled.js';
import { type RouteInfo, routeInfo } from '../core/route-info.js';
import { evaluate } from '../core/schedule.js';
import { type SearchScope, type Solution, setRoute } from './solution.js';

const IMPROVEMENT = 1e-9;
/** Partners tried per request: its nearest requests in place and time. */
const NEIGHBOURS = 12;

/** A route with one request taken out, screened for reinsertion. */
interface Without {
  /** The route sequence this was derived from (stale once the route changes). */
  readonly from: number[];
  readonly seq: number[];
  readonly info: RouteInfo | null;
}

/**
 * Inter-route exchange to a local optimum: two requests on different
 * routes swap vehicles, each going to its cheapest place in the other's
 * route (with the other taken out). Relocation cannot make this move when
 * both routes are tight: neither request fits until the other has left.
 * Partners are limited to each request's nearest requests, where swaps pay.
 * `budget` bounds the passes; `stop` ends it early. Returns true when the
 * solution improved.
 */
export function exchange(
  c: Compiled,
  s: Solution,
  scope: SearchScope,
  budget = 2,
  stop: () => boolean = () => false,
): boolean {
  const near = neighbours(c, scope);
  const can = (r: number, v: number) => hasSorted(scope.capable[r]!, v);
  const cache = new Map<number, Without>();
  const without = (r: number): Without => {
    const v = s.routeOf[r]!;
    const cur = s.seqs[v]!;
    const hit = cache.get(r);
    if (hit && hit.from === cur) return hit;
    const seq = cur.filter((n) => n !== 2 * r && n !== 2 * r + 1);
    const origin = s.states[v]!.origin;
    const cost = evaluate(c, v, origin, seq, seq.length);
    const info = cost < Number.POSITIVE_INFINITY ? routeInfo(c, v, origin, seq, cost) : null;
    const out = { from: cur, seq, info };
    cache.set(r, out);
    return out;
  };
  let any = false;
  for (let pass = 0; pass < budget; pass++) {
    let improved = false;
    for (let a = 0; a < c.nRequests; a++) {
      if ((a & 7) === 0 && stop()) return any;
      if (scope.movable[a] !== 1 || s.routeOf[a]! < 0) continue;
      for (const b of near[a]!) {
        const va = s.routeOf[a]!;
        const vb = s.routeOf[b]!;
        if (vb < 0 || vb === va || !can(a, vb) || !can(b, va)) continue;
        if (trySwap(c, s, a, b, without(a), without(b))) {
          improved = true;
          any = true;
        }
      }
    }
    if (!improved) break;
  }
  return any;
}

/** Applies the swap of a and b when it lowers the total distance; true if applied. */
function trySwap(c: Compiled, s: Solution, a: number, b: number, wa: Without, wb: Without) {
  if (!wa.info || !wb.info) return false;
  const va = s.routeOf[a]!;
  const vb = s.routeOf[b]!;
  const before = s.costs[va]! + s.costs[vb]!;
  const left = wa.info.cost + wb.info.cost;
  if (left >= before - IMPROVEMENT) return false; // inserting never costs less than nothing
  const intoA = bestInsertion(c, wa.info, b);
  if (!intoA || left + intoA.delta >= before - IMPROVEMENT) return false;
  const intoB = bestInsertion(c, wb.info, a);
  if (!intoB || left + intoA.delta + intoB.delta >= before - IMPROVEMENT) return false;
  const seqA = splice(wa.seq, 2 * b, intoA.i, intoA.j);
  const seqB = splice(wb.seq, 2 * a, intoB.i, intoB.j);
  const saved = { seq: s.seqs[va]!, cost: s.cost, costA: s.costs[va]! };
  if (!setRoute(c, s, va, seqA)) return false;
  if (!setRoute(c, s, vb, seqB)) {
    // Cannot happen for an exactly evaluated insertion; undo rather than trust it.
    s.seqs[va] = saved.seq;
    s.costs[va] = saved.costA;
    s.cost = saved.cost;
    return false;
  }
  s.routeOf[a] = vb;
  s.routeOf[b] = va;
  return true;
}

function splice(seq: readonly number[], p: number, i: number, j: number): number[] {
  return [...seq.slice(0, i), p, ...seq.slice(i, j), p + 1, ...seq.slice(j)];
}

/** True when ascending `list` holds `x`. */
export function hasSorted(list: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const y = list[mid]!;
    if (y === x) return true;
    if (y < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const nearCache = new WeakMap<SearchScope, number[][]>();

/**
 * Per movable request, the movable requests nearest in place and time
 * (static: by locations and windows), computed once per search scope.
 */
function neighbours(c: Compiled, scope: SearchScope): number[][] {
  let near = nearCache.get(scope);
  if (!near) {
    near = computeNeighbours(c, scope);
    nearCache.set(scope, near);
  }
  return near;
}

function computeNeighbours(c: Compiled, scope: SearchScope): number[][] {
  const R = c.nRequests;
  const ids: number[] = [];
  for (let r = 0; r < R; r++) if (scope.movable[r] === 1) ids.push(r);
  const mid = (n: number) => (c.early[n]! + Math.min(c.late[n]!, c.early[n]! + 1e6)) / 2;
  return Array.from({ length: R }, (_, a) => {
    if (scope.movable[a] !== 1) return [];
    const pa = 2 * a;
    const score = (b: number) => {
      const pb = 2 * b;
      return (
        c.dist(c.loc[pa]!, c.loc[pb]!) +
        c.dist(c.loc[pa + 1]!, c.loc[pb + 1]!) +
        Math.abs(mid(pa) - mid(pb)) +
        Math.abs(mid(pa + 1) - mid(pb + 1))
      );
    };
    // Bounded insertion keeps the k best: linear in the number of requests.
    const best: number[] = [];
    const keys: number[] = [];
    for (const b of ids) {
      if (b === a) continue;
      const k = score(b);
      if (best.length === NEIGHBOURS && k >= keys[NEIGHBOURS - 1]!) continue;
      let at = best.length === NEIGHBOURS ? NEIGHBOURS - 1 : best.length;
      while (at > 0 && keys[at - 1]! > k) {
        keys[at] = keys[at - 1]!;
        best[at] = best[at - 1]!;
        at--;
      }
      keys[at] = k;
      best[at] = b;
    }
    return best;
  });
}
