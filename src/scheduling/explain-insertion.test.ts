import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRequest, arbProblem, aVehicle, greedyPlan, line, load } from '../../test/arbitraries.js';
import {
  explainInsertion,
  insertRequest,
  type Plan,
  type Problem,
  type TransportRequest,
  type Vehicle,
} from './index.js';
import { searchedVehicles } from './insert-request.js';

// Locations on a line, 10 apart: 0 is the depot, travel i→j takes 10·|i−j|.
const empty = (problem: Problem): Plan => ({
  routes: [],
  unassigned: problem.requests.map((r) => r.id),
});

function whyNot(vehicle: Vehicle, request: TransportRequest, plan?: Plan, now?: number) {
  const problem: Problem = { requests: [request], vehicles: [vehicle], matrix: line(6) };
  const out = explainInsertion(problem, plan ?? empty(problem), request.id, { now });
  expect(insertRequest(problem, plan ?? empty(problem), request.id).kind).toBe('refused');
  expect(out.reasons).toHaveLength(1);
  return out.reasons[0]!;
}

describe('explainInsertion: why a vehicle cannot take a request', () => {
  it('a vehicle reserved for other services', () => {
    const why = whyNot(
      aVehicle({ id: 'at', services: ['anne-taksi'] }),
      aRequest({ id: 'r', service: 'engelsiz-taksi' }),
    );
    expect(why).toEqual({
      vehicleId: 'at',
      code: 'service-not-served',
      params: { service: 'engelsiz-taksi' },
    });
  });

  it('a missing ramp or infant seat, and which', () => {
    const wheelchair = aRequest({
      id: 'w',
      load: load(1, 1),
      requiredFeatures: ['wheelchairAccess'],
    });
    expect(whyNot(aVehicle({ id: 'car', capacity: load(4, 1) }), wheelchair)).toMatchObject({
      code: 'missing-feature',
      params: { feature: 'wheelchairAccess' },
    });
  });

  it('too few places of the kind needed', () => {
    const three = aRequest({ id: 'r', load: load(3) });
    expect(whyNot(aVehicle({ id: 'car', capacity: load(2) }), three)).toEqual({
      vehicleId: 'car',
      code: 'capacity',
      params: { kind: 'seats', need: 3, have: 2 },
    });
  });

  it('a shift that starts too late, and a window that closes before the vehicle can get there', () => {
    const at100 = aRequest({
      id: 'r',
      pickupLocation: 3,
      pickupWindow: { earliest: 100, latest: 110 },
    });
    const late = aVehicle({ id: 'late', shift: { earliest: 200, latest: 1000 } });
    expect(whyNot(late, at100).code).toBe('shift-not-started');
    // Same shift, but it is 200 now: the vehicle is out, and 100 is gone.
    expect(whyNot(late, at100, undefined, 200).code).toBe('window-passed');
    const far = aVehicle({ id: 'far', shift: { earliest: 90, latest: 1000 } });
    expect(whyNot(far, at100, undefined, 90).code).toBe('window-passed');
  });

  it('a shift that ends before the ride and the way back', () => {
    const r = aRequest({
      id: 'r',
      pickupLocation: 4,
      dropoffLocation: 5,
      pickupWindow: { earliest: 80, latest: 90 },
    });
    expect(whyNot(aVehicle({ id: 'car', shift: { earliest: 0, latest: 120 } }), r).code).toBe(
      'shift-ends',
    );
  });

  it('a ride longer than the passenger may ride', () => {
    const r = aRequest({ id: 'r', pickupLocation: 1, dropoffLocation: 4, maxRideTime: 20 });
    expect(whyNot(aVehicle({ id: 'car' }), r)).toMatchObject({
      code: 'max-ride',
      params: { direct: 30, maxRideTime: 20 },
    });
  });

  it('the driver’s break, when only the break is in the way', () => {
    // The break must start in [100, 110] and lasts 100: a ride at 120 fits only without it.
    const vehicle = aVehicle({
      id: 'car',
      breaks: [{ id: 'lunch', window: { earliest: 100, latest: 110 }, duration: 100 }],
    });
    const r = aRequest({
      id: 'r',
      pickupLocation: 1,
      pickupWindow: { earliest: 120, latest: 130 },
    });
    expect(whyNot(vehicle, r)).toEqual({
      vehicleId: 'car',
      code: 'break',
      params: { breakId: 'lunch' },
    });
  });

  it('the break the driver is on (a fixed stop)', () => {
    const vehicle = aVehicle({
      id: 'car',
      breaks: [{ id: 'lunch', window: { earliest: 100, latest: 100 }, duration: 50 }],
    });
    const r = aRequest({
      id: 'r',
      pickupLocation: 1,
      pickupWindow: { earliest: 120, latest: 130 },
    });
    const plan: Plan = {
      routes: [
        {
          vehicleId: 'car',
          stops: [
            {
              kind: 'break',
              refId: 'lunch',
              location: 0,
              arrival: 100,
              start: 100,
              departure: 150,
            },
          ],
          fixedStops: 1,
        },
      ],
      unassigned: ['r'],
    };
    expect(whyNot(vehicle, r, plan)).toMatchObject({ code: 'break', params: { breakId: 'lunch' } });
  });

  it('other jobs that fill the time', () => {
    const problem: Problem = {
      requests: [
        aRequest({
          id: 'a',
          pickupLocation: 5,
          dropoffLocation: 4,
          pickupWindow: { earliest: 100, latest: 100 },
          shareable: false,
        }),
        aRequest({
          id: 'b',
          pickupLocation: 1,
          dropoffLocation: 2,
          pickupWindow: { earliest: 100, latest: 105 },
        }),
      ],
      vehicles: [aVehicle({ id: 'car' })],
      matrix: line(6),
    };
    const first = insertRequest(problem, empty(problem), 'a');
    expect(first.kind).toBe('assigned');
    if (first.kind !== 'assigned') return;
    expect(insertRequest(problem, first.plan, 'b').kind).toBe('refused');
    expect(explainInsertion(problem, first.plan, 'b').reasons).toEqual([
      { vehicleId: 'car', code: 'busy', params: {} },
    ]);
  });
});

describe('explainInsertion: why this vehicle', () => {
  it('names the chosen vehicle with its pickup, added drive and approach, and groups the rest', () => {
    const problem: Problem = {
      requests: [
        aRequest({
          id: 'w',
          pickupLocation: 2,
          dropoffLocation: 3,
          load: load(1, 1),
          requiredFeatures: ['wheelchairAccess'],
        }),
      ],
      vehicles: [
        aVehicle({
          id: 'van',
          capacity: load(2, 1),
          features: ['ramp'],
          startLocation: 1,
          endLocation: 1,
        }),
        aVehicle({ id: 'car1', capacity: load(4, 1) }),
        aVehicle({ id: 'car2', capacity: load(4, 1) }),
        aVehicle({ id: 'mother', features: ['infantSeat', 'ramp'], capacity: load(4, 0, 1) }),
      ],
      matrix: line(6),
    };
    const out = insertRequest(problem, empty(problem), 'w');
    expect(out.kind).toBe('assigned');
    if (out.kind !== 'assigned') return;
    const why = explainInsertion(problem, out.plan, 'w');
    expect(why.reasons[0]).toEqual({
      vehicleId: 'van',
      code: 'chosen',
      // 1→2→3→1: 10 + 10 + 20 of driving, all of it for this ride.
      params: { pickupAt: 10, dropoffAt: 20, addedTravel: 40, approach: 10, idle: true },
    });
    expect(why.summary).toEqual([
      { code: 'chosen', vehicleIds: ['van'], params: why.reasons[0]!.params },
      {
        code: 'missing-feature',
        vehicleIds: ['car1', 'car2'],
        params: { feature: 'wheelchairAccess' },
      },
      { code: 'capacity', vehicleIds: ['mother'], params: { kind: 'wheelchairs' } },
    ]);
  });
});

describe('explainInsertion of the nearest vehicles only', () => {
  const limits = { maxCandidateVehicles: 2, maxIdleVehicles: 1 };
  const CHEAP = new Set([
    'service-not-served',
    'missing-feature',
    'capacity',
    'shift-not-started',
    'window-passed',
    'shift-ends',
    'max-ride',
  ]);

  it('tries exactly the vehicles a search tries, and names the others farther unless a cheap reason rules them out', () => {
    fc.assert(
      fc.property(arbProblem({ maxRequests: 12, maxVehicles: 6 }), (problem) => {
        const half = Math.ceil(problem.requests.length / 2);
        const first = greedyPlan({ ...problem, requests: problem.requests.slice(0, half) });
        const plan: Plan = {
          routes: first.routes,
          unassigned: [...first.unassigned, ...problem.requests.slice(half).map((r) => r.id)],
        };
        for (const id of plan.unassigned) {
          const near = searchedVehicles(problem, plan, id, limits);
          const whole = explainInsertion(problem, plan, id);
          const nearest = explainInsertion(problem, plan, id, { nearest: limits });
          const reasonOf = (why: typeof whole, vehicleId: string) =>
            why.reasons.find((x) => x.vehicleId === vehicleId);
          problem.vehicles.forEach((v, k) => {
            const full = reasonOf(whole, v.id);
            const got = reasonOf(nearest, v.id);
            if (near.has(k) || (full && CHEAP.has(full.code))) expect(got).toEqual(full);
            else expect(got).toEqual({ vehicleId: v.id, code: 'farther', params: {} });
          });
          // A refusal within the limits leaves every vehicle a reason.
          if (insertRequest(problem, plan, id, limits).kind === 'refused')
            expect(nearest.reasons).toHaveLength(problem.vehicles.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('explainInsertion agrees with insertRequest', () => {
  it('a refusal leaves every vehicle a reason; a vehicle without one can take the request', () => {
    fc.assert(
      fc.property(arbProblem({ maxRequests: 12, maxVehicles: 4 }), (problem) => {
        // Half the requests booked, the other half asked about one by one.
        const half = Math.ceil(problem.requests.length / 2);
        const booked = { ...problem, requests: problem.requests.slice(0, half) };
        const first = greedyPlan(booked);
        const plan: Plan = {
          routes: first.routes,
          unassigned: [...first.unassigned, ...problem.requests.slice(half).map((r) => r.id)],
        };
        for (const id of plan.unassigned) {
          const out = insertRequest(problem, plan, id);
          const why = explainInsertion(problem, plan, id);
          if (out.kind === 'refused') {
            expect(why.reasons.map((x) => x.vehicleId).sort()).toEqual(
              problem.vehicles.map((v) => v.id).sort(),
            );
          } else {
            expect(why.reasons.some((x) => x.vehicleId === out.vehicleId)).toBe(false);
            for (const v of problem.vehicles) {
              if (why.reasons.some((x) => x.vehicleId === v.id)) continue;
              expect(insertRequest(problem, plan, id, { vehicleIds: [v.id] }).kind).toBe(
                'assigned',
              );
            }
            const after = explainInsertion(problem, out.plan, id);
            expect(after.reasons.find((x) => x.code === 'chosen')?.vehicleId).toBe(out.vehicleId);
          }
        }
        // A routed request: its vehicle is the chosen one.
        for (const route of plan.routes) {
          const p = route.stops.find((s) => s.kind === 'pickup');
          if (!p) continue;
          const why = explainInsertion(problem, plan, p.refId);
          expect(why.summary[0]).toMatchObject({ code: 'chosen', vehicleIds: [route.vehicleId] });
        }
      }),
      { numRuns: 150 },
    );
  });
});
