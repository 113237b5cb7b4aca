import type { BookingView } from '../shared/types.js';

/** Rides still waiting for their vehicle; only these can be late for the pickup. */
const WAITING = new Set<BookingView['status']>(['pending', 'scheduled']);

/**
 * Whether a ride still waiting for its vehicle is late for the pickup:
 * planned after the promised window's end, or not picked up once the window
 * is over. A cancelled, refused or finished ride is never late, nor one whose
 * driver is at the door. `now` is passed in, so this stays pure.
 */
export function isLate(booking: BookingView, now: number): boolean {
  if (!WAITING.has(booking.status)) return false;
  const end = Date.parse(booking.pickupWindow.end);
  // The engine plans in whole seconds and the board shows minutes: less than a minute past
  // the window's end (a requested 10:40:54.6 planned at 10:40:55) reads as on time.
  if (booking.planned && Date.parse(booking.planned.pickupAt) >= end + 60_000) return true;
  return now > end;
}
