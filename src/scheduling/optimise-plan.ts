import { placeMovingBreaks, polish, relocate } from './alns/local-search.js';
import { REMOVALS } from './alns/removal.js';
import { REPAIRS, repair } from './alns/repair.js';
import { clone, fromPlan, type Solution, scopeOf, toPlan } from './alns/solution.js';
import { compile } from './core/compiled.js';
import type { Plan, Problem } from './model.js';
import { createRandom, type Random } from './random.js';

/**
 * How long and how `optimisePlan` searches. The engine never reads a clock:
 * give an iteration budget, or a clock and a deadline, or a stop predicate
 * (any that is given ends the search; at least one must be).
 */
export interface OptimiseOptions {
  /** Same seed, same budget, same result. */
  readonly seed: number;
  readonly maxIterations?: number;
  /** A monotonic clock (e.g. `performance.now`) and the time to stop by, in its unit. */
  readonly now?: () => number;
  readonly deadline?: number;
  readonly shouldStop?: () => boolean;
  /** Requests that must stay on the vehicle they are on now (beyond the plan's own locks). */
  readonly lockedRequests?: readonly string[];
  /** Search knobs; the defaults suit plans of tens to a few hundred requests. */
  readonly tuning?: Partial<AlnsTuning>;
}

/** Knobs of the search (Ropke & Pisinger's names where they have one). */
export interface AlnsTuning {
  /** Requests removed per iteration: uniform in [qMinFraction·n, min(qCap, qMaxFraction·n)]. */
  readonly qMinFraction: number;
  readonly qMaxFraction: number;
  readonly qCap: number;
  /** Start temperature: a solution this much worse (fraction) is accepted half the time. */
  readonly startWorse: number;
  /** End temperature as a fraction of the start one. */
  readonly endRatio: number;
  /** The budget is split into this many cooling cycles (reheats diversify). */
  readonly cycles: number;
  /** Iterations without a new best after which the search resumes from the best. */
  readonly restartAfter: number;
  /** Also polish (one relocation pass) every improving solution, not only new bests. */
  readonly polishImproving: boolean;
  /** Iterations without a run-best improvement after which a fresh run starts. */
  readonly freshStartAfter: number;
}

const DEFAULT_TUNING: AlnsTuning = {
  qMinFraction: 0.05,
  qMaxFraction: 0.3,
  // Repair time grows with q while large rebuilds are rarely accepted: on
  // big plans more, smaller moves pay (SISR removes about 10 on average).
  qCap: 20,
  startWorse: 0.01,
  endRatio: 0.02,
  cycles: 1,
  restartAfter: 2000,
  polishImproving: false,
  freshStartAfter: 10_000,
};

/** Lexicographic objective: serve as many requests as possible, then drive as little as possible. */
function better(a: Solution, b: Solution): boolean {
  if (a.unassigned.length !== b.unassigned.length) return a.unassigned.length < b.unassigned.length;
  return a.cost < b.cost - 1e-9;
}

/**
 * Batch re-optimisation by adaptive large neighbourhood search (Ropke &
 * Pisinger 2006, as applied to the DARP by Parragh & Schmid 2013): remove
 * requests (random, worst, related, route, time slice, string), reinsert them
 * (greedy or regret-2/3, with or without noise), accept by simulated
 * annealing on distance plus a penalty per unserved request, adapt the
 * operator weights by their success, and polish new bests by relocation,
 * inter-route exchange and 2-opt*. A request that fits nowhere as the
 * routes stand is tried again, on new bests, with a route's break moved
 * elsewhere inside its window (`placeMovingBreaks`).
 *
 * Fixed stops, locked requests and requests in a fixed prefix never move.
 * Returns the input plan itself when nothing better was found, so the
 * result is never worse (fewer served, or more distance) than `initial`.
 */
export function optimisePlan(problem: Problem, initial: Plan, options: OptimiseOptions): Plan {
  const c = compile(problem);
  const start = fromPlan(c, initial);
  if (!Number.isFinite(start.cost)) return initial; // an infeasible start is the caller's to fix
  const locked = new Set<number>();
  for (const id of options.lockedRequests ?? []) {
    const r = c.requestIndex.get(id);
    if (r !== undefined) locked.add(r);
  }
  const scope = scopeOf(c, start, locked);
  const rnd = createRandom(options.seed);
  const noiseScale = largestDistance(c);
  const penalty = 10 * noiseScale + 1;
  const objective = (s: Solution) => s.cost + penalty * s.unassigned.length;

  const stop = stopper(options);
  let current = clone(start);
  // Construction and its polish also answer to the budget (large plans).
  let iterSeen = 0;
  const outOfTime = () => stop(iterSeen) >= 1;
  repair(c, current, scope, { k: 2, noise: 0 }, rnd, noiseScale, outOfTime);
  placeMovingBreaks(c, current, scope, outOfTime);
  polish(c, current, scope, outOfTime);
  let best = clone(current);

  const tune = { ...DEFAULT_TUNING, ...options.tuning };
  const movable = scope.movable.reduce((n, m) => n + m, 0);
  const qMax = Math.max(1, Math.min(tune.qCap, Math.ceil(tune.qMaxFraction * movable)));
  const qMin = Math.min(qMax, Math.max(1, Math.ceil(tune.qMinFraction * movable)));
  const dW = new Float64Array(REMOVALS.length).fill(1);
  const rW = new Float64Array(REPAIRS.length).fill(1);
  const dScore = new Float64Array(REMOVALS.length);
  const rScore = new Float64Array(REPAIRS.length);
  const dUsed = new Float64Array(REMOVALS.length);
  const rUsed = new Float64Array(REPAIRS.length);
  const t0 = (tune.startWorse * objective(current)) / Math.LN2 + 1e-9;
  const tEnd = t0 * tune.endRatio;
  let sinceBest = 0;
  // A run that finds nothing new for long is over: the next one starts
  // afresh from the constructed solution (the overall best is kept). Small
  // instances stagnate fast and get many runs; large ones keep their one.
  const constructed = clone(current);
  let runBest = clone(current);
  let runStart = 0;
  let stale = 0;

  for (let iter = 0; ; iter++) {
    iterSeen = iter;
    const progress = stop(iter);
    if (progress >= 1 || movable === 0) break;
    if (stale > tune.freshStartAfter) {
      runStart = progress;
      current = clone(constructed);
      runBest = clone(current);
      stale = 0;
      sinceBest = 0;
      dW.fill(1);
      rW.fill(1);
    }
    stale++;
    const local = (progress - runStart) / (1 - runStart);
    const cycle = (local * tune.cycles) % 1;
    const temperature = t0 * (tEnd / t0) ** cycle;
    const d = roulette(dW, rnd);
    const a = roulette(rW, rnd);
    const trial = clone(current);
    const q = qMin + rnd.int(qMax - qMin + 1);
    REMOVALS[d]!(c, trial, scope, q, rnd);
    repair(c, trial, scope, REPAIRS[a]!, rnd, noiseScale);
    dUsed[d] = dUsed[d]! + 1;
    rUsed[a] = rUsed[a]! + 1;
    const delta = objective(trial) - objective(current);
    let score = 0;
    if (better(trial, runBest)) {
      placeMovingBreaks(c, trial, scope, outOfTime);
      polish(c, trial, scope, outOfTime);
      runBest = clone(trial);
      if (better(runBest, best)) best = clone(runBest);
      current = trial;
      score = 33;
      sinceBest = 0;
      stale = 0;
    } else if (delta < -1e-9) {
      if (tune.polishImproving) relocate(c, trial, scope, 1);
      current = trial;
      score = 9;
      if (better(trial, runBest)) {
        runBest = clone(trial);
        if (better(runBest, best)) best = clone(runBest);
        sinceBest = 0;
        stale = 0;
      }
    } else if (delta > 1e-9 && rnd.next() < Math.exp(-delta / temperature)) {
      current = trial;
      score = 13;
    }
    dScore[d] = dScore[d]! + score;
    rScore[a] = rScore[a]! + score;
    if (++sinceBest > tune.restartAfter) {
      current = clone(runBest); // resume from this run's best when stuck for long
      sinceBest = 0;
    }
    if (iter % 100 === 99) {
      adapt(dW, dScore, dUsed);
      adapt(rW, rScore, rUsed);
    }
  }
  return better(best, start) ? toPlan(c, best, initial) : initial;
}

/** Progress in [0, 1] from whichever budget is given; 1 means stop. */
function stopper(o: OptimiseOptions): (iter: number) => number {
  const begin = o.now?.();
  if (o.maxIterations === undefined && o.shouldStop === undefined && o.deadline === undefined) {
    throw new RangeError('optimisePlan needs maxIterations, a deadline with now(), or shouldStop');
  }
  return (iter) => {
    let p = 0;
    if (o.maxIterations !== undefined) p = Math.max(p, iter / o.maxIterations);
    if (o.now && o.deadline !== undefined && begin !== undefined) {
      const span = o.deadline - begin;
      p = Math.max(p, span > 0 ? (o.now() - begin) / span : 1);
    }
    if (o.shouldStop?.()) p = 1;
    return p;
  };
}

function roulette(w: Float64Array, rnd: Random): number {
  let total = 0;
  for (const x of w) total += x;
  let pick = rnd.next() * total;
  for (let k = 0; k < w.length; k++) {
    pick -= w[k]!;
    if (pick < 0) return k;
  }
  return w.length - 1;
}

/** Ropke & Pisinger's reaction: blend the segment's average score into each weight. */
function adapt(w: Float64Array, score: Float64Array, used: Float64Array): void {
  for (let k = 0; k < w.length; k++) {
    if (used[k]! > 0) w[k] = Math.max(0.05, 0.8 * w[k]! + (0.2 * score[k]!) / used[k]!);
    score[k] = 0;
    used[k] = 0;
  }
}

function largestDistance(c: ReturnType<typeof compile>): number {
  let m = 0;
  for (let r = 0; r < c.nRequests; r++) m = Math.max(m, c.dist(c.loc[2 * r]!, c.loc[2 * r + 1]!));
  for (let v = 0; v < c.problem.vehicles.length; v++) {
    m = Math.max(m, c.dist(c.startLoc[v]!, c.endLoc[v]!));
  }
  return m || 1;
}
