import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/**
 * What the database and the processes' logs say of rides the reconciliation
 * flagged (a cancelled ride on a route, a ride on two): their events in order
 * and the log lines naming them, so a failure in CI, whose machine is gone
 * afterwards, can be read from its output alone.
 */
export async function historyOf(db: Db, ids: readonly string[], logDir: string): Promise<string[]> {
  const out: string[] = [];
  const logFiles = readdirSync(logDir)
    .filter((f) => f.endsWith('.log'))
    .map((f) => join(logDir, f));
  for (const id of ids.slice(0, 3)) {
    const events = await db.query<{ at: Date; type: string; actor_role: string; details: unknown }>(
      'SELECT at, type, actor_role, details FROM booking_events WHERE booking_id = $1 ORDER BY id',
      [id],
    );
    const routes = await db.query<{ shift_id: string; version: number; updated_at: Date }>(
      `SELECT shift_id, version, updated_at FROM routes r
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(r.stops) s WHERE s->>'refId' = $1)`,
      [id],
    );
    out.push(
      `history of ${id}: ${events
        .map(
          (e) =>
            `${e.at.toISOString().slice(11, 23)} ${e.type} by ${e.actor_role} ${JSON.stringify(e.details)}`,
        )
        .join(' | ')}; on routes ${routes
        .map(
          (r) => `${r.shift_id} v${r.version} written ${r.updated_at.toISOString().slice(11, 23)}`,
        )
        .join(', ')}`,
    );
    for (const file of logFiles) {
      let lines: string[];
      try {
        lines = readFileSync(file, 'utf8').split('\n');
      } catch {
        continue;
      }
      const named = lines.filter((l) => l.includes(id)).slice(-8);
      for (const line of named) out.push(`${basename(file)}: ${line.slice(0, 400)}`);
    }
  }
  return out;
}
