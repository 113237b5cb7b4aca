import { DateTime } from 'luxon';
import { AppError, notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import type { BookingsStore } from '../bookings/bookings.store.js';
import type { PlanningStore } from '../planning/planning.store.js';
import type { BreakReport, BreakView } from './dispatch.schema.js';
import { breakIdOf, placeTakenBreak, reachedCount } from './driver-break.js';

interface ShiftBreakRow {
  id: string;
  driver_id: string;
  starts_at: Date;
  break_minutes: number;
  break_started_at: Date | null;
  break_ended_at: Date | null;
  depot_label: string;
  depot_lat: number;
  depot_lng: number;
}

export interface BreakReporterDeps {
  db: Db;
  bookings: BookingsStore;
  planning: PlanningStore;
  timeZone: string;
  now: () => Date;
}

/** What a break tap changed: the break as it stands, and the local dates whose plans moved. */
export interface BreakOutcome {
  view: BreakView;
  changedDates: string[];
}

/**
 * Records a driver's break taps on their own shift. The start puts the
 * break into the stored route as a stop already taken, right after the
 * last stop reached (see `placeTakenBreak`), so planning treats it as a
 * fixed stop from then on; the end shortens it to what was taken. Both
 * bump the partition, so a plan computed before the tap is read again.
 *
 * Safe to resend: a second start or end (same `clientEventId` or not)
 * changes nothing and answers the break as it stands. Only the shift's
 * driver may tap it; anyone else is told the shift does not exist.
 */
export function createBreakReporter(deps: BreakReporterDeps) {
  const { db } = deps;
  const localDate = (d: Date) => DateTime.fromJSDate(d, { zone: deps.timeZone }).toISODate()!;

  return async function reportBreak(driverId: string, input: BreakReport): Promise<BreakOutcome> {
    const now = deps.now();
    // A tap queued offline happened when it was made, never later than now.
    const at = new Date(Math.min(input.at ? Date.parse(input.at) : now.getTime(), now.getTime()));
    return db.transaction(async (tx) => {
      const shift = (
        await tx.query<ShiftBreakRow>(
          `SELECT s.id, s.driver_id, s.starts_at, s.break_minutes, s.break_started_at, s.break_ended_at,
             v.depot_label, v.depot_lat, v.depot_lng
           FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id
           WHERE s.id = $1 AND NOT s.cancelled FOR UPDATE OF s`,
          [input.shiftId],
        )
      )[0];
      if (!shift || shift.driver_id !== driverId) throw notFound('shift');
      let started = shift.break_started_at;
      let ended = shift.break_ended_at;
      const unchanged = (): BreakOutcome => ({
        view: viewOf(shift.id, started, ended),
        changedDates: [],
      });
      if (input.action === 'break-started') {
        if (started) return unchanged();
        if (shift.break_minutes <= 0)
          throw new AppError('BREAK_NOT_ALLOWED', { reason: 'no-break' });
        started = at;
      } else {
        if (!started) throw new AppError('BREAK_NOT_ALLOWED', { reason: 'not-started' });
        if (ended) return unchanged();
        ended = new Date(Math.max(at.getTime(), started.getTime()));
      }
      const dates = [...new Set([localDate(shift.starts_at), localDate(at)])];
      // Taken first: planners that read the day before this tap must read it again.
      for (const date of dates) await deps.planning.bumpDay(date, tx);
      const stored = await deps.planning.routeOf(shift.id, tx);
      const ids = stored.filter((s) => s.kind !== 'break').map((s) => s.refId);
      const statuses = new Map(
        (await deps.bookings.findByIds(ids, tx)).map((b) => [b.id, b.status] as const),
      );
      const breakId = breakIdOf(shift.id);
      // Starting: the break happens now, wherever the plan had put it.
      const stops =
        input.action === 'break-started'
          ? stored.filter((s) => !(s.kind === 'break' && s.refId === breakId))
          : stored;
      if (
        input.action === 'break-started' &&
        [...statuses.values()].some((s) => s === 'arrived' || s === 'on-board')
      ) {
        throw new AppError('BREAK_NOT_ALLOWED', { reason: 'passenger-aboard' });
      }
      const reached = reachedCount(stops, (id) => statuses.get(id));
      const placed = placeTakenBreak(stops, reached, {
        shiftId: shift.id,
        startsAt: shift.starts_at,
        breakMinutes: shift.break_minutes,
        breakStartedAt: started,
        breakEndedAt: ended,
        depot: { lat: shift.depot_lat, lng: shift.depot_lng, label: shift.depot_label },
      });
      await tx.query('UPDATE shifts SET break_started_at = $2, break_ended_at = $3 WHERE id = $1', [
        shift.id,
        started,
        ended,
      ]);
      await deps.planning.saveRoute(shift.id, placed, tx);
      return { view: viewOf(shift.id, started, ended), changedDates: dates };
    });
  };
}

function viewOf(shiftId: string, started: Date | null, ended: Date | null): BreakView {
  return {
    shiftId,
    breakStartedAt: started?.toISOString() ?? null,
    breakEndedAt: ended?.toISOString() ?? null,
  };
}
