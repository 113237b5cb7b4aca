import type { Db } from '../../src/infra/db/database.js';
import type { BookingRecord, RouteRecord, ShiftRecord } from './reconcile.js';

/** Reads what reconciliation needs from the system of record, after everything stopped. */
export async function loadRecords(db: Db, runId: string) {
  const rows = await db.query<{
    id: string;
    status: string;
    shift_id: string | null;
    notes: string | null;
    return_of: string | null;
  }>('SELECT id, status, shift_id, notes, return_of FROM bookings');
  const prefix = `chaos ${runId} #`;
  const bookings: BookingRecord[] = rows.map((r) => ({
    id: r.id,
    status: r.status,
    shiftId: r.shift_id,
    // A return carries its outbound's notes: only the outbound stands for the request.
    request:
      r.return_of === null && r.notes?.startsWith(prefix)
        ? Number(r.notes.slice(prefix.length))
        : null,
  }));
  const routes = (
    await db.query<{ shift_id: string; stops: { kind: string; refId: string }[] }>(
      'SELECT shift_id, stops FROM routes',
    )
  ).map((r): RouteRecord => ({ shiftId: r.shift_id, stops: r.stops }));
  const shifts = (
    await db.query<{
      id: string;
      driver_id: string;
      starts_at: Date;
      ends_at: Date;
      cancelled: boolean;
    }>('SELECT id, driver_id, starts_at, ends_at, cancelled FROM shifts')
  ).map(
    (s): ShiftRecord => ({
      id: s.id,
      driverId: s.driver_id,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      cancelled: s.cancelled,
    }),
  );
  return { bookings, routes, shifts };
}
