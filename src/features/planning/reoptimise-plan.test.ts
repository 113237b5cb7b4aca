import { describe, expect, it } from 'vitest';
import { aRequest, aVehicle, line } from '../../../test/arbitraries.js';
import { insertRequest, type Plan, type Problem } from '../../scheduling/index.js';
import {
  judgeReoptimisation,
  prepareReoptimisation,
  reoptimiseDayPlan,
} from './reoptimise-plan.js';

/**
 * Two vehicles on a line of places 10 s apart: v-far starts at 0, v-near at
 * 9. One ride from 8 to 9 put on v-far (as a booking made before v-near's
 * shift existed would be): moving it to v-near saves 160 s of driving.
 */
function day(pickupAt: number): { problem: Problem; plan: Plan } {
  const problem: Problem = {
    matrix: line(10),
    vehicles: [
      aVehicle({
        id: 'v-far',
        startLocation: 0,
        endLocation: 0,
        shift: { earliest: 0, latest: 5000 },
      }),
      aVehicle({
        id: 'v-near',
        startLocation: 9,
        endLocation: 9,
        shift: { earliest: 0, latest: 5000 },
      }),
    ],
    requests: [
      aRequest({
        id: 'r',
        pickupLocation: 8,
        dropoffLocation: 9,
        pickupWindow: { earliest: pickupAt, latest: pickupAt + 600 },
        dropoffWindow: { earliest: 0, latest: 5000 },
      }),
    ],
  };
  const placed = insertRequest(problem, { routes: [], unassigned: ['r'] }, 'r', {
    vehicleIds: ['v-far'],
  });
  if (placed.kind !== 'assigned') throw new Error('setup');
  return { problem, plan: placed.plan };
}
const owner = (plan: Plan) => plan.routes.find((r) => r.stops.length > 0)?.vehicleId;

describe('re-optimising a day', () => {
  it('moves a ride when the driving it saves pays for the move', () => {
    const { problem, plan } = day(3000);
    const out = reoptimiseDayPlan(
      problem,
      plan,
      0,
      { seed: 1, maxIterations: 50 },
      {
        stableMinutes: 0,
        moveCostSeconds: 60,
      },
    );
    expect(out.kind).toBe('improved');
    if (out.kind === 'improved') {
      expect(owner(out.plan)).toBe('v-near');
      expect(out.moved).toEqual(['r']);
    }
  });

  it('leaves it where it is when the move costs more than it saves', () => {
    const { problem, plan } = day(3000);
    const out = reoptimiseDayPlan(
      problem,
      plan,
      0,
      { seed: 1, maxIterations: 50 },
      {
        stableMinutes: 0,
        moveCostSeconds: 200,
      },
    );
    expect(out.kind).toBe('no-improvement');
  });

  it('never moves a ride whose pickup is within the stable minutes', () => {
    const { problem, plan } = day(3000);
    // 3000 s is 50 minutes from now = 0: inside a 60-minute horizon, outside a 40-minute one.
    const inside = prepareReoptimisation(problem, plan, 0, {
      stableMinutes: 60,
      moveCostSeconds: 0,
    });
    expect(inside.lockedRequests).toEqual(['r']);
    const outside = prepareReoptimisation(problem, plan, 0, {
      stableMinutes: 40,
      moveCostSeconds: 0,
    });
    expect(outside.lockedRequests).toEqual([]);
    const out = reoptimiseDayPlan(
      problem,
      plan,
      0,
      { seed: 1, maxIterations: 50 },
      {
        stableMinutes: 60,
        moveCostSeconds: 0,
      },
    );
    expect(out.kind).toBe('no-improvement');
  });

  it('refuses a result that moves a ride without saving its move cost', () => {
    const { problem, plan } = day(3000);
    const prepared = prepareReoptimisation(problem, plan, 0, {
      stableMinutes: 0,
      moveCostSeconds: 500,
    });
    const moved = insertRequest(problem, { routes: [], unassigned: ['r'] }, 'r', {
      vehicleIds: ['v-near'],
    });
    if (moved.kind !== 'assigned') throw new Error('setup');
    expect(judgeReoptimisation(prepared, moved.plan).kind).toBe('no-improvement');
    const cheap = { ...prepared, settings: { stableMinutes: 0, moveCostSeconds: 10 } };
    expect(judgeReoptimisation(cheap, moved.plan)).toMatchObject({
      kind: 'improved',
      moved: ['r'],
    });
  });
});
