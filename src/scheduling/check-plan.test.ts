import { describe, expect, it } from 'vitest';
import { aRequest, aVehicle, line, load } from '../../test/arbitraries.js';
import { checkPlan, type Plan, type PlannedStop, type Problem } from './index.js';

const stop = (
  kind: PlannedStop['kind'],
  refId: string,
  location: number,
  start: number,
): PlannedStop => ({ kind, refId, location, arrival: start, start, departure: start });

const problem: Problem = {
  requests: [aRequest({ id: 'w', load: load(1, 1), requiredFeatures: ['wheelchairAccess'] })],
  vehicles: [aVehicle({ id: 'car', capacity: load(4, 1) })],
  matrix: line(4),
};

describe('checkPlan', () => {
  it('accepts a correct plan and recomputes its cost', () => {
    const ok: Problem = { ...problem, vehicles: [{ ...problem.vehicles[0]!, features: ['ramp'] }] };
    const plan: Plan = {
      routes: [
        {
          vehicleId: 'car',
          fixedStops: 0,
          stops: [stop('pickup', 'w', 1, 10), stop('dropoff', 'w', 2, 20)],
        },
      ],
      unassigned: [],
    };
    expect(checkPlan(ok, plan)).toEqual({ feasible: true, cost: 40, violations: [] });
  });

  it('flags a wheelchair user in a car without ramp or lift', () => {
    const plan: Plan = {
      routes: [
        {
          vehicleId: 'car',
          fixedStops: 0,
          stops: [stop('pickup', 'w', 1, 10), stop('dropoff', 'w', 2, 20)],
        },
      ],
      unassigned: [],
    };
    expect(checkPlan(problem, plan).violations).toEqual(['w: vehicle car lacks wheelchairAccess']);
  });

  it('flags impossible travel times, missing drop-offs and forgotten requests', () => {
    const plan: Plan = {
      routes: [{ vehicleId: 'car', fixedStops: 0, stops: [stop('pickup', 'w', 1, 5)] }],
      unassigned: [],
    };
    const v = checkPlan(problem, plan).violations;
    expect(v).toContain('car: stop 0 reached too early');
    expect(v).toContain('w: picked up but never dropped off');
    const none = checkPlan(problem, { routes: [], unassigned: [] }).violations;
    expect(none).toEqual(['w: neither routed nor unassigned']);
  });

  it('flags a working vehicle that skips its break', () => {
    const ok: Problem = {
      ...problem,
      vehicles: [
        {
          ...problem.vehicles[0]!,
          features: ['ramp'],
          breaks: [{ id: 'lunch', window: { earliest: 0, latest: 100 }, duration: 10 }],
        },
      ],
    };
    const plan: Plan = {
      routes: [
        {
          vehicleId: 'car',
          fixedStops: 0,
          stops: [stop('pickup', 'w', 1, 10), stop('dropoff', 'w', 2, 20)],
        },
      ],
      unassigned: [],
    };
    expect(checkPlan(ok, plan).violations).toEqual(['car: break lunch missing']);
  });
});
