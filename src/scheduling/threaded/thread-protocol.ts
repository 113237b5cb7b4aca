import type { Plan, Problem, TransportRequest, Vehicle } from '../model.js';

/**
 * What crosses into the optimiser's thread: plain data only (a matrix is
 * functions, so it travels as two flat arrays whose buffers are transferred,
 * not copied).
 */
export interface OptimiseJob {
  readonly requests: readonly TransportRequest[];
  readonly vehicles: readonly Vehicle[];
  readonly moveCost?: number;
  readonly size: number;
  readonly durations: Float64Array;
  readonly distances: Float64Array;
  readonly plan: Plan;
  readonly seed: number;
  /** Budget in milliseconds of the thread's own clock. */
  readonly budgetMs: number;
  readonly lockedRequests?: readonly string[];
}

export type OptimiseReply = { ok: true; plan: Plan } | { ok: false; error: string };

/** The matrix of `problem` as flat row-major arrays, for `toProblem` on the other side. */
export function flattenProblem(problem: Problem): Omit<OptimiseJob, 'plan' | 'seed' | 'budgetMs'> {
  const n = problem.matrix.size;
  const durations = new Float64Array(n * n);
  const distances = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      durations[a * n + b] = problem.matrix.duration(a, b);
      distances[a * n + b] = problem.matrix.distance(a, b);
    }
  }
  return {
    requests: problem.requests,
    vehicles: problem.vehicles,
    moveCost: problem.moveCost,
    size: n,
    durations,
    distances,
  };
}

export function toProblem(job: OptimiseJob): Problem {
  const { size: n, durations, distances } = job;
  return {
    requests: job.requests,
    vehicles: job.vehicles,
    moveCost: job.moveCost,
    matrix: {
      size: n,
      duration: (a, b) => durations[a * n + b] ?? Number.POSITIVE_INFINITY,
      distance: (a, b) => distances[a * n + b] ?? Number.POSITIVE_INFINITY,
    },
  };
}
