import type { Plan, Route } from '../model.js';

const byVehicle = new WeakMap<readonly Route[], ReadonlyMap<string, Route>>();

/** Routes of `plan` by vehicle id, cached per routes array (plans are immutable). */
export function routesByVehicle(plan: Plan): ReadonlyMap<string, Route> {
  const hit = byVehicle.get(plan.routes);
  if (hit) return hit;
  const map = new Map<string, Route>();
  for (const r of plan.routes) map.set(r.vehicleId, r);
  byVehicle.set(plan.routes, map);
  return map;
}

/**
 * `plan` with `route` replacing its vehicle's route (or appended) and
 * `requestId` no longer unassigned. The input plan is not touched.
 */
export function withRoute(plan: Plan, route: Route, requestId?: string): Plan {
  const routes = plan.routes.slice();
  const at = routes.findIndex((r) => r.vehicleId === route.vehicleId);
  if (at >= 0) routes[at] = route;
  else routes.push(route);
  const unassigned =
    requestId !== undefined && plan.unassigned.includes(requestId)
      ? plan.unassigned.filter((id) => id !== requestId)
      : plan.unassigned;
  return { routes, unassigned };
}
