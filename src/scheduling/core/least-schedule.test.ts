import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProblem } from '../../../test/arbitraries.js';
import type { Problem } from '../model.js';
import { compile } from './compiled.js';
import { depotOrigin, evaluate, last } from './schedule.js';

/**
 * Reference: the route's timing rules as a simple temporal network, solved
 * by Floyd–Warshall (a negative cycle means no timing exists).
 */
function stnFeasible(problem: Problem, order: readonly { r: number; pickup: boolean }[]): boolean {
  const veh = problem.vehicles[0]!;
  const m = problem.matrix;
  const n = order.length;
  const N = n + 3; // 0 = zero, 1 = departure, 2..n+1 = stops, n+2 = arrival at end
  const d = Array.from({ length: N }, (_, i) =>
    Array.from({ length: N }, (_, j) => (i === j ? 0 : Number.POSITIVE_INFINITY)),
  );
  // x_v - x_u <= w  is an edge u -> v of weight w.
  const le = (u: number, v: number, w: number) => {
    d[u]![v] = Math.min(d[u]![v]!, w);
  };
  const win = (x: number, lo: number, hi: number) => {
    le(0, x, hi);
    le(x, 0, -lo);
  };
  win(1, veh.shift.earliest, veh.shift.latest);
  win(n + 2, Number.NEGATIVE_INFINITY, veh.shift.latest);
  let prevLoc = veh.startLocation;
  let prevService = 0;
  const pickupAt = new Map<number, number>();
  order.forEach((o, k) => {
    const q = problem.requests[o.r]!;
    const x = k + 2;
    const loc = o.pickup ? q.pickupLocation : q.dropoffLocation;
    const w = o.pickup ? q.pickupWindow : q.dropoffWindow;
    win(x, w.earliest, w.latest);
    le(x, x - 1, -(prevService + m.duration(prevLoc, loc)));
    prevLoc = loc;
    prevService = o.pickup ? q.pickupServiceTime : q.dropoffServiceTime;
    if (o.pickup) pickupAt.set(o.r, x);
    else le(pickupAt.get(o.r)!, x, q.pickupServiceTime + q.maxRideTime);
  });
  le(n + 2, n + 1, -(prevService + m.duration(prevLoc, veh.endLocation)));
  if (veh.maxDuration !== undefined) le(1, n + 2, veh.maxDuration);
  for (let k = 0; k < N; k++)
    for (let i = 0; i < N; i++)
      for (let j = 0; j < N; j++) {
        const via = d[i]![k]! + d[k]![j]!;
        if (via < d[i]![j]!) d[i]![j] = via;
      }
  return d.every((row, i) => row[i]! >= -1e-6);
}

const arbRoute = arbProblem({ maxRequests: 6, maxVehicles: 1 }).chain((problem) =>
  fc
    .shuffledSubarray(
      problem.requests.flatMap((_, r) => [
        { r, pickup: true },
        { r, pickup: false },
      ]),
      { minLength: 2 },
    )
    .map((events) => {
      // Keep whole requests only, pickup before drop-off.
      const whole = events.filter((e) => events.some((f) => f.r === e.r && f.pickup !== e.pickup));
      const seen = new Set<number>();
      const order = whole.map((e) => {
        const pickup = !seen.has(e.r);
        seen.add(e.r);
        return { r: e.r, pickup };
      });
      const roomy: Problem = {
        ...problem,
        vehicles: problem.vehicles.map((v) => ({
          ...v,
          capacity: { seats: 99, wheelchairs: 99, infantSeats: 99 },
          breaks: [],
          maxDuration: v.shift.latest - v.shift.earliest - 50,
        })),
        requests: problem.requests.map((q) => ({ ...q, shareable: true })),
      };
      return { problem: roomy, order };
    }),
);

describe('least schedule', () => {
  it('says feasible exactly when the timing network has a solution', () => {
    fc.assert(
      fc.property(arbRoute, ({ problem, order }) => {
        const c = compile(problem);
        const seq = order.map((o) => 2 * o.r + (o.pickup ? 0 : 1));
        const exact = evaluate(c, 0, depotOrigin(c, 0), seq, seq.length) < Number.POSITIVE_INFINITY;
        expect(exact).toBe(order.length === 0 || stnFeasible(problem, order));
      }),
      { numRuns: 400 },
    );
  });

  it('reaches the same verdict when warm-started from a shorter route', () => {
    fc.assert(
      fc.property(arbRoute, fc.nat(), ({ problem, order }, pick) => {
        if (order.length === 0) return;
        const c = compile(problem);
        const seq = order.map((o) => 2 * o.r + (o.pickup ? 0 : 1));
        const r = order[pick % order.length]!.r;
        const cut = seq.indexOf(2 * r);
        const shorter = seq.filter((n) => n >> 1 !== r);
        if (shorter.length === 0) return; // an idle route has no schedule to start from
        const o = depotOrigin(c, 0);
        if (!(evaluate(c, 0, o, shorter, shorter.length) < Number.POSITIVE_INFINITY)) return;
        const warm = last.D.slice(0, shorter.length + 1);
        const cold = evaluate(c, 0, o, seq, seq.length);
        const hot = evaluate(c, 0, o, seq, seq.length, false, warm, cut);
        expect(hot).toBe(cold);
      }),
      { numRuns: 400 },
    );
  });
});
