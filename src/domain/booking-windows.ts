import type { ServiceRules } from './services.js';

/** When the caller wants the ride: a pickup time, as soon as possible, or an appointment to reach. */
export type RequestedTime =
  | { readonly kind: 'pickup'; readonly at: Date }
  | { readonly kind: 'asap'; readonly now: Date }
  | { readonly kind: 'arrive-by'; readonly appointment: Date };

/**
 * The time windows of one ride, as stored on its booking. The pickup window
 * is the promise for pickup-time and as-soon-as-possible rides. For an
 * appointment it only bounds planning until the first plan, which turns it
 * into a promise around the planned pickup (`promiseAround`).
 */
export interface BookingWindows {
  readonly pickupWindowStart: Date;
  readonly pickupWindowEnd: Date;
  /** Arrive-by: the earliest acceptable arrival (appointment − arrival window). */
  readonly dropoffEarliest: Date | null;
  /** Arrive-by: the latest acceptable arrival (appointment − margin). */
  readonly dropoffDeadline: Date | null;
}

const MINUTE = 60_000;

/**
 * Before a first plan an appointment ride may be picked up this long before
 * its earliest arrival at most; the planner tightens it with the real ride
 * time and the maximum ride time.
 */
export const APPOINTMENT_LEAD_BOUND_MINUTES = 180;

/** To the whole second, as the planner plans: a window never ends a fraction before its plan. */
const toSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

/** The windows of a ride under its service's rules. The one place these are computed. */
export function windowsFor(rules: ServiceRules, requested: RequestedTime): BookingWindows {
  const width = rules.pickupWindowMinutes * MINUTE;
  const time: RequestedTime =
    requested.kind === 'pickup'
      ? { kind: 'pickup', at: toSecond(requested.at) }
      : requested.kind === 'asap'
        ? { kind: 'asap', now: toSecond(requested.now) }
        : { kind: 'arrive-by', appointment: toSecond(requested.appointment) };
  switch (time.kind) {
    case 'pickup':
      return {
        pickupWindowStart: time.at,
        pickupWindowEnd: new Date(time.at.getTime() + width),
        dropoffEarliest: null,
        dropoffDeadline: null,
      };
    case 'asap':
      return {
        pickupWindowStart: time.now,
        pickupWindowEnd: new Date(time.now.getTime() + width),
        dropoffEarliest: null,
        dropoffDeadline: null,
      };
    case 'arrive-by': {
      const at = time.appointment.getTime();
      const deadline = at - rules.arrivalMarginMinutes * MINUTE;
      // A window narrower than the margin would be empty: arrive at the deadline at least.
      const earliest = Math.min(at - rules.arrivalWindowMinutes * MINUTE, deadline);
      return {
        pickupWindowStart: new Date(earliest - APPOINTMENT_LEAD_BOUND_MINUTES * MINUTE),
        pickupWindowEnd: new Date(deadline),
        dropoffEarliest: new Date(earliest),
        dropoffDeadline: new Date(deadline),
      };
    }
  }
}

/**
 * An appointment ride's promise once planned: a pickup window of the
 * service's width centred on the planned pickup, inside what was allowed.
 */
export function promiseAround(
  rules: ServiceRules,
  plannedPickup: Date,
  allowed: { start: Date; end: Date },
): { start: Date; end: Date } {
  const half = (rules.pickupWindowMinutes * MINUTE) / 2;
  const at = plannedPickup.getTime();
  return {
    start: new Date(Math.max(at - half, allowed.start.getTime())),
    end: new Date(Math.min(at + half, allowed.end.getTime())),
  };
}

/** How the caller described the return. */
export type ReturnSpec =
  | { readonly pickupAt: Date }
  | { readonly readyAfterMinutes: number }
  | { readonly willCall: true };

/**
 * When a return may be picked up. It opens `readyAfterMinutes` after the
 * appointment for an arrive-by outbound, or after the outbound's arrival
 * (planned, else its latest possible) for a pickup-time outbound. A
 * will-call return has no time yet: it opens at the same point and waits.
 */
export function returnOpensAt(
  rules: ServiceRules,
  outbound: { appointment: Date | null; arrival: Date },
  spec: ReturnSpec,
): Date {
  if ('pickupAt' in spec) return spec.pickupAt;
  const after =
    'readyAfterMinutes' in spec ? spec.readyAfterMinutes : rules.returnReadyAfterMinutes;
  const base = outbound.appointment ?? outbound.arrival;
  return new Date(base.getTime() + after * MINUTE);
}

/**
 * The latest a planned pickup-time ride may still arrive: its planned
 * drop-off plus what its pickup can still slide inside its window, as the
 * route is re-timed when rides join it (for one, to spare the car waiting for
 * this ride's own return). A return that follows the ride opens after this,
 * so the citizen is never fetched before ready. A detour added later can
 * still lengthen the ride itself: the engine has no link between the two.
 */
export function latestArrival(ride: {
  plannedPickupAt: Date;
  plannedDropoffAt: Date;
  pickupWindowEnd: Date;
}): Date {
  const slide = Math.max(0, ride.pickupWindowEnd.getTime() - ride.plannedPickupAt.getTime());
  return new Date(ride.plannedDropoffAt.getTime() + slide);
}

/** A stretch of time a citizen is busy with a ride, from the pickup window's start to the arrival. */
export interface RideInterval {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The time a booking keeps its citizen busy: from its planned pickup to its
 * planned arrival; before a plan, from the pickup window's start (or the
 * earliest arrival less a ride, for an appointment) to the deadline or the
 * end of the pickup window plus a generous ride.
 */
export function rideIntervalOf(b: {
  pickupWindowStart: Date;
  pickupWindowEnd: Date;
  dropoffEarliest: Date | null;
  dropoffDeadline: Date | null;
  plannedPickupAt: Date | null;
  plannedDropoffAt: Date | null;
}): RideInterval {
  if (b.plannedPickupAt && b.plannedDropoffAt)
    return { start: b.plannedPickupAt, end: b.plannedDropoffAt };
  const ride = UNPLANNED_RIDE_MINUTES * MINUTE;
  if (b.dropoffEarliest && b.dropoffDeadline)
    return { start: new Date(b.dropoffEarliest.getTime() - ride), end: b.dropoffDeadline };
  return { start: b.pickupWindowStart, end: new Date(b.pickupWindowEnd.getTime() + ride) };
}

/** Ride length assumed for an unplanned pickup-time booking when checking overlaps. */
export const UNPLANNED_RIDE_MINUTES = 45;

/** Two rides of one citizen overlap when neither ends before the other starts. */
export function overlaps(a: RideInterval, b: RideInterval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}
