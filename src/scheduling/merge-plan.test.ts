import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProblem, greedyPlan } from '../../test/arbitraries.js';
import { checkPlan } from './check-plan.js';
import { insertRequest } from './insert-request.js';
import { mergePlan } from './merge-plan.js';
import type { Plan, Problem } from './model.js';
import { optimisePlan } from './optimise-plan.js';

const servedIds = (plan: Plan) =>
  new Set(
    plan.routes.flatMap((r) => r.stops.filter((s) => s.kind !== 'break').map((s) => s.refId)),
  );
const scoped = (problem: Problem, plan: Plan): Problem => {
  const ids = servedIds(plan);
  return { ...problem, requests: problem.requests.filter((r) => ids.has(r.id)) };
};

/**
 * The day as the optimiser saw it (the first `seen` requests planned), and
 * as it is when the optimiser returns: `late` more requests booked, one
 * cancelled, the first stops of each route reached.
 */
function scenario(problem: Problem, seen: number, fixed: number, cancelFirst: boolean) {
  const old: Problem = { ...problem, requests: problem.requests.slice(0, seen) };
  const oldPlan = greedyPlan(old);
  const optimised = optimisePlan(
    scoped(old, oldPlan),
    { ...oldPlan, unassigned: [] },
    {
      seed: 1,
      maxIterations: 40,
    },
  );
  let current: Plan = oldPlan;
  for (const r of problem.requests.slice(seen)) {
    const out = insertRequest(problem, current, r.id);
    if (out.kind === 'assigned') current = out.plan;
  }
  const cancelled = cancelFirst ? current.routes[0]?.stops[0]?.refId : undefined;
  current = {
    unassigned: [],
    routes: current.routes.map((r) => {
      const stops = cancelled ? r.stops.filter((s) => s.refId !== cancelled) : r.stops;
      return { ...r, stops, fixedStops: Math.min(fixed, stops.length) };
    }),
  };
  // A fixed prefix must end with everyone it picked up still aboard or dropped: keep it valid.
  return { optimised, current, cancelled };
}

describe('mergePlan', () => {
  it('serves every booking the day has now, keeps what happened, and passes the checker', () => {
    let days = 0;
    let mergedDays = 0;
    fc.assert(
      fc.property(
        arbProblem({ maxRequests: 12, maxVehicles: 3 }),
        fc.nat({ max: 12 }),
        fc.nat({ max: 2 }),
        fc.boolean(),
        (problem, seenRaw, fixed, cancelFirst) => {
          const seen = Math.min(seenRaw, problem.requests.length);
          const { optimised, current, cancelled } = scenario(problem, seen, fixed, cancelFirst);
          if (checkPlan(scoped(problem, current), current).violations.length > 0) return; // not a day
          days++;
          const merged = mergePlan(scoped(problem, current), current, optimised);
          if (merged === null) return;
          mergedDays++;
          expect(checkPlan(scoped(problem, current), merged).violations).toEqual([]);
          expect(servedIds(merged)).toEqual(servedIds(current));
          if (cancelled) expect(servedIds(merged).has(cancelled)).toBe(false);
          for (const before of current.routes) {
            const after = merged.routes.find((r) => r.vehicleId === before.vehicleId);
            expect(after?.stops.slice(0, before.fixedStops) ?? []).toEqual(
              before.stops.slice(0, before.fixedStops),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
    // Giving up (null) is allowed, not the rule: most days merge.
    expect(mergedDays).toBeGreaterThan(days * 0.8);
  });

  it('takes the optimised order where nothing changed meanwhile', () => {
    const problem = fc.sample(arbProblem({ maxRequests: 12, maxVehicles: 3 }), {
      seed: 21,
      numRuns: 1,
    })[0]!;
    const plan = greedyPlan(problem);
    const optimised = optimisePlan(
      scoped(problem, plan),
      { ...plan, unassigned: [] },
      {
        seed: 4,
        maxIterations: 200,
      },
    );
    const merged = mergePlan(scoped(problem, plan), plan, optimised);
    expect(merged).not.toBeNull();
    const order = (p: Plan) => p.routes.map((r) => [r.vehicleId, r.stops.map((s) => s.refId)]);
    expect(order(merged!)).toEqual(order(optimised));
  });

  it('keeps a request the driver has locked on its vehicle', () => {
    fc.assert(
      fc.property(arbProblem({ maxRequests: 10, maxVehicles: 3 }), (problem) => {
        const plan = greedyPlan(problem);
        const optimised = optimisePlan(
          scoped(problem, plan),
          { ...plan, unassigned: [] },
          {
            seed: 2,
            maxIterations: 40,
          },
        );
        // Each route's first ride (a break is not a request: an emptied vehicle takes none).
        const stay = new Set(
          plan.routes.flatMap((r) =>
            r.stops
              .filter((s) => s.kind !== 'break')
              .slice(0, 1)
              .map((s) => s.refId),
          ),
        );
        const merged = mergePlan(scoped(problem, plan), plan, optimised, stay);
        if (merged === null) return;
        for (const r of plan.routes) {
          for (const s of r.stops.filter((x) => stay.has(x.refId))) {
            const owner = merged.routes.find((m) => m.stops.some((x) => x.refId === s.refId));
            expect(owner?.vehicleId).toBe(r.vehicleId);
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});
