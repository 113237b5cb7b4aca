import { compile } from './core/compiled.js';
import { capableVehicles, type InsertionOptions, insertInto } from './insert-request.js';
import type { Plan, PlannedStop, Problem } from './model.js';

/** A feasible shifted time for a request, as an operator can offer it. */
export interface AlternativeTime {
  /** How far both windows were moved (same unit as the matrix). */
  readonly offset: number;
  readonly vehicleId: string;
  readonly pickup: PlannedStop;
  readonly dropoff: PlannedStop;
  readonly addedCost: number;
}

/**
 * Tries the request shifted by each offset (both windows moved by it),
 * nearest offsets first (ties: the order given), and returns up to `max`
 * feasible ones. The plan is not changed: book a chosen alternative by
 * updating the request's windows and calling `insertRequest`.
 */
export function findAlternativeTimes(
  problem: Problem,
  plan: Plan,
  requestId: string,
  options: { readonly offsets: readonly number[]; readonly max: number } & InsertionOptions,
): AlternativeTime[] {
  const c = compile(problem);
  const r = c.requestIndex.get(requestId);
  if (r === undefined) throw new RangeError(`unknown request ${requestId}`);
  const capable = capableVehicles(c, r, options.vehicleIds);
  const out: AlternativeTime[] = [];
  if (capable.length === 0 || options.max <= 0) return out;
  const order = options.offsets
    .map((offset, k) => ({ offset, k }))
    .sort((a, b) => Math.abs(a.offset) - Math.abs(b.offset) || a.k - b.k);
  const p = 2 * r;
  const saved = [c.early[p]!, c.late[p]!, c.early[p + 1]!, c.late[p + 1]!] as const;
  try {
    for (const { offset } of order) {
      if (out.length >= options.max) break;
      // The compiled problem is shared; shift this request's windows in place
      // for one search and restore them before anyone else can look.
      c.early[p] = saved[0] + offset;
      c.late[p] = saved[1] + offset;
      c.early[p + 1] = saved[2] + offset;
      c.late[p + 1] = saved[3] + offset;
      const found = insertInto(c, plan, r, capable, options);
      if (!found) continue;
      const stops = found.route.stops;
      out.push({
        offset,
        vehicleId: found.route.vehicleId,
        pickup: stops.find((s) => s.kind === 'pickup' && s.refId === requestId)!,
        dropoff: stops.find((s) => s.kind === 'dropoff' && s.refId === requestId)!,
        addedCost: found.delta,
      });
    }
  } finally {
    c.early[p] = saved[0];
    c.late[p] = saved[1];
    c.early[p + 1] = saved[2];
    c.late[p + 1] = saved[3];
  }
  return out;
}
