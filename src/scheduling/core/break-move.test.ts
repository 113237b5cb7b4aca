import { describe, expect, it } from 'vitest';
import { aRequest, aVehicle, line } from '../../../test/arbitraries.js';
import { checkPlan } from '../check-plan.js';
import { insertRequest, optimisePlan, type Plan, type Problem } from '../index.js';

// Locations on a line, 10 apart; the depot is 0. The driver's break (50,
// starting in [100, 300]) is planned first thing, at the depot, before
// ride `a` (pickup at 1 in [150, 160]). Ride `b` must be picked up at 1 in
// [100, 110]: before the break it leaves the break ending at 160 or later,
// too late for `a`; after it, too late for `b`. Only a break moved behind
// `a` (taken at 2 from 160) makes room for both.
const problem: Problem = {
  requests: [
    aRequest({
      id: 'a',
      pickupLocation: 1,
      dropoffLocation: 2,
      pickupWindow: { earliest: 150, latest: 160 },
    }),
    aRequest({
      id: 'b',
      pickupLocation: 1,
      dropoffLocation: 2,
      pickupWindow: { earliest: 100, latest: 110 },
    }),
  ],
  vehicles: [
    aVehicle({
      id: 'car',
      breaks: [{ id: 'lunch', window: { earliest: 100, latest: 300 }, duration: 50 }],
    }),
  ],
  matrix: line(3),
};

const breakFirst = (lockedRequests?: string[]): Plan => ({
  routes: [
    {
      vehicleId: 'car',
      stops: [
        { kind: 'break', refId: 'lunch', location: 0, arrival: 100, start: 100, departure: 150 },
        { kind: 'pickup', refId: 'a', location: 1, arrival: 160, start: 160, departure: 160 },
        { kind: 'dropoff', refId: 'a', location: 2, arrival: 170, start: 170, departure: 170 },
      ],
      fixedStops: 0,
      ...(lockedRequests ? { lockedRequests } : {}),
    },
  ],
  unassigned: ['b'],
});

const order = (plan: Plan) => plan.routes[0]!.stops.map((s) => `${s.kind}:${s.refId}`);

describe('moving a break inside its window to fit a request', () => {
  it('the starting plan is valid and leaves no room for b around the break as placed', () => {
    expect(checkPlan(problem, breakFirst()).violations).toEqual([]);
  });

  it('insertRequest moves the break behind the other ride', () => {
    const out = insertRequest(problem, breakFirst(), 'b');
    expect(out.kind).toBe('assigned');
    if (out.kind !== 'assigned') return;
    expect(checkPlan(problem, out.plan).violations).toEqual([]);
    expect(order(out.plan).at(-1)).toBe('break:lunch');
  });

  it('optimisePlan does too when the other ride is locked to its place', () => {
    const start = breakFirst(['a']);
    const out = optimisePlan(problem, start, { seed: 1, maxIterations: 20 });
    expect(out.unassigned).toEqual([]);
    expect(checkPlan(problem, out).violations).toEqual([]);
    expect(order(out).at(-1)).toBe('break:lunch');
  });

  it('never moves a break that is already taken (in the fixed prefix)', () => {
    const fixed: Plan = {
      ...breakFirst(),
      routes: [{ ...breakFirst().routes[0]!, fixedStops: 1 }],
    };
    expect(insertRequest(problem, fixed, 'b')).toEqual({
      kind: 'refused',
      reason: 'no-feasible-slot',
    });
    const out = optimisePlan(problem, fixed, { seed: 1, maxIterations: 20 });
    expect(out.unassigned).toEqual(['b']);
  });
});
