import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProblem, greedyPlan } from '../../test/arbitraries.js';
import { checkPlan } from './check-plan.js';
import { optimisePlan, type Plan } from './index.js';

describe('optimisePlan', () => {
  it('never serves fewer requests nor drives more, and returns checker-valid plans', () => {
    fc.assert(
      fc.property(arbProblem({ maxRequests: 10, maxVehicles: 3 }), fc.nat(), (problem, seed) => {
        const start = greedyPlan(problem);
        const before = checkPlan(problem, start);
        const out = optimisePlan(problem, start, { seed, maxIterations: 30 });
        const after = checkPlan(problem, out);
        expect(after.violations).toEqual([]);
        expect(out.unassigned.length).toBeLessThanOrEqual(start.unassigned.length);
        if (out.unassigned.length === start.unassigned.length) {
          expect(after.cost).toBeLessThanOrEqual(before.cost + 1e-6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never moves fixed stops or locked requests', () => {
    fc.assert(
      fc.property(arbProblem({ maxRequests: 10, maxVehicles: 3 }), fc.nat(), (problem, seed) => {
        const start = greedyPlan(problem);
        const frozen: Plan = {
          ...start,
          routes: start.routes.map((r) => ({
            ...r,
            fixedStops: Math.min(2, r.stops.length),
            lockedRequests: r.stops.slice(2, 3).map((s) => s.refId),
          })),
        };
        const out = optimisePlan(problem, frozen, { seed, maxIterations: 30 });
        expect(checkPlan(problem, out).violations).toEqual([]);
        for (const before of frozen.routes) {
          const now = out.routes.find((r) => r.vehicleId === before.vehicleId)!;
          expect(now.stops.slice(0, before.fixedStops)).toEqual(
            before.stops.slice(0, before.fixedStops),
          );
          for (const id of before.lockedRequests ?? []) {
            expect(now.stops.some((s) => s.refId === id)).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('moves a ride to another vehicle only when the saving pays the move cost', () => {
    const ownerOf = (plan: Plan) =>
      new Map(plan.routes.flatMap((r) => r.stops.map((s) => [s.refId, r.vehicleId] as const)));
    fc.assert(
      fc.property(arbProblem({ maxRequests: 10, maxVehicles: 3 }), fc.nat(), (problem, seed) => {
        const start = greedyPlan(problem);
        const before = ownerOf(start);
        const pinned = {
          ...problem,
          moveCost: 1e9,
          requests: problem.requests.map((r) => ({ ...r, currentVehicle: before.get(r.id) })),
        };
        const out = optimisePlan(pinned, start, { seed, maxIterations: 30 });
        expect(checkPlan(problem, out).violations).toEqual([]);
        const after = ownerOf(out);
        // Serving more requests comes first (a move that makes room for one is worth it), and
        // serving a request that was waiting instead of one that was planned is not a move.
        if (out.unassigned.length < start.unassigned.length) return;
        for (const [id, vehicle] of after) {
          if (before.has(id)) expect(vehicle).toBe(before.get(id));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic for a seed and an iteration budget', () => {
    const problem = fc.sample(arbProblem({ maxRequests: 14, maxVehicles: 3 }), {
      seed: 7,
      numRuns: 1,
    })[0]!;
    const start: Plan = { routes: [], unassigned: problem.requests.map((r) => r.id) };
    const a = optimisePlan(problem, start, { seed: 3, maxIterations: 50 });
    const b = optimisePlan(problem, start, { seed: 3, maxIterations: 50 });
    expect(a).toEqual(b);
  });

  it('refuses to run without any budget', () => {
    const problem = fc.sample(arbProblem(), { seed: 1, numRuns: 1 })[0]!;
    expect(() => optimisePlan(problem, { routes: [], unassigned: [] }, { seed: 1 })).toThrow(
      RangeError,
    );
  });
});
