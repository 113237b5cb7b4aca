import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/database.js';
import { IZMIT_PLACES } from '../../domain/places/izmit-gazetteer.js';
import type { Db } from '../../infra/db/database.js';
import { migrate } from '../../infra/db/migrate.js';
import { createAnonymiseStore } from '../erasure/anonymise.store.js';
import { ensureDefaultServices } from '../services/default-services.js';
import { createServicesStore } from '../services/services.store.js';
import { createReportsStore, type ReportFilter } from './reports.store.js';
import { createLiveReports } from './reports-live.js';

/*
 * The per-day summaries (migration 0019) against the same figures computed
 * straight from the bookings, through a random sequence of the writes that
 * change bookings: completions, no-shows, cancels, a ride moved to another
 * shift or day, a new ride, a deleted one, anonymisation, a depot moved and a
 * shift given another car. Closed days (summarised and kept) and today
 * (summarised inside the report, then rolled back) both take part, and a
 * night shift drives on two days.
 */

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

const SEED = 19_2025;
const SERVICES = ['anne-taksi', 'engelsiz-taksi', 'asi-ulasim'];
const AREAS = IZMIT_PLACES.filter((p) => p.kind === 'mahalle' || p.kind === 'koy').slice(0, 12);
const FACILITIES = IZMIT_PLACES.filter((p) => p.kind !== 'mahalle' && p.kind !== 'koy').slice(0, 4);
const STATUSES = ['completed', 'completed', 'completed', 'cancelled', 'no-show', 'refused'];
const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8000-${kind.toString(16).padStart(4, '0')}${n.toString(16).padStart(8, '0')}`;

/** Dates by their distance from the server's UTC today: closed ones are two days past or more. */
const dayOf = (offset: number) => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const DAYS = [-9, -8, -7, -6, -5, 0].map(dayOf);
const at = (day: string, minutes: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000);

describe.each(DIALECTS)('report summaries on %s', (dialect) => {
  let database: TestDatabase;
  let db: Db;
  const rng = random(SEED);
  const shifts: { id: string; day: string; start: number }[] = [];
  let bookingCount = 0;

  async function insertBooking(day: string) {
    const shift = rng.pick(shifts.filter((s) => s.day === day));
    const area = rng.pick(AREAS);
    const pin = rng.chance(0.2);
    const facility = rng.pick(FACILITIES);
    const start = at(shift.day, shift.start + rng.int(480));
    const arriveBy = rng.chance(0.3) ? new Date(start.getTime() + 50 * 60_000) : null;
    const ride = 8 + rng.int(30);
    await db.query(
      `INSERT INTO bookings (id, service_id, citizen_id, status,
         pickup_place_id, pickup_label, pickup_lat, pickup_lng,
         dropoff_place_id, dropoff_label, dropoff_lat, dropoff_lng,
         requested_pickup_at, arrive_by, shift_id, vehicle_id,
         pickup_window_start, pickup_window_end, planned_pickup_at, planned_dropoff_at,
         service_date, created_by, companions)
       SELECT $1, $2, $3, 'scheduled', $4, $5, $6, $7, $8, $9, $10, $11,
         CASE WHEN $12::timestamptz IS NULL THEN $13::timestamptz END, $12, $14, sh.vehicle_id,
         $13, $13::timestamptz + interval '20 minutes',
         $13::timestamptz + interval '5 minutes', $13::timestamptz + interval '5 minutes' + $15 * interval '1 minute',
         $16, $17, $18
       FROM shifts sh WHERE sh.id = $14`,
      [
        uuid(3, bookingCount++),
        rng.pick(SERVICES),
        uuid(1, rng.int(8)),
        pin ? null : area.id,
        area.name,
        area.lat + (pin ? 0.003 : 0),
        area.lng,
        facility.id,
        facility.name,
        facility.lat,
        facility.lng,
        arriveBy,
        start,
        shift.id,
        ride,
        // The night shift's rides after midnight belong to the next day.
        start.toISOString().slice(0, 10),
        uuid(0, 1),
        rng.int(3),
      ],
    );
  }

  /** Gives a ride an outcome as the driver's and operators' writes leave it on the booking. */
  async function settle(id: string, status: string) {
    const late = rng.chance(0.3) ? 1 + rng.int(30) : -rng.int(15);
    await db.query(
      `UPDATE bookings SET status = $2,
         reached_at = CASE WHEN $2 IN ('completed', 'no-show') THEN pickup_window_end + $3 * interval '1 minute' END,
         picked_up_at = CASE WHEN $2 = 'completed' AND $4 THEN pickup_window_end + ($3 + 2) * interval '1 minute' END,
         dropped_off_at = CASE WHEN $2 = 'completed' AND $4
           THEN planned_dropoff_at + ($3 + $5) * interval '1 minute' END,
         cancel_event_role = CASE WHEN $2 = 'cancelled' THEN $6 END,
         cancel_event_at = CASE WHEN $2 = 'cancelled' THEN pickup_window_start - $7 * interval '1 minute' END,
         cancel_event_reason = CASE WHEN $2 = 'cancelled' THEN $8 END,
         late_cancel = ($2 = 'cancelled' AND $9),
         refusal_reason = CASE WHEN $2 = 'refused' THEN $10 END,
         offers_declined = ($2 = 'refused' AND $11)
       WHERE id = $1`,
      [
        id,
        status,
        late,
        rng.chance(0.8),
        rng.int(20) - 10,
        rng.pick(['citizen', 'operator', 'supervisor', 'system']),
        rng.int(200),
        rng.pick(['plans changed', 'holiday']),
        rng.chance(0.2),
        rng.pick(['no-vehicle', 'shift-ends']),
        rng.chance(0.5),
      ],
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    db = database.db;
    await migrate(db);
    await ensureDefaultServices(createServicesStore(db));
    await db.query(
      `INSERT INTO users (id, username, password_hash, role, display_name)
       VALUES ($1, 'summary-operator', 'x', 'operator', 'Summary')`,
      [uuid(0, 1)],
    );
    for (let c = 0; c < 8; c++)
      await db.query(
        `INSERT INTO citizens (id, full_name, search_key, phone, mobility)
         VALUES ($1, $2, $2, $3, 'none')`,
        [uuid(1, c), `Vatandaş ${c}`, `0555000000${c}`],
      );
    for (let v = 0; v < 3; v++) {
      await db.query(`INSERT INTO drivers (id, full_name, phone) VALUES ($1, $2, $3)`, [
        uuid(2, v),
        `Sürücü ${v}`,
        `0544000000${v}`,
      ]);
      await db.query(
        `INSERT INTO vehicles (id, plate, label, seats, wheelchair_places, infant_seats, depot_label, depot_lat, depot_lng)
         VALUES ($1, $2, $2, 4, 1, 1, 'Garaj', $3, 29.97)`,
        [uuid(2, v), `41 PS ${v}`, 40.76 + v * 0.01],
      );
    }
    // Two day shifts every day, and a night shift (20:00–04:00Z) from each day into the next.
    for (const day of DAYS)
      for (const [v, start, hours] of [
        [0, 300, 10],
        [1, 300, 10],
        [2, 1200, 8],
      ] as const) {
        const id = uuid(4, shifts.length);
        shifts.push({ id, day, start });
        await db.query(
          `INSERT INTO shifts (id, driver_id, vehicle_id, starts_at, ends_at) VALUES ($1, $2, $2, $3, $4)`,
          [id, uuid(2, v), at(day, start), at(day, start + hours * 60)],
        );
      }
    for (let i = 0; i < 80; i++) await insertBooking(rng.pick(DAYS));
    for (const b of await db.query<{ id: string }>('SELECT id FROM bookings ORDER BY id'))
      await settle(b.id, rng.pick(STATUSES));
  });
  afterAll(() => database?.drop());

  const filters: ReportFilter[] = [
    { from: DAYS[0]!, to: DAYS.at(-1)!, serviceId: null },
    ...SERVICES.map((serviceId) => ({ from: DAYS[0]!, to: DAYS.at(-1)!, serviceId })),
    // Cuts the night shifts in two.
    { from: DAYS[2]!, to: DAYS[3]!, serviceId: null },
    { from: DAYS[3]!, to: DAYS[3]!, serviceId: 'anne-taksi' },
  ];

  async function expectSummariesEqualLive(step: string) {
    const summarised = createReportsStore(db);
    const live = createLiveReports(db);
    for (const f of filters) {
      const where = `${step}, ${JSON.stringify(f)}`;
      expect(await summarised.activity(f), where).toEqual(await live.activity(f));
      expect(await summarised.quality(f), where).toEqual(await live.quality(f));
      expect(await summarised.places(f), where).toEqual(await live.places(f));
    }
  }

  it('stay equal to the figures computed from the bookings through random changes', async () => {
    await expectSummariesEqualLive('at the start');
    // The closed days are kept summarised; today never is.
    const kept = (await db.query<{ day: string }>(`SELECT day::text AS day FROM report_days`)).map(
      (r) => r.day,
    );
    expect(kept).toEqual(expect.arrayContaining(DAYS.slice(0, 5)));
    expect(kept).not.toContain(DAYS.at(-1));
    const ids = async () =>
      (await db.query<{ id: string }>('SELECT id FROM bookings ORDER BY id')).map((r) => r.id);
    const anonymise = createAnonymiseStore();
    for (let step = 0; step < 24; step++) {
      const id = rng.pick(await ids());
      const op = rng.int(9);
      if (op <= 2) await settle(id, rng.pick(STATUSES));
      else if (op === 3)
        await db.query('UPDATE bookings SET shift_id = $2 WHERE id = $1', [
          id,
          rng.pick(shifts).id,
        ]);
      else if (op === 4)
        await db.query('UPDATE bookings SET service_date = $2 WHERE id = $1', [id, rng.pick(DAYS)]);
      else if (op === 5) await insertBooking(rng.pick(DAYS));
      else if (op === 6) await db.query('DELETE FROM bookings WHERE id = $1', [id]);
      else if (op === 7) await db.transaction((tx) => anonymise.anonymiseBookings(tx, [id]));
      else if (rng.chance(0.5))
        await db.query('UPDATE vehicles SET depot_lat = depot_lat + 0.005 WHERE id = $1', [
          uuid(2, rng.int(3)),
        ]);
      else
        await db.query('UPDATE shifts SET vehicle_id = $2 WHERE id = $1', [
          rng.pick(shifts).id,
          uuid(2, rng.int(3)),
        ]);
      await expectSummariesEqualLive(`step ${step}, change ${op} on ${id}`);
    }
  }, 300_000);

  it('keeps a summarised day only until its bookings change', async () => {
    const store = createReportsStore(db);
    const day = DAYS[1]!;
    await store.activity({ from: day, to: day, serviceId: null });
    const kept = async () =>
      (await db.query('SELECT 1 FROM report_days WHERE day = $1', [day])).length;
    expect(await kept()).toBe(1);
    await db.query(`UPDATE bookings SET companions = companions WHERE service_date = $1`, [day]);
    expect(await kept()).toBe(0);
    expect(await db.query('SELECT 1 FROM report_day_services WHERE day = $1', [day])).toHaveLength(
      0,
    );
  });
});
