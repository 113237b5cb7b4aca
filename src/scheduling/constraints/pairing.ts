import type { RouteContext } from './route-context.js';

/**
 * Each request in the route is picked up once and dropped off once, pickup
 * first, at the request's own locations; every stop names a known request
 * or one of this vehicle's breaks.
 */
export function checkPairing(ctx: RouteContext): string[] {
  const out: string[] = [];
  const picked = new Map<string, number>();
  const dropped = new Map<string, number>();
  const breakIds = new Set(ctx.vehicle.breaks.map((b) => b.id));
  ctx.route.stops.forEach((s, k) => {
    if (s.kind === 'break') {
      if (!breakIds.has(s.refId)) out.push(`${ctx.vehicle.id}: unknown break ${s.refId}`);
      return;
    }
    const req = ctx.requests.get(s.refId);
    if (!req) {
      out.push(`${ctx.vehicle.id}: unknown request ${s.refId}`);
      return;
    }
    const seen = s.kind === 'pickup' ? picked : dropped;
    if (seen.has(s.refId)) out.push(`${s.refId}: ${s.kind} appears twice`);
    seen.set(s.refId, k);
    const want = s.kind === 'pickup' ? req.pickupLocation : req.dropoffLocation;
    if (s.location !== want) out.push(`${s.refId}: ${s.kind} at the wrong place`);
  });
  for (const [id, k] of picked) {
    const d = dropped.get(id);
    if (d === undefined) out.push(`${id}: picked up but never dropped off`);
    else if (d < k) out.push(`${id}: dropped off before pickup`);
  }
  for (const id of dropped.keys()) {
    if (!picked.has(id)) out.push(`${id}: dropped off but never picked up`);
  }
  return out;
}
