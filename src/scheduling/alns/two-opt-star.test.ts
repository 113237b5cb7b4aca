import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRequest, arbProblem, aVehicle, greedyPlan, line } from '../../../test/arbitraries.js';
import { checkPlan } from '../check-plan.js';
import { compile } from '../core/compiled.js';
import type { Plan, Problem } from '../model.js';
import { fromPlan, insertAt, scopeOf, toPlan } from './solution.js';
import { twoOptStar } from './two-opt-star.js';

describe('twoOptStar', () => {
  it('trades trips between two cars that each end on the other side of town', () => {
    const problem: Problem = {
      matrix: line(12),
      vehicles: [
        aVehicle({ id: 'a', startLocation: 0, endLocation: 0 }),
        aVehicle({ id: 'b', startLocation: 11, endLocation: 11 }),
      ],
      requests: [
        aRequest({ id: 'a-first', pickupLocation: 1, dropoffLocation: 2 }),
        aRequest({ id: 'a-then-far', pickupLocation: 9, dropoffLocation: 10 }),
        aRequest({ id: 'b-first', pickupLocation: 10, dropoffLocation: 9 }),
        aRequest({ id: 'b-then-far', pickupLocation: 2, dropoffLocation: 1 }),
      ],
    };
    const c = compile(problem);
    const s = fromPlan(c, { routes: [], unassigned: problem.requests.map((r) => r.id) });
    insertAt(c, s, 0, 0, 0, 0);
    insertAt(c, s, 1, 0, 2, 2);
    insertAt(c, s, 2, 1, 0, 0);
    insertAt(c, s, 3, 1, 2, 2);
    const before = s.cost;
    expect(twoOptStar(c, s, scopeOf(c, s, new Set()))).toBe(true);
    // Each car keeps its first trip (the heads stay).
    expect(s.routeOf[0]).toBe(0);
    expect(s.routeOf[2]).toBe(1);
    expect(s.cost).toBeLessThan(before);
    const plan = toPlan(c, s, { routes: [], unassigned: [] });
    expect(checkPlan(problem, plan).violations).toEqual([]);
  });

  it('returns checker-valid plans that never drive more', () => {
    fc.assert(
      fc.property(arbProblem({ maxRequests: 12, maxVehicles: 3 }), (problem) => {
        const start = greedyPlan(problem);
        const c = compile(problem);
        const s = fromPlan(c, start);
        const before = s.cost;
        twoOptStar(c, s, scopeOf(c, s, new Set()));
        const out = toPlan(c, s, start);
        const check = checkPlan(problem, out);
        expect(check.violations).toEqual([]);
        expect(out.unassigned.length).toBe(start.unassigned.length);
        expect(check.cost).toBeLessThanOrEqual(before + 1e-6);
      }),
      { numRuns: 80 },
    );
  });

  it('never moves fixed stops or locked requests', () => {
    fc.assert(
      fc.property(arbProblem({ maxRequests: 12, maxVehicles: 3 }), (problem) => {
        const initial = greedyPlan(problem);
        const start: Plan = {
          ...initial,
          routes: initial.routes.map((r) => ({
            ...r,
            fixedStops: Math.min(2, r.stops.length),
            lockedRequests: r.stops.slice(2, 3).map((x) => x.refId),
          })),
        };
        const c = compile(problem);
        const s = fromPlan(c, start);
        twoOptStar(c, s, scopeOf(c, s, new Set()));
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
      { numRuns: 60 },
    );
  });
});
