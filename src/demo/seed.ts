import { DateTime } from 'luxon';
import { findPlace } from '../domain/places/izmit-gazetteer.js';
import { createAuthStore } from '../features/auth/auth.store.js';
import { hashPassword } from '../features/auth/password.js';
import { createCitizensStore } from '../features/citizens/citizens.store.js';
import { createFleetStore } from '../features/fleet/fleet.store.js';
import type { Db } from '../infra/db/database.js';
import { DEMO_CITIZENS, DEMO_DRIVERS, DEMO_USERS, DEMO_VEHICLES } from './demo-data.js';

const TIME_ZONE = 'Europe/Istanbul';

function place(id: string) {
  const p = findPlace(id);
  if (!p) throw new Error(`demo data names an unknown place: ${id}`);
  return p;
}

type DemoDriver = (typeof DEMO_DRIVERS)[number];

/**
 * A demo shift: the driver's hours from that day's midnight (a night shift
 * runs past 24), a 30-minute break in its window (12:00–14:00 by day).
 */
function demoShift(driverId: string, vehicleId: string, d: DemoDriver, day: DateTime) {
  const [from, to] = d.shift;
  const [breakFrom, breakTo] = 'breakHours' in d ? d.breakHours : [12, 14];
  return {
    driverId,
    vehicleId,
    startsAt: day.plus({ hours: from }).toJSDate(),
    endsAt: day.plus({ hours: to }).toJSDate(),
    breakEarliest: day.plus({ hours: breakFrom }).toJSDate(),
    breakLatest: day.plus({ hours: breakTo }).toJSDate(),
    breakMinutes: 30,
  };
}

/** Today and tomorrow, and yesterday while its night shift still runs. */
export function demoDays(d: DemoDriver, now: Date): DateTime[] {
  const today = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf('day');
  const yesterday = today.minus({ days: 1 });
  const running = yesterday.plus({ hours: d.shift[1] }).toMillis() > now.getTime();
  return [...(running ? [yesterday] : []), today, today.plus({ days: 1 })];
}

/**
 * A demo keeps working on later days: every demo driver gets today's and
 * tomorrow's shift in their vehicle if they have none then. Returns how many were added.
 */
export async function extendDemoShifts(db: Db, now: Date): Promise<number> {
  const fleet = createFleetStore(db);
  let added = 0;
  await db.transaction(async (tx) => {
    for (const [i, d] of DEMO_DRIVERS.entries()) {
      const rows = await tx.query<{ driver_id: string; vehicle_id: string }>(
        `SELECT u.driver_id, v.id AS vehicle_id FROM users u, vehicles v WHERE u.username = $1 AND v.plate = $2`,
        [d.username, DEMO_VEHICLES[i]!.plate],
      );
      const row = rows[0];
      if (!row) continue;
      for (const day of demoDays(d, now)) {
        const existing = await tx.query(
          'SELECT 1 FROM shifts WHERE driver_id = $1 AND starts_at >= $2 AND starts_at < $3',
          [row.driver_id, day.toJSDate(), day.plus({ days: 1 }).toJSDate()],
        );
        if (existing.length > 0) continue;
        await fleet.insertShift(demoShift(row.driver_id, row.vehicle_id, d, day), tx);
        added++;
      }
    }
  });
  return added;
}

/**
 * Loads the demo data set into an empty database through the same stores the
 * API writes with: users of each role, a small fleet with drivers and shifts
 * for today and tomorrow, and citizens with eligibility. Returns false (and
 * changes nothing) when users exist.
 */
export async function seedDemoData(db: Db, now: Date): Promise<boolean> {
  const existing = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  if ((existing[0]?.n ?? 0) > 0) return false;
  const users = createAuthStore(db);
  const fleet = createFleetStore(db);
  const citizens = createCitizensStore(db);
  const hashes = new Map<string, string>();
  for (const u of [...DEMO_USERS, ...DEMO_DRIVERS])
    hashes.set(u.username, await hashPassword(u.password));
  const hashOf = (username: string) => hashes.get(username) ?? '';

  await db.transaction(async (tx) => {
    let adminId = '';
    for (const u of DEMO_USERS) {
      const id = await users.insertUser(
        {
          username: u.username,
          password_hash: hashOf(u.username),
          role: u.role,
          display_name: u.displayName,
          driver_id: null,
        },
        tx,
      );
      if (u.role === 'admin') adminId = id;
    }

    const vehicleIds: string[] = [];
    for (const v of DEMO_VEHICLES) {
      const depot = place(v.depotPlaceId);
      vehicleIds.push(
        await fleet.insertVehicle(
          {
            plate: v.plate,
            label: v.label,
            seats: v.seats,
            wheelchair_places: v.wheelchairPlaces,
            infant_seats: v.infantSeats,
            has_ramp: v.hasRamp,
            has_lift: v.hasLift,
            depot_label: depot.name,
            depot_lat: depot.lat,
            depot_lng: depot.lng,
            service_ids: [...v.serviceIds],
          },
          tx,
        ),
      );
    }

    const today = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf('day');
    for (const [i, d] of DEMO_DRIVERS.entries()) {
      const driverId = await fleet.insertDriver({ fullName: d.fullName, phone: d.phone }, tx);
      await users.insertUser(
        {
          username: d.username,
          password_hash: hashOf(d.username),
          role: 'driver',
          display_name: d.fullName,
          driver_id: driverId,
        },
        tx,
      );
      for (const day of demoDays(d, now)) {
        await fleet.insertShift(demoShift(driverId, vehicleIds[i]!, d, day), tx);
      }
    }

    const validFrom = today.minus({ months: 1 }).toISODate()!;
    const validUntil = today.plus({ years: 1 }).toISODate()!;
    for (const c of DEMO_CITIZENS) {
      const home = place(c.homePlaceId);
      const id = await citizens.insert(
        {
          fullName: c.fullName,
          phone: c.phone,
          nationalId: c.nationalId ?? undefined,
          birthYear: c.birthYear,
          mobility: c.mobility,
          home: { placeId: home.id, label: home.name, lat: home.lat, lng: home.lng },
        },
        adminId,
        tx,
      );
      for (const serviceId of c.services) {
        await citizens.insertEligibility(
          id,
          {
            serviceId,
            validFrom,
            validUntil,
            basis: c.basis,
            disabilityRate: c.disabilityRate ?? undefined,
          },
          adminId,
          tx,
        );
      }
    }
  });
  return true;
}
