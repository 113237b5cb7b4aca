import { hasPassengers, positionBefore, type RouteContext } from './route-context.js';

/**
 * Driver breaks: a vehicle with work takes each of its breaks exactly once,
 * where it stands (the previous stop's place, or its start), with nobody on
 * board, starting within the break window and lasting its duration.
 */
export function checkBreaks(ctx: RouteContext): string[] {
  const out: string[] = [];
  const { vehicle, route, tolerance: tol } = ctx;
  const seen = new Map<string, number>();
  let onboard = 0;
  route.stops.forEach((s, k) => {
    if (s.kind === 'pickup') onboard++;
    else if (s.kind === 'dropoff') onboard--;
    else {
      seen.set(s.refId, (seen.get(s.refId) ?? 0) + 1);
      const b = vehicle.breaks.find((x) => x.id === s.refId);
      if (!b) return;
      if (onboard > 0) out.push(`${vehicle.id}: break ${b.id} with passengers on board`);
      if (s.location !== positionBefore(ctx, k)) {
        out.push(`${vehicle.id}: break ${b.id} not taken where the vehicle stands`);
      }
      if (s.start < b.window.earliest - tol || s.start > b.window.latest + tol) {
        out.push(`${vehicle.id}: break ${b.id} outside its window`);
      }
      if (s.departure < s.start + b.duration - tol) {
        out.push(`${vehicle.id}: break ${b.id} too short`);
      }
    }
  });
  for (const [id, n] of seen) if (n > 1) out.push(`${vehicle.id}: break ${id} taken ${n} times`);
  if (hasPassengers(route)) {
    for (const b of vehicle.breaks) {
      if (!seen.has(b.id)) out.push(`${vehicle.id}: break ${b.id} missing`);
    }
  }
  return out;
}
