import { DateTime } from 'luxon';
import { demandOf, type Passengers } from '../../domain/services.js';
import { type FitRide, type FitVehicle, ridesThatNoLongerFit } from '../../domain/vehicle-fit.js';
import type { Db } from '../../infra/db/database.js';
import type { RequiredFeature } from '../../scheduling/model.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { BookingRow } from '../bookings/booking-row.js';
import { createRideRelease, type ShiftWithdrawalDeps } from './shift-withdrawal.js';

export interface CapacityRecheckDeps extends ShiftWithdrawalDeps {
  /** The planned stops of a shift, in order (read after its day is locked). */
  routeOf(shiftId: string, tx: Db): Promise<readonly { kind: string; refId: string }[]>;
}

export interface CapacityRecheckOutcome {
  /** Rides on the vehicle's planned routes from now that were looked at. */
  checked: number;
  /** Rides that no longer fit and found another car. */
  replanned: string[];
  /** Rides no other car can take: `refused`, with the reason, on the operators' board. */
  refused: string[];
  /** Left pending (the planner was busy); the booking relay plans them again. */
  pending: string[];
}

/** What a ride needs of its car: its service's features, a ramp or lift for a wheelchair, an infant seat for a baby. */
function needsOf(serviceFeatures: readonly string[], party: Passengers): RequiredFeature[] {
  const needs = new Set(serviceFeatures as RequiredFeature[]);
  if (party.wheelchair !== 'none') needs.add('wheelchairAccess');
  if (party.infants > 0) needs.add('infantSeat');
  return [...needs];
}

/**
 * After a vehicle loses places, a ramp or lift, or a service, its planned
 * routes from now are checked against what it has left; every ride that no
 * longer fits is taken off and planned again the way a withdrawn shift's rides
 * are (the promised window kept), and one no other car can take is refused
 * for the operators' board. Rides under way stay in the car they are in.
 */
export function createCapacityRecheck(deps: CapacityRecheckDeps) {
  const { release, planAgain } = createRideRelease(deps);
  const localDays = (from: Date, to: Date): string[] => {
    const out: string[] = [];
    let d = DateTime.fromJSDate(from, { zone: deps.timeZone }).startOf('day');
    const end = DateTime.fromJSDate(to, { zone: deps.timeZone });
    while (d < end) {
      out.push(d.toISODate()!);
      d = d.plus({ days: 1 });
    }
    return out;
  };

  return async function recheck(
    vehicleId: string,
    actor: AuthUser,
    /** Writes the change in the same transaction; returns the vehicle as it is now, or null when nothing was taken away. */
    record: (tx: Db) => Promise<FitVehicle | null>,
  ): Promise<CapacityRecheckOutcome> {
    const outcome: CapacityRecheckOutcome = { checked: 0, replanned: [], refused: [], pending: [] };
    const told = new Map<string, Set<string>>();
    const tell = (driver: string | null, day: string) => {
      if (!driver) return;
      told.set(driver, (told.get(driver) ?? new Set<string>()).add(day));
    };
    const released: BookingRow[] = [];

    await deps.db.transaction(async (tx) => {
      const vehicle = await record(tx);
      if (!vehicle) return;
      const shifts = await tx.query<{ id: string; starts_at: Date; ends_at: Date }>(
        `SELECT id, starts_at, ends_at FROM shifts
         WHERE vehicle_id = $1 AND NOT cancelled AND ends_at > $2 ORDER BY starts_at`,
        [vehicleId, deps.now()],
      );
      if (shifts.length === 0) return;
      const rows = await tx.query<{ id: string; service_date: string }>(
        `SELECT id, to_char(service_date, 'YYYY-MM-DD') AS service_date FROM bookings
         WHERE shift_id = ANY($1::uuid[]) AND status IN ('scheduled', 'arrived', 'on-board')`,
        [shifts.map((s) => s.id)],
      );
      if (rows.length === 0) return;
      // The planner's partitions first, in its order (by day), then the rows.
      const days = new Set(rows.map((r) => r.service_date));
      for (const s of shifts) for (const d of localDays(s.starts_at, s.ends_at)) days.add(d);
      const sortedDays = [...days].sort();
      for (const day of sortedDays) await deps.lockDay(tx, day);

      const locked = new Map<string, BookingRow>();
      for (const { id } of [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))) {
        const row = await deps.bookings.lock(id, tx);
        if (row?.shift_id && ['scheduled', 'arrived', 'on-board'].includes(row.status))
          locked.set(id, row);
      }
      const features = new Map(
        (
          await tx.query<{ id: string; required_features: string[] }>(
            'SELECT id, required_features FROM services',
          )
        ).map((s) => [s.id, s.required_features]),
      );
      for (const shift of shifts) {
        const rides = new Map<string, FitRide>();
        for (const row of locked.values()) {
          if (row.shift_id !== shift.id) continue;
          rides.set(row.id, {
            id: row.id,
            serviceId: row.service_id,
            load: demandOf(row),
            needs: needsOf(features.get(row.service_id) ?? [], row),
            movable: row.status === 'scheduled',
          });
        }
        outcome.checked += rides.size;
        if (rides.size === 0) continue;
        const misfits = ridesThatNoLongerFit(await deps.routeOf(shift.id, tx), rides, vehicle);
        for (const id of misfits) {
          const row = locked.get(id)!;
          const why = { cause: 'vehicle-capacity-lowered' as const, actor };
          if (await release(tx, row, why, tell)) released.push(row);
        }
      }
      for (const day of sortedDays) await deps.bumpDay(tx, day);
    });

    for (const [driver, days] of told)
      for (const day of days) deps.notifier.manifestChanged(driver, day);
    await planAgain(released, outcome);
    return outcome;
  };
}

export type CapacityRecheck = ReturnType<typeof createCapacityRecheck>;
