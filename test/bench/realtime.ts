/**
 * Commit-to-driver delay of live manifests across two API processes: N
 * drivers' apps connected over Socket.IO, half to each API process (each its
 * own Socket.IO server, sharing rooms through the Redis adapter); rides
 * booked at a steady rate are planned and committed by a worker process,
 * which pushes each changed manifest through the Redis emitter; every app
 * acknowledges what it shows (manifest:ack) and sends a GPS position every
 * 10 s during its shift, as the real app does.
 *
 *   DATABASE_URL=postgres://… npm run bench:realtime -- [--drivers 100] [--rate 2]
 *     [--seconds 30] [--app-processes 1] [--cpu-prof DIR] [--json]
 *
 * With DATABASE_URL: a dedicated database (yoldas_bench_rt, created and
 * dropped), a private redis-server, two API processes and one worker process
 * (realtime-role.ts, the real composition root) and the apps in their own
 * process(es) (realtime-apps.ts). Without it: the same instances in this one
 * process on an embedded PGlite (it cannot be shared between processes).
 *
 * Prints {"drivers","events","p50Ms","p99Ms","lost","duplicated","rssMB", …}:
 * the delay from the commit of the worker's transaction that scheduled a ride
 * (stamped when that transaction's promise settles) to the first manifest
 * holding it reaching its driver's app; `lost` counts rides committed to a
 * connected driver that never reached them, `duplicated` manifest copies an
 * app got again after holding that version. `publishP50Ms`/`publishP99Ms`
 * split off the worker's share (commit to the manifest's PUBLISH to Redis).
 * rssMB sums the resident memory of every process of the bench (the
 * instances and the apps; not redis-server or PostgreSQL).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import pg from 'pg';
import { IZMIT_PLACES } from '../../src/domain/places/izmit-gazetteer.js';
import { createTokenIssuer } from '../../src/features/auth/tokens.js';
import type { Db } from '../../src/infra/db/database.js';
import { createPgliteDatabase } from '../../src/infra/db/pglite-database.js';
import { createPostgresDatabase } from '../../src/infra/db/postgres-database.js';
import { startRedisServer } from '../../src/infra/redis/redis-server-process.js';
import { type AppSpec, type AppsReport, runApps } from './realtime-apps.js';
import { type Role, type RoleReport, startRole } from './realtime-role.js';

const { values } = parseArgs({
  options: {
    drivers: { type: 'string', default: '100' },
    rate: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '30' },
    'app-processes': { type: 'string', default: '1' },
    'cpu-prof': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const drivers = Number(values.drivers);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const appProcesses = Math.max(1, Number(values['app-processes']));
const POSITION_EVERY_MS = 10_000;
const BENCH_DB = 'yoldas_bench_rt';
const JWT_SECRET = 'bench-secret-that-is-long-enough-0123456789';
const here = fileURLToPath(new URL('.', import.meta.url));

const say = (line: string) => {
  if (!values.json) console.error(line);
};

const adminUrl = process.env.DATABASE_URL;
const redis = await startRedisServer();
const env: Record<string, string> = {
  PORT: '0',
  HOST: '127.0.0.1',
  REDIS_URL: redis.url,
  JWT_SECRET,
  ACCESS_TOKEN_TTL_SECONDS: '3600',
  LOG_LEVEL: 'warn',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'yoldas-bench-rt-')),
  REOPTIMISE_EVERY_MINUTES: '0',
  BOOKING_WAIT_MS: '10000',
  POSITION_INTERVAL_SECONDS: '10',
  BENCH_REDIS_PREFIX: 'bench-rt',
};

// Stamps along the way, by ride.
const committedAt = new Map<string, number>();
const publishedAt = new Map<string, number>();
const seenAt = new Map<string, number>();
const roleStats: Extract<RoleReport, { kind: 'stats' }>[] = [];
const appTotals: Extract<AppsReport, { kind: 'totals' }>[] = [];
function heard(r: RoleReport | AppsReport): void {
  if (r.kind === 'committed') for (const id of r.ids) committedAt.set(id, r.at);
  else if (r.kind === 'published') {
    for (const id of r.ids) if (!publishedAt.has(id)) publishedAt.set(id, r.at);
  } else if (r.kind === 'seen') {
    for (const id of r.ids) if (!seenAt.has(id)) seenAt.set(id, r.at);
  } else if (r.kind === 'stats') roleStats.push(r);
  else if (r.kind === 'totals') appTotals.push(r);
}

/** A child process of the bench, and the first message of a kind from it. */
function child(script: string, args: string[], childEnv: Record<string, string>, tag: string) {
  const execArgv = ['--import', 'tsx'];
  // One folder per process: its loader thread writes a profile of its own beside the main one.
  if (values['cpu-prof'])
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${join(values['cpu-prof'], tag)}`);
  const proc: ChildProcess = fork(join(here, script), args, {
    env: { ...process.env, ...childEnv },
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  proc.on('message', (m) => heard(m as RoleReport | AppsReport));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    proc,
    exited,
    next<K extends string>(kind: K): Promise<Extract<RoleReport | AppsReport, { kind: K }>> {
      return new Promise((resolve, reject) => {
        const onMessage = (m: { kind: string }) => {
          if (m.kind !== kind) return;
          proc.off('message', onMessage);
          resolve(m as Extract<RoleReport | AppsReport, { kind: K }>);
        };
        proc.on('message', onMessage);
        proc.once('exit', (code) => reject(new Error(`${tag} exited (${code}) before '${kind}'`)));
      });
    },
  };
}
type Child = ReturnType<typeof child>;

// The database: a dedicated PostgreSQL database, or one PGlite shared in this process.
let db: Db;
let dropDatabase = async () => {};
let database: string;
if (adminUrl) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  database = `postgresql ${(await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version}`;
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${BENCH_DB}`;
  env.DATABASE_URL = url.toString();
  db = createPostgresDatabase(env.DATABASE_URL, 4);
  dropDatabase = async () => {
    await db.close();
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await cleanup.end();
  };
} else {
  db = await createPgliteDatabase();
  database = 'pglite (one process)';
}

// The instances: the worker first (it migrates and loads the demo data), then two APIs.
const children: Child[] = [];
const inProcess: { close(): Promise<void> }[] = [];
async function start(role: Role, tag: string): Promise<string | undefined> {
  if (adminUrl) {
    const c = child('realtime-role.ts', [role], env, tag);
    children.push(c);
    return (await c.next('ready')).url;
  }
  const service = await startRole({
    role,
    env,
    db,
    redisPrefix: env.BENCH_REDIS_PREFIX!,
    report: heard,
  });
  inProcess.push(service);
  return service.url;
}
say(`starting the worker and two API instances on ${database}…`);
await start('worker', 'worker');
const urls = [(await start('api', 'api-0'))!, (await start('api', 'api-1'))!];

async function call<T>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  url = urls[0]!,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${url}/api${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}
const login = async (username: string, password: string) => {
  const res = await call<{ accessToken: string }>('POST', '/auth/login', undefined, {
    username,
    password,
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.body.accessToken;
};

const admin = await login('admin', 'yoldas-admin');
const operator = await login('operator', 'yoldas-operator');
const now = DateTime.now().setZone('Europe/Istanbul');
const depot = IZMIT_PLACES.find((p) => p.kind === 'depot')!;

// A ramp van, its driver and a shift around now for each app (the demo fleet stands down). One
// of each through the API; the rest copied in SQL (2,000 password hashes and logins would take
// minutes and measure nothing of this bench), with sessions opened as a login would.
say(`setting up ${drivers} drivers…`);
const vehicle = await call<{ id: string }>('POST', '/vehicles', admin, {
  plate: '41 RT 1000',
  label: 'Bench van 0',
  seats: 4,
  wheelchairPlaces: 2,
  infantSeats: 0,
  hasRamp: true,
  depot: { placeId: depot.id },
});
const driver = await call<{ id: string }>('POST', '/drivers', admin, {
  fullName: 'Bench Driver 0',
  phone: '0532 000 1000',
  username: 'rt0',
  password: 'bench-password-123',
});
if (vehicle.status !== 201 || driver.status !== 201)
  throw new Error(`fleet: ${JSON.stringify([vehicle.body, driver.body])}`);
const fleet = Array.from({ length: drivers }, (_, i) => ({
  vehicleId: i === 0 ? vehicle.body.id : randomUUID(),
  driverId: i === 0 ? driver.body.id : randomUUID(),
  userId: randomUUID() as string,
  sessionId: randomUUID(),
  i,
}));
const rest = fleet.slice(1);
await db.query(
  `INSERT INTO vehicles (id, plate, label, seats, wheelchair_places, infant_seats, has_ramp, has_lift,
     depot_label, depot_lat, depot_lng, service_ids)
   SELECT n.id, '41 RT ' || (1000 + n.i), 'Bench van ' || n.i, t.seats, t.wheelchair_places,
     t.infant_seats, t.has_ramp, t.has_lift, t.depot_label, t.depot_lat, t.depot_lng, t.service_ids
   FROM vehicles t, unnest($2::uuid[], $3::int[]) AS n(id, i) WHERE t.id = $1`,
  [vehicle.body.id, rest.map((f) => f.vehicleId), rest.map((f) => f.i)],
);
await db.query(
  `INSERT INTO drivers (id, full_name, phone, licence_class, licence_expires_on)
   SELECT n.id, 'Bench Driver ' || n.i, t.phone, t.licence_class, t.licence_expires_on
   FROM drivers t, unnest($2::uuid[], $3::int[]) AS n(id, i) WHERE t.id = $1`,
  [driver.body.id, rest.map((f) => f.driverId), rest.map((f) => f.i)],
);
await db.query(
  `INSERT INTO users (id, username, password_hash, role, display_name, driver_id)
   SELECT n.id, 'rt' || n.i, t.password_hash, 'driver', 'Bench Driver ' || n.i, n.driver_id
   FROM users t, unnest($2::uuid[], $3::int[], $4::uuid[]) AS n(id, i, driver_id)
   WHERE t.driver_id = $1`,
  [driver.body.id, rest.map((f) => f.userId), rest.map((f) => f.i), rest.map((f) => f.driverId)],
);
// The template driver's own user keeps its id.
fleet[0]!.userId = (
  await db.query<{ id: string }>('SELECT id FROM users WHERE driver_id = $1', [driver.body.id])
)[0]!.id;
await db.query(
  `INSERT INTO shifts (id, driver_id, vehicle_id, starts_at, ends_at, break_minutes)
   SELECT gen_random_uuid(), n.driver_id, n.vehicle_id, $3, $4, 0
   FROM unnest($1::uuid[], $2::uuid[]) AS n(driver_id, vehicle_id)`,
  [
    fleet.map((f) => f.driverId),
    fleet.map((f) => f.vehicleId),
    now.minus({ hours: 1 }).toJSDate(),
    now.plus({ hours: 11 }).toJSDate(),
  ],
);
await db.query(
  `INSERT INTO auth_sessions (id, user_id, expires_at)
   SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS n(id, user_id), (SELECT $3::timestamptz) e`,
  [fleet.map((f) => f.sessionId), fleet.map((f) => f.userId), now.plus({ hours: 12 }).toJSDate()],
);
await db.query('UPDATE shifts SET cancelled = true WHERE NOT (vehicle_id = ANY($1::uuid[]))', [
  fleet.map((f) => f.vehicleId),
]);
const tokens = createTokenIssuer({
  secret: JWT_SECRET,
  accessTokenTtlSeconds: 3600,
  sessions: { isSessionLive: async () => true },
});
const apps: AppSpec[] = await Promise.all(
  fleet.map(async (f) => ({
    url: urls[f.i % 2]!,
    token: await tokens.issue({
      id: f.userId,
      role: 'driver',
      driverId: f.driverId,
      name: `Bench Driver ${f.i}`,
      sessionId: f.sessionId,
    }),
  })),
);

// The apps: half on each API instance, in their own process(es) with PostgreSQL.
say(`connecting ${drivers} apps…`);
const appOptions = (slice: AppSpec[]) => ({
  apps: slice,
  positionEveryMs: POSITION_EVERY_MS,
  near: { lat: depot.lat, lng: depot.lng },
});
const appChildren: Child[] = [];
let localApps: ReturnType<typeof runApps> | undefined;
if (adminUrl) {
  await Promise.all(
    Array.from({ length: appProcesses }, async (_, k) => {
      const c = child('realtime-apps.ts', ['apps'], {}, `apps-${k}`);
      appChildren.push(c);
      const connected = c.next('connected');
      c.proc.send({
        kind: 'start',
        options: appOptions(apps.filter((_, i) => i % appProcesses === k)),
      });
      await connected;
    }),
  );
} else {
  localApps = runApps(appOptions(apps), heard);
  await localApps.connect();
}
for (const c of children) c.proc.send({ kind: 'reset-stats' });

// Rides at a steady rate, booked on the second instance and planned by the worker.
const osman = (await call<{ id: string }[]>('GET', '/citizens?q=osman', operator)).body[0]!.id;
const origins = IZMIT_PLACES.filter((p) => p.kind === 'mahalle');
const destinations = IZMIT_PLACES.filter((p) => p.kind === 'hospital');
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const total = Math.round(rate * seconds);
say(`booking ${total} rides at ${rate}/s…`);
const outcomes: Record<string, number> = {};
const booked: Promise<void>[] = [];
const loadBefore = loadavg()[0]!;
const started = Date.now();
for (let i = 0; i < total; i++) {
  const due = started + (i * 1000) / rate;
  await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
  booked.push(
    call<{ status: string }>(
      'POST',
      '/bookings',
      operator,
      {
        serviceId: 'engelsiz-taksi',
        citizenId: osman,
        pickup: { placeId: origins[Math.floor(random() * origins.length)]!.id },
        dropoff: { placeId: destinations[Math.floor(random() * destinations.length)]!.id },
        pickupAt: now
          .plus({ minutes: 60 + Math.floor(random() * 480) })
          .set({ second: 0, millisecond: 0 })
          .toISO(),
        wheelchair: 'manual',
        overlapOverride: { reason: 'bench: one citizen, many rides' },
      },
      urls[1],
    ).then(
      (res) => {
        const key = res.status >= 400 ? `http-${res.status}` : res.body.status;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      },
      (error: Error) => {
        const key = `failed: ${error.cause instanceof Error ? error.cause.message : error.message}`;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      },
    ),
  );
}
await Promise.all(booked);

// Rides committed to a bench driver; wait (up to 15 s) for the last pushes.
const committed = async () =>
  db.query<{ id: string }>(
    `SELECT b.id FROM bookings b WHERE b.status = 'scheduled' AND b.vehicle_id = ANY($1::uuid[])`,
    [fleet.map((f) => f.vehicleId)],
  );
let rows = await committed();
for (let waited = 0; waited < 15_000 && rows.some((r) => !seenAt.has(r.id)); waited += 500) {
  await new Promise((r) => setTimeout(r, 500));
  rows = await committed();
}
const loadAfter = loadavg()[0]!;

// Totals from every process.
for (const c of children) c.proc.send({ kind: 'stats' });
for (const c of appChildren) c.proc.send({ kind: 'totals' });
localApps?.totals();
const expected = children.length + appChildren.length;
for (let waited = 0; waited < 5_000 && roleStats.length + appTotals.length < expected; waited += 50)
  await new Promise((r) => setTimeout(r, 50));

const percentiles = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) =>
    s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : null;
  return { p50: at(0.5), p99: at(0.99), max: s.at(-1) ?? null };
};
const stamped = rows.filter((r) => seenAt.has(r.id) && committedAt.has(r.id));
const delays = percentiles(stamped.map((r) => seenAt.get(r.id)! - committedAt.get(r.id)!));
const toPublish = percentiles(
  stamped
    .filter((r) => publishedAt.has(r.id))
    .map((r) => publishedAt.get(r.id)! - committedAt.get(r.id)!),
);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ownRss = Math.round(process.memoryUsage().rss / 2 ** 20);

const result = {
  drivers,
  events: sum(appTotals.map((t) => t.events)),
  p50Ms: delays.p50,
  p99Ms: delays.p99,
  lost: rows.filter((r) => !seenAt.has(r.id)).length,
  duplicated: sum(appTotals.map((t) => t.duplicated)),
  rssMB: adminUrl ? sum([...roleStats, ...appTotals].map((s) => s.rssMB)) : ownRss,
  maxMs: delays.max,
  publishP50Ms: toPublish.p50,
  publishP99Ms: toPublish.p99,
  // The slowest rides split at the PUBLISH: [commit to app, commit to PUBLISH] (ms), worst first.
  slowest: stamped
    .map((r) => [
      seenAt.get(r.id)! - committedAt.get(r.id)!,
      publishedAt.has(r.id) ? publishedAt.get(r.id)! - committedAt.get(r.id)! : null,
    ])
    .sort((a, b) => b[0]! - a[0]!)
    .slice(0, 3),
  rides: total,
  committed: rows.length,
  // Rides scheduled by a transaction the watch did not see (none expected).
  unstamped: rows.filter((r) => !committedAt.has(r.id)).length,
  outcomes,
  positionsSent: sum(appTotals.map((t) => t.positionsSent)),
  positionsAccepted: sum(appTotals.map((t) => t.positionsAccepted)),
  // Answered "not kept": sooner than the interval after the last (a late timer), or turned away
  // by a full queue (src/infra/batcher.ts). Sent but unanswered: the rest.
  positionsRefused: sum(appTotals.map((t) => t.positionsRefused)),
  seconds: Math.round((Date.now() - started) / 100) / 10,
  apiInstances: 2,
  appProcesses: adminUrl ? appProcesses : 0,
  database,
  // Event-loop delay of each process while the rides were booked (ms, p99 / max).
  loops: Object.fromEntries(
    [
      ...roleStats.map((s, k) => [`${s.role}-${k}`, s] as const),
      ...appTotals.map((s, k) => [`apps-${k}`, s] as const),
    ].map(([name, s]) => [name, { p99: s.loopP99Ms, max: s.loopMaxMs, rssMB: s.rssMB }]),
  ),
  loadAverage1m: [Math.round(loadBefore * 100) / 100, Math.round(loadAfter * 100) / 100],
};
console.log(values.json ? JSON.stringify(result) : result);

localApps?.close();
for (const c of appChildren) c.proc.send({ kind: 'stop' });
await Promise.all(appChildren.map((c) => c.exited));
// Positions still being handled finish before their Redis connections close.
await new Promise((r) => setTimeout(r, 1_000));
process.on('unhandledRejection', () => {});
for (const c of children.reverse()) c.proc.send({ kind: 'stop' });
await Promise.all(children.map((c) => c.exited));
for (const s of inProcess.reverse()) await s.close();
await dropDatabase();
await redis.stop();
process.exit(0);
