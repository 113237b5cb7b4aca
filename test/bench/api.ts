/**
 * Booking API throughput and latency under load, on the real stack: the
 * service in-process on PostgreSQL when DATABASE_URL is set (a fresh
 * `yoldas_bench_api_…` database, dropped at the end), else embedded PGlite,
 * and a private redis-server, requests over HTTP on loopback. Each POST /bookings includes planning (the API waits
 * for the scheduler's answer), so latency is what an operator feels.
 *
 *   npm run bench:api -- [--requests 300] [--concurrency 8] [--vehicles 30] [--json]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import express from 'express';
import { DateTime } from 'luxon';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { IZMIT_PLACES } from '../../src/domain/places/izmit-gazetteer.js';
import { createPostgresDatabase } from '../../src/infra/db/postgres-database.js';
import { createLogger } from '../../src/infra/logging/logger.js';
import { startRedisServer } from '../../src/infra/redis/redis-server-process.js';
import { startService } from '../../src/service.js';
import { createChaosDatabase } from '../chaos/database.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
    vehicles: { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const vehicles = Number(values.vehicles);

const redis = await startRedisServer();
const dataDir = mkdtempSync(join(tmpdir(), 'yoldas-bench-'));
// PGlite answers in this process, so it shares the CPU with the handler being measured; PostgreSQL,
// as in production, does not.
const database = await createChaosDatabase(
  process.env.DATABASE_URL,
  dataDir,
  `yoldas_bench_api_${process.pid}`,
);
// The service's own pool size (the chaos helper's small pool would queue the readers).
const rawDb = database.url ? createPostgresDatabase(database.url) : await database.open();
// Statements sent, by their first words, to say what a read costs in round trips.
const statements = new Map<string, number>();
const db: typeof rawDb = {
  ...rawDb,
  dialect: rawDb.dialect,
  query: (sql, params) => {
    const head = sql.trim().replace(/\s+/g, ' ').slice(0, 60);
    statements.set(head, (statements.get(head) ?? 0) + 1);
    return rawDb.query(sql, params);
  },
  transaction: (work) => rawDb.transaction(work),
  exec: (sql) => rawDb.exec(sql),
  close: () => rawDb.close(),
};
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  REDIS_URL: redis.url,
  JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
  LOG_LEVEL: 'info',
  DATA_DIR: dataDir,
  REOPTIMISE_EVERY_MINUTES: '0',
  BOOKING_WAIT_MS: '10000',
  // The production default (info) with its cost; the lines go to /dev/null.
});
const service = await startService(config, {
  db,
  loginRateLimit: 10_000,
  logger: createLogger('info', pino.destination('/dev/null')),
});
const base = `${service.url}/api`;

async function call<T>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}
const login = async (username: string, password: string) =>
  (await call<{ accessToken: string }>('POST', '/auth/login', undefined, { username, password }))
    .body.accessToken;

const admin = await login('admin', 'yoldas-admin');
const operator = await login('operator', 'yoldas-operator');
const tomorrow = DateTime.now().setZone('Europe/Istanbul').plus({ days: 1 }).startOf('day');
const depot = IZMIT_PLACES.find((p) => p.kind === 'depot')!;

// A fleet of ramp vans with a shift each, tomorrow 07:00–19:00.
for (let i = 0; i < vehicles; i++) {
  const vehicle = await call<{ id: string }>('POST', '/vehicles', admin, {
    plate: `41 BN ${1000 + i}`,
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
    username: `bench${i}`,
    password: 'bench-password-123',
  });
  await call('POST', '/shifts', admin, {
    driverId: driver.body.id,
    vehicleId: vehicle.body.id,
    startsAt: tomorrow.set({ hour: 7 }).toISO(),
    endsAt: tomorrow.set({ hour: 19 }).toISO(),
  });
}
const osman = (await call<{ id: string }[]>('GET', '/citizens?q=osman', operator)).body[0]!.id;
const origins = IZMIT_PLACES.filter((p) => p.kind === 'mahalle' || p.kind === 'koy');
const destinations = IZMIT_PLACES.filter(
  (p) => p.kind === 'hospital' || p.kind === 'health-centre',
);

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const bodies = Array.from({ length: requests }, () => ({
  serviceId: 'engelsiz-taksi',
  citizenId: osman,
  pickup: { placeId: origins[Math.floor(random() * origins.length)]!.id },
  dropoff: { placeId: destinations[Math.floor(random() * destinations.length)]!.id },
  pickupAt: tomorrow
    .set({ hour: 8 + Math.floor(random() * 9), minute: Math.floor(random() * 4) * 15 })
    .toISO(),
  wheelchair: 'manual',
  // One demo citizen rides many times over: the one-ride-at-a-time rule is waived.
  overlapOverride: { reason: 'bench: one citizen, many rides' },
}));

const latencies: number[] = [];
const outcomes: Record<string, number> = {};
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      const t0 = performance.now();
      const res = await call<{ status: string }>('POST', '/bookings', operator, body);
      latencies.push(performance.now() - t0);
      const key = res.status >= 400 ? `http-${res.status}` : res.body.status;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]! * 10) /
  10;
// Reading one booking against a bare express handler answering the same JSON, in
// the same process and run: the share of the API's cost that is ours (auth,
// validation, audit, logging) rather than HTTP's.
const sample = (
  await call<{ id: string }[]>('GET', `/bookings?date=${tomorrow.toISODate()}`, operator)
).body[0]!;
const bare = express();
const sampleJson = await call<unknown>('GET', `/bookings/${sample.id}`, operator);
bare.get('/bare', (_req, res) => {
  res.json(sampleJson.body);
});
const bareServer = bare.listen(0, '127.0.0.1');
await new Promise((r) => bareServer.once('listening', r));
const barePort = (bareServer.address() as { port: number }).port;
// Reads in rounds, the API's and the bare handler's taking turns, so that a
// machine busy with something else for a moment slows both alike.
const READS = 2000;
const ROUNDS = 4;
async function readFor(url: string, headers: Record<string, string>, n: number): Promise<number> {
  let done = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (done < n) {
        done++;
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
      }
    }),
  );
  return performance.now() - t0;
}
const apiUrl = `${base}/bookings/${sample.id}`;
const bareUrl = `http://127.0.0.1:${barePort}/bare`;
const apiHeaders = { authorization: `Bearer ${operator}` };
// Warm both paths (JIT, prepared statements, pools) before timing.
await readFor(apiUrl, apiHeaders, 200);
await readFor(bareUrl, {}, 200);
const sent = () => [...statements.values()].reduce((a, b) => a + b, 0);
let apiMs = 0;
let bareMs = 0;
let readStatements = 0;
for (let round = 0; round < ROUNDS; round++) {
  const before = sent();
  apiMs += await readFor(apiUrl, apiHeaders, READS / ROUNDS);
  readStatements += sent() - before;
  bareMs += await readFor(bareUrl, {}, READS / ROUNDS);
}
const apiReads = READS / (apiMs / 1000);
const bareReads = READS / (bareMs / 1000);
bareServer.close();

const result = {
  requests,
  concurrency,
  vehicles,
  seconds: Math.round(seconds * 100) / 100,
  throughputPerSec: Math.round((requests / seconds) * 10) / 10,
  p50Ms: pct(0.5),
  p99Ms: pct(0.99),
  maxMs: Math.round(latencies.at(-1)! * 10) / 10,
  outcomes,
  database: database.dialect,
  readsPerSec: Math.round(apiReads),
  bareReadsPerSec: Math.round(bareReads),
  readRatio: Math.round((apiReads / bareReads) * 100) / 100,
  // Statements per GET /bookings/:id outside transactions (audit rows are group-committed).
  statementsPerRead: Math.round((readStatements / READS) * 100) / 100,
};
console.log(values.json ? JSON.stringify(result) : result);
await service.close();
await db.close();
await redis.stop();
await database.remove();
