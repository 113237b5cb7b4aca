import {
  type InsertionOutcome,
  insertRequest,
  type Plan,
  type Problem,
} from '../../scheduling/index.js';
import {
  earliestFeasible,
  narrowestWindow,
  shifted,
  withoutRequest,
  withPickupWindow,
} from './plan-edits.js';

export interface Placement {
  outcome: InsertionOutcome;
  /** The pickup window the booking is planned in (an ASAP ride's may have moved or narrowed). */
  windows: { start: Date; end: Date };
  /** The problem with that window: the one the outcome was computed in. */
  problem: Problem;
}

/**
 * Where one booking goes, by the booking path's rules and nothing else: no
 * database, no clock but `now`. Shared by the planning service and the
 * fleet simulator, so a simulated booking is planned exactly as a real one.
 * - a pickup is never promised in the past: an ASAP ride's window starts now;
 * - an ASAP ride that fits nowhere looks ahead for the earliest feasible step;
 * - a placed ASAP ride is promised the narrowest window its car can keep;
 * - a ride planned again keeps the window it was promised where a car can.
 */
export function placeBooking(
  problem: Problem,
  plan: Plan,
  bookingId: string,
  requested: {
    /** The window to plan in (a return's follows its outbound's arrival). */
    windows: { start: Date; end: Date };
    /** The window the problem was built with. */
    stored: { start: Date; end: Date };
    asap: boolean;
    now: Date;
    /**
     * The ride was promised this window before (it is being planned again:
     * its car was withdrawn, say): keep the promise where a car can, rather
     * than start it anew from now.
     */
    promised?: boolean;
  },
): Placement {
  const { asap, now, stored, promised = false } = requested;
  let windows = requested.windows;
  if (asap && !promised && windows.start < now) {
    const width = windows.end.getTime() - windows.start.getTime();
    // Whole seconds, as plans are.
    const start = new Date(Math.ceil(now.getTime() / 1000) * 1000);
    windows = { start, end: new Date(start.getTime() + width) };
  }
  if (windows.start !== stored.start || windows.end !== stored.end)
    problem = withPickupWindow(problem, bookingId, windows);
  let outcome = insertRequest(problem, withoutRequest(plan, bookingId), bookingId);
  if (outcome.kind === 'refused' && asap && promised && windows.start < now) {
    // The old promise cannot be kept: start again from now, as a new ASAP ride would.
    return placeBooking(problem, plan, bookingId, { ...requested, promised: false });
  }
  if (outcome.kind === 'refused' && asap) {
    const later = earliestFeasible(problem, plan, bookingId);
    if (later !== null) {
      windows = shifted(windows, later);
      problem = withPickupWindow(problem, bookingId, windows);
      outcome = insertRequest(problem, withoutRequest(plan, bookingId), bookingId);
    }
  }
  if (outcome.kind === 'assigned' && asap && !promised) {
    // The plan publishes late departures; a mother waiting at the door wants
    // the earliest car: promise the narrowest window that still fits.
    const soonest = narrowestWindow(problem, plan, bookingId, windows);
    if (soonest) ({ windows, problem, outcome } = soonest);
  }
  return { outcome, windows, problem };
}
