import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProblem } from '../../test/arbitraries.js';
import { checkPlan } from './check-plan.js';
import { insertRequest, type Plan, type Problem } from './index.js';

function insertAll(problem: Problem, start: Plan, ids: readonly string[]): Plan {
  let plan = start;
  for (const id of ids) {
    const out = insertRequest(problem, plan, id);
    if (out.kind === 'assigned') {
      const check = checkPlan(problem, out.plan);
      expect(check.violations).toEqual([]);
      expect(check.cost).toBeCloseTo(checkPlan(problem, plan).cost + out.addedCost, 6);
      plan = out.plan;
    }
  }
  return plan;
}

describe('insertRequest properties', () => {
  it('every plan it returns passes the checker, from a feasible plan', () => {
    fc.assert(
      fc.property(arbProblem(), (problem) => {
        const ids = problem.requests.map((r) => r.id);
        insertAll(problem, { routes: [], unassigned: ids }, ids);
      }),
      { numRuns: 150 },
    );
  });

  it('never moves fixed stops', () => {
    fc.assert(
      fc.property(arbProblem(), fc.nat(), (problem, cut) => {
        const ids = problem.requests.map((r) => r.id);
        const half = ids.slice(0, Math.ceil(ids.length / 2));
        const rest = ids.slice(half.length);
        const first = insertAll(problem, { routes: [], unassigned: ids }, half);
        const frozen: Plan = {
          ...first,
          routes: first.routes.map((r) => ({ ...r, fixedStops: cut % (r.stops.length + 1) })),
        };
        const after = insertAll(problem, frozen, rest);
        for (const before of frozen.routes) {
          const now = after.routes.find((r) => r.vehicleId === before.vehicleId)!;
          expect(now.stops.slice(0, before.fixedStops)).toEqual(
            before.stops.slice(0, before.fixedStops),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('refuses with no-capable-vehicle only when no vehicle has the features and places', () => {
    fc.assert(
      fc.property(arbProblem(), (problem) => {
        const ids = problem.requests.map((r) => r.id);
        for (const req of problem.requests) {
          const out = insertRequest(problem, { routes: [], unassigned: ids }, req.id);
          const someoneCan = problem.vehicles.some(
            (v) =>
              req.load.seats <= v.capacity.seats &&
              req.load.wheelchairs <= v.capacity.wheelchairs &&
              req.load.infantSeats <= v.capacity.infantSeats &&
              (!req.requiredFeatures.includes('wheelchairAccess') ||
                v.features.includes('ramp') ||
                v.features.includes('lift')) &&
              (!req.requiredFeatures.includes('infantSeat') || v.features.includes('infantSeat')),
          );
          expect(out.kind === 'refused' && out.reason === 'no-capable-vehicle').toBe(!someoneCan);
        }
      }),
      { numRuns: 100 },
    );
  });
});
