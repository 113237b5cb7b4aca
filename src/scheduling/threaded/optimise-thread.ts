import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { optimisePlan } from '../optimise-plan.js';
import { lowerThisThreadsPriority } from './thread-priority.js';
import { type OptimiseJob, type OptimiseReply, toProblem } from './thread-protocol.js';

// The optimiser's thread: one job in (workerData), one plan out, then it ends.
const job = workerData as OptimiseJob;
// A search improves a day already planned: it waits for the CPU bookings do not need.
lowerThisThreadsPriority();
let reply: OptimiseReply;
try {
  const plan = optimisePlan(await toProblem(job), job.plan, {
    seed: job.seed,
    now: () => performance.now(),
    deadline: performance.now() + job.budgetMs,
    lockedRequests: job.lockedRequests,
  });
  reply = { ok: true, plan };
} catch (error) {
  reply = {
    ok: false,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}
parentPort?.postMessage(reply);
