import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.js';
import { migrate } from '../../infra/db/migrate.js';
import { createServicesStore } from '../services/services.store.js';
import { createPlanningStore, partitionKeyOf } from './planning.store.js';

const ZONE = 'Europe/Istanbul';

/*
 * Found by the fault suite (test/chaos) on PostgreSQL: a cancelled ride back
 * on a night shift's route. Under READ COMMITTED each statement of the
 * snapshot saw the latest commits, so a cancel on the other day, committed
 * between reading the routes and reading that day's version, left the
 * snapshot with the old route and the new version: the commit check passed
 * and the old route (with the cancelled ride) was written back. PGlite runs
 * one statement at a time, so only a real server shows it.
 */
describe.skipIf(!process.env.DATABASE_URL)('a planning snapshot on PostgreSQL', () => {
  it('never pairs a route read before a change with a version read after it', async () => {
    const database = await createTestDatabase('postgres');
    const [{ name }] = (await database.db.query<{ name: string }>(
      'SELECT current_database() AS name',
    )) as [{ name: string }];
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const other = new pg.Client({ connectionString: url.toString() });
    try {
      await migrate(database.db);
      const night = DateTime.now().setZone(ZONE).plus({ days: 1 }).set({ hour: 20, minute: 0 });
      const day = night.toISODate()!;
      const next = night.plus({ days: 1 }).toISODate()!;
      const driverId = randomUUID();
      const vehicleId = randomUUID();
      const shiftId = randomUUID();
      await database.db.query(
        `INSERT INTO drivers (id, full_name, phone) VALUES ($1, 'G', '+905320000000')`,
        [driverId],
      );
      await database.db.query(
        `INSERT INTO vehicles (id, plate, label, seats, wheelchair_places, infant_seats, depot_label, depot_lat, depot_lng)
         VALUES ($1, '41 GC 902', 'Gece', 3, 1, 0, 'Garaj', 40.77, 29.94)`,
        [vehicleId],
      );
      await database.db.query(
        'INSERT INTO shifts (id, driver_id, vehicle_id, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5)',
        [shiftId, driverId, vehicleId, night.toJSDate(), night.plus({ hours: 9 }).toJSDate()],
      );
      const stop = (kind: string) => ({
        kind,
        refId: randomUUID(),
        arrival: night.toISO(),
        start: night.toISO(),
        departure: night.toISO(),
        lat: 40.77,
        lng: 29.94,
        label: 'x',
      });
      await database.db.query('INSERT INTO routes (shift_id, stops) VALUES ($1, $2)', [
        shiftId,
        JSON.stringify([stop('pickup'), stop('dropoff')]),
      ]);
      const store = createPlanningStore(database.db, createServicesStore(database.db), ZONE);
      await database.db.transaction((tx) => store.bumpPartition(partitionKeyOf(next), tx));

      // A cancel of the next day's ride, as booking changes make it: the day
      // locked, the ride taken off the route, the day's version bumped; held open.
      await other.connect();
      await other.query('BEGIN');
      await other.query('SELECT version FROM planning_partitions WHERE key = $1 FOR UPDATE', [
        partitionKeyOf(next),
      ]);
      await other.query(`UPDATE routes SET stops = '[]' WHERE shift_id = $1`, [shiftId]);
      await other.query('UPDATE planning_partitions SET version = version + 1 WHERE key = $1', [
        partitionKeyOf(next),
      ]);
      const reading = store.snapshot(day, []);
      await sleep(300);
      await other.query('COMMIT');
      const snapshot = await reading;

      const routeWasOld = snapshot.shifts.find((s) => s.id === shiftId)!.stops.length > 0;
      const commitAllowed = await database.db.transaction((tx) => store.lockSnapshot(snapshot, tx));
      // Either the snapshot saw the cancel, or its commit is refused: never the old route committed.
      expect(routeWasOld && commitAllowed).toBe(false);
    } finally {
      await other.end().catch(() => {});
      await database.drop();
    }
  });
});
