/**
 * The directorate's reports on a year at metropolitan volume: a generated
 * 2025 of bookings (default 1,000,000 on PostgreSQL) with their history
 * (arrived, picked up, dropped off, cancels, offers turned down) on 300
 * vehicles with a shift every day, written by SQL `generate_series`, then
 * each report timed as the API runs it.
 *
 *   npm run bench:reports -- [--bookings 1000000] [--json]
 *
 * With DATABASE_URL the data goes into a fresh database `yoldas_bench_reports`
 * on that server (dropped at the end); without it into an in-memory PGlite
 * (default 20,000 bookings). Prints {"bookings","database","summariesMs",
 * "loadAverage","reports":{name: ms}}: the time to summarise the year's days
 * (migration 0019's tables), the machine's load average at the end, and each
 * report's time on the second of two runs (the first warms the cache).
 * --keep leaves the database on the server, --reuse times it again (after
 * any new migration) without generating it anew.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { IZMIT_PLACES } from '../../src/domain/places/izmit-gazetteer.js';
import { createReportsService } from '../../src/features/reports/reports.service.js';
import { createLiveReports } from '../../src/features/reports/reports-live.js';
import { ensureDefaultServices } from '../../src/features/services/default-services.js';
import { createServicesStore } from '../../src/features/services/services.store.js';
import type { Db } from '../../src/infra/db/database.js';
import { migrate } from '../../src/infra/db/migrate.js';
import { REPORT_FACTS_BACKFILL } from '../../src/infra/db/migrations/0012-report-indexes.js';
import { createPgliteDatabase } from '../../src/infra/db/pglite-database.js';
import { createPostgresDatabase } from '../../src/infra/db/postgres-database.js';

const { values } = parseArgs({
  options: {
    bookings: { type: 'string' },
    json: { type: 'boolean', default: false },
    // Profiling: keep the generated database, and time it again later without regenerating.
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    // Also time the year's activity and quality computed straight from the bookings (before 0019).
    live: { type: 'boolean', default: false },
  },
});
const adminUrl = process.env.DATABASE_URL;
const N = Number(values.bookings ?? (adminUrl ? 1_000_000 : 20_000));
const VEHICLES = 300;
const CITIZENS = Math.max(100, Math.round(N / 12));
const DAYS = 365;
const BENCH_DB = 'yoldas_bench_reports';

const log = (msg: string) => {
  if (!values.json) console.error(msg);
};

async function openDatabase(): Promise<{
  db: Db;
  name: string;
  reused: boolean;
  drop(): Promise<void>;
}> {
  if (!adminUrl) {
    const db = await createPgliteDatabase();
    return { db, name: 'pglite (in memory)', reused: false, drop: () => db.close() };
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DB]))
    .rowCount;
  const reused = Boolean(values.reuse && exists);
  if (!reused) {
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB}`);
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  }
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!
    .server_version;
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${BENCH_DB}`;
  const db = createPostgresDatabase(url.toString(), 1);
  return {
    db,
    name: `postgresql ${version}`,
    reused,
    async drop() {
      await db.close();
      if (values.keep) return;
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${BENCH_DB}`);
      await cleanup.end();
    },
  };
}

const uuid = (prefix: string, expr: string) => `md5('${prefix}' || (${expr})::text)::uuid`;

async function generate(db: Db): Promise<void> {
  const areas = IZMIT_PLACES.filter((p) => p.kind === 'mahalle' || p.kind === 'koy');
  const facilities = IZMIT_PLACES.filter((p) => p.kind !== 'mahalle' && p.kind !== 'koy');
  const arr = (xs: readonly (string | number)[]) =>
    `ARRAY[${xs.map((x) => (typeof x === 'string' ? `'${x}'` : String(x))).join(',')}]`;
  const A = {
    id: arr(areas.map((p) => p.id)),
    name: arr(areas.map((p) => p.name.replaceAll("'", "''"))),
    lat: arr(areas.map((p) => p.lat)),
    lng: arr(areas.map((p) => p.lng)),
  };
  const F = {
    id: arr(facilities.map((p) => p.id)),
    name: arr(facilities.map((p) => p.name.replaceAll("'", "''"))),
    lat: arr(facilities.map((p) => p.lat)),
    lng: arr(facilities.map((p) => p.lng)),
  };
  await db.query('SELECT setseed(0.42)');
  await db.exec(`
INSERT INTO users (id, username, password_hash, role, display_name)
  VALUES ('00000000-0000-0000-0000-0000000000b1', 'bench-operator', 'x', 'operator', 'Bench');
INSERT INTO citizens (id, full_name, search_key, phone, mobility)
  SELECT ${uuid('c', 'i')}, 'Vatandaş ' || i, 'vatandas ' || i, '05' || lpad(i::text, 9, '0'), 'none'
  FROM generate_series(0, ${CITIZENS - 1}) i;
INSERT INTO drivers (id, full_name, phone)
  SELECT ${uuid('d', 'v')}, 'Sürücü ' || v, '05' || lpad(v::text, 9, '0') FROM generate_series(0, ${VEHICLES - 1}) v;
INSERT INTO vehicles (id, plate, label, seats, wheelchair_places, infant_seats, depot_label, depot_lat, depot_lng)
  SELECT ${uuid('v', 'v')}, '41 BN ' || v, 'Araç ' || v, 4, 1, 1, 'Garaj', 40.762, 29.97
  FROM generate_series(0, ${VEHICLES - 1}) v;
INSERT INTO shifts (id, driver_id, vehicle_id, starts_at, ends_at)
  SELECT ${uuid('s', "v || '-' || d")}, ${uuid('d', 'v')}, ${uuid('v', 'v')},
    timestamptz '2025-01-01 05:00Z' + d * interval '1 day',
    timestamptz '2025-01-01 15:00Z' + d * interval '1 day'
  FROM generate_series(0, ${VEHICLES - 1}) v, generate_series(0, ${DAYS - 1}) d;
`);
  log(`people, fleet and ${VEHICLES * DAYS} shifts written`);
  // One row per booking with its dice: status, service, places, times.
  await db.exec(`
INSERT INTO bookings (id, service_id, citizen_id, status,
  pickup_place_id, pickup_label, pickup_lat, pickup_lng,
  dropoff_place_id, dropoff_label, dropoff_lat, dropoff_lng,
  requested_pickup_at, arrive_by, shift_id, vehicle_id,
  pickup_window_start, pickup_window_end, planned_pickup_at, planned_dropoff_at,
  refusal_reason, service_date, created_by, companions)
SELECT ${uuid('b', 'i')}, s.service, ${uuid('c', `(i::bigint * 7919) % ${CITIZENS}`)}, s.status,
  CASE WHEN s.pin THEN NULL ELSE (${A.id})[s.a] END, (${A.name})[s.a],
  (${A.lat})[s.a] + CASE WHEN s.pin THEN 0.002 ELSE 0 END, (${A.lng})[s.a],
  (${F.id})[s.f], (${F.name})[s.f], (${F.lat})[s.f], (${F.lng})[s.f],
  CASE WHEN s.service = 'asi-ulasim' THEN NULL ELSE s.start END,
  CASE WHEN s.service = 'asi-ulasim' THEN s.start + interval '50 minutes' END,
  CASE WHEN s.planned THEN ${uuid('s', `(i % ${VEHICLES}) || '-' || s.d`)} END,
  CASE WHEN s.planned THEN ${uuid('v', `i % ${VEHICLES}`)} END,
  s.start, s.start + interval '20 minutes',
  CASE WHEN s.planned THEN s.start + interval '5 minutes' END,
  CASE WHEN s.planned THEN s.start + interval '5 minutes' + s.ride END,
  CASE WHEN s.status = 'refused' THEN (ARRAY['no-vehicle','shift-ends','max-ride'])[1 + (i % 3)] END,
  date '2025-01-01' + s.d, '00000000-0000-0000-0000-0000000000b1', (i % 5 = 0)::int
FROM (
  SELECT i, r.d, r.a, r.f, r.pin, r.service, r.ride, r.start,
    CASE WHEN r.x < 0.82 THEN 'completed' WHEN r.x < 0.90 THEN 'cancelled'
         WHEN r.x < 0.93 THEN 'no-show' WHEN r.x < 0.98 THEN 'refused' ELSE 'scheduled' END AS status,
    r.x < 0.82 OR (r.x >= 0.90 AND r.x < 0.93) OR r.x >= 0.98 AS planned
  FROM generate_series(0, ${N - 1}) i,
  LATERAL (SELECT random() AS x, (i % ${DAYS}) AS d,
    1 + floor(random() * ${areas.length})::int AS a, 1 + floor(random() * ${facilities.length})::int AS f,
    random() < 0.05 AS pin,
    (ARRAY['anne-taksi','engelsiz-taksi','engelsiz-taksi','asi-ulasim'])[1 + (i % 4)] AS service,
    interval '1 minute' * (8 + floor(random() * 35)) AS ride,
    timestamptz '2025-01-01 05:00Z' + (i % ${DAYS}) * interval '1 day'
      + interval '1 minute' * floor(random() * 540) AS start) r
) s;
`);
  log(`${N} bookings written`);
  const tap = (type: string, offset: string, where: string) => `
INSERT INTO booking_events (booking_id, type, from_status, to_status, actor_role, at, details)
SELECT b.id, '${type}', NULL, NULL, 'driver', t.at,
  jsonb_build_object('at', to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
FROM bookings b, LATERAL (SELECT b.planned_pickup_at + ${offset} AS at) t WHERE ${where};`;
  // Most arrive inside the window; one in ten up to 25 minutes late. The
  // trigger that copies each event onto its booking is set aside for the bulk
  // load and its facts copied in one statement after (as the migration does).
  await db.exec(`
ALTER TABLE booking_events DISABLE TRIGGER booking_events_report_facts;
${tap('arrived', "CASE WHEN random() < 0.1 THEN interval '1 minute' * (15 + floor(random() * 25)) ELSE interval '1 minute' * floor(random() * 10) END", "b.status IN ('completed', 'no-show')")}
${tap('picked-up', "interval '12 minutes'", "b.status = 'completed'")}
${tap('dropped-off', "(b.planned_dropoff_at - b.planned_pickup_at) + interval '14 minutes'", "b.status = 'completed'")}
INSERT INTO booking_events (booking_id, type, from_status, to_status, actor_role, at, details)
SELECT b.id, 'cancelled', 'scheduled', 'cancelled',
  (ARRAY['citizen','operator','operator','supervisor'])[1 + (abs(hashtext(b.id::text)) % 4)],
  b.pickup_window_start - interval '1 minute' * (abs(hashtext(b.id::text)) % 2880),
  jsonb_build_object('reason', CASE WHEN abs(hashtext(b.id::text)) % 50 = 0 THEN 'holiday' ELSE 'plans changed' END)
FROM bookings b WHERE b.status = 'cancelled';
INSERT INTO booking_events (booking_id, type, from_status, to_status, actor_role, details)
SELECT b.id, 'alternatives-declined', 'refused', 'refused', 'operator', '{"reason":"too late"}'::jsonb
FROM bookings b WHERE b.status = 'refused' AND abs(hashtext(b.id::text)) % 3 = 0;
ALTER TABLE booking_events ENABLE TRIGGER booking_events_report_facts;
${REPORT_FACTS_BACKFILL}
ANALYZE bookings;
ANALYZE booking_events;
`);
  const [events] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM booking_events');
  log(`${events!.n} booking events written`);
}

async function main() {
  const { db, name, reused, drop } = await openDatabase();
  try {
    const migrating = Date.now();
    await migrate(db);
    log(`migrated in ${((Date.now() - migrating) / 1000).toFixed(1)} s`);
    if (!reused) {
      await ensureDefaultServices(createServicesStore(db));
      const started = Date.now();
      await generate(db);
      log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    // The year's days summarised, as the migration does for the history it finds.
    const summarising = performance.now();
    await db.exec(`SELECT report_close_days('2025-01-01', '2025-12-31');
      ANALYZE report_days, report_day_services, report_day_citizens, report_day_places,
        report_day_late, report_day_shifts;`);
    const summariesMs = Math.round(performance.now() - summarising);
    log(`summaries built in ${summariesMs} ms`);
    const reports = createReportsService({ db, timeZone: 'Europe/Istanbul' });
    const year = { year: 2025 };
    const cases: [string, () => Promise<unknown>][] = [
      ['activity (year, all services)', () => reports.activity(year)],
      ['refusals (year, all services)', () => reports.refusals(year)],
      ['quality (year, all services)', () => reports.quality(year)],
      ['places (year, all services)', () => reports.places(year)],
      [
        'activity (month, one service)',
        () => reports.activity({ year: 2025, month: 10, serviceId: 'engelsiz-taksi' }),
      ],
      [
        'quality (month, one service)',
        () => reports.quality({ year: 2025, month: 10, serviceId: 'engelsiz-taksi' }),
      ],
    ];
    if (values.live) {
      const live = createLiveReports(db);
      const year2025 = { from: '2025-01-01', to: '2025-12-31', serviceId: null };
      cases.push(
        ['activity (year, all services, from the bookings)', () => live.activity(year2025)],
        ['quality (year, all services, from the bookings)', () => live.quality(year2025)],
      );
    }
    const timings: Record<string, number> = {};
    for (const [label, run] of cases) {
      await run();
      const t0 = performance.now();
      await run();
      timings[label] = Math.round(performance.now() - t0);
      log(`${label}: ${timings[label]} ms`);
    }
    console.log(
      JSON.stringify(
        { bookings: N, database: name, summariesMs, loadAverage: loadavg(), reports: timings },
        null,
        2,
      ),
    );
  } finally {
    await drop();
  }
}

await main();
