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

export function createSchedulingQueue(connection: Redis, prefix: string): SchedulingQueue {
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
      // A booking planned before and now pending again (a moved appointment, a
      // confirmed return) has a finished job under its id: replace it, or the
      // add would be a no-op. A waiting or running job is left to do the work.
      const earlier = await queue.getJob(bookingId);
      if (earlier && ((await earlier.isCompleted()) || (await earlier.isFailed()))) {
        await earlier.remove().catch(() => undefined);
      }
      await queue.add(PLAN_BOOKING, { bookingId }, { ...PLAN_BOOKING_OPTIONS, jobId: bookingId });
    },
    async waitForOutcome(bookingId, timeoutMs) {
      if (timeoutMs <= 0) return;
      const job = await queue.getJob(bookingId);
      if (!job) return;
      await job.waitUntilFinished(events, timeoutMs).catch(() => {
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
