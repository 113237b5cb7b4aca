/**
 * The scheduling engine: pure functions over a problem (requests, vehicles,
 * travel matrix) and a plan. No I/O, no clock, randomness only from a seed.
 *
 * Modelling decisions, in one place:
 * - Objective: total travel distance (`matrix.distance`) of the routes that
 *   carry someone; a vehicle without passengers stays home and costs 0. The
 *   optimiser first serves as many requests as it can, then minimises distance.
 * - Time: `matrix.duration`; a stop's `start` must fall in its window, waiting
 *   is allowed; ride time runs from the end of service at the pickup to the
 *   start of service at the drop-off. Route feasibility is exact (the least
 *   schedule of the route's difference constraints); published times are the
 *   eight-step ones (late departures, short rides) whenever those are feasible.
 * - Breaks: a stop of kind 'break' taken where the vehicle stands (its
 *   previous stop, or its start), with nobody aboard, starting in the break's
 *   window and lasting its duration, at no distance. A route that carries
 *   anyone contains every break of its vehicle; an idle vehicle needs none.
 *   An unfixed break may move to another place in its route when only that
 *   fits a request (insertion's fallback; the optimiser on new bests). The
 *   engine has no clock: the caller leaves out a break whose window closed
 *   while the vehicle was idle, and gives a break already taken as a fixed
 *   stop with a window of one instant.
 * - Services: a request of `service` rides only in a vehicle whose
 *   `services` list it (no list: any service).
 * - Fixed stops: the first `route.fixedStops` stops are kept verbatim (place
 *   and times); planning continues from the last one's departure, with the
 *   passengers then aboard (their ride-time limits still hold).
 * - Locked requests (`route.lockedRequests`, and requests with a fixed
 *   stop) stay on their vehicle, in their order; their unfixed stops may be
 *   re-timed and other requests inserted around them.
 * - Non-shareable requests ride alone: the vehicle is empty at their pickup
 *   and picks nobody else up before their drop-off.
 * - Explanations (`explainInsertion`) use insertion's own tests, so a vehicle
 *   has no reason exactly when insertion could place the request in it.
 */

export { checkPlan, type PlanCheck, routeDistance } from './check-plan.js';
export { derivedFrom } from './core/compiled.js';
export { evaluateRoute, type RouteEvaluation, type StopRef } from './evaluate-route.js';
export {
  type ExplainOptions,
  type ExplanationCode,
  type ExplanationParams,
  explainInsertion,
  type InsertionExplanation,
  type ReasonGroup,
  type VehicleReason,
} from './explain-insertion.js';
export {
  type AlternativeTime,
  findAlternativeTimes,
  type WindowSearch,
  windowSearch,
} from './find-alternative-times.js';
export {
  assigned,
  type Found,
  type InsertionOptions,
  type InsertionOutcome,
  insertRequest,
} from './insert-request.js';
export { mergePlan } from './merge-plan.js';
export * from './model.js';
export { type AlnsTuning, type OptimiseOptions, optimisePlan } from './optimise-plan.js';
export { createRandom, type Random } from './random.js';
