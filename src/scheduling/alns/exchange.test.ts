import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRequest, arbProblem, aVehicle, greedyPlan, line } from '../../../test/arbitraries.js';
import { checkPlan } from '../check-plan.js';
import { compile } from '../core/compiled.js';
import type { Plan, Problem } from '../model.js';
import { exchange } from './exchange.js';
import { polish } from './local-search.js';
import { fromPlan, insertAt, scopeOf, toPlan } from './solution.js';

/** Freezes each route's first two stops and locks the request of its third. */
function frozen(plan: Plan): Plan {
  return {
    ...plan,
    routes: plan.routes.map((r) => ({
      ...r,
      fixedStops: Math.min(2, r.stops.length),
      lockedRequests: r.stops.slice(2, 3).map((s) => s.refId),
    })),
  };
}

describe('exchange', () => {
  it('swaps two requests that each sit on the other vehicle’s side of town', () => {
    // Car a lives at x = 0, car b at x = 110; each carries the other's neighbour.
    const problem: Problem = {
      matrix: line(12),
      vehicles: [
        aVehicle({ id: 'a', startLocation: 0, endLocation: 0 }),
        aVehicle({ id: 'b', startLocation: 11, endLocation: 11 }),
      ],
      requests: [
        aRequest({ id: 'near-a', pickupLocation: 1, dropoffLocation: 2 }),
        aRequest({ id: 'near-b', pickupLocation: 10, dropoffLocation: 9 }),
      ],
    };
    const c = compile(problem);
    const s = fromPlan(c, { routes: [], unassigned: ['near-a', 'near-b'] });
    insertAt(c, s, 0, 1, 0, 0);
    insertAt(c, s, 1, 0, 0, 0);
    const before = s.cost;
    expect(exchange(c, s, scopeOf(c, s, new Set()))).toBe(true);
    expect([...s.routeOf]).toEqual([0, 1]);
    expect(s.cost).toBeLessThan(before);
    expect(checkPlan(problem, toPlan(c, s, { routes: [], unassigned: [] })).violations).toEqual([]);
  });

  it('returns checker-valid plans that never drive more', () => {
    fc.assert(
      fc.property(arbProblem({ maxRequests: 12, maxVehicles: 3 }), (problem) => {
        const start = greedyPlan(problem);
        const c = compile(problem);
        const s = fromPlan(c, start);
        const before = s.cost;
        exchange(c, s, scopeOf(c, s, new Set()));
        polish(c, s, scopeOf(c, s, new Set()));
        const out = toPlan(c, s, start);
        const check = checkPlan(problem, out);
        expect(check.violations).toEqual([]);
        expect(out.unassigned.length).toBe(start.unassigned.length);
        expect(check.cost).toBeLessThanOrEqual(before + 1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('never moves fixed stops or locked requests', () => {
    fc.assert(
      fc.property(arbProblem({ maxRequests: 12, maxVehicles: 3 }), (problem) => {
        const start = frozen(greedyPlan(problem));
        const c = compile(problem);
        const s = fromPlan(c, start);
        const scope = scopeOf(c, s, new Set());
        exchange(c, s, scope);
        polish(c, s, scope);
        const out = toPlan(c, s, start);
        expect(checkPlan(problem, out).violations).toEqual([]);
        for (const before of start.routes) {
          const now = out.routes.find((r) => r.vehicleId === before.vehicleId)!;
          expect(now.stops.slice(0, before.fixedStops)).toEqual(
            before.stops.slice(0, before.fixedStops),
          );
          for (const id of before.lockedRequests ?? []) {
            expect(now.stops.some((x) => x.refId === id)).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
