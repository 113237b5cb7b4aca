import { describe, expect, it } from 'vitest';
import { aRequest, aVehicle, line, load } from '../../test/arbitraries.js';
import { checkPlan } from './check-plan.js';
import type { Plan, Problem } from './index.js';
import { insertRequest } from './index.js';

// Locations on a line, 10 apart: 0 is the depot, travel i→j takes 10·|i−j|.
const empty = (problem: Problem): Plan => ({
  routes: [],
  unassigned: problem.requests.map((r) => r.id),
});

function assigned(problem: Problem, plan: Plan, id: string) {
  const out = insertRequest(problem, plan, id);
  if (out.kind !== 'assigned') throw new Error(`expected ${id} assigned, got ${out.reason}`);
  expect(checkPlan(problem, out.plan).violations).toEqual([]);
  return out;
}

describe('insertRequest', () => {
  it('puts a lone request in an empty vehicle at the hand-computed times and cost', () => {
    const problem: Problem = {
      requests: [aRequest({ id: 'a', pickupLocation: 1, dropoffLocation: 2 })],
      vehicles: [aVehicle({ id: 'car' })],
      matrix: line(4),
    };
    const out = assigned(problem, empty(problem), 'a');
    expect(out.vehicleId).toBe('car');
    expect(out.addedCost).toBeCloseTo(40); // 0→1→2→0
    expect(out.pickup.start).toBeCloseTo(10);
    expect(out.dropoff.start).toBeCloseTo(20);
  });

  it('refuses a wheelchair user when the only car has no ramp or lift', () => {
    const problem: Problem = {
      requests: [aRequest({ id: 'w', load: load(1, 1), requiredFeatures: ['wheelchairAccess'] })],
      vehicles: [aVehicle({ id: 'car', capacity: load(4, 1) })],
      matrix: line(4),
    };
    expect(insertRequest(problem, empty(problem), 'w')).toEqual({
      kind: 'refused',
      reason: 'no-capable-vehicle',
    });
  });

  it('gives the wheelchair user the van with a lift, not the car', () => {
    const problem: Problem = {
      requests: [aRequest({ id: 'w', load: load(1, 1), requiredFeatures: ['wheelchairAccess'] })],
      vehicles: [
        aVehicle({ id: 'car', capacity: load(4, 1) }),
        aVehicle({
          id: 'van',
          capacity: load(2, 1),
          features: ['lift'],
          startLocation: 3,
          endLocation: 3,
        }),
      ],
      matrix: line(4),
    };
    expect(assigned(problem, empty(problem), 'w').vehicleId).toBe('van');
  });

  it('refuses a mother with a newborn when no car has an infant seat', () => {
    const problem: Problem = {
      requests: [aRequest({ id: 'm', load: load(2, 0, 1), requiredFeatures: ['infantSeat'] })],
      vehicles: [aVehicle({ id: 'car', features: ['ramp'] })],
      matrix: line(4),
    };
    expect(insertRequest(problem, empty(problem), 'm')).toEqual({
      kind: 'refused',
      reason: 'no-capable-vehicle',
    });
  });

  it('counts capacity by kind: a second wheelchair at the same time does not fit, a seat does', () => {
    const at = {
      pickupWindow: { earliest: 10, latest: 10 },
      dropoffWindow: { earliest: 20, latest: 20 },
    };
    const problem: Problem = {
      requests: [
        aRequest({ id: 'w1', load: load(0, 1), requiredFeatures: ['wheelchairAccess'], ...at }),
        aRequest({ id: 'w2', load: load(0, 1), requiredFeatures: ['wheelchairAccess'], ...at }),
        aRequest({ id: 's', load: load(3), ...at }),
      ],
      vehicles: [aVehicle({ id: 'van', capacity: load(3, 1), features: ['ramp'] })],
      matrix: line(4),
    };
    const one = assigned(problem, empty(problem), 'w1');
    expect(insertRequest(problem, one.plan, 'w2')).toEqual({
      kind: 'refused',
      reason: 'no-feasible-slot',
    });
    assigned(problem, one.plan, 's');
  });

  it('refuses a pickup window the vehicle cannot reach in time', () => {
    const problem: Problem = {
      requests: [
        aRequest({ id: 'a', pickupLocation: 3, pickupWindow: { earliest: 0, latest: 20 } }),
      ],
      vehicles: [aVehicle({ id: 'car' })], // 0→3 takes 30
      matrix: line(4),
    };
    expect(insertRequest(problem, empty(problem), 'a')).toMatchObject({
      reason: 'no-feasible-slot',
    });
  });

  it('refuses a ride longer than the maximum ride time', () => {
    const base = { pickupLocation: 1, dropoffLocation: 3 }; // direct 20
    const tooLong: Problem = {
      requests: [aRequest({ id: 'a', ...base, maxRideTime: 15 })],
      vehicles: [aVehicle({ id: 'car' })],
      matrix: line(4),
    };
    expect(insertRequest(tooLong, empty(tooLong), 'a')).toMatchObject({
      reason: 'no-feasible-slot',
    });
    const fits: Problem = {
      ...tooLong,
      requests: [aRequest({ id: 'a', ...base, maxRideTime: 20 })],
    };
    assigned(fits, empty(fits), 'a');
  });

  it('leaves late enough that an arrive-by passenger does not wait on board', () => {
    // Earliest pickup 10, but the drop-off opens at 50 and the ride may last 15:
    // the pickup must be delayed to at least 35.
    const problem: Problem = {
      requests: [
        aRequest({
          id: 'a',
          dropoffWindow: { earliest: 50, latest: 60 },
          maxRideTime: 15,
        }),
      ],
      vehicles: [aVehicle({ id: 'car' })],
      matrix: line(4),
    };
    const out = assigned(problem, empty(problem), 'a');
    expect(out.pickup.start).toBeGreaterThanOrEqual(35 - 1e-9);
    expect(out.dropoff.start - out.pickup.start).toBeLessThanOrEqual(15 + 1e-9);
  });

  it('refuses a trip that would bring the vehicle back after its shift ends', () => {
    const problem: Problem = {
      requests: [aRequest({ id: 'a', pickupLocation: 2, dropoffLocation: 3 })],
      vehicles: [aVehicle({ id: 'car', shift: { earliest: 0, latest: 50 } })], // needs 60
      matrix: line(4),
    };
    expect(insertRequest(problem, empty(problem), 'a')).toMatchObject({
      reason: 'no-feasible-slot',
    });
  });

  it('never moves fixed stops and inserts nothing before them', () => {
    const problem: Problem = {
      requests: [
        aRequest({ id: 'done', pickupLocation: 1, dropoffLocation: 2 }),
        aRequest({ id: 'new', pickupLocation: 1, dropoffLocation: 3 }),
      ],
      vehicles: [aVehicle({ id: 'car' })],
      matrix: line(4),
    };
    const first = assigned(problem, empty(problem), 'done');
    const route = first.plan.routes[0]!;
    const fixed: Plan = { ...first.plan, routes: [{ ...route, fixedStops: 2 }] };
    const out = assigned(problem, fixed, 'new');
    const stops = out.plan.routes[0]!.stops;
    expect(stops.slice(0, 2)).toEqual(route.stops);
    expect(stops.map((s) => `${s.kind}:${s.refId}`)).toEqual([
      'pickup:done',
      'dropoff:done',
      'pickup:new',
      'dropoff:new',
    ]);
    expect(out.plan.unassigned).toEqual([]);
    expect(fixed.routes[0]!.stops).toHaveLength(2); // the input plan is untouched
  });

  it('lets nobody ride along with a non-shareable request', () => {
    const at = {
      pickupWindow: { earliest: 10, latest: 10 },
      dropoffWindow: { earliest: 20, latest: 20 },
    };
    const problem: Problem = {
      requests: [
        aRequest({ id: 'alone', shareable: false, ...at }),
        aRequest({ id: 'other', ...at }),
      ],
      vehicles: [aVehicle({ id: 'car' })],
      matrix: line(4),
    };
    const one = assigned(problem, empty(problem), 'alone');
    expect(insertRequest(problem, one.plan, 'other')).toMatchObject({ reason: 'no-feasible-slot' });
  });

  it('plans the driver break, in place and with nobody aboard, once the vehicle has work', () => {
    const problem: Problem = {
      requests: [
        aRequest({ id: 'a', pickupWindow: { earliest: 0, latest: 20 }, dropoffLocation: 3 }),
      ],
      vehicles: [
        aVehicle({
          id: 'car',
          breaks: [{ id: 'lunch', window: { earliest: 15, latest: 100 }, duration: 30 }],
        }),
      ],
      matrix: line(4),
    };
    const out = assigned(problem, empty(problem), 'a');
    const stops = out.plan.routes[0]!.stops;
    expect(stops.map((s) => s.kind)).toEqual(['pickup', 'dropoff', 'break']);
    expect(stops[2]!.location).toBe(3);
    expect(stops[2]!.departure - stops[2]!.start).toBe(30);
    expect(out.addedCost).toBeCloseTo(60);
  });
});
