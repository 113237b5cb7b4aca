import type { BookingView } from '../shared/types.js';

/**
 * Whether a ride is late for its pickup: planned after the promised window's
 * end, or still waiting for the pickup (scheduled, or the driver only
 * arrived) once the window is over. `now` is passed in, so this stays pure.
 */
export function isLate(booking: BookingView, now: number): boolean {
  const end = Date.parse(booking.pickupWindow.end);
  if (booking.planned && Date.parse(booking.planned.pickupAt) > end) return true;
  return (booking.status === 'scheduled' || booking.status === 'pending') && now > end;
}
