import { type JobsOptions, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { StandingOrdersQueuePort } from '../../features/standing-orders/standing-orders.service.js';

export const STANDING_ORDERS_QUEUE = 'standing-orders';

/** One series (right after it was created or changed), or every running series (the daily run). */
export const bookStandingOrdersData = z.object({ seriesId: z.uuid().optional() });
export type BookStandingOrdersData = z.infer<typeof bookStandingOrdersData>;

/**
 * A run is safe to repeat (occurrences carry idempotency keys), so faults are
 * retried with backoff; a day's horizon moves once a day, so a run that still
 * fails is made good by the next day's.
 */
export const BOOK_STANDING_ORDERS_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export interface StandingOrdersSchedule {
  /** Local hour of the daily run that books what entered the booking horizon (quiet night hours). */
  dailyHour: number;
  timeZone: string;
}

export interface StandingOrdersQueue extends StandingOrdersQueuePort {
  close(): Promise<void>;
}

/**
 * The queue of booking runs, with the daily run declared as a job scheduler.
 * Upserting is idempotent, so every process may do it at start.
 */
export async function createStandingOrdersQueue(
  connection: Redis,
  prefix: string,
  schedule: StandingOrdersSchedule,
): Promise<StandingOrdersQueue> {
  const queue = new Queue<BookStandingOrdersData>(STANDING_ORDERS_QUEUE, { connection, prefix });
  queue.on('error', () => {});
  // QueueEvents blocks on a stream read, so it needs a connection of its own.
  const eventsConnection = connection.duplicate();
  eventsConnection.on('error', () => {});
  const events = new QueueEvents(STANDING_ORDERS_QUEUE, { connection: eventsConnection, prefix });
  events.on('error', () => {});
  await queue.upsertJobScheduler(
    'daily-standing-orders',
    { pattern: `0 0 ${schedule.dailyHour} * * *`, tz: schedule.timeZone },
    { name: 'book-due', data: {}, opts: BOOK_STANDING_ORDERS_OPTIONS },
  );
  return {
    async bookSeries(seriesId) {
      const job = await queue.add('book-series', { seriesId }, BOOK_STANDING_ORDERS_OPTIONS);
      return job.id ?? '';
    },
    async waitFor(jobId, timeoutMs) {
      const job = jobId ? await queue.getJob(jobId) : undefined;
      if (!job || timeoutMs <= 0) return;
      await job.waitUntilFinished(events, timeoutMs).catch(() => {
        // Timed out or failed: the caller reads the series as it stands either way.
      });
    },
    async close() {
      await events.close();
      await queue.close();
      // BullMQ leaves connections it was given open; this one is ours alone.
      eventsConnection.disconnect();
    },
  };
}
