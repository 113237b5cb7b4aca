import { evaluateRoute, type StopRef } from './evaluate-route.js';
import { insertRequest } from './insert-request.js';
import type { Plan, Problem, Route } from './model.js';

/**
 * Carries a plan optimised on an older copy of the day (`optimised`) onto the
 * day as it is now (`problem`, `current`): bookings planned meanwhile are
 * inserted into it, cancelled ones left out, and what happened meanwhile kept
 * (each route's fixed prefix and locked requests as `current` has them, and
 * the requests in `stayPut` on their current vehicle). A route the
 * optimised order no longer fits keeps its current order. Returns null when
 * some booking of `current` cannot be served by the merged plan: the caller
 * keeps `current` then.
 *
 * Only requests that `current` routes are served; stop locations and windows
 * come from `problem`, so `optimised` may have been built with other
 * location indices.
 */
export function mergePlan(
  problem: Problem,
  current: Plan,
  optimised: Plan,
  stayPut: ReadonlySet<string> = new Set(),
): Plan | null {
  const currentRoutes = new Map(current.routes.map((r) => [r.vehicleId, r]));
  const optimisedRoutes = new Map(optimised.routes.map((r) => [r.vehicleId, r]));
  const known = new Set(problem.requests.map((r) => r.id));
  const routedNow = new Set(
    current.routes.flatMap((r) => r.stops.filter((s) => s.kind !== 'break').map((s) => s.refId)),
  );
  // Requests that must stay where `current` has them.
  const pinned = new Map<string, string>();
  for (const r of current.routes) {
    const held = new Set([
      ...r.stops.slice(0, r.fixedStops).map((s) => s.refId),
      ...(r.lockedRequests ?? []),
      ...r.stops.filter((s) => stayPut.has(s.refId)).map((s) => s.refId),
    ]);
    for (const id of held) pinned.set(id, r.vehicleId);
  }

  const kept = new Set<string>(); // vehicles that keep their current route
  for (let round = 0; round <= problem.vehicles.length; round++) {
    const taken = new Set(
      [...kept].flatMap((v) => currentRoutes.get(v)?.stops.map((s) => s.refId) ?? []),
    );
    const routes: Route[] = [];
    let retry = false;
    for (const vehicle of problem.vehicles) {
      const now = currentRoutes.get(vehicle.id);
      if (kept.has(vehicle.id)) {
        if (now) routes.push(now);
        continue;
      }
      const fixed = now?.stops.slice(0, now.fixedStops) ?? [];
      const fixedKeys = new Set(fixed.map((s) => `${s.kind}:${s.refId}`));
      const tail: StopRef[] = (optimisedRoutes.get(vehicle.id)?.stops ?? [])
        .filter((s) => !fixedKeys.has(`${s.kind}:${s.refId}`))
        .filter((s) => {
          if (s.kind === 'break') return vehicle.breaks.some((b) => b.id === s.refId);
          const owner = pinned.get(s.refId);
          return routedNow.has(s.refId) && !taken.has(s.refId) && (!owner || owner === vehicle.id);
        })
        .map((s) => ({ kind: s.kind, refId: s.refId }));
      const here = new Set(tail.map((s) => s.refId));
      const missesPinned = [...pinned].some(
        ([id, owner]) =>
          owner === vehicle.id &&
          !here.has(id) &&
          // A pinned request whose drop-off is fixed too is already fully in the prefix.
          !(fixedKeys.has(`pickup:${id}`) && fixedKeys.has(`dropoff:${id}`)),
      );
      // A vehicle that carries anyone takes all its breaks (the engine's rule).
      const stops = [...fixed, ...tail];
      const carries = stops.some((s) => s.kind !== 'break');
      const hasBreaks = new Set(stops.filter((s) => s.kind === 'break').map((s) => s.refId));
      const missesBreak = carries && vehicle.breaks.some((b) => !hasBreaks.has(b.id));
      const evaluated =
        missesPinned || missesBreak || !carries
          ? null
          : evaluateRoute(problem, vehicle, stops, fixed.length);
      if (missesPinned || missesBreak || (evaluated && !evaluated.feasible)) {
        kept.add(vehicle.id);
        retry = true;
        break;
      }
      if (evaluated) {
        routes.push({
          vehicleId: vehicle.id,
          stops: evaluated.stops,
          fixedStops: fixed.length,
          ...(now?.lockedRequests ? { lockedRequests: now.lockedRequests } : {}),
        });
      } else if (now && fixed.length > 0) {
        routes.push({ ...now, stops: fixed });
      }
    }
    if (retry) continue;

    let plan: Plan = { routes, unassigned: [] };
    const served = new Set(routes.flatMap((r) => r.stops.map((s) => s.refId)));
    const missing = [...routedNow].filter((id) => !served.has(id) && known.has(id));
    for (const id of missing) {
      const out = insertRequest(problem, plan, id);
      if (out.kind !== 'assigned') return null;
      plan = out.plan;
    }
    return { routes: plan.routes, unassigned: [] };
  }
  return null;
}
