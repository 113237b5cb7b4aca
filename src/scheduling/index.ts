/**
 * The scheduling engine: pure functions over a problem (requests, vehicles,
 * travel matrix) and a plan. No I/O, no clock, randomness only from a seed.
 */

export { checkPlan, type PlanCheck } from './check-plan.js';
export { evaluateRoute, type RouteEvaluation, type StopRef } from './evaluate-route.js';
export { type AlternativeTime, findAlternativeTimes } from './find-alternative-times.js';
export { type InsertionOptions, type InsertionOutcome, insertRequest } from './insert-request.js';
export * from './model.js';
export { type OptimiseOptions, optimisePlan } from './optimise-plan.js';
export { createRandom, type Random } from './random.js';
