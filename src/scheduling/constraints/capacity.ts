import type { RouteContext } from './route-context.js';

/** Seats, wheelchair places and infant seats in use never exceed the vehicle's, kind by kind. */
export function checkCapacity(ctx: RouteContext): string[] {
  const out: string[] = [];
  const cap = ctx.vehicle.capacity;
  let seats = 0;
  let wheelchairs = 0;
  let infantSeats = 0;
  ctx.route.stops.forEach((s, k) => {
    if (s.kind === 'break') return;
    const req = ctx.requests.get(s.refId);
    if (!req) return;
    const sign = s.kind === 'pickup' ? 1 : -1;
    seats += sign * req.load.seats;
    wheelchairs += sign * req.load.wheelchairs;
    infantSeats += sign * req.load.infantSeats;
    if (seats > cap.seats) out.push(`${ctx.vehicle.id}: seats over capacity at stop ${k}`);
    if (wheelchairs > cap.wheelchairs) {
      out.push(`${ctx.vehicle.id}: wheelchair places over capacity at stop ${k}`);
    }
    if (infantSeats > cap.infantSeats) {
      out.push(`${ctx.vehicle.id}: infant seats over capacity at stop ${k}`);
    }
  });
  return out;
}
