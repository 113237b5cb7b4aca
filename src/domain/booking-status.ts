/**
 * A booking's life. `pending` means accepted and committed but not yet
 * planned; `will-call` is an open return the caller confirms later (not
 * planned until then); every other state is definite. Terminal states never change.
 */
export const BOOKING_STATUSES = [
  'pending',
  'will-call',
  'scheduled',
  'refused',
  'cancelled',
  'arrived',
  'on-board',
  'completed',
  'no-show',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const TERMINAL_STATUSES: ReadonlySet<BookingStatus> = new Set([
  'refused',
  'cancelled',
  'completed',
  'no-show',
]);

/** What a driver reports at a stop, in the order a ride goes through them. */
export const DRIVER_ACTIONS = ['arrived', 'picked-up', 'dropped-off', 'no-show'] as const;
export type DriverAction = (typeof DRIVER_ACTIONS)[number];

const DRIVER_TRANSITIONS: Record<
  DriverAction,
  { from: readonly BookingStatus[]; to: BookingStatus }
> = {
  arrived: { from: ['scheduled'], to: 'arrived' },
  // Picked up only once arrived: the arrival is what starts the waiting time,
  // and an operator reads "arrived" on the board before "on board".
  'picked-up': { from: ['arrived'], to: 'on-board' },
  'dropped-off': { from: ['on-board'], to: 'completed' },
  // A driver's no-show only at the door (and after the waiting time, see driver-stops.ts).
  'no-show': { from: ['arrived'], to: 'no-show' },
};

/** The status a driver action leads to, or undefined when it is not allowed from `from`. */
export function statusAfterDriverAction(
  from: BookingStatus,
  action: DriverAction,
): BookingStatus | undefined {
  const rule = DRIVER_TRANSITIONS[action];
  return rule.from.includes(from) ? rule.to : undefined;
}

/**
 * What staff and the planner may do to a booking, and from which states.
 * Every status change is a compare-and-set on these `from` lists in the
 * bookings store, so a cancel and a plan racing each other end in one
 * definite state.
 */
export const TRANSITIONS = {
  /** The planner places a booking… */
  schedule: { from: ['pending'], to: 'scheduled' },
  /** …or finds no place for it. */
  refuse: { from: ['pending'], to: 'refused' },
  /** Operators cancel what has not started moving or ended. */
  cancel: { from: ['pending', 'will-call', 'scheduled', 'refused'], to: 'cancelled' },
  /** An operator records that the citizen did not come. */
  'no-show': { from: ['scheduled', 'arrived'], to: 'no-show' },
  /** A new time or appointment: planned again. */
  move: { from: ['pending', 'scheduled', 'refused'], to: 'pending' },
  /** The caller gives a will-call return its time (or retries a refused return at another). */
  'confirm-return': { from: ['will-call', 'refused'], to: 'pending' },
} as const satisfies Record<string, { from: readonly BookingStatus[]; to: BookingStatus }>;

/** Operators may cancel anything that has not started moving or ended. */
export function canCancel(status: BookingStatus): boolean {
  return (TRANSITIONS.cancel.from as readonly BookingStatus[]).includes(status);
}

/** Stops of a booking in these states are fixed: re-planning never moves them. */
export function pickupIsFixed(status: BookingStatus): boolean {
  return (
    status === 'arrived' || status === 'on-board' || status === 'completed' || status === 'no-show'
  );
}
