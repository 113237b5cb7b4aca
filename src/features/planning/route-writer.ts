import type { Db } from '../../infra/db/database.js';
import type { Route } from '../../scheduling/model.js';
import { fromSeconds } from './problem-builder.js';

/**
 * Writes the planned pickup and drop-off of every booking on a route, with
 * the route's shift and vehicle, and returns the start times it wrote (engine seconds).
 */
export async function writePlannedTimes(
  tx: Db,
  route: Route,
  vehicleId: string,
): Promise<Map<string, { pickup?: number; dropoff?: number }>> {
  const times = new Map<string, { pickup?: number; dropoff?: number }>();
  for (const stop of route.stops) {
    if (stop.kind === 'break') continue;
    const entry = times.get(stop.refId) ?? {};
    entry[stop.kind] = stop.start;
    times.set(stop.refId, entry);
  }
  for (const [id, t] of times) {
    if (t.pickup === undefined || t.dropoff === undefined) continue;
    await tx.query(
      `UPDATE bookings SET planned_pickup_at = $2, planned_dropoff_at = $3, shift_id = $4, vehicle_id = $5,
         updated_at = now() WHERE id = $1`,
      [id, fromSeconds(t.pickup), fromSeconds(t.dropoff), route.vehicleId, vehicleId],
    );
  }
  return times;
}
