import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import type { ReoptimiseService } from '../features/planning/reoptimise.service.js';
import type { Logger } from '../infra/logging/logger.js';
import {
  REOPTIMISATION_QUEUE,
  type ReoptimiseData,
  reoptimiseData,
} from '../infra/queues/reoptimisation-queue.js';

/** Thin: work out which day the job means, then re-plan it within its time budget. */
export function startReoptimisationWorker(deps: {
  connection: Redis;
  prefix: string;
  reoptimise: ReoptimiseService;
  logger: Logger;
  timeZone: string;
  now: () => Date;
  budgets: { todaySeconds: number; nextDaySeconds: number };
}): Worker<ReoptimiseData> {
  const worker = new Worker<ReoptimiseData>(
    REOPTIMISATION_QUEUE,
    async (job) => {
      const parsed = reoptimiseData.safeParse(job.data);
      if (!parsed.success)
        throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
      const today = DateTime.fromJSDate(deps.now(), { zone: deps.timeZone });
      const scope = parsed.data.scope;
      const date = (scope === 'today' ? today : today.plus({ days: 1 })).toISODate()!;
      const seconds = scope === 'today' ? deps.budgets.todaySeconds : deps.budgets.nextDaySeconds;
      const started = performance.now();
      const runs = await deps.reoptimise.reoptimiseDate(date, {
        seconds,
        seed: Number(job.id?.replace(/\D/g, '').slice(-9)) || 1,
      });
      const ms = Math.round(performance.now() - started);
      for (const { partitionDay, outcome } of runs)
        deps.logger.info({ date, partitionDay, scope, outcome, ms }, 're-optimisation run');
      return runs.length === 1 ? runs[0]!.outcome : runs;
    },
    // One run at a time per process: the optimiser is CPU-bound.
    { connection: deps.connection, prefix: deps.prefix, concurrency: 1, lockDuration: 120_000 },
  );
  worker.on('error', (err) => deps.logger.error({ err }, 're-optimisation worker error'));
  return worker;
}
