import type { Load, RequiredFeature } from '../scheduling/model.js';

/** What a vehicle offers after an administrator's change. */
export interface FitVehicle {
  capacity: Load;
  hasRamp: boolean;
  hasLift: boolean;
  serviceIds: readonly string[];
}

/** A ride on the vehicle's planned route. */
export interface FitRide {
  id: string;
  serviceId: string;
  load: Load;
  needs: readonly RequiredFeature[];
  /** False once the car is at the door or the passenger aboard: such a ride stays where it is. */
  movable: boolean;
}

const KINDS = ['seats', 'wheelchairs', 'infantSeats'] as const;

function meets(vehicle: FitVehicle, need: RequiredFeature): boolean {
  return need === 'wheelchairAccess'
    ? vehicle.hasRamp || vehicle.hasLift
    : vehicle.capacity.infantSeats > 0;
}

/**
 * The rides of a planned route that a vehicle, as it is now, can no longer
 * carry: a service it may no longer serve, a feature it lost (a ramp), or
 * places it lacks at some point of the route. The route is walked in order
 * and earlier pickups keep their places; a ride that no longer fits leaves
 * the route with both its stops, so what stays fits. Rides under way stay
 * (and count), whatever the change.
 */
export function ridesThatNoLongerFit(
  stops: readonly { kind: string; refId: string }[],
  rides: ReadonlyMap<string, FitRide>,
  vehicle: FitVehicle,
): string[] {
  const aboard: Record<(typeof KINDS)[number], number> = {
    seats: 0,
    wheelchairs: 0,
    infantSeats: 0,
  };
  const carried = new Set<string>();
  const misfits: string[] = [];
  for (const stop of stops) {
    const ride = rides.get(stop.refId);
    if (!ride) continue;
    if (stop.kind === 'pickup') {
      const fits =
        vehicle.serviceIds.includes(ride.serviceId) &&
        ride.needs.every((n) => meets(vehicle, n)) &&
        KINDS.every((k) => aboard[k] + ride.load[k] <= vehicle.capacity[k]);
      if (!fits && ride.movable) {
        misfits.push(ride.id);
        continue;
      }
      for (const k of KINDS) aboard[k] += ride.load[k];
      carried.add(ride.id);
    } else if (stop.kind === 'dropoff' && carried.delete(ride.id)) {
      for (const k of KINDS) aboard[k] -= ride.load[k];
    }
  }
  return misfits;
}

/** Whether a change takes anything away (places, a ramp or lift, a service), so planned routes need a look. */
export function takesCapacityAway(before: FitVehicle, after: FitVehicle): boolean {
  return (
    KINDS.some((k) => after.capacity[k] < before.capacity[k]) ||
    (before.hasRamp && !after.hasRamp) ||
    (before.hasLift && !after.hasLift) ||
    before.serviceIds.some((s) => !after.serviceIds.includes(s))
  );
}
