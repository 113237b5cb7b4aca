import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProblem, greedyPlan } from '../../../test/arbitraries.js';
import { checkPlan } from '../check-plan.js';
import { compile } from '../core/compiled.js';
import type { Plan } from '../model.js';
import { createRandom } from '../random.js';
import { REMOVALS } from './removal.js';
import { fromPlan, scopeOf, toPlan } from './solution.js';

describe('removal operators', () => {
  it('take out at most q movable requests, never fixed or locked ones, leaving valid routes', () => {
    fc.assert(
      fc.property(
        arbProblem({ maxRequests: 14, maxVehicles: 3 }),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        (problem, seed, q) => {
          const g = greedyPlan(problem);
          const start: Plan = {
            ...g,
            routes: g.routes.map((r) => ({
              ...r,
              fixedStops: Math.min(1, r.stops.length),
              lockedRequests: r.stops.slice(1, 2).map((x) => x.refId),
            })),
          };
          const c = compile(problem);
          for (const removal of REMOVALS) {
            const s = fromPlan(c, start);
            const scope = scopeOf(c, s, new Set());
            const before = s.unassigned.length;
            removal(c, s, scope, q, createRandom(seed));
            const out = s.unassigned.slice(before);
            // routeRemoval may empty a route of up to 2q requests.
            expect(out.length).toBeLessThanOrEqual(2 * q);
            for (const r of out) expect(scope.movable[r]).toBe(1);
            const plan = toPlan(c, s, start);
            expect(checkPlan(problem, plan).violations).toEqual([]);
            for (const r of start.routes) {
              const now = plan.routes.find((x) => x.vehicleId === r.vehicleId)!;
              expect(now.stops.slice(0, r.fixedStops)).toEqual(r.stops.slice(0, r.fixedStops));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
