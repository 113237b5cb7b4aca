import { type JobsOptions, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { SchedulingQueuePort } from '../../features/bookings/bookings.service.js';

export const SCHEDULING_QUEUE = 'scheduling';
export const PLAN_BOOKING = 'plan-booking';

/** The data of a planning job; the job id is the booking id. */
export const planBookingData = z.object({ bookingId: z.uuid() });
export type PlanBookingData = z.infer<typeof planBookingData>;

/**
 * Planning retries on transient faults (a database hiccup, a partition that
 * kept changing, a return waiting for its outbound) with backoff. Finished
 * jobs stay a day; enqueueing a booking again replaces its finished job, and
 * planning a booking that is no longer pending does nothing.
 */
export const PLAN_BOOKING_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export interface SchedulingQueue extends SchedulingQueuePort {
  readonly queue: Queue<PlanBookingData>;
  close(): Promise<void>;
}

export interface SchedulingQueueOptions {
  /**
   * How long an enqueue may wait for Redis. The shared connection queues
   * commands while Redis is away, so without a bound a booking request would
   * hang; past it the booking (already committed) is left to the relay.
   */
  enqueueTimeoutMs?: number;
}

/** Thrown when Redis did not take a job in time; the caller answers and the relay enqueues later. */
export class EnqueueTimeout extends Error {
  constructor(
    readonly bookingId: string,
    timeoutMs: number,
  ) {
    super(`Redis did not take the planning job of ${bookingId} within ${timeoutMs} ms`);
    this.name = 'EnqueueTimeout';
  }
}

export const DEFAULT_ENQUEUE_TIMEOUT_MS = 2000;

export function createSchedulingQueue(
  connection: Redis,
  prefix: string,
  options: SchedulingQueueOptions = {},
): SchedulingQueue {
  const enqueueTimeoutMs = options.enqueueTimeoutMs ?? DEFAULT_ENQUEUE_TIMEOUT_MS;
  const queue = new Queue<PlanBookingData>(SCHEDULING_QUEUE, { connection, prefix });
  // QueueEvents blocks on a stream read, so it needs a connection of its own.
  const eventsConnection = connection.duplicate();
  eventsConnection.on('error', () => {});
  const events = new QueueEvents(SCHEDULING_QUEUE, { connection: eventsConnection, prefix });
  events.on('error', () => {});
  queue.on('error', () => {});
  return {
    queue,
    async enqueue(bookingId) {
      // The commands stay queued on the connection after a timeout and run when
      // Redis is back; a job added twice under one id is still one job.
      await bounded(
        (async () => {
          // A booking planned before and now pending again (a moved appointment, a
          // confirmed return) has a finished job under its id: replace it, or the
          // add would be a no-op. A waiting or running job is left to do the work.
          const earlier = await queue.getJob(bookingId);
          if (earlier && ((await earlier.isCompleted()) || (await earlier.isFailed()))) {
            await earlier.remove().catch(() => undefined);
          }
          await queue.add(
            PLAN_BOOKING,
            { bookingId },
            { ...PLAN_BOOKING_OPTIONS, jobId: bookingId },
          );
        })(),
        enqueueTimeoutMs,
        () => new EnqueueTimeout(bookingId, enqueueTimeoutMs),
      );
    },
    async waitForOutcome(bookingId, timeoutMs) {
      if (timeoutMs <= 0) return;
      const started = Date.now();
      const job = await bounded(queue.getJob(bookingId), timeoutMs, () => undefined).catch(
        () => undefined,
      );
      if (!job) return;
      const left = Math.max(1, timeoutMs - (Date.now() - started));
      await job.waitUntilFinished(events, left).catch(() => {
        // Timed out or failed: the caller reads the booking's state either way.
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

/** Settles with `work`, or rejects with `timeout()` after `ms` (the work itself is left to finish). */
function bounded<T>(work: Promise<T>, ms: number, timeout: () => unknown): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeout()), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
