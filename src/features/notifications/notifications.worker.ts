import { DelayedError, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../../infra/logging/logger.js';
import {
  NOTIFICATIONS_QUEUE,
  type NotificationJobData,
  notificationJobData,
} from './notifications.queue.js';
import { type Notifications, NotSendable } from './notifications.service.js';

/**
 * Thin: parse the job, send its message once; what can never be sent is not
 * retried, and a message held by quiet hours goes back to the queue, delayed
 * to their end.
 */
export function startNotificationsWorker(deps: {
  connection: Redis;
  prefix: string;
  notifications: Notifications;
  logger: Logger;
}): Worker<NotificationJobData> {
  const worker = new Worker<NotificationJobData>(
    NOTIFICATIONS_QUEUE,
    async (job, token) => {
      const parsed = notificationJobData.safeParse(job.data);
      if (!parsed.success)
        throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
      try {
        const attempt = job.attemptsMade + 1;
        const outcome = await deps.notifications.deliver(parsed.data, {
          number: attempt,
          last: attempt >= (job.opts.attempts ?? 1),
        });
        if (typeof outcome === 'object') {
          await job.moveToDelayed(outcome.deferUntil.getTime(), token);
          throw new DelayedError();
        }
        return outcome;
      } catch (error) {
        if (error instanceof NotSendable) throw new UnrecoverableError(error.message);
        throw error;
      }
    },
    { connection: deps.connection, prefix: deps.prefix, concurrency: 4 },
  );
  worker.on('failed', (job, err) =>
    deps.logger.warn(
      { jobId: job?.id, attempts: job?.attemptsMade, err: err.message },
      'citizen notification failed',
    ),
  );
  worker.on('error', (err) => deps.logger.error({ err }, 'notifications worker error'));
  return worker;
}
