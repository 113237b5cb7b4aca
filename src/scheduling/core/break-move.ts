import { bestInsertion } from './best-insertion.js';
import type { Compiled } from './compiled.js';
import { routeInfo } from './route-info.js';
import { missingBreaks, type RouteState, withBreaks } from './route-state.js';
import { evaluate } from './schedule.js';

/** A request placed in a route whose breaks were moved to make room for it. */
export interface BreakMove {
  /** The whole new sequence (request and re-placed breaks). */
  readonly seq: number[];
  /** Exact added distance (breaks cost nothing, so this is the request's detour). */
  readonly delta: number;
}

/** True when `seq` holds a break that re-planning may move (fixed breaks live in the prefix). */
export function hasMovableBreak(c: Compiled, seq: readonly number[]): boolean {
  const firstBreak = c.breakBase;
  for (const n of seq) if (n >= firstBreak) return true;
  return false;
}

/**
 * Inserts request `r` into route `st` (current sequence `seq`) when its
 * unfixed breaks may move to another place inside their windows: the
 * request goes where it fits in the route without breaks, then each break
 * is put back at its first feasible place. Ordinary insertion keeps a
 * break between the same requests, so a break planned before a locked ride
 * could never move behind it; this is the fallback for exactly that.
 *
 * Screened positions are tried cheapest first, at most `maxTries` of them
 * (each costs O(n²) evaluations to re-place the breaks). Null when none fits.
 */
export function insertMovingBreaks(
  c: Compiled,
  st: RouteState,
  seq: readonly number[],
  r: number,
  maxTries = 4,
): BreakMove | null {
  if (!hasMovableBreak(c, seq)) return null;
  const firstBreak = c.breakBase;
  const v = st.v;
  const before = evaluate(c, v, st.origin, seq, seq.length);
  if (!(before < Number.POSITIVE_INFINITY)) return null;
  const bare = seq.filter((n) => n < firstBreak);
  const bareCost = evaluate(c, v, st.origin, bare, bare.length);
  if (!(bareCost < Number.POSITIVE_INFINITY)) return null;
  const info = routeInfo(c, v, st.origin, bare, bareCost);
  let found: BreakMove | null = null;
  bestInsertion(c, info, r, maxTries, (candidate, n) => {
    const full = withBreaks(c, st, Array.from(candidate.subarray(0, n)));
    if (missingBreaks(c, { ...st, seq: full }).length > 0) return false;
    const cost = evaluate(c, v, st.origin, full, full.length);
    if (!(cost < Number.POSITIVE_INFINITY)) return false;
    found = { seq: full, delta: cost - before };
    return true;
  });
  return found;
}
