import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';

export const REOPTIMISATION_QUEUE = 'reoptimisation';

/** `today`: the rolling horizon of the current day; `next-day`: the whole of tomorrow. */
export const reoptimiseData = z.object({ scope: z.enum(['today', 'next-day']) });
export type ReoptimiseData = z.infer<typeof reoptimiseData>;

export interface ReoptimisationSchedule {
  /** Minutes between rolling re-plans of today. */
  rollingMinutes: number;
  /** Local hour at which tomorrow is re-planned each evening. */
  nightlyHour: number;
  timeZone: string;
}

/**
 * Declares the two job schedulers. Upserting is idempotent, so every worker
 * process may do it at start; BullMQ creates each run once, whoever runs it.
 */
export async function scheduleReoptimisation(
  connection: Redis,
  prefix: string,
  schedule: ReoptimisationSchedule,
): Promise<Queue<ReoptimiseData>> {
  const queue = new Queue<ReoptimiseData>(REOPTIMISATION_QUEUE, { connection, prefix });
  queue.on('error', () => {});
  // A run that fails is simply superseded by the next one: no retries, short history.
  const opts = { attempts: 1, removeOnComplete: { count: 200 }, removeOnFail: { count: 200 } };
  await queue.upsertJobScheduler(
    'rolling-today',
    { every: schedule.rollingMinutes * 60_000 },
    { name: 'reoptimise', data: { scope: 'today' }, opts },
  );
  await queue.upsertJobScheduler(
    'nightly-next-day',
    { pattern: `0 0 ${schedule.nightlyHour} * * *`, tz: schedule.timeZone },
    { name: 'reoptimise', data: { scope: 'next-day' }, opts },
  );
  return queue;
}
