import type { RouteContext } from './route-context.js';

/**
 * The vehicle serves each passenger's service (`Vehicle.services`) and has
 * what each passenger needs: a ramp or a lift for `wheelchairAccess`, an
 * infant seat for `infantSeat`. The solver enforces both before any route
 * is tried, in `canServe` (core/compiled.ts).
 */
export function checkCapability(ctx: RouteContext): string[] {
  const out: string[] = [];
  const { vehicle } = ctx;
  const f = vehicle.features;
  for (const s of ctx.route.stops) {
    if (s.kind !== 'pickup') continue;
    const req = ctx.requests.get(s.refId);
    if (!req) continue;
    if (
      req.service !== undefined &&
      vehicle.services !== undefined &&
      !vehicle.services.includes(req.service)
    ) {
      out.push(`${req.id}: vehicle ${vehicle.id} does not serve ${req.service}`);
    }
    for (const need of req.requiredFeatures) {
      const ok =
        need === 'wheelchairAccess' ? f.includes('ramp') || f.includes('lift') : f.includes(need);
      if (!ok) out.push(`${req.id}: vehicle ${vehicle.id} lacks ${need}`);
    }
  }
  return out;
}
