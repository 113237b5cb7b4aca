/**
 * A metropolitan day through the real service path (issue 9): the API and
 * the worker as separate processes (`src/main.ts --role …`, as production
 * starts them) on a fresh PostgreSQL database and a private redis-server, a
 * synthetic fleet spread over İzmit's service area, and a day of bookings at
 * door-address resolution (every pickup and drop-off a distinct point)
 * booked over HTTP at a steady rate by concurrent clients while the
 * re-optimisation runs every minute. Latency is the whole booking answer an
 * operator waits for (planning included).
 *
 *   npm run bench:day -- [--vehicles 50] [--bookings 200] [--rate 20] [--concurrency 8]
 *                        [--workers 1] [--reopt-seconds 5] [--settle-seconds 120] [--keep] [--json]
 *                        [--profile DIR] [--areas 1] [--timeline FILE]
 *
 * `--profile DIR` writes each process's CPU profile (the inspector's, as `--cpu-prof`) and its
 * PostgreSQL statements counted and timed (`query-trace.mjs`) into DIR (per
 * booking: divide by `plannedJobs` in the JSON): `api`, `worker-1`, ….
 *
 * `--timeline FILE` writes one JSON line per answer (`at`: when it was asked, epoch ms; `ms`;
 * `status`) and then the worker's log lines about re-optimisation and day reads, so slow answers
 * can be lined up with what the worker was doing.
 *
 * `--areas N` plans the city as N areas (`PLANNING_AREAS`: centres spread west to east across
 * İzmit), so that N workers can each plan one at once; 1 is the whole city as one area.
 *
 * PostgreSQL comes from DATABASE_URL (a database `yoldas_bench_day` is created
 * and dropped); without it the service runs as one process on PGlite, which
 * says little about production and is reported as `"database": "pglite"`.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import pg from 'pg';
import { IZMIT_PLACES } from '../../src/domain/places/izmit-gazetteer.js';
import { isServedPlace } from '../../src/domain/places/service-area.js';
import { freePort } from '../../src/infra/redis/redis-server-process.js';
import { createApiClient, type Session } from '../chaos/api-client.js';
import { createChaosDatabase } from '../chaos/database.js';
import { buildFleet, type Fleet, ZONE } from '../chaos/fleet.js';
import { redisProcess, type Supervised, serviceProcess } from '../chaos/processes.js';
import { seededRandom } from '../chaos/workload.js';
import { keepVacuumed } from './vacuum-keeper.js';

const DATABASE_NAME = 'yoldas_bench_day';

const { values } = parseArgs({
  options: {
    vehicles: { type: 'string', default: '50' },
    bookings: { type: 'string', default: '200' },
    rate: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '8' },
    workers: { type: 'string', default: '1' },
    areas: { type: 'string', default: '1' },
    'reopt-seconds': { type: 'string', default: '5' },
    'settle-seconds': { type: 'string', default: '120' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'string' },
    timeline: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`--${name} must be a positive number (got ${value})`);
    process.exit(2);
  }
  return n;
}

const VEHICLES = Math.floor(positive('vehicles', values.vehicles));
const BOOKINGS = Math.floor(positive('bookings', values.bookings));
const RATE = positive('rate', values.rate);
const CONCURRENCY = Math.floor(positive('concurrency', values.concurrency));
const WORKERS = Math.floor(positive('workers', values.workers));
const AREAS = Math.floor(positive('areas', values.areas));

/** `PLANNING_AREAS` for N areas: centres in a west–east line across İzmit (empty for one). */
function planningAreasSetting(n: number): string {
  if (n <= 1) return '';
  const west = 29.86;
  const east = 30.06;
  return Array.from(
    { length: n },
    (_, i) => `a${i + 1}=40.775,${(west + ((i + 0.5) * (east - west)) / n).toFixed(4)}`,
  ).join(';');
}
const REOPT_SECONDS = positive('reopt-seconds', values['reopt-seconds']);
const SETTLE_SECONDS = positive('settle-seconds', values['settle-seconds']);
const SEED = Math.floor(positive('seed', values.seed));
const PROFILE_DIR = values.profile ? resolve(values.profile) : undefined;
const progress = (message: string) => console.error(`[bench:day] ${message}`);

type Point = { lat: number; lng: number };
const HOMES = IZMIT_PLACES.filter((p) => p.kind === 'mahalle');
const DESTINATIONS = IZMIT_PLACES.filter((p) =>
  ['hospital', 'health-centre', 'mahalle'].includes(p.kind),
);

/**
 * A door somewhere within ±400 m of a gazetteer place, drawn again until it
 * lies where the service goes (a neighbourhood on the shore jitters into the gulf).
 */
function doorNear(random: () => number, around: readonly Point[]): Point {
  for (;;) {
    const base = around[Math.floor(random() * around.length)]!;
    const lat = base.lat + ((random() * 2 - 1) * 400) / 111_320;
    const lng =
      base.lng + ((random() * 2 - 1) * 400) / (111_320 * Math.cos((base.lat * Math.PI) / 180));
    const point = { lat: Number(lat.toFixed(6)), lng: Number(lng.toFixed(6)) };
    if (isServedPlace({ ...point, placeId: null })) return point;
  }
}

/** A wheelchair ride from a door to a door, at a time the fleet's shift around now covers. */
function bookingBody(fleet: Fleet, index: number, now: Date): Record<string, unknown> {
  const random = seededRandom(SEED * 1_000_003 + index);
  const shift = fleet.shifts[0]!;
  const at = DateTime.fromJSDate(now).setZone(ZONE);
  // Engelsiz Taksi needs 30 minutes' notice; a margin for the time the request takes.
  const from = DateTime.max(shift.startsAt.plus({ minutes: 10 }), at.plus({ minutes: 40 }));
  const to = shift.endsAt.minus({ minutes: 60 });
  const span = Math.max(0, to.diff(from, 'minutes').minutes);
  const pickupAt = from.plus({ minutes: Math.floor((random() * span) / 5) * 5 }).startOf('minute');
  return {
    serviceId: 'engelsiz-taksi',
    citizenId: fleet.citizens[Math.floor(random() * fleet.citizens.length)]!,
    pickup: { ...doorNear(random, HOMES), label: `Kapı ${index}a` },
    dropoff: { ...doorNear(random, DESTINATIONS), label: `Kapı ${index}b` },
    pickupAt: pickupAt.toISO(),
    wheelchair: random() < 0.8 ? 'manual' : 'electric',
    notes: `bench:day #${index}`,
    overlapOverride: { reason: 'yük testi: bir vatandaşa çok yolculuk' },
  };
}

/** Peak resident memory of a process (VmHWM), in MB; 0 once it is gone. */
function peakRssMB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The worker's log lines (pino JSON), one object each; other lines are skipped. */
function logRecords(file: string): Record<string, unknown>[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const records: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      records.push(JSON.parse(line));
    } catch {
      // a line cut by a kill
    }
  }
  return records;
}

/** A profiled worker's environment: a CPU profile and a trace of its queries, in PROFILE_DIR. */
function profilingEnv(name: string): Record<string, string> {
  if (!PROFILE_DIR) return {};
  mkdirSync(PROFILE_DIR, { recursive: true });
  const trace = join(dirname(fileURLToPath(import.meta.url)), 'query-trace.mjs');
  return {
    NODE_OPTIONS: `--import=${trace}`,
    CPU_PROFILE_FILE: join(PROFILE_DIR, `${name}.cpuprofile`),
    QUERY_TRACE_FILE: join(PROFILE_DIR, `${name}.queries.json`),
  };
}

async function dropLeftover(adminUrl: string) {
  // A run killed before its clean-up leaves the database behind: the next run starts fresh.
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  const runId = Array.from(randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join('');
  const runDir = mkdtempSync(join(tmpdir(), 'yoldas-bench-day-'));
  const logDir = join(runDir, 'logs');
  const dataDir = join(runDir, 'data');
  if (adminUrl) await dropLeftover(adminUrl);
  else progress('no DATABASE_URL: PGlite in one process (API and worker together), not production');
  const database = await createChaosDatabase(adminUrl, dataDir, DATABASE_NAME);
  // A server with autovacuum off (this machine's) would measure a database no deployment runs.
  const vacuum = database.url ? await keepVacuumed(database.url, { log: progress }) : undefined;
  if (vacuum && !vacuum.on) progress('the server has autovacuum off: the benchmark does its work');
  const redisPort = await freePort();
  const apiPort = await freePort();
  const base = `http://127.0.0.1:${apiPort}`;
  const crashes: string[] = [];
  const onCrash = (message: string) => {
    crashes.push(message);
    progress(message);
  };
  const redis = redisProcess(redisPort, join(runDir, 'redis'), logDir, onCrash);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runDir,
    TMPDIR: tmpdir(),
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'info',
    SEED_DEMO_DATA: 'true',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    // Today's day re-optimised every minute while bookings arrive, as the issue asks.
    REOPTIMISE_EVERY_MINUTES: '1',
    REOPTIMISE_TODAY_SECONDS: String(REOPT_SECONDS),
    PLANNING_AREAS: planningAreasSetting(AREAS),
    ...(database.url ? { DATABASE_URL: database.url } : {}),
  };
  const separate = database.dialect === 'postgres';
  const api = serviceProcess({
    role: separate ? 'api' : 'all',
    name: separate ? 'api' : 'all',
    env: { ...env, ...profilingEnv(separate ? 'api' : 'all') },
    logDir,
    port: apiPort,
    onCrash,
  });
  const workers: Supervised[] = separate
    ? Array.from({ length: WORKERS }, (_, i) =>
        serviceProcess({
          role: 'worker',
          name: `worker-${i + 1}`,
          env: { ...env, ...profilingEnv(`worker-${i + 1}`) },
          logDir,
          onCrash,
        }),
      )
    : [api];
  const workerLogs = separate
    ? workers.map((_, i) => join(logDir, `worker-${i + 1}.log`))
    : [join(logDir, 'all.log')];
  const all = separate ? [api, ...workers] : [api];
  const client = createApiClient(base, { requestTimeoutMs: 60_000 });
  let workerRssMB = 0;
  const sampleRss = () => {
    for (const w of workers) workerRssMB = Math.max(workerRssMB, peakRssMB(w.pid));
  };
  let failed = true;
  try {
    await redis.start();
    await api.start();
    if (separate) await Promise.all(workers.map((w) => w.start()));
    progress(`${database.dialect}: ${all.map((p) => p.name).join(', ')} up at ${base}`);

    const admin = await client.login('admin', 'yoldas-admin');
    const operator: Session = await client.login('operator', 'yoldas-operator');
    const fleetStarted = Date.now();
    const depotRandom = seededRandom(SEED * 7919);
    const fleet = await buildFleet(client, admin, {
      runId,
      vehicles: VEHICLES,
      days: 1,
      // About two rides a citizen (there and back), as a city's day has: a few hundred citizens
      // with a hundred rides each made every booking's overlap check read a hundred rows.
      citizens: Math.max(10, Math.min(20_000, Math.ceil(BOOKINGS / 2))),
      now: new Date(),
      depot: (v) => ({ ...doorNear(depotRandom, HOMES), label: `Garaj ${v + 1}` }),
    });
    progress(
      `fleet: ${VEHICLES} vehicles, ${fleet.citizens.length} citizens in ${((Date.now() - fleetStarted) / 1000).toFixed(0)} s`,
    );

    const latencies: number[] = [];
    const timeline: { at: number; ms: number; status: number | string }[] = [];
    const answers: Record<string, number> = {};
    const errors: string[] = [];
    // The bench's own bookings, told apart from the demo's by id (notes are stored encrypted).
    const ids: string[] = [];
    const pace = 1000 / RATE;
    let next = 0;
    const rss = setInterval(sampleRss, 1000);
    const ticker = setInterval(() => progress(`${latencies.length}/${BOOKINGS} answered`), 10_000);
    const loadStart = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < BOOKINGS) {
          const index = next++;
          const wait = loadStart + index * pace - Date.now();
          if (wait > 0) await sleep(wait);
          const body = bookingBody(fleet, index, new Date());
          const started = performance.now();
          const askedAt = Date.now();
          try {
            const res = await client.call<{ id: string; status: string }>(
              'POST',
              '/bookings',
              operator,
              {
                body,
                headers: { 'idempotency-key': `${runId}-${index}` },
              },
            );
            latencies.push(performance.now() - started);
            timeline.push({ at: askedAt, ms: Math.round(latencies.at(-1)!), status: res.status });
            answers[res.status] = (answers[res.status] ?? 0) + 1;
            if (res.status < 300) ids.push(res.body.id);
            if (res.status >= 300 && errors.length < 5)
              errors.push(`#${index}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
          } catch (error) {
            latencies.push(performance.now() - started);
            answers.error = (answers.error ?? 0) + 1;
            if (errors.length < 5) errors.push(`#${index}: ${String(error)}`);
          }
        }
      }),
    );
    const loadSeconds = (Date.now() - loadStart) / 1000;
    clearInterval(ticker);
    for (const e of errors) progress(`refused or failed: ${e}`);

    // Bookings answered 202 are still being planned: wait for them before counting.
    const dates = new Set([
      DateTime.now().setZone(ZONE).toISODate()!,
      DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate()!,
    ]);
    const settleDeadline = Date.now() + SETTLE_SECONDS * 1000;
    for (;;) {
      let pending = 0;
      for (const date of dates) {
        const res = await client.call<unknown[]>(
          'GET',
          `/bookings?date=${date}&status=pending`,
          operator,
        );
        pending += Array.isArray(res.body) ? res.body.length : 0;
      }
      if (pending === 0 || Date.now() > settleDeadline) {
        if (pending > 0) progress(`${pending} bookings still pending after ${SETTLE_SECONDS} s`);
        break;
      }
      await sleep(1000);
    }
    clearInterval(rss);
    sampleRss();
    for (const p of [...all].reverse()) await p.stop();
    await redis.stop();

    const db = await database.open();
    const statuses = await db.query<{ status: string; n: string }>(
      'SELECT status, count(*)::text AS n FROM bookings WHERE id = ANY($1::uuid[]) GROUP BY status',
      [ids],
    );
    const moved = await db.query<{ n: string }>(
      "SELECT count(DISTINCT booking_id)::text AS n FROM booking_events WHERE type = 'replanned' AND booking_id = ANY($1::uuid[])",
      [ids],
    );
    await db.close();
    const byStatus = Object.fromEntries(statuses.map((r) => [r.status, Number(r.n)]));
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);

    const records = workerLogs.flatMap(logRecords);
    if (values.timeline) {
      const worker = records
        .filter(
          (r) =>
            typeof r.msg === 'string' &&
            /re-optimis|day read|planning conflict|^planned$/.test(r.msg),
        )
        .map((r) => JSON.stringify({ at: r.time, worker: r.msg, ...r }));
      writeFileSync(
        values.timeline,
        [...timeline.map((t) => JSON.stringify(t)), ...worker].join('\n') + '\n',
      );
    }
    const reoptRuns = records.filter((r) => r.msg === 're-optimisation run');
    const reoptCommitted = reoptRuns.filter(
      (r) => (r.outcome as { kind?: string } | undefined)?.kind === 'improved',
    ).length;
    const reoptKinds: Record<string, number> = {};
    for (const r of reoptRuns) {
      const kind = (r.outcome as { kind?: string } | undefined)?.kind ?? 'unknown';
      reoptKinds[kind] = (reoptKinds[kind] ?? 0) + 1;
    }
    // Each planning attempt that lost the partition's version race is retried inside the job
    // without a trace; what shows is a job that lost every attempt (and is retried by BullMQ).
    // Planning attempts that lost the partition's version race (each logged by the worker,
    // counted in yoldas_planning_conflicts_total), and jobs that lost every attempt.
    const planningConflicts = records.filter((r) => r.msg === 'planning conflict').length;
    const jobsLostEveryRace = records.filter(
      (r) =>
        r.msg === 'planning job failed' &&
        JSON.stringify(r.err ?? '').includes('partition kept changing'),
    ).length;
    const planned = records.filter((r) => r.msg === 'planned');
    const retriedJobs = planned.filter((r) => Number(r.attempt) > 1).length;
    // The day's turn (deciding and committing one booking) bounds its throughput: its median and tail.
    const turns = planned.map((r) => Number(r.turnMs)).filter(Number.isFinite);
    turns.sort((a, b) => a - b);

    const sorted = [...latencies].sort((a, b) => a - b);
    const scheduled = byStatus.scheduled ?? 0;
    const result = {
      bookings: total,
      scheduledPct: total ? Number(((100 * scheduled) / total).toFixed(1)) : 0,
      p50Ms: Math.round(percentile(sorted, 50)),
      p99Ms: Math.round(percentile(sorted, 99)),
      maxMs: Math.round(sorted.at(-1) ?? 0),
      bookingsPerSec: Number((latencies.length / loadSeconds).toFixed(1)),
      planningConflicts,
      reoptCommitted,
      movedPct: total ? Number(((100 * Number(moved[0]?.n ?? 0)) / total).toFixed(1)) : 0,
      workerRssMB,
      database: database.dialect,
      // Who kept the tables vacuumed and analysed: the server's autovacuum, or this benchmark.
      autovacuum: vacuum ? (vacuum.on ? 'server' : `bench (${vacuum.runs} passes)`) : 'pglite',
      vehicles: VEHICLES,
      // Context for reading the figures above.
      requested: BOOKINGS,
      rate: RATE,
      concurrency: CONCURRENCY,
      workers: separate ? WORKERS : 0,
      areas: AREAS,
      answers,
      statuses: byStatus,
      plannedJobs: planned.length,
      turnP50Ms: Math.round(percentile(turns, 50)),
      turnP99Ms: Math.round(percentile(turns, 99)),
      retriedJobs,
      jobsLostEveryRace,
      reoptRuns: reoptKinds,
      crashes: crashes.length,
      cpus: cpus().length,
    };
    if (values.json) console.log(JSON.stringify(result));
    else {
      const rows: [string, string | number][] = [
        [
          'database',
          `${result.database}${separate ? ` (API + ${WORKERS} worker)` : ' (one process)'}`,
        ],
        ['vehicles', result.vehicles],
        ['bookings', `${result.bookings} (${result.scheduledPct} % scheduled)`],
        ['answer p50 / p99 / max', `${result.p50Ms} / ${result.p99Ms} / ${result.maxMs} ms`],
        ['throughput', `${result.bookingsPerSec} bookings/s (asked ${RATE}/s)`],
        ['answers', JSON.stringify(answers)],
        ['planning attempts that lost the version race', result.planningConflicts],
        ['planning jobs that lost every race', result.jobsLostEveryRace],
        ['re-optimisations committed', `${reoptCommitted} of ${reoptRuns.length}`],
        ['bookings moved to another vehicle', `${result.movedPct} %`],
        ['worker peak memory', `${workerRssMB} MB`],
      ];
      const width = Math.max(...rows.map(([k]) => k.length));
      for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
    }
    failed = false;
  } finally {
    for (const p of [...all].reverse()) await p.stop().catch(() => {});
    await redis.stop().catch(() => {});
    await vacuum?.stop();
    await database.remove().catch((e) => progress(`could not drop ${DATABASE_NAME}: ${e}`));
    if (failed || values.keep) progress(`logs kept in ${logDir}`);
    else rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
