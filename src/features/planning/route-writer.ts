import type { Db } from '../../infra/db/database.js';
import type { Route } from '../../scheduling/model.js';
import type { BookingsStore } from '../bookings/bookings.store.js';
import { fromSeconds } from './problem-builder.js';

/**
 * Writes the planned pickup and drop-off of every booking on a route, with
 * the route's shift and vehicle (through the bookings store, the table's one
 * owner), and returns the bookings whose times, shift or vehicle changed
 * (the ones to announce).
 */
export async function writePlannedTimes(
  bookings: BookingsStore,
  tx: Db,
  route: Route,
  vehicleId: string,
): Promise<string[]> {
  return bookings.setPlannedTimes(plannedTimesOf(route), route.vehicleId, vehicleId, tx);
}

/** The planned pickup and drop-off of each booking with both on the route. */
export function plannedTimesOf(route: Route): { id: string; pickupAt: Date; dropoffAt: Date }[] {
  const times = new Map<string, { pickup?: number; dropoff?: number }>();
  for (const stop of route.stops) {
    if (stop.kind === 'break') continue;
    const entry = times.get(stop.refId) ?? {};
    entry[stop.kind] = stop.start;
    times.set(stop.refId, entry);
  }
  const entries: { id: string; pickupAt: Date; dropoffAt: Date }[] = [];
  for (const [id, t] of times) {
    if (t.pickup === undefined || t.dropoff === undefined) continue;
    entries.push({ id, pickupAt: fromSeconds(t.pickup), dropoffAt: fromSeconds(t.dropoff) });
  }
  return entries;
}
