import {
  assigned,
  derivedFrom,
  findAlternativeTimes,
  type InsertionOutcome,
  type Plan,
  type Problem,
  type Route,
  windowSearch,
} from '../../scheduling/index.js';
import { toSeconds } from './problem-builder.js';

/** "As soon as possible" looks this far ahead, in steps, for the earliest feasible pickup. */
const ASAP_STEP_MIN = 10;
const ASAP_MAX_WAIT_MIN = 180;

/** The first ASAP step (seconds after the current window) at which the request fits, or null. */
export function earliestFeasible(problem: Problem, plan: Plan, id: string): number | null {
  const offsets: number[] = [];
  for (let m = ASAP_STEP_MIN; m <= ASAP_MAX_WAIT_MIN; m += ASAP_STEP_MIN) offsets.push(m * 60);
  const [first] = findAlternativeTimes(problem, withoutRequest(plan, id), id, { offsets, max: 1 });
  return first ? first.offset : null;
}

export function shifted(w: { start: Date; end: Date }, seconds: number) {
  return {
    start: new Date(w.start.getTime() + seconds * 1000),
    end: new Date(w.end.getTime() + seconds * 1000),
  };
}

/** The problem with one request's drop-off bounded by `latest` (engine seconds); unchanged when it is not in it. */
export function withArrivalBound(problem: Problem, id: string, latest: number): Problem {
  if (!problem.requests.some((r) => r.id === id)) return problem;
  return derivedFrom(
    {
      ...problem,
      requests: problem.requests.map((r) =>
        r.id === id
          ? {
              ...r,
              dropoffWindow: {
                earliest: r.dropoffWindow.earliest,
                latest: Math.min(r.dropoffWindow.latest, latest),
              },
            }
          : r,
      ),
    },
    problem,
  );
}

/** The problem with one request's pickup window replaced (and its drop-off window moved with it). */
export function withPickupWindow(
  problem: Problem,
  id: string,
  w: { start: Date; end: Date },
): Problem {
  return derivedFrom(
    {
      ...problem,
      requests: problem.requests.map((r) => {
        if (r.id !== id) return r;
        const earliest = toSeconds(w.start);
        const latest = toSeconds(w.end);
        const delta = latest - r.pickupWindow.latest;
        return {
          ...r,
          pickupWindow: { earliest, latest },
          dropoffWindow: {
            earliest: r.dropoffWindow.earliest + (earliest - r.pickupWindow.earliest),
            latest: r.dropoffWindow.latest + delta,
          },
        };
      }),
    },
    problem,
  );
}

/** A route without one request's stops (the rest keep their times: each only got earlier to reach). */
export function without(route: Route, id: string): Route {
  const stops = route.stops.filter((s) => s.refId !== id);
  return { ...route, stops, fixedStops: Math.min(route.fixedStops, stops.length) };
}

/** A booking being (re)planned must not already sit in a route or in the unassigned list twice. */
export function withoutRequest(plan: Plan, id: string): Plan {
  return { routes: plan.routes, unassigned: plan.unassigned.filter((u) => u !== id) };
}

/** An as-soon-as-possible window is never promised narrower than this (seconds). */
const ASAP_MIN_WIDTH_SEC = 5 * 60;

/**
 * The narrowest pickup window from the same start in which the request still
 * fits (a binary search on its end), with the problem and the insertion for
 * it; null when the window cannot be narrowed. Pure.
 */
export function narrowestWindow(
  problem: Problem,
  plan: Plan,
  id: string,
  w: { start: Date; end: Date },
): {
  windows: { start: Date; end: Date };
  problem: Problem;
  outcome: Extract<InsertionOutcome, { kind: 'assigned' }>;
} | null {
  const base = withoutRequest(plan, id);
  let lo = ASAP_MIN_WIDTH_SEC;
  let hi = Math.round((w.end.getTime() - w.start.getTime()) / 1000);
  if (hi <= lo) return null;
  // Each width is tried on the problem as it is (`problem` has the window `w`), the one kept made once.
  const search = windowSearch(problem, base, id);
  const tryWidth = (width: number) => {
    // The windows `withPickupWindow` would give, to the same arithmetic.
    const earliest = toSeconds(w.start);
    const latest = toSeconds(new Date(w.start.getTime() + width * 1000));
    const found = search.tryWith(
      { earliest, latest },
      {
        earliest: search.dropoff.earliest + (earliest - search.pickup.earliest),
        latest: search.dropoff.latest + (latest - search.pickup.latest),
      },
    );
    return found ? { width, found } : null;
  };
  let best = tryWidth(lo);
  if (!best) {
    // Six halvings of a 20-minute window leave it within about 20 seconds of the narrowest.
    for (let i = 0; i < 6 && hi - lo > 30; i++) {
      const mid = Math.round((lo + hi) / 2);
      const found = tryWidth(mid);
      if (found) {
        best = found;
        hi = mid;
      } else lo = mid;
    }
  }
  if (!best) return null;
  const windows = { start: w.start, end: new Date(w.start.getTime() + best.width * 1000) };
  return {
    windows,
    problem: withPickupWindow(problem, id, windows),
    outcome: assigned(base, id, best.found),
  };
}
