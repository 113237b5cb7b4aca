/**
 * One instance of the realtime bench (realtime.ts): an API process or the
 * worker, started with the real composition root (startService). Run as a
 * child process (`fork` with tsx) it talks to the bench over IPC; without a
 * DATABASE_URL the bench calls startRole in its own process on a shared PGlite.
 *
 * The worker stamps when each ride's scheduling transaction committed (the
 * `scheduled` booking event written inside it, stamped once the transaction's
 * promise settles) and when the manifest holding it was published to Redis.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { decode } from 'notepack.io';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/infra/db/database.js';
import { createPostgresDatabase } from '../../src/infra/db/postgres-database.js';
import { createLogger } from '../../src/infra/logging/logger.js';
import { type RunningService, startService } from '../../src/service.js';

export type Role = 'api' | 'worker';

/** What an instance tells the bench. */
export type RoleReport =
  | { kind: 'ready'; url: string | undefined }
  | { kind: 'committed'; ids: string[]; at: number }
  | { kind: 'published'; ids: string[]; at: number }
  | { kind: 'stats'; role: Role; rssMB: number; loopP99Ms: number; loopMaxMs: number };

export interface RoleOptions {
  role: Role;
  env: Record<string, string>;
  /** Shared database (in-process mode); otherwise DATABASE_URL in env is opened. */
  db?: Db;
  redisPrefix: string;
  report: (r: RoleReport) => void;
}

/** Wraps the worker's database to see which rides each transaction scheduled. */
function watchCommits(inner: Db, report: RoleOptions['report']): Db {
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
      if (scheduled.length > 0) report({ kind: 'committed', ids: scheduled, at: Date.now() });
      return result;
    },
  };
}

/**
 * Stamps each manifest published to the Socket.IO channel (the emitter's
 * PUBLISH), with the rides it holds: the worker's share of the delay.
 */
function watchPublishes(prefix: string, report: RoleOptions['report']): void {
  const proto = Redis.prototype as unknown as {
    publish: (channel: string, message: Buffer | string) => Promise<number>;
  };
  const original = proto.publish;
  proto.publish = function (this: Redis, channel, message) {
    // Only a driver's room carries manifests: decoding every packet (bookings for the staff room,
    // positions) cost the worker's event loop, on the path the bench measures.
    if (
      typeof channel === 'string' &&
      channel.startsWith(prefix) &&
      channel.includes('#driver:') &&
      Buffer.isBuffer(message)
    ) {
      const at = Date.now();
      try {
        const [, packet] = decode(message) as [string, { data?: unknown[] }];
        const [event, body] = packet.data ?? [];
        if (event === 'manifest') {
          const ids: string[] = [];
          for (const shift of (body as { shifts: { stops: { bookingId: string | null }[] }[] })
            .shifts)
            for (const stop of shift.stops) if (stop.bookingId) ids.push(stop.bookingId);
          report({ kind: 'published', ids, at });
        }
      } catch {
        // Not a packet the bench reads.
      }
    }
    return original.call(this, channel, message);
  };
}

export async function startRole(options: RoleOptions): Promise<RunningService> {
  const { role, env, report } = options;
  const logger = createLogger('warn', pino.destination('/dev/null'));
  const opened = options.db ?? createPostgresDatabase(env.DATABASE_URL!, 10);
  if (role === 'worker' && !options.db) watchPublishes(`${options.redisPrefix}-io`, report);
  return startService(loadConfig({ ...env, ROLE: role }), {
    db: role === 'worker' ? watchCommits(opened, report) : opened,
    logger,
    redisPrefix: options.redisPrefix,
    loginRateLimit: 1_000_000,
  });
}

// As a child process: `fork('realtime-role.ts', [role])`, the env from the bench.
if (process.send && process.argv[2] && ['api', 'worker'].includes(process.argv[2])) {
  const role = process.argv[2] as Role;
  const send = (r: RoleReport) => process.send!(r);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const env = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const service = await startRole({
    role,
    env,
    redisPrefix: env.BENCH_REDIS_PREFIX ?? 'bench-rt',
    report: send,
  });
  send({ kind: 'ready', url: service.url });
  // The bench gone (killed, crashed): nobody will ask this instance to stop.
  process.on('disconnect', () => process.exit(1));
  process.on('message', async (message: { kind: string }) => {
    if (message.kind === 'reset-stats') loop.reset();
    if (message.kind === 'stats')
      send({
        kind: 'stats',
        role,
        rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
        loopP99Ms: Math.round(loop.percentile(99) / 1e5) / 10,
        loopMaxMs: Math.round(loop.max / 1e5) / 10,
      });
    if (message.kind === 'stop') {
      // Positions still being handled may fail on closing connections: no finding of the bench.
      process.on('unhandledRejection', () => {});
      await service.close().catch(() => {});
      // --cpu-prof writes its profile on a normal exit.
      process.exit(0);
    }
  });
}
