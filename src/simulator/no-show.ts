import {
  EMPTY_LOAD,
  evaluateRoute,
  type PlannedStop,
  type Problem,
  type Route,
  type TransportRequest,
} from '../scheduling/index.js';

/**
 * A route the moment its car finds nobody at a door: the pickup at
 * `route.stops[route.fixedStops - 1]` (just reached) stays, as the call the
 * car made, and the rest of the day is timed from that door.
 *
 * The no-show's request becomes a call that carries nobody, dropped off on
 * the spot as the pickup ends, both stops fixed. The car stands at the door
 * when the driver reports the no-show, so later stops are re-timed from
 * there. (Removing the ride instead timed them from the stop before the
 * door, up to hours early on the offline model, whose legs are not a
 * metric; its break was moved there too, where the car never stood.)
 *
 * When the route cannot be timed that way (the leg that skips the
 * no-show's destination is slower than going through it, and a window
 * breaks), the car drives its route as planned, empty: the same call with
 * its drop-off left in place.
 */
export function afterNoShow(
  problem: Problem,
  route: Route,
): { route: Route; request: TransportRequest } {
  const at = route.fixedStops - 1;
  const pickup = route.stops[at];
  if (pickup?.kind !== 'pickup') throw new RangeError('no pickup just reached');
  const original = problem.requests.find((r) => r.id === pickup.refId);
  if (!original) throw new RangeError(`unknown request ${pickup.refId}`);
  const empty: TransportRequest = { ...original, load: EMPTY_LOAD, shareable: true };
  const atDoor: TransportRequest = {
    ...empty,
    dropoffLocation: original.pickupLocation,
    dropoffServiceTime: 0,
    dropoffWindow: {
      earliest: Math.min(original.dropoffWindow.earliest, pickup.departure),
      latest: Math.max(original.dropoffWindow.latest, pickup.departure),
    },
  };
  const leave: PlannedStop = {
    kind: 'dropoff',
    refId: pickup.refId,
    location: pickup.location,
    arrival: pickup.departure,
    start: pickup.departure,
    departure: pickup.departure,
  };
  const rest = route.stops
    .slice(at + 1)
    .filter((s) => !(s.kind === 'dropoff' && s.refId === pickup.refId));
  const stops = [...route.stops.slice(0, at + 1), leave, ...rest];
  const withCall: Problem = {
    ...problem,
    requests: problem.requests.map((r) => (r === original ? atDoor : r)),
  };
  const vehicle = problem.vehicles.find((v) => v.id === route.vehicleId);
  if (!vehicle) throw new RangeError(`unknown vehicle ${route.vehicleId}`);
  const timed = evaluateRoute(withCall, vehicle, stops, at + 2);
  if (timed.feasible)
    return { route: { ...route, stops: timed.stops, fixedStops: at + 2 }, request: atDoor };
  return { route, request: empty };
}
