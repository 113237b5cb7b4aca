import type { Problem, TransportRequest, Vehicle } from '../model.js';

/**
 * A problem flattened into typed arrays so the hot loops (route evaluation,
 * insertion) index numbers instead of chasing objects and string ids.
 *
 * Node numbering: request r has pickup node `2r` and drop-off node `2r + 1`
 * (so `node ^ 1` is the partner); driver breaks follow from `breakBase` on,
 * past room for more requests than the problem has, so that a day's next
 * booking leaves every break its number (and the routes prepared for
 * insertion stay valid). Nodes between are unused. A break has no location
 * of its own: it is taken where the vehicle stands (see `schedule.ts`), so
 * `loc` holds -1 for it.
 */
export interface Compiled {
  readonly problem: Problem;
  readonly nRequests: number;
  readonly nNodes: number;
  /** The first break node: every request node is below it. */
  readonly breakBase: number;
  /**
   * Shared by the problems derived from one another while their node numbers
   * hold (the requests fit the room, the breaks are the same): what was
   * worked out about a route in one may serve the next (see `prepared`).
   */
  readonly layout: Layout;
  readonly requestIndex: IdIndex;
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
  /** The matrix size the lookups were copied at; 0 when they read the matrix itself. */
  readonly copiedSize: number;
}

/** Node numbering shared along a line of derived problems; compared by identity. */
export interface Layout {
  /** Requests the numbering has room for. */
  readonly room: number;
}

/** Room for this many requests: a day grows by a booking at a time, so numbers last a while. */
function roomFor(nRequests: number): number {
  return nRequests + Math.max(64, nRequests >> 3);
}

/** Request id to index; a derived problem's index layers its few changes over its parent's. */
export interface IdIndex {
  get(id: string): number | undefined;
}

const cache = new WeakMap<Problem, Compiled>();
/** How far up its lineage a problem looks for a compiled ancestor to derive from. */
const MAX_UNCOMPILED_HOPS = 8;
// Weak both ways: a day of bookings makes a chain of problems, and only the last must stay alive.
const lineage = new WeakMap<Problem, { parent: WeakRef<Problem>; consume: boolean }>();

/** The compiled form of `problem`, built once and cached for the problem object's lifetime. */
export function compile(problem: Problem): Compiled {
  const hit = cache.get(problem);
  if (hit) return hit;
  // The nearest compiled ancestor: a problem edited twice between compiles still derives.
  const link = lineage.get(problem);
  let parent = link?.parent.deref();
  let base = parent && cache.get(parent);
  // Only the direct parent's arrays are taken over, and only when it was given up.
  const consume = link?.consume === true && base !== undefined;
  for (let hops = 1; parent && !base && hops < MAX_UNCOMPILED_HOPS; hops++) {
    parent = lineage.get(parent)?.parent.deref();
    base = parent && cache.get(parent);
  }
  const built = (base && derive(base, problem, consume)) ?? build(problem);
  cache.set(problem, built);
  return built;
}

/**
 * Says `child` was made from `parent` by replacing, adding or removing a few
 * requests (a booking's window narrowed, a new booking in the day): compiling
 * it then copies the parent's compiled arrays and redoes only the requests
 * whose objects differ, instead of walking every request of the day. Only a
 * hint: what differs is found by comparing the two problems' objects, and a
 * child too different from its parent is compiled whole. Returns `child`.
 */
export function derivedFrom<P extends Problem>(
  child: P,
  parent: Problem,
  options: {
    /**
     * The parent is given up (a day in memory moving on from its last
     * problem): the child's compile takes over its arrays and patches them in
     * place rather than copying them, which at 30,000 requests was the one
     * cost of a booking that grew with the day. The parent, if used again,
     * is compiled whole.
     */
    consume?: boolean;
  } = {},
): P {
  if (child !== parent)
    lineage.set(child, { parent: new WeakRef(parent), consume: options.consume === true });
  return child;
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

/** The per-node and per-request arrays (the part a derived problem copies and patches). */
interface RequestArrays {
  loc: Int32Array;
  early: Float64Array;
  late: Float64Array;
  service: Float64Array;
  dSeats: Int32Array;
  dWheel: Int32Array;
  dInfant: Int32Array;
  maxRide: Float64Array;
  exclusive: Uint8Array;
  home: Int32Array;
}

/** Per-request arrays sized to `room` (a derived problem that takes them over may grow into it). */
function allocate(room: number, nNodes: number): RequestArrays {
  return {
    loc: new Int32Array(nNodes),
    early: new Float64Array(nNodes),
    late: new Float64Array(nNodes),
    service: new Float64Array(nNodes),
    dSeats: new Int32Array(nNodes),
    dWheel: new Int32Array(nNodes),
    dInfant: new Int32Array(nNodes),
    maxRide: new Float64Array(room),
    exclusive: new Uint8Array(room),
    home: new Int32Array(room).fill(-1),
  };
}

function fillRequest(
  a: RequestArrays,
  q: TransportRequest,
  r: number,
  vehicleIndex: ReadonlyMap<string, number>,
): void {
  const p = 2 * r;
  const d = p + 1;
  a.loc[p] = q.pickupLocation;
  a.loc[d] = q.dropoffLocation;
  a.early[p] = q.pickupWindow.earliest;
  a.late[p] = q.pickupWindow.latest;
  a.early[d] = q.dropoffWindow.earliest;
  a.late[d] = q.dropoffWindow.latest;
  a.service[p] = q.pickupServiceTime;
  a.service[d] = q.dropoffServiceTime;
  a.dSeats[p] = q.load.seats;
  a.dSeats[d] = -q.load.seats;
  a.dWheel[p] = q.load.wheelchairs;
  a.dWheel[d] = -q.load.wheelchairs;
  a.dInfant[p] = q.load.infantSeats;
  a.dInfant[d] = -q.load.infantSeats;
  a.maxRide[r] = q.maxRideTime;
  a.exclusive[r] = q.shareable ? 0 : 1;
  a.home[r] = q.currentVehicle === undefined ? -1 : (vehicleIndex.get(q.currentVehicle) ?? -1);
}

/**
 * Rewrites request `r` of a compiled form in place: for a caller that owns
 * the compiled form and retimes its requests between insertions (the fleet
 * simulator's day), where even a derived compile would copy the arrays.
 */
export function writeRequest(c: Compiled, q: TransportRequest, r: number): void {
  fillRequest(c, q, r, c.vehicleIndex);
}

function breakCount(vehicles: readonly Vehicle[]): number {
  let n = 0;
  for (const v of vehicles) n += v.breaks.length;
  return n;
}

/** Break nodes (numbered from `breakBase`) into `a`, and their per-vehicle lookups. */
function fillBreaks(
  a: RequestArrays,
  vehicles: readonly Vehicle[],
  breakBase: number,
  nBreaks: number,
): Pick<Compiled, 'breakVehicle' | 'breakNodes' | 'breakNodeById'> {
  const breakVehicle = new Int32Array(nBreaks);
  const breakNodes: number[][] = [];
  const breakNodeById: Map<string, number>[] = [];
  let next = breakBase;
  vehicles.forEach((veh, v) => {
    const nodes: number[] = [];
    const byId = new Map<string, number>();
    for (const b of veh.breaks) {
      writeBreak(a, next, b);
      breakVehicle[next - breakBase] = v;
      nodes.push(next);
      byId.set(b.id, next);
      next++;
    }
    breakNodes.push(nodes);
    breakNodeById.push(byId);
  });
  return { breakVehicle, breakNodes, breakNodeById };
}

function writeBreak(a: RequestArrays, node: number, b: Vehicle['breaks'][number]): void {
  a.loc[node] = -1;
  a.early[node] = b.window.earliest;
  a.late[node] = b.window.latest;
  a.service[node] = b.duration;
}

/** True when `now` has the breaks `was` had, by id and order (their times may differ). */
function sameBreakIds(now: Vehicle, was: Vehicle): boolean {
  if (now.breaks === was.breaks) return true;
  if (now.breaks.length !== was.breaks.length) return false;
  return now.breaks.every((b, k) => b.id === was.breaks[k]!.id);
}

type VehicleArrays = Pick<
  Compiled,
  | 'vehicleIndex'
  | 'capSeats'
  | 'capWheel'
  | 'capInfant'
  | 'shiftStart'
  | 'shiftEnd'
  | 'maxDuration'
  | 'startLoc'
  | 'endLoc'
>;

/** Vehicle `v`'s facts into the per-vehicle arrays (made whole, or a derived problem's remade ones). */
function fillVehicle(a: VehicleArrays, veh: Vehicle, v: number): void {
  a.capSeats[v] = veh.capacity.seats;
  a.capWheel[v] = veh.capacity.wheelchairs;
  a.capInfant[v] = veh.capacity.infantSeats;
  a.shiftStart[v] = veh.shift.earliest;
  a.shiftEnd[v] = veh.shift.latest;
  a.maxDuration[v] = veh.maxDuration ?? Number.POSITIVE_INFINITY;
  a.startLoc[v] = veh.startLocation;
  a.endLoc[v] = veh.endLocation;
}

function vehicleArrays(vehicles: readonly Vehicle[]): VehicleArrays {
  const vehicleIndex = new Map<string, number>();
  const n = vehicles.length;
  const a: VehicleArrays = {
    vehicleIndex,
    capSeats: new Int32Array(n),
    capWheel: new Int32Array(n),
    capInfant: new Int32Array(n),
    shiftStart: new Float64Array(n),
    shiftEnd: new Float64Array(n),
    maxDuration: new Float64Array(n),
    startLoc: new Int32Array(n),
    endLoc: new Int32Array(n),
  };
  vehicles.forEach((veh, v) => {
    if (vehicleIndex.has(veh.id)) throw new Error(`duplicate vehicle id ${veh.id}`);
    vehicleIndex.set(veh.id, v);
    fillVehicle(a, veh, v);
  });
  return a;
}

function requestArraysOf(c: Compiled): RequestArrays {
  const { loc, early, late, service, dSeats, dWheel, dInfant, maxRide, exclusive, home } = c;
  return { loc, early, late, service, dSeats, dWheel, dInfant, maxRide, exclusive, home };
}

function vehicleArraysOf(c: Compiled): VehicleArrays {
  return {
    vehicleIndex: c.vehicleIndex,
    capSeats: c.capSeats,
    capWheel: c.capWheel,
    capInfant: c.capInfant,
    shiftStart: c.shiftStart,
    shiftEnd: c.shiftEnd,
    maxDuration: c.maxDuration,
    startLoc: c.startLoc,
    endLoc: c.endLoc,
  };
}

/** The parent's vehicle arrays copied, the `remade` vehicles (same ids, same places) written anew. */
function patchedVehicles(base: Compiled, child: Problem, remade: readonly number[]): VehicleArrays {
  const out = {
    vehicleIndex: base.vehicleIndex,
    capSeats: base.capSeats.slice(),
    capWheel: base.capWheel.slice(),
    capInfant: base.capInfant.slice(),
    shiftStart: base.shiftStart.slice(),
    shiftEnd: base.shiftEnd.slice(),
    maxDuration: base.maxDuration.slice(),
    startLoc: base.startLoc.slice(),
    endLoc: base.endLoc.slice(),
  };
  for (const v of remade) fillVehicle(out, child.vehicles[v]!, v);
  return out;
}

function build(problem: Problem): Compiled {
  const R = problem.requests.length;
  const nBreaks = breakCount(problem.vehicles);
  const layout: Layout = { room: roomFor(R) };
  const breakBase = 2 * layout.room;
  const nNodes = breakBase + nBreaks;
  const a = allocate(layout.room, nNodes);
  const vehicles = vehicleArrays(problem.vehicles);
  const requestIndex = new Map<string, number>();
  problem.requests.forEach((q, r) => {
    if (requestIndex.has(q.id)) throw new Error(`duplicate request id ${q.id}`);
    requestIndex.set(q.id, r);
    fillRequest(a, q, r, vehicles.vehicleIndex);
  });
  return {
    problem,
    nRequests: R,
    nNodes,
    breakBase,
    layout,
    requestIndex,
    ...a,
    ...vehicles,
    moveCost: problem.moveCost ?? 0,
    ...fillBreaks(a, problem.vehicles, breakBase, nBreaks),
    pos: new Int32Array(nNodes),
    stamp: new Uint32Array(nNodes),
    ...lookups(problem),
  };
}

/** Matrices up to this size are copied dense for the hot loops. */
const DENSE_MAX = 256;
/** Past this many changed requests (or this share of them) a child is compiled whole. */
const MAX_DERIVED_CHANGES = 256;
/** Layers of changes over a full index before it is made whole again (a lookup walks them all). */
const MAX_INDEX_LAYERS = 8;

/**
 * Indexes another compiled problem still reads (directly or under its
 * layers): never edited in place. A day's line of problems, each giving up
 * the last, edits one index; rebuilding it every few bookings was most of a
 * booking's compile at 30,000 requests.
 */
const sharedIndexes = new WeakSet<IdIndex>();

/** A derived problem's request index: its parent's, edited in place when given up, else layered. */
function childIndex(
  index: IdIndex,
  own: ReadonlyMap<string, number>,
  child: Problem,
  /** The parent is given up (its arrays are taken over). */
  take: boolean,
): IdIndex {
  if (take && index instanceof Map && !sharedIndexes.has(index)) {
    for (const [id, r] of own) {
      if (r < 0) index.delete(id);
      else index.set(id, r);
    }
    return index;
  }
  if (!take) markShared(index);
  if (own.size === 0) return index;
  const layers = index instanceof LayeredIndex ? index.layers + 1 : 1;
  if (layers > MAX_INDEX_LAYERS) return new Map(child.requests.map((q, r) => [q.id, r] as const));
  return new LayeredIndex(index, own, layers);
}

function markShared(index: IdIndex): void {
  sharedIndexes.add(index);
  if (index instanceof LayeredIndex) markShared(index.base);
}

/** An index of a few ids' new slots (-1: gone) over the parent's. */
class LayeredIndex implements IdIndex {
  constructor(
    readonly base: IdIndex,
    private readonly own: ReadonlyMap<string, number>,
    readonly layers: number,
  ) {}

  get(id: string): number | undefined {
    const here = this.own.get(id);
    if (here !== undefined) return here < 0 ? undefined : here;
    return this.base.get(id);
  }
}

/**
 * `child` compiled from its parent's compiled form `base`: the same matrix,
 * the same vehicle ids in the same order (so vehicle numbers, and the
 * requests' `home`, hold), and few requests whose objects differ. Null
 * when it is not so: the caller compiles the child whole.
 */
function derive(base: Compiled, child: Problem, consume = false): Compiled | null {
  const parent = base.problem;
  if (child.matrix !== parent.matrix || (child.moveCost ?? 0) !== base.moveCost) return null;
  if (child.vehicles.length !== parent.vehicles.length) return null;
  // Vehicles whose objects differ (a route changed, an idle car's start moved): same ids only.
  const remade: number[] = [];
  if (child.vehicles !== parent.vehicles) {
    for (let v = 0; v < child.vehicles.length; v++) {
      const now = child.vehicles[v]!;
      const was = parent.vehicles[v]!;
      if (now === was) continue;
      if (now.id !== was.id) return null;
      remade.push(v);
    }
  }
  const sameVehicles = remade.length === 0;
  const R = child.requests.length;
  const oldR = parent.requests.length;
  const touched: number[] = [];
  const common = Math.min(R, oldR);
  const limit = Math.max(MAX_DERIVED_CHANGES, common >> 3);
  for (let r = 0; r < common; r++) {
    if (child.requests[r] !== parent.requests[r]) {
      touched.push(r);
      if (touched.length > limit) return null;
    }
  }
  for (let r = common; r < R; r++) touched.push(r);
  if (touched.length > limit) return null;

  const nBreaks = breakCount(child.vehicles);
  // Break numbers hold while the requests fit the room and each remade vehicle keeps its breaks.
  const keepLayout =
    R <= base.layout.room &&
    remade.every((v) => sameBreakIds(child.vehicles[v]!, parent.vehicles[v]!));
  const layout = keepLayout ? base.layout : { room: roomFor(R) };
  const breakBase = 2 * layout.room;
  const nNodes = breakBase + nBreaks;
  // A parent given up hands its arrays over when they fit (its nodes are then not copied).
  const take = consume && keepLayout;
  const a = take ? requestArraysOf(base) : allocate(layout.room, nNodes);
  if (take) cache.delete(parent);
  else {
    const keepNodes = 2 * common;
    for (const key of ['loc', 'early', 'late', 'service', 'dSeats', 'dWheel', 'dInfant'] as const)
      a[key].set(base[key].subarray(0, keepNodes));
    a.maxRide.set(base.maxRide.subarray(0, common));
    a.exclusive.set(base.exclusive.subarray(0, common));
    a.home.set(base.home.subarray(0, common));
  }
  const vehicles = sameVehicles ? vehicleArraysOf(base) : patchedVehicles(base, child, remade);

  // Ids that left their slot first, then where each touched request now is.
  const own = new Map<string, number>();
  for (const r of touched) {
    const was = parent.requests[r];
    if (was && child.requests[r]!.id !== was.id) own.set(was.id, -1);
  }
  for (let r = R; r < oldR; r++) own.set(parent.requests[r]!.id, -1);
  for (const r of touched) {
    const q = child.requests[r]!;
    const elsewhere = own.has(q.id) ? own.get(q.id)! : (base.requestIndex.get(q.id) ?? -1);
    if (elsewhere >= 0 && elsewhere !== r && child.requests[elsewhere]?.id === q.id)
      throw new Error(`duplicate request id ${q.id}`);
    if (elsewhere !== r) own.set(q.id, r);
    fillRequest(a, q, r, vehicles.vehicleIndex);
  }
  const requestIndex = childIndex(base.requestIndex, own, child, take);

  let breaks: Pick<Compiled, 'breakVehicle' | 'breakNodes' | 'breakNodeById'>;
  if (keepLayout) {
    breaks = {
      breakVehicle: base.breakVehicle,
      breakNodes: base.breakNodes,
      breakNodeById: base.breakNodeById,
    };
    if (!take)
      for (const key of ['loc', 'early', 'late', 'service'] as const)
        a[key].set(base[key].subarray(breakBase, breakBase + nBreaks), breakBase);
    // A remade vehicle's breaks keep their numbers; their times may have moved.
    for (const v of remade)
      child.vehicles[v]!.breaks.forEach((b, k) => {
        writeBreak(a, base.breakNodes[v]![k]!, b);
      });
  } else breaks = fillBreaks(a, child.vehicles, breakBase, nBreaks);
  return {
    problem: child,
    nRequests: R,
    nNodes,
    breakBase,
    layout,
    requestIndex,
    ...a,
    ...vehicles,
    moveCost: base.moveCost,
    ...breaks,
    pos: new Int32Array(nNodes),
    stamp: new Uint32Array(nNodes),
    // A matrix may grow (a day's places are added as bookings come): copied lookups are made again.
    ...(base.copiedSize === 0 && child.matrix.size > DENSE_MAX
      ? { dur: base.dur, dist: base.dist, copiedSize: 0 }
      : lookups(child)),
  };
}

/**
 * Travel lookups; small matrices are copied dense so the hot loops index an
 * array (kept small: a problem rebuilt per booking pays the copy each time).
 */
function lookups(problem: Problem): Pick<Compiled, 'dur' | 'dist' | 'copiedSize'> {
  const m = problem.matrix;
  const n = m.size;
  if (n > DENSE_MAX)
    return { dur: (a, b) => m.duration(a, b), dist: (a, b) => m.distance(a, b), copiedSize: 0 };
  const dur = new Float64Array(n * n);
  const dist = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      dur[a * n + b] = m.duration(a, b);
      dist[a * n + b] = m.distance(a, b);
    }
  }
  return { dur: (a, b) => dur[a * n + b]!, dist: (a, b) => dist[a * n + b]!, copiedSize: n };
}
