import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DateTime } from 'luxon';
import { freePort } from '../../src/infra/redis/redis-server-process.js';
import { type ClientStats, createApiClient, type Session } from './api-client.js';
import { createChaosDatabase } from './database.js';
import { openDriverSockets } from './driver-sockets.js';
import { createFaultInjector, type FaultKind, planFaults } from './faults.js';
import { buildFleet, ZONE } from './fleet.js';
import { redisProcess, type Supervised, serviceProcess } from './processes.js';
import { type ChaosCounts, failed, type ManifestRecord, reconcile } from './reconcile.js';
import { historyOf, loadRecords } from './records.js';
import { bookingBody } from './workload.js';

export interface ChaosOptions {
  bookings: number;
  /** Spread the bookings over at least this many seconds; 0 sends them as fast as the clients go. */
  seconds: number;
  /** PostgreSQL server for a fresh database of the run's own; unset: PGlite. */
  databaseUrl?: string;
  seed?: number;
  vehicles?: number;
  /** Days of shifts (today and the days after). */
  days?: number;
  citizens?: number;
  /** Driver sockets held open (and dropped at once) through the run. */
  sockets?: number;
  /** Booking requests in flight at once. */
  concurrency?: number;
  /** With separate worker processes: a worker SIGKILLed this often besides the planned faults; 0: none. */
  workerKillEverySeconds?: number;
  /** Keep the run's directory (every process's log) even when it passed. */
  keep?: boolean;
  /** Progress lines; silent when omitted. */
  log?: (message: string) => void;
}

export interface ChaosResult extends ChaosCounts {
  seconds: number;
  database: 'postgres' | 'pglite';
  faults: Record<FaultKind, number>;
  client: ClientStats;
  /** Booking answers by HTTP status. */
  answers: Record<string, number>;
  /** Cancels and driver taps the API acknowledged, and taps it refused (409/404/422). */
  writes: { cancels: number; taps: number; tapsRefused: number };
  /** Final statuses of every booking in the database. */
  statuses: Record<string, number>;
  sockets: { count: number; reconnects: number; stale: number };
  /** Processes that died without being killed (each restarted): a defect to look at. */
  crashes: string[];
  /** Longest wait for the last pending booking to be decided once the faults stopped. */
  settleSeconds: number;
  machine: { cpus: number; model: string; node: string };
  problems: string[];
  /** Logs of every process, kept when the run failed. */
  runDir: string | null;
}

const TAP_STEPS = [
  ['arrived', 'arrived'],
  ['picked-up', 'on-board'],
  ['dropped-off', 'completed'],
] as const;

/**
 * The fault suite: the real processes (API and workers, a redis-server with
 * its append-only file, PostgreSQL or PGlite) broken again and again while
 * bookings, cancels and driver taps flow in from clients that retry; then
 * every acknowledged write is looked for in the database and every driver's
 * manifest compared with the routes.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 1;
  const bookings = options.bookings;
  const runId = Array.from(randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join('');
  const runDir = mkdtempSync(join(tmpdir(), 'yoldas-chaos-'));
  const logDir = join(runDir, 'logs');
  const dataDir = join(runDir, 'data');
  const redisPort = await freePort();
  const apiPort = await freePort();
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const base = `http://127.0.0.1:${apiPort}`;
  const database = await createChaosDatabase(options.databaseUrl, dataDir);
  const crashes: string[] = [];
  const onCrash = (message: string) => {
    crashes.push(`${new Date().toISOString()} ${message}`);
    log(message);
  };
  const redis = redisProcess(redisPort, join(runDir, 'redis'), logDir, onCrash);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runDir,
    TMPDIR: tmpdir(),
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    REDIS_URL: redisUrl,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'info',
    SEED_DEMO_DATA: 'true',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    BOOKING_WAIT_MS: '2000',
    // The relay looks often, so a lost job is found within seconds of its grace period.
    RELAY_INTERVAL_SECONDS: '2',
    REOPTIMISE_EVERY_MINUTES: '1',
    REOPTIMISE_TODAY_SECONDS: '2',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
  };
  // PGlite is one process's database: API and worker run as one process, killed as one.
  const separate = database.dialect === 'postgres';
  const api = serviceProcess({
    role: separate ? 'api' : 'all',
    name: separate ? 'api' : 'all',
    env,
    logDir,
    port: apiPort,
    onCrash,
  });
  const workers: Supervised[] = separate
    ? [1, 2].map((n) =>
        serviceProcess({ role: 'worker', name: `worker-${n}`, env, logDir, onCrash }),
      )
    : [];
  const all = [api, ...workers];
  const client = createApiClient(base, { requestTimeoutMs: 20_000 });
  let sockets: ReturnType<typeof openDriverSockets> | undefined;
  let keepDir = true;
  try {
    await redis.start();
    await api.start();
    await Promise.all(workers.map((w) => w.start()));
    log(`${database.dialect}: ${all.map((p) => p.name).join(', ')} up at ${base}`);

    const admin = await client.login('admin', 'yoldas-admin');
    const operator = await client.login('operator', 'yoldas-operator');
    const fleet = await buildFleet(client, admin, {
      runId,
      vehicles: options.vehicles ?? Math.max(6, Math.min(60, Math.ceil(bookings / 150))),
      days: options.days ?? Math.max(2, Math.min(14, Math.ceil(bookings / 700))),
      citizens: options.citizens ?? Math.max(10, Math.min(200, Math.ceil(bookings / 20))),
      now: new Date(),
    });
    const sessions = new Map<string, Session>();
    for (const d of fleet.drivers)
      sessions.set(d.username, await client.login(d.username, d.password));
    const sessionOfDriver = new Map([...sessions.values()].map((s) => [s.user.driverId!, s]));
    const driverOfShift = new Map(fleet.shifts.map((s) => [s.shiftId, s.driverId]));
    sockets = openDriverSockets(base, sessions, options.sockets ?? 60);
    await sockets.waitConnected(15_000);
    log(
      `fleet: ${fleet.shifts.length} shifts, ${fleet.citizens.length} citizens, ${sockets.count} driver sockets`,
    );

    // What the client was told.
    const answered = new Map<number, Set<string>>();
    const cancelled = new Set<string>();
    const tapped = new Map<string, string>();
    const answers: Record<string, number> = {};
    const side: Promise<void>[] = [];
    const sideErrors: string[] = [];
    let sent = 0;
    let done = 0;
    let tapsAcknowledged = 0;
    let tapsRefused = 0;
    let cancelsAcknowledged = 0;

    async function cancel(id: string) {
      await sleep(Math.floor(Math.random() * 1500));
      const res = await client.call<{ status: string }>(
        'POST',
        `/bookings/${id}/cancel`,
        operator,
        {
          body: { reason: 'kaos testi: vazgeçti' },
        },
      );
      if (res.status === 200 && res.body.status === 'cancelled') {
        cancelled.add(id);
        cancelsAcknowledged++;
      }
    }

    async function tap(id: string, driver: Session) {
      for (const [action, status] of TAP_STEPS) {
        // One client event id per tap: a retried tap counts once.
        const clientEventId = `${runId}-${id}-${action}`;
        const res = await client.call<{ status: string }>('POST', '/driver/reports', driver, {
          body: { bookingId: id, action, clientEventId },
        });
        // 404/409/422: the booking moved to another vehicle, was cancelled meanwhile, or
        // its stop is not today's to tap.
        if (res.status !== 200) {
          tapsRefused++;
          return;
        }
        tapsAcknowledged++;
        if (res.body.status === status) tapped.set(id, status);
        await sleep(200);
      }
    }

    async function book(index: number) {
      const body = bookingBody(fleet, runId, index, seed, new Date());
      const key = `${runId}-${index}`;
      const res = await client.call<{
        id: string;
        status: string;
        planned: { shiftId: string } | null;
      }>('POST', '/bookings', operator, { body, headers: { 'idempotency-key': key } });
      answers[res.status] = (answers[res.status] ?? 0) + 1;
      const ids = answered.get(index) ?? new Set<string>();
      answered.set(index, ids);
      if (res.status >= 300) {
        sideErrors.push(`booking #${index}: ${res.status} ${JSON.stringify(res.body)}`);
        return;
      }
      ids.add(res.body.id);
      // Now and then the same request again, as a client that lost the answer would.
      if (index % 17 === 0) {
        const again = await client.call<{ id: string }>('POST', '/bookings', operator, {
          body,
          headers: { 'idempotency-key': key },
        });
        if (again.status < 300) ids.add(again.body.id);
      }
      const roll = (index * 7919 + seed) % 100;
      const driver = res.body.planned && driverOfShift.get(res.body.planned.shiftId);
      if (roll < 15) side.push(cancel(res.body.id).catch((e) => void sideErrors.push(String(e))));
      else if (roll < 27 && driver && res.body.status === 'scheduled') {
        const session = sessionOfDriver.get(driver);
        if (session)
          side.push(tap(res.body.id, session).catch((e) => void sideErrors.push(String(e))));
      }
    }

    const faults = createFaultInjector({
      api,
      workers,
      redis,
      redisUrl,
      database,
      sockets,
      log,
    });
    const plan = planFaults(bookings);
    let loadDone = false;
    let lastPeriodic = Date.now();
    const faultLoop = (async () => {
      while (!loadDone) {
        const progress = sent / bookings;
        const due = plan[0];
        if (due && progress >= due.at) {
          plan.shift();
          await faults.inject(due.kind).catch((e) => log(`fault ${due.kind} failed: ${e}`));
        } else if (
          workers.length > 0 &&
          (options.workerKillEverySeconds ?? 5) > 0 &&
          Date.now() - lastPeriodic > (options.workerKillEverySeconds ?? 5) * 1000
        ) {
          lastPeriodic = Date.now();
          await faults.inject('worker-kill').catch((e) => log(`worker kill failed: ${e}`));
        } else {
          await sleep(100);
        }
      }
      // The faults the load finished too fast for still happen, before the settling.
      for (const f of plan)
        await faults.inject(f.kind).catch((e) => log(`fault ${f.kind} failed: ${e}`));
    })();

    const loadStart = Date.now();
    const pace = options.seconds > 0 ? (options.seconds * 1000) / bookings : 0;
    const concurrency = options.concurrency ?? 6;
    let next = 0;
    const progress = setInterval(() => {
      log(
        `${done}/${bookings} answered, ${side.length} cancels and taps, faults ${JSON.stringify(faults.counts)}`,
      );
    }, 10_000);
    progress.unref();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < bookings) {
          const index = next++;
          const wait = loadStart + index * pace - Date.now();
          if (wait > 0) await sleep(wait);
          sent++;
          await book(index).catch((e) => void sideErrors.push(`booking #${index}: ${e}`));
          done++;
        }
      }),
    );
    await Promise.all(side);
    loadDone = true;
    await faultLoop;
    clearInterval(progress);
    log(`load done in ${Math.round((Date.now() - loadStart) / 1000)} s; settling`);

    // Settle: every process up, then wait for the relay and BullMQ's stalled-job check to
    // decide what the faults left pending.
    for (const p of [redis, ...all]) if (!p.running) await p.start();
    const dates = datesOf(fleet.shifts.map((s) => [s.startsAt, s.endsAt]));
    const settleStart = Date.now();
    const settleDeadline = Math.max(Date.now(), faults.lastWorkerKill + 70_000) + 30_000;
    let pending = Number.POSITIVE_INFINITY;
    while (Date.now() < settleDeadline) {
      pending = 0;
      for (const date of dates) {
        const res = await client.call<unknown[]>(
          'GET',
          `/bookings?date=${date}&status=pending`,
          operator,
        );
        pending += Array.isArray(res.body) ? res.body.length : 0;
      }
      if (pending === 0) break;
      await sleep(1000);
    }
    const settleSeconds = Math.round((Date.now() - settleStart) / 100) / 10;
    log(`settled in ${settleSeconds} s (${pending} pending)`);

    // Freeze: nothing plans any more while the manifests and the database are read.
    if (separate) {
      for (const w of workers) await w.stop();
    } else {
      await api.stop();
      const reader = serviceProcess({
        role: 'api',
        name: 'api-reconcile',
        env,
        logDir,
        port: apiPort,
        onCrash,
      });
      all.push(reader);
      await reader.start();
    }
    await sockets.waitConnected(15_000);
    await sleep(1000);
    const manifests: ManifestRecord[] = [];
    const manifestsByKey = new Map<string, unknown>();
    for (const session of sessions.values()) {
      for (const date of dates) {
        const res = await client.call<ManifestWire>(
          'GET',
          `/driver/manifest?date=${date}`,
          session,
        );
        if (res.status !== 200) continue;
        manifestsByKey.set(`${session.user.driverId}/${date}`, shapeOf(res.body));
        manifests.push({
          driverId: session.user.driverId!,
          date,
          shifts: res.body.shifts.map((s) => ({
            shiftId: s.shiftId,
            stops: s.stops.map((t) => ({ kind: t.kind, bookingId: t.bookingId, status: t.status })),
          })),
        });
      }
    }
    // A phone that stayed connected must hold what the server would send it now.
    let stale = 0;
    const staleProblems: string[] = [];
    for (const { driver, manifests: held } of sockets.latest()) {
      const driverId = sessions.get(driver)?.user.driverId;
      for (const m of held) {
        const truth = manifestsByKey.get(`${driverId}/${m.date}`);
        if (truth !== undefined && JSON.stringify(truth) !== JSON.stringify(shapeOf(m))) {
          stale++;
          staleProblems.push(
            `stale socket: driver ${driverId} ${m.date} holds ${JSON.stringify(shapeOf(m))}, server ${JSON.stringify(truth)}`,
          );
        }
      }
    }
    sockets.close();
    for (const p of all) await p.stop();

    const db = await database.open();
    let records: Awaited<ReturnType<typeof loadRecords>>;
    let counts: ReturnType<typeof reconcile>['counts'];
    let problems: string[];
    try {
      records = await loadRecords(db, runId);
      ({ counts, problems } = reconcile({
        client: { requests: sent, answered, cancelled, tapped },
        ...records,
        manifests,
        timeZone: ZONE,
      }));
      // A ride on a route it should not be on: its history, for a post-mortem from the output alone.
      const flagged = problems.flatMap(
        (p) => /^(?:cancelledButRouted|doubleAssigned): ([0-9a-f-]{36})/.exec(p)?.[1] ?? [],
      );
      if (flagged.length > 0) problems.push(...(await historyOf(db, flagged, logDir)));
    } finally {
      await db.close();
    }
    const statuses: Record<string, number> = {};
    for (const b of records.bookings) statuses[b.status] = (statuses[b.status] ?? 0) + 1;
    keepDir = options.keep === true || failed(counts) || sideErrors.length > 0;
    return {
      ...counts,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      database: database.dialect,
      faults: faults.counts,
      client: client.stats,
      answers,
      writes: { cancels: cancelsAcknowledged, taps: tapsAcknowledged, tapsRefused },
      statuses,
      sockets: { count: sockets.count, reconnects: sockets.reconnects, stale },
      settleSeconds,
      crashes,
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version },
      problems: [...sideErrors, ...problems, ...staleProblems].slice(0, 50),
      runDir: keepDir ? runDir : null,
    };
  } finally {
    sockets?.close();
    for (const p of all) await p.stop().catch(() => {});
    await redis.stop().catch(() => {});
    // A failed run keeps its database and logs for the post-mortem.
    if (!keepDir) {
      await database.remove().catch(() => {});
      rmSync(runDir, { recursive: true, force: true });
    } else if (database.url) log(`kept the database ${database.url} and ${runDir}`);
  }
}

interface ManifestWire {
  date: string;
  shifts: {
    shiftId: string;
    version: number;
    stops: { kind: string; bookingId: string | null; status: string | null }[];
  }[];
}

/** What a driver must see the same on the phone as on the server: shifts, versions, stops, statuses. */
function shapeOf(m: ManifestWire) {
  return m.shifts.map((s) => ({
    delivery: (m as { version?: number }).version,
    shiftId: s.shiftId,
    version: s.version,
    stops: s.stops.map((t) => `${t.kind}:${t.bookingId ?? ''}:${t.status ?? ''}`),
  }));
}

/** Every local date a shift touches, and the day before (a night shift from yesterday). */
function datesOf(spans: [DateTime, DateTime][]): string[] {
  const dates = new Set<string>();
  for (const [start, end] of spans) {
    for (let d = start.minus({ days: 1 }).startOf('day'); d < end; d = d.plus({ days: 1 }))
      dates.add(d.toISODate()!);
  }
  return [...dates].sort();
}
