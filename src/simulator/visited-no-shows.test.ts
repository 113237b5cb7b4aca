import { describe, expect, it } from 'vitest';
import {
  checkPlan,
  type PlannedStop,
  type Problem,
  type Route,
  type TransportRequest,
  type Vehicle,
} from '../scheduling/index.js';
import { afterNoShow } from './no-show.js';

// Depot 0, a no-show's door 1, a rider's door 2, the no-show's destination 3. The offline
// model's legs are not a metric: the depot is nearer the rider than the door is.
const D = [
  [0, 10, 20, 30],
  [10, 0, 50, 10],
  [20, 50, 0, 10],
  [30, 10, 10, 0],
];
const matrix = {
  size: 4,
  duration: (a: number, b: number) => D[a]![b]!,
  distance: (a: number, b: number) => D[a]![b]!,
};
const one = { seats: 1, wheelchairs: 0, infantSeats: 0 };
const request = (id: string, from: number, to: number, latestPickup: number): TransportRequest => ({
  id,
  pickupLocation: from,
  dropoffLocation: to,
  load: one,
  requiredFeatures: [],
  pickupWindow: { earliest: 0, latest: latestPickup },
  dropoffWindow: { earliest: 0, latest: 500 },
  pickupServiceTime: 5,
  dropoffServiceTime: 0,
  maxRideTime: 200,
  shareable: true,
});
const vehicle = (breakWindow: { earliest: number; latest: number } | null): Vehicle => ({
  id: 'car',
  capacity: { seats: 4, wheelchairs: 0, infantSeats: 0 },
  features: [],
  shift: { earliest: 0, latest: 1000 },
  startLocation: 0,
  endLocation: 0,
  breaks: breakWindow ? [{ id: 'break:car', window: breakWindow, duration: 30 }] : [],
});
const stop = (
  kind: PlannedStop['kind'],
  refId: string,
  location: number,
  t: number,
  service = 0,
): PlannedStop => ({ kind, refId, location, arrival: t, start: t, departure: t + service });

const absent = request('absent', 1, 3, 100);
const check = (problem: Problem, route: Route, request: TransportRequest) =>
  checkPlan(
    {
      ...problem,
      requests: problem.requests.map((r) => (r.id === request.id ? request : r)),
    },
    { routes: [{ ...route, fixedStops: 0 }], unassigned: [] },
  );

describe('a no-show, as the car made the call', () => {
  it('times the rest of the day from the door, its break taken there', () => {
    const rider = request('rider', 2, 0, 200);
    const problem: Problem = {
      requests: [absent, rider],
      vehicles: [vehicle({ earliest: 0, latest: 300 })],
      matrix,
    };
    // The car has just reached the door (the pickup is fixed); the ride was to go on to 3.
    const route: Route = {
      vehicleId: 'car',
      fixedStops: 1,
      stops: [
        stop('pickup', 'absent', 1, 10, 5),
        stop('dropoff', 'absent', 3, 25),
        stop('break', 'break:car', 3, 25, 30),
        stop('pickup', 'rider', 2, 65, 5),
        stop('dropoff', 'rider', 0, 90),
      ],
    };
    const after = afterNoShow(problem, route);

    expect(after.route.stops.map((s) => `${s.kind}:${s.location}`)).toEqual([
      'pickup:1',
      'dropoff:1',
      'break:1',
      'pickup:2',
      'dropoff:0',
    ]);
    expect(after.route.fixedStops).toBe(2);
    expect(after.request.load).toEqual({ seats: 0, wheelchairs: 0, infantSeats: 0 });
    // Left the door at 15, a 30-minute break there, then 50 to the rider: not the depot's 20.
    expect(after.route.stops[3]!.arrival).toBeGreaterThanOrEqual(15 + 30 + 50);
    expect(check(problem, after.route, after.request).violations).toEqual([]);
  });

  it('keeps the route as planned, empty, when skipping the destination would break a window', () => {
    // Door → rider directly takes 50, through the no-show's destination 20: the rider's 40 is kept only that way.
    const rider = request('rider', 2, 0, 40);
    const problem: Problem = { requests: [absent, rider], vehicles: [vehicle(null)], matrix };
    const route: Route = {
      vehicleId: 'car',
      fixedStops: 1,
      stops: [
        stop('pickup', 'absent', 1, 10, 5),
        stop('dropoff', 'absent', 3, 25),
        stop('pickup', 'rider', 2, 35, 5),
        stop('dropoff', 'rider', 0, 60),
      ],
    };
    const after = afterNoShow(problem, route);

    expect(after.route).toBe(route);
    expect(after.request.dropoffLocation).toBe(3);
    expect(after.request.load).toEqual({ seats: 0, wheelchairs: 0, infantSeats: 0 });
    expect(check(problem, after.route, after.request).violations).toEqual([]);
  });
});
