import type { RouteContext } from './route-context.js';

/** A non-shareable request rides alone: nobody else is on board between its pickup and drop-off. */
export function checkExclusiveRide(ctx: RouteContext): string[] {
  const out: string[] = [];
  const onboard = new Set<string>();
  for (const s of ctx.route.stops) {
    if (s.kind === 'break') continue;
    if (s.kind === 'dropoff') {
      onboard.delete(s.refId);
      continue;
    }
    onboard.add(s.refId);
    if (onboard.size < 2) continue;
    for (const id of onboard) {
      if (ctx.requests.get(id)?.shareable === false) out.push(`${id}: exclusive ride shared`);
    }
  }
  return [...new Set(out)];
}
