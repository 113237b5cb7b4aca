/**
 * Commit-to-driver delay of live manifests across two API instances: N
 * drivers' apps connected over Socket.IO, half to each API instance (each its
 * own Socket.IO server, sharing rooms through the Redis adapter); rides
 * booked at a steady rate are planned and committed by a worker instance,
 * which pushes each changed manifest through the Redis emitter; every app
 * acknowledges what it shows (manifest:ack) and sends a GPS position every
 * 10 s during its shift, as the real app does.
 *
 *   npm run bench:realtime -- [--drivers 100] [--rate 2] [--seconds 30] [--json]
 *
 * Prints {"drivers","events","p50Ms","p99Ms","lost","duplicated","rssMB", …}:
 * the delay from the commit of the worker's transaction that scheduled a ride
 * (stamped when that transaction's promise settles) to the first manifest
 * holding it reaching its driver's app; `lost`
 * counts rides committed to a connected driver that never reached them,
 * `duplicated` manifest copies an app got again after holding that version.
 * The API instances and the worker run in this one Node process on embedded
 * PGlite (it cannot be shared between processes) and a private redis-server;
 * they share nothing but Redis and the database. rssMB is this process's
 * resident memory: the three instances and all the simulated apps together.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { pino } from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import { loadConfig } from '../../src/config.js';
import { IZMIT_PLACES } from '../../src/domain/places/izmit-gazetteer.js';
import type { Db } from '../../src/infra/db/database.js';
import { createPgliteDatabase } from '../../src/infra/db/pglite-database.js';
import { createLogger } from '../../src/infra/logging/logger.js';
import { startRedisServer } from '../../src/infra/redis/redis-server-process.js';
import type {
  ClientToServerEvents,
  DriverManifests,
  ServerToClientEvents,
} from '../../src/realtime/events.js';
import { startService } from '../../src/service.js';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const { values } = parseArgs({
  options: {
    drivers: { type: 'string', default: '100' },
    rate: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
  },
});
const drivers = Number(values.drivers);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const POSITION_EVERY_MS = 10_000;
const PASSWORD = 'bench-password-123';

const say = (line: string) => {
  if (!values.json) console.error(line);
};

const redis = await startRedisServer();
const db = await createPgliteDatabase();
const env = {
  PORT: '0',
  HOST: '127.0.0.1',
  REDIS_URL: redis.url,
  JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
  LOG_LEVEL: 'warn',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'yoldas-bench-rt-')),
  REOPTIMISE_EVERY_MINUTES: '0',
  BOOKING_WAIT_MS: '10000',
  POSITION_INTERVAL_SECONDS: '10',
};
const logger = createLogger('warn', pino.destination('/dev/null'));

// When each ride's scheduling transaction committed: the worker's database is watched for the
// `scheduled` booking event written inside a transaction, stamped once that transaction settles.
const committedAt = new Map<string, number>();
function watchCommits(inner: Db): Db {
  const inTx = (tx: Db, scheduled: string[]): Db => ({
    dialect: tx.dialect,
    query: (sql, params) => {
      if (sql.includes('INSERT INTO booking_events') && params?.[1] === 'scheduled')
        scheduled.push(String(params[0]));
      return tx.query(sql, params);
    },
    transaction: (work) => tx.transaction((nested) => work(inTx(nested, scheduled))),
    exec: (sql) => tx.exec(sql),
    close: () => tx.close(),
  });
  return {
    dialect: inner.dialect,
    query: (sql, params) => inner.query(sql, params),
    exec: (sql) => inner.exec(sql),
    close: () => inner.close(),
    async transaction(work) {
      const scheduled: string[] = [];
      const result = await inner.transaction((tx) => work(inTx(tx, scheduled)));
      const at = Date.now();
      for (const id of scheduled) committedAt.set(id, at);
      return result;
    },
  };
}
const redisPrefix = 'bench-rt';
const worker = await startService(loadConfig({ ...env, ROLE: 'worker' }), {
  db: watchCommits(db),
  logger,
  redisPrefix,
});
const apis = [
  await startService(loadConfig({ ...env, ROLE: 'api' }), {
    db,
    logger,
    redisPrefix,
    loginRateLimit: 1_000_000,
  }),
  await startService(loadConfig({ ...env, ROLE: 'api' }), {
    db,
    logger,
    redisPrefix,
    loginRateLimit: 1_000_000,
  }),
];
const urls = apis.map((a) => a.url!);

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

/** Runs `work` over 0..n-1, `width` at a time. */
async function pool(n: number, width: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) await work(next++);
    }),
  );
}

const admin = await login('admin', 'yoldas-admin');
const operator = await login('operator', 'yoldas-operator');
const now = DateTime.now().setZone('Europe/Istanbul');
const depot = IZMIT_PLACES.find((p) => p.kind === 'depot')!;

// A ramp van, its driver and a shift around now for each app (the demo fleet stands down).
say(`setting up ${drivers} drivers…`);
const fleet: { driverId: string; vehicleId: string; username: string }[] = [];
await pool(drivers, 8, async (i) => {
  const vehicle = await call<{ id: string }>('POST', '/vehicles', admin, {
    plate: `41 RT ${1000 + i}`,
    label: `Bench van ${i}`,
    seats: 4,
    wheelchairPlaces: 2,
    infantSeats: 0,
    hasRamp: true,
    depot: { placeId: depot.id },
  });
  const driver = await call<{ id: string }>('POST', '/drivers', admin, {
    fullName: `Bench Driver ${i}`,
    phone: `0532 000 ${String(1000 + i).padStart(4, '0')}`,
    username: `rt${i}`,
    password: PASSWORD,
  });
  const shift = await call<{ id: string }>('POST', '/shifts', admin, {
    driverId: driver.body.id,
    vehicleId: vehicle.body.id,
    startsAt: now.minus({ hours: 1 }).toISO(),
    endsAt: now.plus({ hours: 11 }).toISO(),
  });
  if (shift.status !== 201) throw new Error(`shift: ${JSON.stringify(shift.body)}`);
  fleet[i] = { driverId: driver.body.id, vehicleId: vehicle.body.id, username: `rt${i}` };
});
await db.query('UPDATE shifts SET cancelled = true WHERE NOT (vehicle_id = ANY($1::uuid[]))', [
  fleet.map((f) => f.vehicleId),
]);

// The apps: half on each API instance; each keeps the newest version per day and acknowledges it.
say('connecting the apps…');
const sockets: Client[] = [];
const firstSeen = new Map<string, number>(); // bookingId → when its driver's app first had it
let events = 0;
let duplicated = 0;
let positionsSent = 0;
let positionsAccepted = 0;
const timers: NodeJS.Timeout[] = [];
await pool(drivers, 8, async (i) => {
  const token = await login(fleet[i]!.username, PASSWORD);
  const socket: Client = connect(urls[i % 2]!, {
    auth: { token },
    transports: ['websocket'],
  });
  sockets.push(socket);
  const held = new Map<string, number>();
  socket.on('manifest', (m: DriverManifests) => {
    const at = Date.now();
    events++;
    if ((held.get(m.date) ?? -1) >= m.version) duplicated++;
    else held.set(m.date, m.version);
    for (const shift of m.shifts)
      for (const stop of shift.stops)
        if (stop.bookingId && !firstSeen.has(stop.bookingId)) firstSeen.set(stop.bookingId, at);
    socket.emit('manifest:ack', { date: m.date, version: m.version }, () => {});
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  // Positions every 10 s, the apps spread over the interval, near the depot.
  const send = () => {
    positionsSent++;
    socket.emit(
      'driver:position',
      {
        lat: depot.lat + (Math.random() - 0.5) * 0.02,
        lng: depot.lng + (Math.random() - 0.5) * 0.02,
      },
      (ack) => {
        if (ack.ok && ack.data.accepted) positionsAccepted++;
      },
    );
  };
  const start = setTimeout(() => {
    send();
    timers.push(setInterval(send, POSITION_EVERY_MS));
  }, Math.random() * POSITION_EVERY_MS);
  timers.push(start);
});
const staff = connect(urls[1]!, { auth: { token: operator }, transports: ['websocket'] });
let staffMoves = 0;
staff.on('vehicle:position', () => staffMoves++);

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
    ).then((res) => {
      const key = res.status >= 400 ? `http-${res.status}` : res.body.status;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }),
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
for (let waited = 0; waited < 15_000 && rows.some((r) => !firstSeen.has(r.id)); waited += 500) {
  await new Promise((r) => setTimeout(r, 500));
  rows = await committed();
}
const delays = rows
  .filter((r) => firstSeen.has(r.id) && committedAt.has(r.id))
  .map((r) => firstSeen.get(r.id)! - committedAt.get(r.id)!)
  .sort((a, b) => a - b);
const pct = (p: number) =>
  delays.length ? delays[Math.min(delays.length - 1, Math.floor(p * delays.length))]! : null;

const result = {
  drivers,
  events,
  p50Ms: pct(0.5),
  p99Ms: pct(0.99),
  lost: rows.filter((r) => !firstSeen.has(r.id)).length,
  duplicated,
  rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
  rides: total,
  committed: rows.length,
  // Rides scheduled by a transaction the watch did not see (none expected).
  unstamped: rows.filter((r) => !committedAt.has(r.id)).length,
  outcomes,
  maxMs: delays.at(-1) ?? null,
  positionsSent,
  positionsAccepted,
  staffMoves,
  seconds: Math.round((Date.now() - started) / 100) / 10,
  apiInstances: 2,
  database: 'pglite',
};
console.log(values.json ? JSON.stringify(result) : result);

for (const t of timers) clearInterval(t);
staff.disconnect();
for (const s of sockets) s.disconnect();
// Positions still being handled finish before their Redis connections close; a late one
// failing on a closed connection while shutting down is no finding of the bench.
await new Promise((r) => setTimeout(r, 1_000));
process.on('unhandledRejection', () => {});
for (const a of apis) await a.close();
await worker.close();
await redis.stop();
process.exit(0);
