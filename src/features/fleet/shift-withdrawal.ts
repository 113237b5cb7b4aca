import { DateTime } from 'luxon';
import type { Db } from '../../infra/db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { ChangeNotifier } from '../bookings/bookings.service.js';
import type { BookingRow, BookingsStore } from '../bookings/bookings.store.js';
import type { PlanningOutcome } from '../planning/planning.service.js';

/** Why shifts are withdrawn; written into each re-planned booking's history. */
export type WithdrawalCause =
  | 'vehicle-out-of-service'
  | 'vehicle-retired'
  | 'driver-leave'
  | 'driver-sickness'
  | 'driver-deactivated'
  | 'shift-cancelled'
  | 'vehicle-capacity-lowered';

export interface WithdrawalOutcome {
  shiftsCancelled: number;
  shiftsShortened: number;
  /** Bookings taken off the withdrawn shifts and planned again onto another. */
  replanned: string[];
  /** Bookings that found no other place: `refused`, with the reason on the operators' board. */
  refused: string[];
  /** Bookings left pending (the planner was busy); the booking relay plans them again. */
  pending: string[];
  /** Rides already under way (arrived, on board) stay with the car they are in. */
  kept: string[];
}

export interface ShiftWithdrawalDeps {
  db: Db;
  bookings: BookingsStore;
  planBooking(bookingId: string): Promise<PlanningOutcome>;
  /** Removes a booking's stops from its route; returns the driver to notify. */
  releaseFromRoute(tx: Db, booking: BookingRow): Promise<string | null>;
  /** Locks a day's planning partition (taken before booking rows, as the planner does). */
  lockDay(tx: Db, serviceDate: string): Promise<void>;
  /** Moves a day's planning partition on, so a plan read before the withdrawal is not committed. */
  bumpDay(tx: Db, serviceDate: string): Promise<void>;
  notifier: Pick<ChangeNotifier, 'manifestChanged' | 'bookingChanged'>;
  timeZone: string;
  now: () => Date;
  log: { warn(obj: object, msg: string): void };
}

interface ShiftTouch {
  id: string;
  driver_id: string;
  starts_at: Date;
  ends_at: Date;
}

/**
 * Takes a vehicle or a driver off the road for [from, until): shifts that have
 * not started are cancelled, a shift under way ends now (or at `from`), and
 * every ride the planner had promised on them is released from its route and
 * planned again through the planning service. A ride no other car can take
 * ends `refused` with the planner's reason, so the operators see it on the
 * board and call the citizen; nothing is dropped silently.
 */
export function createShiftWithdrawal(deps: ShiftWithdrawalDeps) {
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

  const { release, planAgain } = createRideRelease(deps);

  return async function withdraw(
    who: { vehicleId: string } | { driverId: string },
    from: Date,
    until: Date,
    cause: WithdrawalCause,
    actor: AuthUser,
    /** Writes the decision itself (the period, the retirement) in the same transaction. */
    record: (tx: Db) => Promise<void>,
    /** The administrator's words (a breakdown, a cancelled day), shown in each ride's history. */
    reason?: string,
  ): Promise<WithdrawalOutcome> {
    const now = deps.now();
    const cut = new Date(Math.max(from.getTime(), now.getTime()));
    const column = 'vehicleId' in who ? 'vehicle_id' : 'driver_id';
    const id = 'vehicleId' in who ? who.vehicleId : who.driverId;
    const outcome: WithdrawalOutcome = {
      shiftsCancelled: 0,
      shiftsShortened: 0,
      replanned: [],
      refused: [],
      pending: [],
      kept: [],
    };
    const told = new Map<string, Set<string>>();
    const tell = (driver: string | null, day: string) => {
      if (!driver) return;
      const days = told.get(driver) ?? new Set<string>();
      days.add(day);
      told.set(driver, days);
    };
    const released: BookingRow[] = [];

    await deps.db.transaction(async (tx) => {
      await record(tx);
      const shifts = await tx.query<ShiftTouch>(
        `SELECT id, driver_id, starts_at, ends_at FROM shifts
         WHERE ${column} = $1 AND NOT cancelled AND starts_at < $3 AND ends_at > $2
         ORDER BY starts_at`,
        [id, cut, until],
      );
      if (shifts.length === 0) return;
      // The planner's partitions first, in its order (by day), then the rows.
      const days = new Set<string>();
      for (const s of shifts) for (const d of localDays(s.starts_at, s.ends_at)) days.add(d);
      const rows = await tx.query<{ id: string; service_date: string }>(
        `SELECT id, to_char(service_date, 'YYYY-MM-DD') AS service_date FROM bookings
         WHERE shift_id = ANY($1::uuid[]) AND status IN ('scheduled', 'arrived', 'on-board')`,
        [shifts.map((s) => s.id)],
      );
      for (const r of rows) days.add(r.service_date);
      const sortedDays = [...days].sort();
      for (const day of sortedDays) await deps.lockDay(tx, day);

      const shortened = new Map<string, Date>();
      for (const s of shifts) {
        if (s.starts_at < cut) {
          // Under way: it ends at the cut; rides finished before it stay where they were.
          await tx.query('UPDATE shifts SET ends_at = $2 WHERE id = $1', [s.id, cut]);
          shortened.set(s.id, cut);
          outcome.shiftsShortened++;
        } else {
          await tx.query('UPDATE shifts SET cancelled = true WHERE id = $1', [s.id]);
          outcome.shiftsCancelled++;
        }
      }
      for (const { id: bookingId } of [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))) {
        const row = await deps.bookings.lock(bookingId, tx);
        if (!row?.shift_id) continue;
        if (row.status !== 'scheduled') {
          outcome.kept.push(row.id);
          continue;
        }
        const cutAt = shortened.get(row.shift_id);
        if (cutAt && row.planned_dropoff_at && row.planned_dropoff_at <= cutAt) continue;
        if (await release(tx, row, { cause, actor, reason }, tell)) released.push(row);
      }
      for (const s of shifts)
        for (const d of localDays(s.starts_at, s.ends_at)) tell(s.driver_id, d);
      for (const day of sortedDays) await deps.bumpDay(tx, day);
    });

    for (const [driver, days] of told)
      for (const day of days) deps.notifier.manifestChanged(driver, day);
    await planAgain(released, outcome);
    return outcome;
  };
}

export type ShiftWithdrawal = ReturnType<typeof createShiftWithdrawal>;

/**
 * The two halves of re-planning a promised ride, shared by every change that
 * takes a ride off its car (a withdrawn shift, a lowered capacity): inside the
 * caller's transaction the ride leaves its route and becomes `pending` again,
 * keeping the window the citizen was told, with the cause in its history;
 * after the commit the planning service finds it a place, or refuses it for
 * the operators' board.
 */
export function createRideRelease(deps: ShiftWithdrawalDeps) {
  return {
    /** Takes a `scheduled` ride off its route; false when it changed meanwhile. */
    async release(
      tx: Db,
      row: BookingRow,
      why: { cause: WithdrawalCause; actor: AuthUser; reason?: string | undefined },
      tell: (driver: string | null, day: string) => void,
    ): Promise<boolean> {
      tell(await deps.releaseFromRoute(tx, row), row.service_date);
      const ok = await deps.bookings.replan(
        row.id,
        ['scheduled'],
        {
          requestedPickupAt: row.requested_pickup_at,
          arriveBy: row.arrive_by,
          // The window already promised to the citizen stays the promise.
          pickupWindowStart: row.pickup_window_start,
          pickupWindowEnd: row.pickup_window_end,
          dropoffEarliest: row.dropoff_earliest,
          dropoffDeadline: row.dropoff_deadline,
          serviceDate: row.service_date,
        },
        tx,
      );
      if (!ok) return false;
      await deps.bookings.insertEvent(
        {
          bookingId: row.id,
          type: 'replanned',
          fromStatus: 'scheduled',
          toStatus: 'pending',
          actorUserId: why.actor.id,
          actorRole: why.actor.role,
          details: {
            cause: why.cause,
            reason: why.reason ?? why.cause,
            shiftId: row.shift_id,
            vehicleId: row.vehicle_id,
          },
        },
        tx,
      );
      return true;
    },

    /** Plans the released rides again, earliest first, and sorts them into the outcome. */
    async planAgain(
      released: BookingRow[],
      outcome: Pick<WithdrawalOutcome, 'replanned' | 'refused' | 'pending'>,
    ): Promise<void> {
      // Earliest first: the rides soonest on the road get the free places first.
      released.sort((a, b) => a.pickup_window_start.getTime() - b.pickup_window_start.getTime());
      for (const row of released) {
        try {
          const result = await deps.planBooking(row.id);
          if (result === 'scheduled') outcome.replanned.push(row.id);
          else if (result === 'refused') outcome.refused.push(row.id);
          else outcome.pending.push(row.id);
        } catch (err) {
          // A return waiting for its outbound, a busy partition: the relay plans it later.
          deps.log.warn({ err, bookingId: row.id }, 'could not re-plan now; the relay will');
          outcome.pending.push(row.id);
        }
      }
    },
  };
}
