import { Worker } from 'node:worker_threads';
import type { Plan, Problem } from '../model.js';
import {
  flattenProblem,
  type OptimiseJob,
  type OptimiseReply,
  type PortableMatrix,
  transferablesOf,
} from './thread-protocol.js';

export interface ThreadedOptimiseOptions {
  readonly seed: number;
  readonly seconds: number;
  readonly lockedRequests?: readonly string[];
  /** The problem's matrix as what rebuilds it in the thread; without it, n² figures cross. */
  readonly portableMatrix?: PortableMatrix;
}

/**
 * `optimisePlan` in a worker thread, so a minute of search never blocks the
 * process's event loop (its queue jobs, lock renewals and sockets go on).
 * The problem is copied into the thread; the caller's objects are untouched.
 */
export function optimiseInThread(
  problem: Problem,
  plan: Plan,
  options: ThreadedOptimiseOptions,
): Promise<Plan> {
  const job: OptimiseJob = {
    ...flattenProblem(problem, options.portableMatrix),
    plan,
    seed: options.seed,
    budgetMs: options.seconds * 1000,
    lockedRequests: options.lockedRequests,
  };
  return new Promise((resolve, reject) => {
    const worker = startThread(job);
    let settled = false;
    worker.once('message', (reply: OptimiseReply) => {
      settled = true;
      if (reply.ok) resolve(reply.plan);
      else reject(new Error(`optimiser thread failed: ${reply.error}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`optimiser thread exited with code ${code} and no plan`));
    });
  });
}

function startThread(job: OptimiseJob): Worker {
  const transferList = transferablesOf(job);
  const self = import.meta.url;
  if (self.endsWith('.js')) {
    return new Worker(new URL('./optimise-thread.js', self), { workerData: job, transferList });
  }
  // Run from TypeScript sources (tests, `npm run dev`): the thread registers tsx itself,
  // as a loader given to the parent process does not reach worker threads.
  const entry = new URL('./optimise-thread.ts', self).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: job, transferList });
}
