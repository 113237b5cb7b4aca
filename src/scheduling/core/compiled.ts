import type { Problem, TransportRequest, Vehicle } from '../model.js';

/**
 * A problem flattened into typed arrays so the hot loops (route evaluation,
 * insertion) index numbers instead of chasing objects and string ids.
 *
 * Node numbering: request r has pickup node `2r` and drop-off node `2r + 1`
 * (so `node ^ 1` is the partner); driver breaks follow from `2R` on. A break
 * has no location of its own: it is taken where the vehicle stands (see
 * `schedule.ts`), so `loc` holds -1 for it.
 */
export interface Compiled {
  readonly problem: Problem;
  readonly nRequests: number;
  readonly nNodes: number;
  readonly requestIndex: ReadonlyMap<string, number>;
  readonly vehicleIndex: ReadonlyMap<string, number>;
  readonly loc: Int32Array;
  /** Window of the start of service; mutable only for `findAlternativeTimes`, which restores it. */
  readonly early: Float64Array;
  readonly late: Float64Array;
  readonly service: Float64Array;
  readonly dSeats: Int32Array;
  readonly dWheel: Int32Array;
  readonly dInfant: Int32Array;
  /** Per request. */
  readonly maxRide: Float64Array;
  readonly exclusive: Uint8Array;
  /** Per request: index of its `currentVehicle` (-1: none), and what serving it elsewhere costs. */
  readonly home: Int32Array;
  readonly moveCost: number;
  /** Per break node (index node - 2R): owning vehicle. */
  readonly breakVehicle: Int32Array;
  /** Per vehicle. */
  readonly capSeats: Int32Array;
  readonly capWheel: Int32Array;
  readonly capInfant: Int32Array;
  readonly shiftStart: Float64Array;
  readonly shiftEnd: Float64Array;
  readonly maxDuration: Float64Array;
  readonly startLoc: Int32Array;
  readonly endLoc: Int32Array;
  readonly breakNodes: readonly (readonly number[])[];
  readonly breakNodeById: readonly ReadonlyMap<string, number>[];
  /** Scratch, indexed by node: position in the sequence being evaluated. */
  readonly pos: Int32Array;
  readonly stamp: Uint32Array;
  readonly dur: (a: number, b: number) => number;
  readonly dist: (a: number, b: number) => number;
}

const cache = new WeakMap<Problem, Compiled>();

/** The compiled form of `problem`, built once and cached for the problem object's lifetime. */
export function compile(problem: Problem): Compiled {
  const hit = cache.get(problem);
  if (hit) return hit;
  const built = build(problem);
  cache.set(problem, built);
  return built;
}

/** True when `vehicle` serves `request`'s service (see `Vehicle.services`). */
export function servesService(vehicle: Vehicle, request: TransportRequest): boolean {
  return (
    request.service === undefined ||
    vehicle.services === undefined ||
    vehicle.services.includes(request.service)
  );
}

/**
 * True when `vehicle` serves the request's service and has the features
 * and, per kind, the places `request` needs. The checker's counterpart is
 * `constraints/capability.ts` and `constraints/capacity.ts`.
 */
export function canServe(vehicle: Vehicle, request: TransportRequest): boolean {
  if (!servesService(vehicle, request)) return false;
  for (const need of request.requiredFeatures) {
    if (need === 'wheelchairAccess') {
      if (!vehicle.features.includes('ramp') && !vehicle.features.includes('lift')) return false;
    } else if (!vehicle.features.includes(need)) return false;
  }
  const cap = vehicle.capacity;
  const load = request.load;
  return (
    load.seats <= cap.seats &&
    load.wheelchairs <= cap.wheelchairs &&
    load.infantSeats <= cap.infantSeats
  );
}

function build(problem: Problem): Compiled {
  const R = problem.requests.length;
  let nBreaks = 0;
  for (const v of problem.vehicles) nBreaks += v.breaks.length;
  const nNodes = 2 * R + nBreaks;
  const loc = new Int32Array(nNodes);
  const early = new Float64Array(nNodes);
  const late = new Float64Array(nNodes);
  const service = new Float64Array(nNodes);
  const dSeats = new Int32Array(nNodes);
  const dWheel = new Int32Array(nNodes);
  const dInfant = new Int32Array(nNodes);
  const maxRide = new Float64Array(R);
  const exclusive = new Uint8Array(R);
  const requestIndex = new Map<string, number>();
  problem.requests.forEach((q, r) => {
    if (requestIndex.has(q.id)) throw new Error(`duplicate request id ${q.id}`);
    requestIndex.set(q.id, r);
    const p = 2 * r;
    const d = p + 1;
    loc[p] = q.pickupLocation;
    loc[d] = q.dropoffLocation;
    early[p] = q.pickupWindow.earliest;
    late[p] = q.pickupWindow.latest;
    early[d] = q.dropoffWindow.earliest;
    late[d] = q.dropoffWindow.latest;
    service[p] = q.pickupServiceTime;
    service[d] = q.dropoffServiceTime;
    dSeats[p] = q.load.seats;
    dSeats[d] = -q.load.seats;
    dWheel[p] = q.load.wheelchairs;
    dWheel[d] = -q.load.wheelchairs;
    dInfant[p] = q.load.infantSeats;
    dInfant[d] = -q.load.infantSeats;
    maxRide[r] = q.maxRideTime;
    exclusive[r] = q.shareable ? 0 : 1;
  });
  const home = new Int32Array(R).fill(-1);
  const breakVehicle = new Int32Array(nBreaks);
  const breakNodes: number[][] = [];
  const breakNodeById: Map<string, number>[] = [];
  const vehicleIndex = new Map<string, number>();
  let next = 2 * R;
  problem.vehicles.forEach((veh, v) => {
    if (vehicleIndex.has(veh.id)) throw new Error(`duplicate vehicle id ${veh.id}`);
    vehicleIndex.set(veh.id, v);
    const nodes: number[] = [];
    const byId = new Map<string, number>();
    for (const b of veh.breaks) {
      loc[next] = -1;
      early[next] = b.window.earliest;
      late[next] = b.window.latest;
      service[next] = b.duration;
      breakVehicle[next - 2 * R] = v;
      nodes.push(next);
      byId.set(b.id, next);
      next++;
    }
    breakNodes.push(nodes);
    breakNodeById.push(byId);
  });
  problem.requests.forEach((q, r) => {
    if (q.currentVehicle !== undefined) home[r] = vehicleIndex.get(q.currentVehicle) ?? -1;
  });
  const pick = <T>(f: (v: Vehicle) => T) => problem.vehicles.map(f);
  return {
    problem,
    nRequests: R,
    nNodes,
    requestIndex,
    vehicleIndex,
    loc,
    early,
    late,
    service,
    dSeats,
    dWheel,
    dInfant,
    maxRide,
    exclusive,
    home,
    moveCost: problem.moveCost ?? 0,
    breakVehicle,
    capSeats: Int32Array.from(pick((v) => v.capacity.seats)),
    capWheel: Int32Array.from(pick((v) => v.capacity.wheelchairs)),
    capInfant: Int32Array.from(pick((v) => v.capacity.infantSeats)),
    shiftStart: Float64Array.from(pick((v) => v.shift.earliest)),
    shiftEnd: Float64Array.from(pick((v) => v.shift.latest)),
    maxDuration: Float64Array.from(pick((v) => v.maxDuration ?? Number.POSITIVE_INFINITY)),
    startLoc: Int32Array.from(pick((v) => v.startLocation)),
    endLoc: Int32Array.from(pick((v) => v.endLocation)),
    breakNodes,
    breakNodeById,
    pos: new Int32Array(nNodes),
    stamp: new Uint32Array(nNodes),
    ...lookups(problem),
  };
}

/**
 * Travel lookups; small matrices are copied dense so the hot loops index an
 * array (kept small: a problem rebuilt per booking pays the copy each time).
 */
function lookups(problem: Problem): Pick<Compiled, 'dur' | 'dist'> {
  const m = problem.matrix;
  const n = m.size;
  if (n > 256) return { dur: (a, b) => m.duration(a, b), dist: (a, b) => m.distance(a, b) };
  const dur = new Float64Array(n * n);
  const dist = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      dur[a * n + b] = m.duration(a, b);
      dist[a * n + b] = m.distance(a, b);
    }
  }
  return { dur: (a, b) => dur[a * n + b]!, dist: (a, b) => dist[a * n + b]! };
}
