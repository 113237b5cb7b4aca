import { describe, expect, it } from 'vitest';
import {
  checkPlan,
  type PlannedStop,
  type Problem,
  type Route,
  type TransportRequest,
  type Vehicle,
} from '../scheduling/index.js';
import { afterCancel } from './cancel.js';

// Depot 0; the cancelled ride from 1 to 2; the next rider at 3, near 2 and far from the depot.
// Through 1 and 2 the depot reaches 3 in 25; directly it takes 40 (the offline model is no metric).
const D = [
  [0, 10, 20, 40],
  [10, 0, 10, 15],
  [20, 10, 0, 5],
  [40, 15, 5, 0],
];
const matrix = {
  size: 4,
  duration: (a: number, b: number) => D[a]![b]!,
  distance: (a: number, b: number) => D[a]![b]!,
};
const request = (id: string, from: number, to: number, latestPickup: number): TransportRequest => ({
  id,
  pickupLocation: from,
  dropoffLocation: to,
  load: { seats: 1, wheelchairs: 0, infantSeats: 0 },
  requiredFeatures: [],
  pickupWindow: { earliest: 0, latest: latestPickup },
  dropoffWindow: { earliest: 0, latest: 500 },
  pickupServiceTime: 0,
  dropoffServiceTime: 0,
  maxRideTime: 200,
  shareable: true,
});
const vehicle = (withBreak: boolean): Vehicle => ({
  id: 'car',
  capacity: { seats: 4, wheelchairs: 0, infantSeats: 0 },
  features: [],
  shift: { earliest: 0, latest: 1000 },
  startLocation: 0,
  endLocation: 0,
  breaks: withBreak
    ? [{ id: 'break:car', window: { earliest: 20, latest: 200 }, duration: 30 }]
    : [],
});
const stop = (
  kind: PlannedStop['kind'],
  refId: string,
  location: number,
  t: number,
  until = t,
): PlannedStop => ({ kind, refId, location, arrival: t, start: t, departure: until });
const cancelled = request('cancelled', 1, 2, 100);

const check = (problem: Problem, route: Route, extra: TransportRequest[]) =>
  checkPlan(
    { ...problem, requests: [...problem.requests.filter((r) => r.id !== 'cancelled'), ...extra] },
    { routes: [route], unassigned: [] },
  );

describe('a cancelled ride, out of its route', () => {
  it('moves the break the ride had placed the car for, when it fits nowhere else', () => {
    const rider = request('rider', 3, 0, 60);
    const problem: Problem = { requests: [cancelled, rider], vehicles: [vehicle(true)], matrix };
    const route: Route = {
      vehicleId: 'car',
      fixedStops: 0,
      stops: [
        stop('pickup', 'cancelled', 1, 10),
        stop('dropoff', 'cancelled', 2, 20),
        stop('break', 'break:car', 2, 20, 50),
        stop('pickup', 'rider', 3, 55),
        stop('dropoff', 'rider', 0, 95),
      ],
    };
    const after = afterCancel(problem, route, 'cancelled');

    // The break at the depot would bring the rider at 90, past 60: it is taken after the ride.
    expect(after.route.stops.map((s) => s.kind)).toEqual(['pickup', 'dropoff', 'break']);
    expect(after.request).toBeUndefined();
    expect(check(problem, after.route, []).violations).toEqual([]);
  });

  it('keeps the route, the ride carrying nobody, when the car cannot reach the next window otherwise', () => {
    const rider = request('rider', 3, 0, 30);
    const problem: Problem = { requests: [cancelled, rider], vehicles: [vehicle(false)], matrix };
    const route: Route = {
      vehicleId: 'car',
      fixedStops: 0,
      stops: [
        stop('pickup', 'cancelled', 1, 10),
        stop('dropoff', 'cancelled', 2, 20),
        stop('pickup', 'rider', 3, 25),
        stop('dropoff', 'rider', 0, 65),
      ],
    };
    const after = afterCancel(problem, route, 'cancelled');

    expect(after.route).toBe(route);
    expect(after.request?.load).toEqual({ seats: 0, wheelchairs: 0, infantSeats: 0 });
    expect(check(problem, after.route, [after.request!]).violations).toEqual([]);
  });
});
