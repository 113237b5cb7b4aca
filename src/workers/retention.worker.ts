import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RetentionService } from '../features/erasure/retention.service.js';
import type { Logger } from '../infra/logging/logger.js';
import { RETENTION_QUEUE } from '../infra/queues/retention-queue.js';

/** Thin: one retention run per job. */
export function startRetentionWorker(deps: {
  connection: Redis;
  prefix: string;
  retention: RetentionService;
  logger: Logger;
}): Worker {
  const worker = new Worker(RETENTION_QUEUE, async () => deps.retention.run(), {
    connection: deps.connection,
    prefix: deps.prefix,
    concurrency: 1,
    // A long first run over years of rides holds its lock while it works in batches.
    lockDuration: 300_000,
  });
  worker.on('failed', (job, err) =>
    deps.logger.warn({ jobId: job?.id, err }, 'retention run failed'),
  );
  worker.on('error', (err) => deps.logger.error({ err }, 'retention worker error'));
  return worker;
}
