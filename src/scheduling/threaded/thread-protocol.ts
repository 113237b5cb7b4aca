import type { Plan, Problem, TransportRequest, TravelMatrix, Vehicle } from '../model.js';

/**
 * A matrix rebuilt in the thread by a module of the caller's (its URL and
 * the plain data it takes), so that a matrix computed pair by pair crosses
 * as its inputs rather than as n² figures.
 */
export interface PortableMatrix {
  /** A module exporting `rebuildMatrix(data): TravelMatrix`. */
  readonly module: string;
  readonly data: unknown;
}

/** A matrix as n² figures in two flat arrays whose buffers are transferred, not copied. */
export interface DenseMatrix {
  readonly size: number;
  readonly durations: Float64Array;
  readonly distances: Float64Array;
}

/**
 * What crosses into the optimiser's thread: plain data only (a matrix is
 * functions, so it travels as figures or as what rebuilds it).
 */
export interface OptimiseJob {
  readonly requests: readonly TransportRequest[];
  readonly vehicles: readonly Vehicle[];
  readonly moveCost?: number;
  readonly matrix: { readonly dense: DenseMatrix } | { readonly portable: PortableMatrix };
  readonly plan: Plan;
  readonly seed: number;
  /** Budget in milliseconds of the thread's own clock. */
  readonly budgetMs: number;
  readonly lockedRequests?: readonly string[];
}

export type OptimiseReply = { ok: true; plan: Plan } | { ok: false; error: string };

type ProblemPart = Pick<OptimiseJob, 'requests' | 'vehicles' | 'moveCost' | 'matrix'>;

/** `problem` as a job's data: its matrix as `portable` when given, else as flat row-major figures. */
export function flattenProblem(problem: Problem, portable?: PortableMatrix): ProblemPart {
  const part = {
    requests: problem.requests,
    vehicles: problem.vehicles,
    moveCost: problem.moveCost,
  };
  if (portable) return { ...part, matrix: { portable } };
  const n = problem.matrix.size;
  const durations = new Float64Array(n * n);
  const distances = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      durations[a * n + b] = problem.matrix.duration(a, b);
      distances[a * n + b] = problem.matrix.distance(a, b);
    }
  }
  return { ...part, matrix: { dense: { size: n, durations, distances } } };
}

/** The buffers a job's dense matrix may hand over to the thread. */
export function transferablesOf(job: ProblemPart): ArrayBuffer[] {
  if (!('dense' in job.matrix)) return [];
  return [job.matrix.dense.durations.buffer, job.matrix.dense.distances.buffer] as ArrayBuffer[];
}

export async function toProblem(job: ProblemPart): Promise<Problem> {
  return {
    requests: job.requests,
    vehicles: job.vehicles,
    moveCost: job.moveCost,
    matrix: await matrixOf(job.matrix),
  };
}

async function matrixOf(matrix: OptimiseJob['matrix']): Promise<TravelMatrix> {
  if ('portable' in matrix) {
    const { rebuildMatrix } = (await import(matrix.portable.module)) as {
      rebuildMatrix(data: unknown): TravelMatrix;
    };
    return rebuildMatrix(matrix.portable.data);
  }
  const { size: n, durations, distances } = matrix.dense;
  return {
    size: n,
    duration: (a, b) => durations[a * n + b] ?? Number.POSITIVE_INFINITY,
    distance: (a, b) => distances[a * n + b] ?? Number.POSITIVE_INFINITY,
  };
}
