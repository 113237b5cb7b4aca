/**
 * Cordeau's dial-a-ride benchmark format: parsing an instance into the
 * engine's model, writing a plan in the README's solution format, and an
 * independent verifier of such a solution file (it does not use the engine).
 * See /work/shared/darp/README.md for the format and its quirks.
 */
import type { Plan, Problem, TravelMatrix } from '../../src/scheduling/index.js';

export interface CordeauNode {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly service: number;
  readonly load: number;
  readonly earliest: number;
  readonly latest: number;
}

export interface CordeauInstance {
  readonly name: string;
  readonly vehicles: number;
  readonly requests: number;
  readonly maxRouteDuration: number;
  readonly capacity: number;
  readonly maxRideTime: number;
  /** Nodes 0..2N, plus 2N+1 (the end depot) when the file has it. */
  readonly nodes: readonly CordeauNode[];
  /** Id of the node routes end at: 2N+1 when present, else 0. */
  readonly endNode: number;
}

/** Parses an instance; the header's second field (N or 2N) is ignored: node lines are counted. */
export function parseCordeau(name: string, text: string): CordeauInstance {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => l.split(/\s+/).map(Number));
  const [head, ...rows] = lines;
  if (!head || head.length < 5) throw new Error(`${name}: bad header`);
  const nodes = rows
    .filter((r) => r.length >= 7)
    .map(([id, x, y, service, load, earliest, latest]) => ({
      id: id!,
      x: x!,
      y: y!,
      service: service!,
      load: load!,
      earliest: earliest!,
      latest: latest!,
    }));
  const hasEnd = nodes.length % 2 === 0; // 0..2N+1 is even in count, 0..2N is odd
  const n = hasEnd ? (nodes.length - 2) / 2 : (nodes.length - 1) / 2;
  nodes.forEach((node, k) => {
    if (node.id !== k) throw new Error(`${name}: node line ${k} has id ${node.id}`);
  });
  return {
    name,
    vehicles: head[0]!,
    requests: n,
    maxRouteDuration: head[2]!,
    capacity: head[3]!,
    maxRideTime: head[4]!,
    nodes,
    endNode: hasEnd ? 2 * n + 1 : 0,
  };
}

/** Euclidean distance between two nodes, the benchmark's travel time and cost. */
export function euclid(inst: CordeauInstance, a: number, b: number): number {
  const p = inst.nodes[a]!;
  const q = inst.nodes[b]!;
  return Math.hypot(p.x - q.x, p.y - q.y);
}

/**
 * The engine's model of an instance: locations are node ids; capacity maps
 * to seats; the maximum route duration to `maxDuration`; the depot window
 * to the shift.
 */
export function toProblem(inst: CordeauInstance): Problem {
  const size = inst.nodes.length;
  const d = new Float64Array(size * size);
  for (let a = 0; a < size; a++)
    for (let b = 0; b < size; b++) d[a * size + b] = euclid(inst, a, b);
  const at = (a: number, b: number) => d[a * size + b]!;
  const matrix: TravelMatrix = { size, duration: at, distance: at };
  const n = inst.requests;
  const depot = inst.nodes[0]!;
  const end = inst.nodes[inst.endNode]!;
  const requests = Array.from({ length: n }, (_, k) => {
    const p = inst.nodes[k + 1]!;
    const q = inst.nodes[k + 1 + n]!;
    return {
      id: String(k + 1),
      pickupLocation: p.id,
      dropoffLocation: q.id,
      load: { seats: p.load, wheelchairs: 0, infantSeats: 0 },
      requiredFeatures: [],
      pickupWindow: { earliest: p.earliest, latest: p.latest },
      dropoffWindow: { earliest: q.earliest, latest: q.latest },
      pickupServiceTime: p.service,
      dropoffServiceTime: q.service,
      maxRideTime: inst.maxRideTime,
      shareable: true,
    };
  });
  const vehicles = Array.from({ length: inst.vehicles }, (_, k) => ({
    id: `k${k}`,
    capacity: { seats: inst.capacity, wheelchairs: 0, infantSeats: 0 },
    features: [],
    shift: { earliest: depot.earliest, latest: Math.min(depot.latest, end.latest) },
    startLocation: 0,
    endLocation: inst.endNode,
    breaks: [],
    maxDuration: inst.maxRouteDuration,
  }));
  return { requests, vehicles, matrix };
}

export interface CordeauSolution {
  readonly instance: string;
  readonly cost: number;
  readonly routes: { node: number; time: number }[][];
}

/** The README's solution format: node ids and start-of-service times, depot to depot. */
export function toSolution(inst: CordeauInstance, plan: Plan): CordeauSolution {
  const n = inst.requests;
  const routes = plan.routes
    .filter((r) => r.stops.length > 0)
    .map((r) => {
      const first = r.stops[0]!;
      const lastStop = r.stops[r.stops.length - 1]!;
      const out = [{ node: 0, time: first.arrival - euclid(inst, 0, first.location) }];
      for (const s of r.stops) {
        out.push({
          node: s.kind === 'pickup' ? Number(s.refId) : Number(s.refId) + n,
          time: s.start,
        });
      }
      out.push({
        node: inst.endNode,
        time: lastStop.departure + euclid(inst, lastStop.location, inst.endNode),
      });
      return out;
    });
  let cost = 0;
  for (const r of routes)
    for (let k = 1; k < r.length; k++) cost += euclid(inst, r[k - 1]!.node, r[k]!.node);
  return { instance: inst.name, cost, routes };
}

/**
 * Checks a solution file against the instance exactly as the README states
 * the rules, with its tolerance of 1e-4; shares no code with the engine.
 */
export function verifySolution(inst: CordeauInstance, sol: CordeauSolution, tol = 1e-4) {
  const errors: string[] = [];
  const n = inst.requests;
  const node = (id: number) => inst.nodes[id]!;
  const served = new Map<number, number>();
  if (sol.routes.length > inst.vehicles)
    errors.push(`${sol.routes.length} routes > ${inst.vehicles}`);
  let cost = 0;
  sol.routes.forEach((route, k) => {
    const first = route[0];
    const lastStop = route[route.length - 1];
    if (!first || !lastStop || first.node !== 0 || lastStop.node !== inst.endNode) {
      errors.push(`route ${k}: must run from 0 to ${inst.endNode}`);
      return;
    }
    let load = 0;
    const pickedAt = new Map<number, number>();
    for (let s = 0; s < route.length; s++) {
      const { node: id, time } = route[s]!;
      const nd = node(id);
      if (!nd) {
        errors.push(`route ${k}: unknown node ${id}`);
        continue;
      }
      if (time < nd.earliest - tol || time > nd.latest + tol)
        errors.push(`node ${id}: time ${time} outside window`);
      if (s > 0) {
        const prev = route[s - 1]!;
        const d = euclid(inst, prev.node, id);
        cost += d;
        const svc = s - 1 === 0 ? 0 : node(prev.node).service;
        if (time < prev.time + svc + d - tol) errors.push(`node ${id}: reached too early`);
      }
      if (s === 0 || s === route.length - 1) continue;
      load += nd.load;
      if (load > inst.capacity) errors.push(`route ${k}: over capacity at node ${id}`);
      if (id >= 1 && id <= n) {
        pickedAt.set(id, time + nd.service);
        served.set(id, (served.get(id) ?? 0) + 1);
      } else if (id > n && id <= 2 * n) {
        const end = pickedAt.get(id - n);
        if (end === undefined) errors.push(`node ${id}: drop-off before its pickup in route ${k}`);
        else if (time - end > inst.maxRideTime + tol)
          errors.push(`request ${id - n}: ride too long`);
      } else errors.push(`route ${k}: depot node ${id} inside the route`);
    }
    if (load !== 0) errors.push(`route ${k}: ends with load ${load}`);
    if (lastStop.time - first.time > inst.maxRouteDuration + tol)
      errors.push(`route ${k}: too long`);
  });
  for (let r = 1; r <= n; r++) {
    const times = served.get(r) ?? 0;
    if (times !== 1) errors.push(`request ${r} served ${times} times`);
  }
  if (Math.abs(cost - sol.cost) > tol)
    errors.push(`reported cost ${sol.cost} but routes cost ${cost}`);
  return { feasible: errors.length === 0, cost, errors };
}
