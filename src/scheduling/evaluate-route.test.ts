import { describe, expect, it } from 'vitest';
import { aRequest, aVehicle, line, load } from '../../test/arbitraries.js';
import { evaluateRoute, type Problem } from './index.js';

const vehicle = aVehicle({ id: 'car', capacity: load(2) });
const problem: Problem = {
  requests: [
    aRequest({ id: 'a', pickupLocation: 1, dropoffLocation: 3 }),
    aRequest({ id: 'b', pickupLocation: 2, dropoffLocation: 3, load: load(2) }),
  ],
  vehicles: [vehicle],
  matrix: line(4),
};
const ref = (kind: 'pickup' | 'dropoff', refId: string) => ({ kind, refId });

describe('evaluateRoute', () => {
  it('times a feasible route and costs its distance', () => {
    const out = evaluateRoute(problem, vehicle, [ref('pickup', 'a'), ref('dropoff', 'a')]);
    expect(out.feasible).toBe(true);
    expect(out.cost).toBeCloseTo(60);
    expect(out.stops.map((s) => s.start)).toEqual([10, 30]);
  });

  it('rejects a seat overload (1 + 2 seats in a 2-seat car)', () => {
    const out = evaluateRoute(problem, vehicle, [
      ref('pickup', 'a'),
      ref('pickup', 'b'),
      ref('dropoff', 'a'),
      ref('dropoff', 'b'),
    ]);
    expect(out.feasible).toBe(false);
  });

  it('rejects a drop-off before its pickup and a pickup never dropped', () => {
    expect(
      evaluateRoute(problem, vehicle, [ref('dropoff', 'a'), ref('pickup', 'a')]).feasible,
    ).toBe(false);
    expect(evaluateRoute(problem, vehicle, [ref('pickup', 'a')]).feasible).toBe(false);
  });

  it('keeps the fixed prefix verbatim and continues from its departure', () => {
    const fixed = {
      kind: 'pickup' as const,
      refId: 'a',
      location: 1,
      arrival: 10,
      start: 12,
      departure: 12,
    };
    const out = evaluateRoute(problem, vehicle, [fixed, ref('dropoff', 'a')], 1);
    expect(out.feasible).toBe(true);
    expect(out.stops[0]).toEqual(fixed);
    expect(out.stops[1]!.start).toBeCloseTo(32);
  });

  it('enforces the ride time of a passenger picked up in the fixed prefix', () => {
    const tight: Problem = {
      ...problem,
      requests: [aRequest({ id: 'a', pickupLocation: 1, dropoffLocation: 3, maxRideTime: 19 })],
    };
    const fixed = {
      kind: 'pickup' as const,
      refId: 'a',
      location: 1,
      arrival: 10,
      start: 10,
      departure: 10,
    };
    expect(evaluateRoute(tight, vehicle, [fixed, ref('dropoff', 'a')], 1).feasible).toBe(false);
  });

  it('respects the maximum route duration by leaving as late as possible', () => {
    const late: Problem = {
      ...problem,
      requests: [aRequest({ id: 'a', pickupWindow: { earliest: 100, latest: 110 } })],
      vehicles: [{ ...vehicle, maxDuration: 40 }],
    };
    const v = late.vehicles[0]!;
    const out = evaluateRoute(late, v, [ref('pickup', 'a'), ref('dropoff', 'a')]);
    expect(out.feasible).toBe(true); // leave at 90, back at 130
    expect(out.stops[0]!.arrival).toBeCloseTo(100);
    const tooShort = { ...v, maxDuration: 39 };
    const shorter: Problem = { ...late, vehicles: [tooShort] };
    expect(
      evaluateRoute(shorter, tooShort, [ref('pickup', 'a'), ref('dropoff', 'a')]).feasible,
    ).toBe(false);
  });

  it('takes a break only with nobody aboard, where the vehicle stands', () => {
    const withBreak = {
      ...vehicle,
      breaks: [{ id: 'lunch', window: { earliest: 0, latest: 500 }, duration: 30 }],
    };
    const p: Problem = { ...problem, vehicles: [withBreak] };
    const aboard = evaluateRoute(p, withBreak, [
      ref('pickup', 'a'),
      { kind: 'break', refId: 'lunch' },
      ref('dropoff', 'a'),
    ]);
    expect(aboard.feasible).toBe(false);
    const after = evaluateRoute(p, withBreak, [
      ref('pickup', 'a'),
      ref('dropoff', 'a'),
      { kind: 'break', refId: 'lunch' },
    ]);
    expect(after.feasible).toBe(true);
    expect(after.cost).toBeCloseTo(60); // the break costs no distance
    expect(after.stops[2]).toMatchObject({ kind: 'break', location: 3 });
    expect(after.stops[2]!.departure - after.stops[2]!.start).toBe(30);
  });
});
