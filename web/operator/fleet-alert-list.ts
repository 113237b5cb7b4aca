import type { FleetAlert } from '../../src/realtime/events.js';

/** An alert on the operator's screen, with when it arrived. */
export interface ShownAlert {
  key: string;
  alert: FleetAlert;
  at: string;
}

// The newest this many stay on screen.
export const KEEP_ALERTS = 20;

/** One alert per subject: a driver's day, or a ride; "seen" replaces "not seen". */
export function alertKey(a: FleetAlert): string {
  return a.kind === 'late' ? `late:${a.bookingId}` : `manifest:${a.driverId}:${a.date}`;
}

/** The list with `alert` on top, replacing the one about the same subject, at most KEEP_ALERTS. */
export function withAlert(
  list: readonly ShownAlert[],
  alert: FleetAlert,
  at: string,
): ShownAlert[] {
  const key = alertKey(alert);
  return [{ key, alert, at }, ...list.filter((a) => a.key !== key)].slice(0, KEEP_ALERTS);
}
