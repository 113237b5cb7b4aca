import { hasPassengers, type RouteContext } from './route-context.js';

/**
 * A working vehicle leaves its start no earlier than the shift starts,
 * reaches its end location by the shift end, and is out no longer than
 * its maximum duration.
 */
export function checkShift(ctx: RouteContext): string[] {
  const { route, vehicle, problem, tolerance: tol } = ctx;
  if (!hasPassengers(route)) return [];
  const out: string[] = [];
  const first = route.stops[0]!;
  const last = route.stops[route.stops.length - 1]!;
  const m = problem.matrix;
  const left =
    first.kind === 'break'
      ? first.arrival
      : first.arrival - m.duration(vehicle.startLocation, first.location);
  const back = last.departure + m.duration(last.location, vehicle.endLocation);
  if (left < vehicle.shift.earliest - tol) out.push(`${vehicle.id}: leaves before shift start`);
  if (back > vehicle.shift.latest + tol) out.push(`${vehicle.id}: back after shift end`);
  if (vehicle.maxDuration !== undefined && back - left > vehicle.maxDuration + tol) {
    out.push(`${vehicle.id}: out ${back - left}, longer than ${vehicle.maxDuration}`);
  }
  return out;
}
