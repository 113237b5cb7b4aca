import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { StandingOrdersService } from '../features/standing-orders/standing-orders.service.js';
import type { Logger } from '../infra/logging/logger.js';
import {
  type BookStandingOrdersData,
  bookStandingOrdersData,
  STANDING_ORDERS_QUEUE,
} from '../infra/queues/standing-orders-queue.js';

/** Thin: parse the job, book one series or every running one. */
export function startStandingOrdersWorker(deps: {
  connection: Redis;
  prefix: string;
  standingOrders: StandingOrdersService;
  logger: Logger;
}): Worker<BookStandingOrdersData> {
  const worker = new Worker<BookStandingOrdersData>(
    STANDING_ORDERS_QUEUE,
    async (job) => {
      const parsed = bookStandingOrdersData.safeParse(job.data);
      if (!parsed.success)
        throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
      const { seriesId } = parsed.data;
      const outcome = seriesId
        ? await deps.standingOrders.bookDue(seriesId)
        : await deps.standingOrders.bookAllDue();
      deps.logger.info(
        { seriesId, outcome, attempt: job.attemptsMade + 1 },
        'standing orders booked',
      );
      return outcome;
    },
    // Runs wait on the scheduler for each ride; two at a time keep a long daily run from holding up a new series.
    { connection: deps.connection, prefix: deps.prefix, concurrency: 2, lockDuration: 120_000 },
  );
  worker.on('failed', (job, err) =>
    deps.logger.warn({ jobId: job?.id, err }, 'standing orders run failed'),
  );
  worker.on('error', (err) => deps.logger.error({ err }, 'standing orders worker error'));
  return worker;
}
