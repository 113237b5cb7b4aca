import {
  EMPTY_LOAD,
  evaluateRoute,
  type PlannedStop,
  type Problem,
  type Route,
  type TransportRequest,
} from '../scheduling/index.js';

/**
 * A route the moment one of its rides, not yet picked up, is cancelled: the
 * ride's stops leave it and the rest is re-timed by the engine. A break the
 * ride had placed the car for (taken where the car stands) may then fit only
 * elsewhere: each later place is tried. When no order can be timed (the car
 * can no longer reach a later window from where it now stands), the car
 * keeps its route, and the ride stays in it carrying nobody (`request`);
 * kept untimed, the route would fail the final check.
 */
export function afterCancel(
  problem: Problem,
  route: Route,
  id: string,
): { route: Route; request?: TransportRequest } {
  const vehicle = problem.vehicles.find((v) => v.id === route.vehicleId);
  if (!vehicle) throw new RangeError(`unknown vehicle ${route.vehicleId}`);
  const removed = removeRequest(route, id, vehicle.startLocation);
  for (const stops of breakPlacements(removed)) {
    const timed = evaluateRoute(problem, vehicle, stops, removed.fixedStops);
    if (timed.feasible) return { route: { ...removed, stops: timed.stops } };
  }
  const original = problem.requests.find((r) => r.id === id);
  if (!original) throw new RangeError(`unknown request ${id}`);
  return { route, request: { ...original, load: EMPTY_LOAD, shareable: true } };
}

/** The route's stops as they are, then with each unfixed break at each later unfixed place. */
function* breakPlacements(route: Route): Generator<readonly PlannedStop[]> {
  yield route.stops;
  const head = route.stops.slice(0, route.fixedStops);
  const tail = route.stops.slice(route.fixedStops);
  for (const brk of tail.filter((s) => s.kind === 'break')) {
    const rest = tail.filter((s) => s !== brk);
    const from = tail.indexOf(brk);
    for (let at = 0; at <= rest.length; at++) {
      if (at === from) continue;
      yield [...head, ...rest.slice(0, at), brk, ...rest.slice(at)];
    }
  }
}

/**
 * The route without a request's stops; the fixed prefix keeps what was in
 * it, and a break is still taken where the vehicle then stands (the stop
 * before it, or the vehicle's start).
 */
export function removeRequest(route: Route, id: string, start: number): Route {
  let fixed = 0;
  const kept = route.stops.filter((s, i) => {
    const keep = s.refId !== id;
    if (keep && i < route.fixedStops) fixed++;
    return keep;
  });
  let at = start;
  const stops = kept.map((s) => {
    if (s.kind !== 'break') {
      at = s.location;
      return s;
    }
    return s.location === at ? s : { ...s, location: at };
  });
  return { ...route, stops, fixedStops: fixed };
}
