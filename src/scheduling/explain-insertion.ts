import { bestInsertion } from './core/best-insertion.js';
import { insertMovingBreaks } from './core/break-move.js';
import { type Compiled, compile, servesService } from './core/compiled.js';
import { routesByVehicle } from './core/plan-index.js';
import { routeInfo } from './core/route-info.js';
import { missingBreaks, type RouteState, withBreaks } from './core/route-state.js';
import { EPS, evaluate } from './core/schedule.js';
import {
  capableVehicles,
  decoded,
  type InsertionOptions,
  prepared,
  RequestDurations,
  searched,
  shiftBarrier,
} from './insert-request.js';
import type { Load, Plan, Problem, RequiredFeature, Route } from './model.js';

/**
 * Why a vehicle cannot take a request, in words an operator can repeat to
 * the caller (stable codes; the service translates them):
 * - `service-not-served`: the vehicle is reserved for other services;
 * - `missing-feature` (`feature`): it has no ramp or lift, or no infant seat;
 * - `capacity` (`kind`, `need`, `have`): not enough seats, wheelchair places or infant seats;
 * - `shift-not-started`: its shift starts too late to reach the pickup in time;
 * - `window-passed`: the pickup (or arrival) window closes before it could get there;
 * - `shift-ends`: it could not do the ride and get back before its shift ends;
 * - `max-ride`: the ride itself is longer than the passenger may ride;
 * - `break`: only the driver's break is in the way;
 * - `busy`: its other jobs fill the time;
 * - `farther`: on a fleet explained by its nearest (`nearest`), one
 *   farther from the pickup than the vehicles a search tries.
 * And for the vehicle that carries the request: `chosen`.
 */
export type ExplanationCode =
  | 'chosen'
  | 'service-not-served'
  | 'missing-feature'
  | 'capacity'
  | 'shift-not-started'
  | 'window-passed'
  | 'shift-ends'
  | 'max-ride'
  | 'break'
  | 'busy'
  | 'farther';

export type ExplanationParams = Readonly<Record<string, string | number | boolean>>;

export interface VehicleReason {
  readonly vehicleId: string;
  readonly code: ExplanationCode;
  readonly params: ExplanationParams;
}

/** Vehicles with the same reason (same code, and same feature or place kind). */
export interface ReasonGroup {
  readonly code: ExplanationCode;
  readonly vehicleIds: readonly string[];
  readonly params: ExplanationParams;
}

export interface InsertionExplanation {
  /** One per vehicle that cannot take the request, plus the chosen one; feasible others have none. */
  readonly reasons: readonly VehicleReason[];
  /** `reasons` grouped, chosen first, then in the order of the codes above. */
  readonly summary: readonly ReasonGroup[];
}

export interface ExplainOptions {
  /** Only these vehicles (as `insertRequest`'s `vehicleIds`). */
  readonly vehicleIds?: readonly string[];
  /**
   * The current time, in the matrix's unit: a vehicle whose shift starts
   * after it is told apart as `shift-not-started`. Without it, a shift
   * starting after the pickup window opens counts as not started.
   */
  readonly now?: number;
  /**
   * Only the vehicles a search with these candidate limits tries (the
   * nearest, as `insertRequest` ranks them) are tried exactly; the others
   * that pass the cheap reasons are `farther`. A metropolitan fleet's
   * refusal otherwise tried every route of the day (a third of a refusal's
   * time at 2,000 vehicles).
   */
  readonly nearest?: Pick<InsertionOptions, 'maxCandidateVehicles' | 'maxIdleVehicles'>;
}

const ORDER: readonly ExplanationCode[] = [
  'chosen',
  'service-not-served',
  'missing-feature',
  'capacity',
  'shift-not-started',
  'window-passed',
  'shift-ends',
  'max-ride',
  'break',
  'busy',
  'farther',
];

const KINDS: readonly (keyof Load)[] = ['seats', 'wheelchairs', 'infantSeats'];

/**
 * For request `requestId`, why each vehicle cannot take it, and why the
 * vehicle carrying it (when `plan` routes it) was chosen: the added drive
 * time, the planned pickup, whether it was idle and how far it came from.
 *
 * Agrees with `insertRequest` on the same problem and plan: a vehicle gets
 * no reason exactly when insertion finds it a feasible place (insertion's
 * own screening, break moves included), so a refusal leaves every vehicle
 * with a reason. Cheap reasons come first (service, features, places, the
 * shift's and windows' bounds on an empty vehicle, which is the pruning
 * `insertRequest` does); only vehicles that pass them are tried exactly,
 * and a route's prepared facts are shared with `insertRequest`'s cache.
 * On fleets larger than insertion's candidate limits, a vehicle insertion
 * did not try may show no reason though the request was refused, unless
 * `nearest` names it `farther` (and tries only those insertion tries).
 */
export function explainInsertion(
  problem: Problem,
  plan: Plan,
  requestId: string,
  options: ExplainOptions = {},
): InsertionExplanation {
  const c = compile(problem);
  const r = c.requestIndex.get(requestId);
  if (r === undefined) throw new RangeError(`unknown request ${requestId}`);
  const routes = routesByVehicle(plan);
  const allowed = options.vehicleIds ? new Set(options.vehicleIds) : null;
  const carrier = plan.routes.find((route) =>
    route.stops.some((s) => s.kind === 'pickup' && s.refId === requestId),
  );
  const reasons: VehicleReason[] = [];
  const lookups = new RequestDurations(c, r);
  // With the same drives this explanation reads: the search's ranking looks them up too.
  const near = options.nearest
    ? new Set(
        searched(c, routes, r, capableVehicles(c, r, options.vehicleIds), lookups, options.nearest),
      )
    : undefined;
  c.problem.vehicles.forEach((vehicle, v) => {
    if (allowed && !allowed.has(vehicle.id)) return;
    const route = routes.get(vehicle.id);
    if (route !== undefined && route === carrier) {
      reasons.push({ vehicleId: vehicle.id, code: 'chosen', params: chosenParams(c, v, route, r) });
      return;
    }
    const why = reasonFor(c, v, route, r, options.now, lookups, near);
    if (why) reasons.push({ vehicleId: vehicle.id, ...why });
  });
  return { reasons, summary: summarise(reasons) };
}

type Reason = Omit<VehicleReason, 'vehicleId'>;

function reasonFor(
  c: Compiled,
  v: number,
  route: Route | undefined,
  r: number,
  now: number | undefined,
  lookups: RequestDurations,
  near: ReadonlySet<number> | undefined,
): Reason | null {
  const vehicle = c.problem.vehicles[v]!;
  const req = c.problem.requests[r]!;
  if (!servesService(vehicle, req)) {
    return { code: 'service-not-served', params: { service: req.service ?? '' } };
  }
  for (const feature of req.requiredFeatures) {
    if (!hasFeature(vehicle.features, feature))
      return { code: 'missing-feature', params: { feature } };
  }
  for (const kind of KINDS) {
    if (req.load[kind] > vehicle.capacity[kind]) {
      return {
        code: 'capacity',
        params: { kind, need: req.load[kind], have: vehicle.capacity[kind] },
      };
    }
  }
  const p = 2 * r;
  const direct = c.dur(c.loc[p]!, c.loc[p + 1]!);
  if (direct > c.maxRide[r]! + EPS) {
    return { code: 'max-ride', params: { direct, maxRideTime: c.maxRide[r]! } };
  }
  const barrier = shiftBarrier(c, v, r, lookups);
  if (barrier === 'shift-end') return { code: 'shift-ends', params: { shiftEnd: c.shiftEnd[v]! } };
  if (barrier !== null) {
    const start = c.shiftStart[v]!;
    const notStarted = start > (now ?? c.early[p]!);
    return {
      code: notStarted ? 'shift-not-started' : 'window-passed',
      params: {
        shiftStart: start,
        earliestPickup: start + c.dur(c.startLoc[v]!, c.loc[p]!),
        latestPickup: c.late[p]!,
      },
    };
  }
  if (near && !near.has(v)) return { code: 'farther', params: {} };
  return routeReason(c, v, route, r);
}

/** The vehicle could carry the request alone: is its route (or its break) in the way? */
function routeReason(c: Compiled, v: number, route: Route | undefined, r: number): Reason | null {
  const prep = prepared(c, v, route);
  // A route that cannot take work is decoded once for all explanations along the line, as prepared ones are.
  const st = prep?.st ?? decoded(c, v, route);
  if (prep) {
    if (bestInsertion(c, prep.info, r)) return null;
    if (insertMovingBreaks(c, prep.st, prep.base, r)) return null;
  }
  const breakId = breakInTheWay(c, st, r);
  return breakId === null ? { code: 'busy', params: {} } : { code: 'break', params: { breakId } };
}

/**
 * The break whose absence would let the request in: an unplanned or
 * movable break of the route, or the break the driver is on (the last
 * fixed stop). Null when the route is full without them too.
 */
function breakInTheWay(c: Compiled, st: RouteState, r: number): string | null {
  const firstBreak = c.breakBase;
  const bare = st.seq.filter((n) => n < firstBreak);
  const ids = c.problem.vehicles[st.v]!.breaks;
  const open = [...missingBreaks(c, st), ...st.seq.filter((n) => n >= firstBreak)];
  const nameOf = (node: number) => ids[c.breakNodes[st.v]!.indexOf(node)]?.id ?? '';
  if (open.length > 0 && fits(c, st.v, st.origin, bare, r)) {
    // Prefer the break that cannot be placed around the request at all.
    const full = withBreaks(c, st, bare);
    const stuck = missingBreaks(c, { ...st, seq: full });
    return nameOf(stuck[0] ?? open[0]!);
  }
  const lastFixed = st.prefix[st.prefix.length - 1];
  if (lastFixed?.kind === 'break') {
    const from = { ...st.origin, depEarliest: lastFixed.start, depLatest: lastFixed.start };
    if (fits(c, st.v, from, bare, r)) return lastFixed.refId;
  }
  return null;
}

function fits(
  c: Compiled,
  v: number,
  origin: RouteState['origin'],
  seq: readonly number[],
  r: number,
): boolean {
  const cost = evaluate(c, v, origin, seq, seq.length);
  if (!(cost < Number.POSITIVE_INFINITY)) return false;
  return bestInsertion(c, routeInfo(c, v, origin, seq, cost), r) !== null;
}

function hasFeature(features: readonly string[], need: RequiredFeature): boolean {
  return need === 'wheelchairAccess'
    ? features.includes('ramp') || features.includes('lift')
    : features.includes(need);
}

/**
 * Why the carrying vehicle: its planned pickup and drop-off, the drive time
 * the ride added to its route, whether it had no other ride (idle), and the
 * drive to the pickup from where it comes (its previous stop or its start).
 */
function chosenParams(c: Compiled, v: number, route: Route, r: number): ExplanationParams {
  const id = c.problem.requests[r]!.id;
  const vehicle = c.problem.vehicles[v]!;
  const stops = route.stops;
  const k = stops.findIndex((s) => s.kind === 'pickup' && s.refId === id);
  const pickup = stops[k]!;
  const dropoff = stops.find((s) => s.kind === 'dropoff' && s.refId === id);
  let from = vehicle.startLocation;
  for (let j = k - 1; j >= 0; j--) {
    if (stops[j]!.kind !== 'break') {
      from = stops[j]!.location;
      break;
    }
  }
  const others = stops.filter((s) => s.kind !== 'break' && s.refId !== id);
  const travel = (list: readonly { location: number }[]) => {
    if (list.length === 0) return 0;
    let here = vehicle.startLocation;
    let t = 0;
    for (const s of list) {
      t += c.dur(here, s.location);
      here = s.location;
    }
    return t + c.dur(here, vehicle.endLocation);
  };
  const withIt = stops.filter((s) => s.kind !== 'break');
  return {
    pickupAt: pickup.start,
    dropoffAt: dropoff?.start ?? pickup.start,
    addedTravel: travel(withIt) - travel(others),
    approach: c.dur(from, pickup.location),
    idle: others.length === 0,
  };
}

function summarise(reasons: readonly VehicleReason[]): ReasonGroup[] {
  const groups = new Map<
    string,
    { code: ExplanationCode; ids: string[]; params: ExplanationParams }
  >();
  for (const reason of reasons) {
    const p = reason.params;
    const shared: ExplanationParams =
      reason.code === 'chosen'
        ? p
        : reason.code === 'missing-feature'
          ? { feature: p.feature! }
          : reason.code === 'capacity'
            ? { kind: p.kind! }
            : {};
    const key = `${reason.code}:${String(shared.feature ?? shared.kind ?? '')}`;
    const group = groups.get(key);
    if (group) group.ids.push(reason.vehicleId);
    else groups.set(key, { code: reason.code, ids: [reason.vehicleId], params: shared });
  }
  return [...groups.values()]
    .sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code))
    .map((g) => ({ code: g.code, vehicleIds: g.ids, params: g.params }));
}
