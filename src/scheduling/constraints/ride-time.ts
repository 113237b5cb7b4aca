import type { RouteContext } from './route-context.js';

/** From the end of service at pickup to the start of service at drop-off, at most `maxRideTime`. */
export function checkRideTime(ctx: RouteContext): string[] {
  const out: string[] = [];
  const pickupEnds = new Map<string, number>();
  for (const s of ctx.route.stops) {
    const req = s.kind === 'break' ? undefined : ctx.requests.get(s.refId);
    if (!req) continue;
    if (s.kind === 'pickup') pickupEnds.set(req.id, s.start + req.pickupServiceTime);
    else {
      const end = pickupEnds.get(req.id);
      if (end !== undefined && s.start - end > req.maxRideTime + ctx.tolerance) {
        out.push(`${req.id}: ride ${s.start - end} longer than ${req.maxRideTime}`);
      }
    }
  }
  return out;
}
