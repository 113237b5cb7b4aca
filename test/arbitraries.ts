/**
 * Builders and fast-check generators for the scheduling engine's tests.
 * Places are points in the plane; travel time and distance are Euclidean,
 * so hand-computed expectations stay easy to read.
 */
import fc from 'fast-check';
import {
  type DriverBreak,
  insertRequest,
  type Load,
  type Plan,
  type Problem,
  type RequiredFeature,
  type TransportRequest,
  type TravelMatrix,
  type Vehicle,
  type VehicleFeature,
} from '../src/scheduling/index.js';

/** A Euclidean matrix over `points` (index = location). */
export function euclidean(points: readonly (readonly [number, number])[]): TravelMatrix {
  const n = points.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      d[i * n + j] = Math.hypot(xi - xj, yi - yj);
    }
  }
  const at = (a: number, b: number) => d[a * n + b]!;
  return { size: n, duration: at, distance: at };
}

/** Locations 0..n-1 on a line at x = 10·i: travel between i and j takes 10·|i − j|. */
export function line(n: number): TravelMatrix {
  return euclidean(Array.from({ length: n }, (_, i) => [10 * i, 0] as const));
}

export function load(seats: number, wheelchairs = 0, infantSeats = 0): Load {
  return { seats, wheelchairs, infantSeats };
}

/** A request with wide windows, no service time, a generous ride time; override what matters. */
export function aRequest(
  over: Partial<TransportRequest> & Pick<TransportRequest, 'id'>,
): TransportRequest {
  return {
    pickupLocation: 1,
    dropoffLocation: 2,
    load: load(1),
    requiredFeatures: [],
    pickupWindow: { earliest: 0, latest: 1000 },
    dropoffWindow: { earliest: 0, latest: 1000 },
    pickupServiceTime: 0,
    dropoffServiceTime: 0,
    maxRideTime: 1000,
    shareable: true,
    ...over,
  };
}

/** A car with four seats at depot 0, shift [0, 1000]; override what matters. */
export function aVehicle(over: Partial<Vehicle> & Pick<Vehicle, 'id'>): Vehicle {
  return {
    capacity: load(4),
    features: [],
    shift: { earliest: 0, latest: 1000 },
    startLocation: 0,
    endLocation: 0,
    breaks: [],
    ...over,
  };
}

export interface ProblemShape {
  readonly maxRequests: number;
  readonly maxVehicles: number;
}

const featureSets: readonly (readonly VehicleFeature[])[] = [[], ['ramp'], ['lift', 'infantSeat']];
const needSets: readonly (readonly RequiredFeature[])[] = [
  [],
  [],
  ['wheelchairAccess'],
  ['infantSeat'],
];

/**
 * Small random problems over a 40×40 plane and a 600-minute day: mixed
 * needs and fleets, some exclusive rides, some breaks, arrive-by windows.
 */
export function arbProblem(shape: ProblemShape = { maxRequests: 12, maxVehicles: 3 }) {
  const point = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }));
  const req = fc.record({
    from: point,
    to: point,
    t: fc.integer({ min: 0, max: 500 }),
    width: fc.integer({ min: 0, max: 60 }),
    arriveBy: fc.boolean(),
    seats: fc.integer({ min: 1, max: 3 }),
    needs: fc.integer({ min: 0, max: 3 }),
    service: fc.integer({ min: 0, max: 5 }),
    rideFactor: fc.double({ min: 1, max: 3, noNaN: true }),
    shareable: fc.integer({ min: 0, max: 3 }).map((k) => k > 0),
  });
  const veh = fc.record({
    depot: point,
    start: fc.integer({ min: 0, max: 200 }),
    length: fc.integer({ min: 200, max: 600 }),
    features: fc.integer({ min: 0, max: 2 }),
    seats: fc.integer({ min: 1, max: 6 }),
    wheel: fc.integer({ min: 0, max: 2 }),
    infant: fc.integer({ min: 0, max: 1 }),
    withBreak: fc.boolean(),
  });
  return fc
    .record({
      reqs: fc.array(req, { minLength: 1, maxLength: shape.maxRequests }),
      vehs: fc.array(veh, { minLength: 1, maxLength: shape.maxVehicles }),
    })
    .map(({ reqs, vehs }): Problem => {
      const points: [number, number][] = [];
      const at = (p: readonly [number, number]) => points.push([p[0], p[1]]) - 1;
      const vehicles = vehs.map((v, k): Vehicle => {
        const depot = at(v.depot);
        const breaks: DriverBreak[] = v.withBreak
          ? [
              {
                id: `b${k}`,
                window: { earliest: v.start + 100, latest: v.start + 160 },
                duration: 20,
              },
            ]
          : [];
        return {
          id: `v${k}`,
          capacity: load(v.seats, v.wheel, v.infant),
          features: featureSets[v.features]!,
          shift: { earliest: v.start, latest: v.start + v.length },
          startLocation: depot,
          endLocation: depot,
          breaks,
        };
      });
      const requests = reqs.map((q, k): TransportRequest => {
        const from = at(q.from);
        const to = at(q.to);
        const direct = Math.hypot(q.from[0] - q.to[0], q.from[1] - q.to[1]);
        const needs = needSets[q.needs]!;
        const open = { earliest: 0, latest: 10_000 };
        const win = { earliest: q.t, latest: q.t + q.width };
        return {
          id: `r${k}`,
          pickupLocation: from,
          dropoffLocation: to,
          load: load(
            q.seats,
            needs.includes('wheelchairAccess') ? 1 : 0,
            needs.includes('infantSeat') ? 1 : 0,
          ),
          requiredFeatures: needs,
          pickupWindow: q.arriveBy ? open : win,
          dropoffWindow: q.arriveBy ? win : open,
          pickupServiceTime: q.service,
          dropoffServiceTime: q.service,
          maxRideTime: Math.ceil(direct * q.rideFactor) + 10,
          shareable: q.shareable,
        };
      });
      return { requests, vehicles, matrix: euclidean(points) };
    });
}

/** A start plan for optimiser tests: every request inserted in order, as the booking flow would. */
export function greedyPlan(problem: Problem): Plan {
  let plan: Plan = { routes: [], unassigned: problem.requests.map((r) => r.id) };
  for (const r of problem.requests) {
    const out = insertRequest(problem, plan, r.id);
    if (out.kind === 'assigned') plan = out.plan;
  }
  return plan;
}
