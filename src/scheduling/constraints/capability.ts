import type { RouteContext } from './route-context.js';

/**
 * The vehicle has what each passenger needs: a ramp or a lift for
 * `wheelchairAccess`, an infant seat for `infantSeat`.
 */
export function checkCapability(ctx: RouteContext): string[] {
  const out: string[] = [];
  const f = ctx.vehicle.features;
  for (const s of ctx.route.stops) {
    if (s.kind !== 'pickup') continue;
    const req = ctx.requests.get(s.refId);
    if (!req) continue;
    for (const need of req.requiredFeatures) {
      const ok =
        need === 'wheelchairAccess' ? f.includes('ramp') || f.includes('lift') : f.includes(need);
      if (!ok) out.push(`${req.id}: vehicle ${ctx.vehicle.id} lacks ${need}`);
    }
  }
  return out;
}
