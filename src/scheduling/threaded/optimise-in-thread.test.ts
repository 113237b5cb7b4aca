import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProblem, greedyPlan } from '../../../test/arbitraries.js';
import { checkPlan } from '../check-plan.js';
import { optimisePlan } from '../optimise-plan.js';
import { optimiseInThread } from './optimise-in-thread.js';
import { flattenProblem, toProblem } from './thread-protocol.js';

describe('optimiseInThread', () => {
  it('returns a checker-valid plan no worse than the one it was given', async () => {
    const problem = fc.sample(arbProblem({ maxRequests: 14, maxVehicles: 3 }), {
      seed: 11,
      numRuns: 1,
    })[0]!;
    const start = greedyPlan(problem);
    const out = await optimiseInThread(problem, start, { seed: 5, seconds: 0.3 });
    const before = checkPlan(problem, start);
    const after = checkPlan(problem, out);
    expect(after.violations).toEqual([]);
    expect(out.unassigned.length).toBeLessThanOrEqual(start.unassigned.length);
    if (out.unassigned.length === start.unassigned.length) {
      expect(after.cost).toBeLessThanOrEqual(before.cost + 1e-6);
    }
  });

  it('keeps the event loop free while it searches', async () => {
    const problem = fc.sample(arbProblem({ maxRequests: 14, maxVehicles: 3 }), {
      seed: 3,
      numRuns: 1,
    })[0]!;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await optimiseInThread(problem, greedyPlan(problem), { seed: 1, seconds: 0.5 });
    clearInterval(timer);
    // Blocked, the timer would not fire at all during the half second.
    expect(ticks).toBeGreaterThan(5);
  });

  it('carries the problem across unchanged (matrix, move cost, windows)', async () => {
    await fc.assert(
      fc.asyncProperty(arbProblem({ maxRequests: 6, maxVehicles: 2 }), async (problem) => {
        const withCost = { ...problem, moveCost: 42 };
        const copy = await toProblem(flattenProblem(withCost));
        expect(copy.moveCost).toBe(42);
        expect(copy.requests).toEqual(problem.requests);
        for (let a = 0; a < problem.matrix.size; a++) {
          for (let b = 0; b < problem.matrix.size; b++) {
            expect(copy.matrix.duration(a, b)).toBe(problem.matrix.duration(a, b));
          }
        }
        const seedPlan = greedyPlan(problem);
        expect(optimisePlan(copy, seedPlan, { seed: 2, maxIterations: 20 })).toEqual(
          optimisePlan(problem, seedPlan, { seed: 2, maxIterations: 20 }),
        );
      }),
      { numRuns: 20 },
    );
  });
});
