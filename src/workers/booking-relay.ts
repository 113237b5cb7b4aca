import type { BookingsStore } from '../features/bookings/bookings.store.js';
import type { Logger } from '../infra/logging/logger.js';
import type { Metrics } from '../infra/metrics/metrics.js';
import type { SchedulingQueue } from '../infra/queues/scheduling-queue.js';

/** A booking pending longer than this without a live job is presumed lost by Redis. */
const GRACE_MS = 10_000;
const BATCH = 500;

/**
 * The outbox relay: accepted bookings live in PostgreSQL first, so if Redis
 * lost a job (a restart without persistence, a crash between commit and
 * enqueue) the relay finds the booking still pending and enqueues it again.
 */
export function createBookingRelay(deps: {
  bookings: BookingsStore;
  queue: SchedulingQueue;
  logger: Logger;
  now: () => Date;
  metrics?: Pick<Metrics, 'relayReenqueued'>;
}) {
  return {
    /** One pass; returns how many bookings it re-enqueued or retried. */
    async sweep(): Promise<number> {
      const pending = await deps.bookings.pendingSince(
        new Date(deps.now().getTime() - GRACE_MS),
        BATCH,
      );
      let repaired = 0;
      for (const { id } of pending) {
        const job = await deps.queue.queue.getJob(id);
        const state = job ? await job.getState() : 'missing';
        if (state === 'missing' || state === 'unknown') {
          await deps.queue.enqueue(id);
        } else if (state === 'failed') {
          await job!.retry('failed');
        } else if (state === 'completed') {
          // The job ended but the booking did not leave pending: run it again.
          await job!.remove();
          await deps.queue.enqueue(id);
        } else {
          continue;
        }
        repaired++;
        deps.metrics?.relayReenqueued(state);
        deps.logger.warn({ bookingId: id, state }, 'relay re-enqueued a pending booking');
      }
      return repaired;
    },
  };
}

export type BookingRelay = ReturnType<typeof createBookingRelay>;
