import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

export const RETENTION_QUEUE = 'retention';

export interface RetentionSchedule {
  /** Local hour of the nightly run (quiet hours: few rides, no re-optimisation). */
  hour: number;
  timeZone: string;
}

/**
 * Declares the nightly KVKK retention run as a job scheduler. Upserting is
 * idempotent, so every worker process may do it at start; BullMQ creates each
 * night's run once, whoever works it. A failed run is made good by the next
 * night's (the run is idempotent and picks up where it stopped).
 */
export async function scheduleRetention(
  connection: Redis,
  prefix: string,
  schedule: RetentionSchedule,
): Promise<Queue> {
  const queue = new Queue(RETENTION_QUEUE, { connection, prefix });
  queue.on('error', () => {});
  await queue.upsertJobScheduler(
    'nightly-retention',
    { pattern: `0 30 ${schedule.hour} * * *`, tz: schedule.timeZone },
    {
      name: 'retention',
      data: {},
      opts: {
        attempts: 3,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: { count: 100 },
        removeOnFail: { count: 100 },
      },
    },
  );
  return queue;
}
