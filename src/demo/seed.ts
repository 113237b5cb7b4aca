import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { findPlace } from '../domain/places/izmit-gazetteer.js';
import { foldTurkish } from '../domain/places/turkish-text.js';
import { hashPassword } from '../features/auth/password.js';
import type { Db } from '../infra/db/database.js';
import { DEMO_CITIZENS, DEMO_DRIVERS, DEMO_USERS, DEMO_VEHICLES } from './demo-data.js';

const TIME_ZONE = 'Europe/Istanbul';

function place(id: string) {
  const p = findPlace(id);
  if (!p) throw new Error(`demo data names an unknown place: ${id}`);
  return p;
}

async function insertDemoShift(
  tx: Db,
  driverId: string,
  vehicleId: string,
  hours: readonly [number, number],
  day: DateTime,
): Promise<void> {
  await tx.query(
    `INSERT INTO shifts (id, driver_id, vehicle_id, starts_at, ends_at, break_earliest, break_latest, break_minutes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 30)`,
    [
      randomUUID(),
      driverId,
      vehicleId,
      day.set({ hour: hours[0] }).toJSDate(),
      day.set({ hour: hours[1] }).toJSDate(),
      day.set({ hour: 12 }).toJSDate(),
      day.set({ hour: 14 }).toJSDate(),
    ],
  );
}

/**
 * A demo keeps working on later days: every demo driver gets today's and
 * tomorrow's shift in their vehicle if they have none then. Returns how many were added.
 */
export async function extendDemoShifts(db: Db, now: Date): Promise<number> {
  const today = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf('day');
  let added = 0;
  await db.transaction(async (tx) => {
    for (const [i, d] of DEMO_DRIVERS.entries()) {
      const rows = await tx.query<{ driver_id: string; vehicle_id: string }>(
        `SELECT u.driver_id, v.id AS vehicle_id FROM users u, vehicles v WHERE u.username = $1 AND v.plate = $2`,
        [d.username, DEMO_VEHICLES[i]!.plate],
      );
      const row = rows[0];
      if (!row) continue;
      for (const day of [today, today.plus({ days: 1 })]) {
        const existing = await tx.query(
          'SELECT 1 FROM shifts WHERE driver_id = $1 AND starts_at >= $2 AND starts_at < $3',
          [row.driver_id, day.toJSDate(), day.plus({ days: 1 }).toJSDate()],
        );
        if (existing.length > 0) continue;
        await insertDemoShift(tx, row.driver_id, row.vehicle_id, d.shift, day);
        added++;
      }
    }
  });
  return added;
}

/**
 * Loads the demo data set into an empty database: users of each role, a
 * small fleet with drivers and shifts for today and tomorrow, and citizens
 * with eligibility. Returns false (and changes nothing) when users exist.
 */
export async function seedDemoData(db: Db, now: Date): Promise<boolean> {
  const existing = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  if ((existing[0]?.n ?? 0) > 0) return false;
  const hashes = new Map<string, string>();
  for (const u of [...DEMO_USERS, ...DEMO_DRIVERS])
    hashes.set(u.username, await hashPassword(u.password));

  await db.transaction(async (tx) => {
    let adminId = '';
    for (const u of DEMO_USERS) {
      const id = randomUUID();
      if (u.role === 'admin') adminId = id;
      await tx.query(
        `INSERT INTO users (id, username, password_hash, role, display_name) VALUES ($1, $2, $3, $4, $5)`,
        [id, u.username, hashes.get(u.username), u.role, u.displayName],
      );
    }

    const vehicleIds: string[] = [];
    for (const v of DEMO_VEHICLES) {
      const id = randomUUID();
      const depot = place(v.depotPlaceId);
      vehicleIds.push(id);
      await tx.query(
        `INSERT INTO vehicles (id, plate, label, seats, wheelchair_places, infant_seats, has_ramp, has_lift,
           depot_label, depot_lat, depot_lng) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          v.plate,
          v.label,
          v.seats,
          v.wheelchairPlaces,
          v.infantSeats,
          v.hasRamp,
          v.hasLift,
          depot.name,
          depot.lat,
          depot.lng,
        ],
      );
    }

    const today = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf('day');
    for (const [i, d] of DEMO_DRIVERS.entries()) {
      const driverId = randomUUID();
      await tx.query('INSERT INTO drivers (id, full_name, phone) VALUES ($1, $2, $3)', [
        driverId,
        d.fullName,
        d.phone,
      ]);
      await tx.query(
        `INSERT INTO users (id, username, password_hash, role, display_name, driver_id)
         VALUES ($1, $2, $3, 'driver', $4, $5)`,
        [randomUUID(), d.username, hashes.get(d.username), d.fullName, driverId],
      );
      for (const day of [today, today.plus({ days: 1 })]) {
        await insertDemoShift(tx, driverId, vehicleIds[i]!, d.shift, day);
      }
    }

    const validFrom = today.minus({ months: 1 }).toISODate();
    const validUntil = today.plus({ years: 1 }).toISODate();
    for (const c of DEMO_CITIZENS) {
      const id = randomUUID();
      const home = place(c.homePlaceId);
      await tx.query(
        `INSERT INTO citizens (id, full_name, search_key, phone, national_id, birth_year, mobility,
           home_place_id, home_label, home_lat, home_lng, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          id,
          c.fullName,
          foldTurkish(c.fullName),
          c.phone,
          c.nationalId,
          c.birthYear,
          c.mobility,
          home.id,
          home.name,
          home.lat,
          home.lng,
          adminId,
        ],
      );
      for (const serviceId of c.services) {
        await tx.query(
          `INSERT INTO eligibility (id, citizen_id, service_id, valid_from, valid_until, basis, disability_rate, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [randomUUID(), id, serviceId, validFrom, validUntil, c.basis, c.disabilityRate, adminId],
        );
      }
    }
  });
  return true;
}
