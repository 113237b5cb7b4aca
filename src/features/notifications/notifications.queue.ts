import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { NOTIFICATION_EVENTS } from '../../domain/message-templates.js';

export const NOTIFICATIONS_QUEUE = 'notifications';

/** One message to send: the ride, what happened, and which version of it (a moved ride is told again). */
export const notificationJobData = z.object({
  bookingId: z.uuid(),
  event: z.enum(NOTIFICATION_EVENTS),
  version: z.string().min(1).max(100),
  /** "On the way": when the car is expected at the door, as estimated when it left its previous stop. */
  eta: z.iso.datetime().optional(),
});
export type NotificationJobData = z.infer<typeof notificationJobData>;

/**
 * A send is safe to repeat (it is claimed, and the provider gets the same
 * idempotency key), so faults back off and retry; after the last attempt the
 * message stays failed for operators to see in the queue.
 */
export const NOTIFICATION_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

// BullMQ job ids may not contain ':'.
const safe = (s: string) => s.replace(/[^\w.-]/g, '_');

/** The id of a message job: one per ride, event and version, so a repeat is a no-op. */
export function notificationJobId(d: NotificationJobData): string {
  return safe(`${d.bookingId}.${d.event}.${d.version}`);
}

/** The id of a ride's reminder: one per kind, replaced when the ride moves. */
export function reminderJobId(bookingId: string, event: string): string {
  return safe(`${bookingId}.${event}`);
}

export function createNotificationsQueue(connection: Redis, prefix: string) {
  const queue = new Queue<NotificationJobData>(NOTIFICATIONS_QUEUE, { connection, prefix });
  queue.on('error', () => {});
  return {
    queue,
    async now(data: NotificationJobData): Promise<void> {
      await queue.add(data.event, data, {
        ...NOTIFICATION_OPTIONS,
        jobId: notificationJobId(data),
      });
    },
    /** (Re)places a reminder to fire at `at`; a reminder whose time has passed is dropped. */
    async remindAt(data: NotificationJobData, at: Date, now: Date): Promise<void> {
      const id = reminderJobId(data.bookingId, data.event);
      await queue.remove(id).catch(() => 0);
      const delay = at.getTime() - now.getTime();
      if (delay <= 0) return;
      await queue.add(data.event, data, { ...NOTIFICATION_OPTIONS, jobId: id, delay });
    },
    /**
     * "On the way" at the car's planned departure toward the pickup, for a
     * car that waits first (a job of its own, so a GPS move sooner is not
     * held back by it; the send's claim lets only the first one out).
     */
    async onTheWayAt(data: NotificationJobData, at: Date, now: Date): Promise<void> {
      const delay = Math.max(0, at.getTime() - now.getTime());
      await queue.add(data.event, data, {
        ...NOTIFICATION_OPTIONS,
        jobId: `${notificationJobId(data)}.at-departure`,
        delay,
      });
    },
    async dropReminders(bookingId: string, events: readonly string[]): Promise<void> {
      for (const event of events)
        await queue.remove(reminderJobId(bookingId, event)).catch(() => 0);
    },
    close: () => queue.close(),
  };
}

export type NotificationsQueue = ReturnType<typeof createNotificationsQueue>;
