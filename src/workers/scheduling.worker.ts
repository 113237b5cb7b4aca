import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  noTimings,
  type PlanningService,
  type PlanTimings,
} from '../features/planning/planning.service.js';
import type { Logger } from '../infra/logging/logger.js';
import type { Metrics } from '../infra/metrics/metrics.js';
import {
  type PlanBookingData,
  planBookingData,
  SCHEDULING_QUEUE,
} from '../infra/queues/scheduling-queue.js';

/**
 * Thin: parse the job, plan the booking. Bad job data can never succeed, so it
 * is unrecoverable; anything else is retried with backoff by BullMQ, and a
 * worker killed mid-job leaves a stalled job that another worker picks up.
 */
export function startSchedulingWorker(deps: {
  connection: Redis;
  prefix: string;
  planning: PlanningService;
  logger: Logger;
  concurrency?: number;
  metrics?: Pick<Metrics, 'bookingPlanned' | 'jobStalled'>;
}): Worker<PlanBookingData> {
  const worker = new Worker<PlanBookingData>(
    SCHEDULING_QUEUE,
    async (job) => {
      const parsed = planBookingData.safeParse(job.data);
      if (!parsed.success)
        throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
      const started = performance.now();
      const timings = noTimings();
      const outcome = await deps.planning.planBooking(parsed.data.bookingId, timings);
      deps.metrics?.bookingPlanned(outcome, (performance.now() - started) / 1000);
      deps.logger.info(
        {
          bookingId: parsed.data.bookingId,
          outcome,
          attempt: job.attemptsMade + 1,
          ...roundedTimings(timings),
        },
        'planned',
      );
      return { outcome };
    },
    {
      connection: deps.connection,
      prefix: deps.prefix,
      // Plans of one partition are serialised by its version check; more than a
      // couple of concurrent jobs per process only adds retries.
      concurrency: deps.concurrency ?? 2,
      // A worker killed mid-job leaves its job locked until the lock expires: with
      // BullMQ's defaults (a 30 s lock, a stalled check every 30 s) the booking
      // stayed pending up to a minute after a crash (the fault suite saw 62 s).
      // A plan takes well under a second, so a 10 s lock (renewed every 5 s) is
      // ample, and a check every 5 s hands the job to a live worker within ~15 s.
      lockDuration: 10_000,
      stalledInterval: 5_000,
    },
  );
  worker.on('failed', (job, err) =>
    deps.logger.warn({ jobId: job?.id, err }, 'planning job failed'),
  );
  worker.on('error', (err) => deps.logger.error({ err }, 'scheduling worker error'));
  worker.on('stalled', () => deps.metrics?.jobStalled(SCHEDULING_QUEUE));
  return worker;
}

/** Whole milliseconds: the log line stays short. */
function roundedTimings(t: PlanTimings): PlanTimings {
  const rounded = noTimings();
  for (const field of Object.keys(t) as (keyof PlanTimings)[])
    rounded[field] = Math.round(t[field]);
  return rounded;
}
