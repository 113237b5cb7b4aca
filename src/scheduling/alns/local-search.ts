import { bestInsertion } from '../core/best-insertion.js';
import { insertMovingBreaks } from '../core/break-move.js';
import type { Compiled } from '../core/compiled.js';
import { exchange } from './exchange.js';
import {
  infoOf,
  insertAt,
  removeRequest,
  type SearchScope,
  type Solution,
  setRoute,
} from './solution.js';
import { twoOptStar } from './two-opt-star.js';

const IMPROVEMENT = 1e-9;

/**
 * Request relocation to a local optimum: take each movable request out and
 * put it back at its cheapest place over all capable routes (its own
 * included), keeping the move only when the total distance drops. This
 * covers intra-route reordering and inter-route moves with one mechanism.
 * `budget` bounds the number of passes; `stop` ends it early (checked
 * every 16 requests) for callers on a deadline.
 */
export function relocate(
  c: Compiled,
  s: Solution,
  scope: SearchScope,
  budget = 4,
  stop: () => boolean = () => false,
): void {
  for (let pass = 0; pass < budget; pass++) {
    let improved = false;
    for (let r = 0; r < c.nRequests; r++) {
      if ((r & 15) === 0 && stop()) return;
      if (scope.movable[r] !== 1 || s.routeOf[r]! < 0) continue;
      const from = s.routeOf[r]!;
      const seqBefore = s.seqs[from]!;
      const costBefore = s.cost;
      if (!removeRequest(c, s, r)) continue;
      let bestV = -1;
      let bestI = 0;
      let bestJ = 0;
      let bestCost = costBefore - s.cost - IMPROVEMENT; // what it costs where it was
      for (const v of scope.capable[r]!) {
        const move = bestInsertion(c, infoOf(c, s, v), r);
        if (move && move.delta < bestCost) {
          bestCost = move.delta;
          bestV = v;
          bestI = move.i;
          bestJ = move.j;
        }
      }
      if (bestV >= 0 && insertAt(c, s, r, bestV, bestI, bestJ)) {
        improved = true;
        continue;
      }
      // No better place: put the old route back exactly as it was.
      restore(c, s, r, from, seqBefore, costBefore);
    }
    if (!improved) return;
  }
}

/**
 * Places unassigned requests that fit nowhere as the routes stand but do
 * once a route's break moves inside its window (see `insertMovingBreaks`).
 * Removal and reinsertion move a break only relative to movable requests;
 * a break planned before a locked ride needs this to go behind it. Costly
 * per route, so it runs where polishing runs (new bests), not every iteration.
 */
export function placeMovingBreaks(
  c: Compiled,
  s: Solution,
  scope: SearchScope,
  stop: () => boolean = () => false,
): void {
  for (const r of s.unassigned.slice()) {
    if (scope.movable[r] !== 1 || stop()) continue;
    let best: { v: number; seq: number[]; delta: number } | null = null;
    for (const v of scope.capable[r]!) {
      const moved = insertMovingBreaks(c, s.states[v]!, s.seqs[v]!, r);
      if (moved && (best === null || moved.delta < best.delta - IMPROVEMENT)) {
        best = { v, seq: moved.seq, delta: moved.delta };
      }
    }
    if (best && setRoute(c, s, best.v, best.seq)) {
      s.routeOf[r] = best.v;
      s.unassigned.splice(s.unassigned.indexOf(r), 1);
    }
  }
}

/**
 * Relocation, inter-route exchange and 2-opt* alternated to a joint local optimum
 * (a few rounds at most): a swap often opens room for a relocation and
 * the other way round. Used on new bests, where the time pays off.
 */
export function polish(
  c: Compiled,
  s: Solution,
  scope: SearchScope,
  stop: () => boolean = () => false,
): void {
  relocate(c, s, scope, 4, stop);
  for (let round = 0; round < 3; round++) {
    const swapped = exchange(c, s, scope, 2, stop);
    const crossed = twoOptStar(c, s, scope, 3, stop);
    if (!swapped && !crossed) return;
    relocate(c, s, scope, 4, stop);
  }
}

function restore(
  c: Compiled,
  s: Solution,
  r: number,
  v: number,
  seq: number[],
  totalBefore: number,
): void {
  const p = 2 * r;
  const i = seq.indexOf(p);
  const j = seq.indexOf(p + 1) - 1;
  insertAt(c, s, r, v, i, j);
  // Re-evaluation of the same sequence gives the same cost; guard float drift.
  s.cost = totalBefore;
}
