import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { ChaosDatabase } from './database.js';
import type { DriverSockets } from './driver-sockets.js';
import type { Supervised } from './processes.js';

export const FAULT_KINDS = [
  'worker-kill',
  'api-kill',
  'redis-kill',
  'redis-wipe',
  'db-drop',
  'sockets-drop',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** One fault due when this share of the bookings has been sent. */
export interface PlannedFault {
  at: number;
  kind: FaultKind;
}

/**
 * Where the faults fall, by progress rather than by the clock, so a slow
 * machine gets the same faults at the same points of the workload. One cycle
 * of every kind per thousand bookings (at least one), and the Redis wipe once.
 */
export function planFaults(bookings: number): PlannedFault[] {
  const cycle: PlannedFault[] = [
    { at: 0.1, kind: 'worker-kill' },
    { at: 0.15, kind: 'sockets-drop' },
    { at: 0.2, kind: 'redis-kill' },
    { at: 0.3, kind: 'api-kill' },
    { at: 0.35, kind: 'db-drop' },
    { at: 0.45, kind: 'worker-kill' },
    { at: 0.6, kind: 'redis-kill' },
    { at: 0.65, kind: 'sockets-drop' },
    { at: 0.7, kind: 'api-kill' },
    { at: 0.75, kind: 'db-drop' },
    { at: 0.85, kind: 'worker-kill' },
  ];
  const cycles = Math.max(1, Math.round(bookings / 1000));
  const plan: PlannedFault[] = [{ at: 0.5, kind: 'redis-wipe' }];
  for (let c = 0; c < cycles; c++)
    for (const f of cycle) plan.push({ at: (c + f.at) / cycles, kind: f.kind });
  return plan.sort((a, b) => a.at - b.at);
}

export interface FaultTargets {
  /** The API process (for PGlite: the one process that is API and worker). */
  api: Supervised;
  /** Worker processes; empty for PGlite, where killing a worker kills `api`. */
  workers: Supervised[];
  redis: Supervised;
  redisUrl: string;
  database: ChaosDatabase;
  sockets: DriverSockets;
  log: (message: string) => void;
}

/** Carries faults out one at a time and counts them. */
export function createFaultInjector(targets: FaultTargets) {
  const counts: Record<FaultKind, number> = {
    'worker-kill': 0,
    'api-kill': 0,
    'redis-kill': 0,
    'redis-wipe': 0,
    'db-drop': 0,
    'sockets-drop': 0,
  };
  let nextWorker = 0;
  let lastWorkerKill = 0;

  async function restart(target: Supervised, downMs: number) {
    await target.kill();
    await sleep(downMs);
    await target.start();
  }

  async function inject(kind: FaultKind): Promise<void> {
    const { log } = targets;
    switch (kind) {
      case 'worker-kill': {
        const worker =
          targets.workers.length > 0
            ? targets.workers[nextWorker++ % targets.workers.length]!
            : targets.api;
        log(`fault: SIGKILL ${worker.name}`);
        await restart(worker, 300);
        lastWorkerKill = Date.now();
        break;
      }
      case 'api-kill':
        log(`fault: SIGKILL ${targets.api.name} with requests in flight`);
        await restart(targets.api, 500);
        if (targets.workers.length === 0) lastWorkerKill = Date.now();
        break;
      case 'redis-kill':
        log('fault: SIGKILL redis-server; restarted from its append-only file in 2 s');
        await restart(targets.redis, 2000);
        break;
      case 'redis-wipe': {
        log('fault: FLUSHALL');
        const client = new Redis(targets.redisUrl, { maxRetriesPerRequest: 3 });
        client.on('error', () => {});
        try {
          await client.flushall();
        } finally {
          client.disconnect();
        }
        break;
      }
      case 'db-drop': {
        if (targets.database.dialect !== 'postgres') return;
        const dropped = await targets.database.dropConnections(3000);
        log(`fault: dropped ${dropped} database connections, refused new ones for 3 s`);
        break;
      }
      case 'sockets-drop':
        log(`fault: dropped ${targets.sockets.count} driver sockets at once`);
        targets.sockets.dropAll();
        break;
    }
    counts[kind]++;
  }

  return {
    counts,
    inject,
    /** When a worker (or the process that plans) was last killed: its running jobs stall until then + BullMQ's lock. */
    get lastWorkerKill() {
      return lastWorkerKill;
    },
  };
}
