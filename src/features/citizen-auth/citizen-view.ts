import type { BookingView } from '../bookings/bookings.schema.js';

/** The first word of a name: what a citizen is told of their driver. */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? '';
}

/**
 * A booking as its citizen (or their relative) sees it: the driver by first
 * name only, no other riders' names, no staff names. Same shape as the
 * operators' view, so one API contract serves both.
 */
export function forCitizen(view: BookingView): BookingView {
  return {
    ...view,
    planned: view.planned
      ? { ...view.planned, driverName: firstName(view.planned.driverName) }
      : null,
    sharedWith: [],
    createdByName: '',
  };
}
