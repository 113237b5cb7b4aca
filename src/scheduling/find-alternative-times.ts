import { compile } from './core/compiled.js';
import {
  capableVehicles,
  type Found,
  type InsertionOptions,
  insertInto,
  RequestDurations,
} from './insert-request.js';
import type { Plan, PlannedStop, Problem, TimeWindow } from './model.js';

/** A feasible shifted time for a request, as an operator can offer it. */
export interface AlternativeTime {
  /** How far both windows were moved (same unit as the matrix). */
  readonly offset: number;
  readonly vehicleId: string;
  readonly pickup: PlannedStop;
  readonly dropoff: PlannedStop;
  readonly addedCost: number;
}

/** Insertion of one request under other windows than its problem gives it (see `windowSearch`). */
export interface WindowSearch {
  /** The request's windows in the problem. */
  readonly pickup: TimeWindow;
  readonly dropoff: TimeWindow;
  /** Where the request would go with these windows, or null (the plan is not changed). */
  tryWith(pickup: TimeWindow, dropoff: TimeWindow): Found | null;
}

/**
 * Insertion of request `requestId` under windows it does not have in
 * `problem`, without a problem per try: the shared compiled form's windows
 * for the request are set for one search and restored before anyone else can
 * look. Searching a dozen times (other times to offer, the narrowest window
 * to promise) then costs a dozen searches, not a dozen problems, and the
 * tries share the travel times their rankings read. The result of a try is
 * what `insertRequest` finds in a problem with those windows.
 */
export function windowSearch(
  problem: Problem,
  plan: Plan,
  requestId: string,
  options: InsertionOptions = {},
): WindowSearch {
  const c = compile(problem);
  const r = c.requestIndex.get(requestId);
  if (r === undefined) throw new RangeError(`unknown request ${requestId}`);
  const capable = capableVehicles(c, r, options.vehicleIds);
  const p = 2 * r;
  const pickup = { earliest: c.early[p]!, latest: c.late[p]! };
  const dropoff = { earliest: c.early[p + 1]!, latest: c.late[p + 1]! };
  // Shifting the windows moves no place: every search reads the same drives.
  const lookups = new RequestDurations(c, r);
  return {
    pickup,
    dropoff,
    tryWith(tryPickup, tryDropoff) {
      if (capable.length === 0) return null;
      c.early[p] = tryPickup.earliest;
      c.late[p] = tryPickup.latest;
      c.early[p + 1] = tryDropoff.earliest;
      c.late[p + 1] = tryDropoff.latest;
      try {
        return insertInto(c, plan, r, capable, options, lookups);
      } finally {
        c.early[p] = pickup.earliest;
        c.late[p] = pickup.latest;
        c.early[p + 1] = dropoff.earliest;
        c.late[p + 1] = dropoff.latest;
      }
    },
  };
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
  const search = windowSearch(problem, plan, requestId, options);
  const out: AlternativeTime[] = [];
  if (options.max <= 0) return out;
  const order = options.offsets
    .map((offset, k) => ({ offset, k }))
    .sort((a, b) => Math.abs(a.offset) - Math.abs(b.offset) || a.k - b.k);
  const move = (w: TimeWindow, by: number) => ({
    earliest: w.earliest + by,
    latest: w.latest + by,
  });
  for (const { offset } of order) {
    if (out.length >= options.max) break;
    const found = search.tryWith(move(search.pickup, offset), move(search.dropoff, offset));
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
  return out;
}
