import { bestInsertion, insertionBound } from '../core/best-insertion.js';
import type { Compiled } from '../core/compiled.js';
import type { Random } from '../random.js';
import { infoOf, insertAt, type SearchScope, type Solution } from './solution.js';

/** How a repair chooses the next request: regret-k (k = 1 is greedy), with optional noise. */
export interface RepairMode {
  readonly k: number;
  /** Noise amplitude as a fraction of the largest distance; 0 for none. */
  readonly noise: number;
}

export const REPAIRS: readonly RepairMode[] = [
  { k: 1, noise: 0 },
  { k: 2, noise: 0 },
  { k: 3, noise: 0 },
  { k: 1, noise: 0.025 },
  { k: 2, noise: 0.025 },
  { k: 3, noise: 0.025 },
];

const INF = Number.POSITIVE_INFINITY;

/**
 * Reinserts the unassigned movable requests one at a time, each where it
 * adds least; the order is by regret (how much is lost by not inserting a
 * request now), so hard requests go first. Per (request, route) the cheapest
 * screened position is kept as a lower bound and only made exact (a full
 * feasibility evaluation) when the route is among the request's k best:
 * ranks and regrets come out as with exact values everywhere, at a fraction
 * of the evaluations. Only the changed route is recomputed after a move.
 */
export function repair(
  c: Compiled,
  s: Solution,
  scope: SearchScope,
  mode: RepairMode,
  rnd: Random,
  noiseScale: number,
  stop: () => boolean = () => false,
): void {
  const pending = s.unassigned.filter((r) => scope.movable[r] === 1);
  if (pending.length === 0) return;
  const V = s.seqs.length;
  const P = pending.length;
  // value: bound or exact added distance plus the pair's noise (never below 0).
  const value = new Float64Array(P * V).fill(INF);
  const offset = new Float64Array(P * V);
  const exact = new Uint8Array(P * V);
  const posI = new Int32Array(P * V);
  const posJ = new Int32Array(P * V);
  const amp = mode.noise * noiseScale;
  const bound = (a: number, v: number) => {
    const at = a * V + v;
    const lb = insertionBound(c, infoOf(c, s, v), pending[a]!);
    exact[at] = 0;
    if (lb === INF) {
      value[at] = INF;
      return;
    }
    offset[at] = amp > 0 ? amp * (2 * rnd.next() - 1) : 0;
    value[at] = Math.max(0, lb + offset[at]!);
  };
  const resolve = (at: number, a: number, v: number) => {
    exact[at] = 1;
    const move = bestInsertion(c, infoOf(c, s, v), pending[a]!);
    if (!move) {
      value[at] = INF;
      return;
    }
    value[at] = Math.max(0, move.delta + offset[at]!);
    posI[at] = move.i;
    posJ[at] = move.j;
  };
  const need = Math.max(1, Math.min(3, mode.k));
  for (let a = 0; a < P; a++) for (const v of scope.capable[pending[a]!]!) bound(a, v);
  const alive = new Uint8Array(P).fill(1);
  for (let left = P; left > 0; left--) {
    // On a deadline, leave the rest unassigned: the caller compares with its start.
    if ((left & 7) === 0 && stop()) break;
    let pick = -1;
    let pickV = -1;
    let pickScore = -INF;
    let pickCost = INF;
    for (let a = 0; a < P; a++) {
      if (alive[a] === 0) continue;
      const routes = scope.capable[pending[a]!]!;
      // The k cheapest routes for this request, made exact until they are.
      let b1 = INF;
      let v1 = -1;
      let b2 = INF;
      let v2 = -1;
      let b3 = INF;
      let v3 = -1;
      for (;;) {
        b1 = b2 = b3 = INF;
        v1 = v2 = v3 = -1;
        for (const v of routes) {
          const d = value[a * V + v]!;
          if (d < b1) {
            b3 = b2;
            v3 = v2;
            b2 = b1;
            v2 = v1;
            b1 = d;
            v1 = v;
          } else if (d < b2) {
            b3 = b2;
            v3 = v2;
            b2 = d;
            v2 = v;
          } else if (d < b3) {
            b3 = d;
            v3 = v;
          }
        }
        const lazy =
          v1 >= 0 && exact[a * V + v1] === 0
            ? v1
            : need >= 2 && v2 >= 0 && exact[a * V + v2] === 0
              ? v2
              : need >= 3 && v3 >= 0 && exact[a * V + v3] === 0
                ? v3
                : -1;
        if (lazy < 0) break;
        resolve(a * V + lazy, a, lazy);
      }
      if (v1 < 0) continue;
      let score: number;
      if (mode.k <= 1) score = -b1;
      else {
        // A request with few options has infinite regret: place it first.
        const r2 = b2 === INF ? 1e30 : b2 - b1;
        const r3 = mode.k >= 3 ? (b3 === INF ? 1e30 : b3 - b1) : 0;
        score = r2 + r3;
      }
      if (score > pickScore || (score === pickScore && b1 < pickCost)) {
        pick = a;
        pickV = v1;
        pickScore = score;
        pickCost = b1;
      }
    }
    if (pick < 0) break;
    const at = pick * V + pickV;
    alive[pick] = 0;
    if (!insertAt(c, s, pending[pick]!, pickV, posI[at]!, posJ[at]!)) continue;
    // A request that fitted nowhere in this route still does not fit now that
    // the route has one more request (constraints only tighten), so only
    // the pairs that had a place are recomputed.
    for (let a = 0; a < P; a++) {
      if (alive[a] === 1 && value[a * V + pickV]! < INF) bound(a, pickV);
    }
  }
}
