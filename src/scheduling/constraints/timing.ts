import { positionBefore, type RouteContext } from './route-context.js';

/**
 * Times add up: the vehicle cannot arrive before it could drive there
 * (a break is taken in place, so it costs no travel), service starts after
 * arrival and within the stop's window, and lasts its service time.
 */
export function checkTiming(ctx: RouteContext): string[] {
  const out: string[] = [];
  const { route, vehicle, problem, tolerance: tol } = ctx;
  let ready = vehicle.shift.earliest;
  route.stops.forEach((s, k) => {
    const from = positionBefore(ctx, k);
    const travel = s.kind === 'break' ? 0 : problem.matrix.duration(from, s.location);
    if (s.arrival < ready + travel - tol) out.push(`${vehicle.id}: stop ${k} reached too early`);
    if (s.start < s.arrival - tol) out.push(`${vehicle.id}: stop ${k} starts before arrival`);
    ready = s.departure;
    if (s.kind === 'break') return;
    const req = ctx.requests.get(s.refId);
    if (!req) return;
    const w = s.kind === 'pickup' ? req.pickupWindow : req.dropoffWindow;
    const service = s.kind === 'pickup' ? req.pickupServiceTime : req.dropoffServiceTime;
    if (s.start < w.earliest - tol) out.push(`${req.id}: ${s.kind} before its window`);
    if (s.start > w.latest + tol) out.push(`${req.id}: ${s.kind} after its window`);
    if (s.departure < s.start + service - tol) out.push(`${req.id}: ${s.kind} service cut short`);
  });
  return out;
}
