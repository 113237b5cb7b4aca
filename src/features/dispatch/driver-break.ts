import { type BookingStatus, pickupIsFixed } from '../../domain/booking-status.js';
import type { StoredStop } from '../planning/planning-snapshot.js';

/** The id of a shift's break, as the engine and the stored routes name it. */
export const breakIdOf = (shiftId: string): string => `break:${shiftId}`;

/** What a driver's tap on the break button leaves on the shift. */
export interface TakenBreak {
  shiftId: string;
  startsAt: Date;
  breakMinutes: number;
  breakStartedAt: Date;
  breakEndedAt: Date | null;
  depot: { lat: number; lng: number; label: string };
}

/** A stop whose booking has reached or passed it: it can never move. */
export function isReached(stop: StoredStop, status: BookingStatus | undefined): boolean {
  if (stop.kind === 'break' || !status) return false;
  return stop.kind === 'pickup'
    ? pickupIsFixed(status)
    : status === 'completed' || status === 'no-show';
}

/** How many stops lead up to the last one reached (breaks between them included). */
export function reachedCount(
  stops: readonly StoredStop[],
  statusOf: (bookingId: string) => BookingStatus | undefined,
): number {
  let n = 0;
  stops.forEach((s, i) => {
    if (isReached(s, statusOf(s.refId))) n = i + 1;
  });
  return n;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The stored route with the break the driver started placed where it
 * happened: right after the last stop already reached (`reached` stops),
 * at the place of that stop (or the depot), starting when the driver
 * tapped (not before the shift starts, nor before that stop's planned
 * departure, so the fixed stops' times still add up), lasting the break's
 * minutes or until the driver ended it. A break already in place (at or
 * before `reached`) keeps its place; it only takes the end the driver
 * tapped while nothing was reached after it. Pure: returns a new array.
 */
export function placeTakenBreak(
  stops: readonly StoredStop[],
  reached: number,
  taken: TakenBreak,
): StoredStop[] {
  const id = breakIdOf(taken.shiftId);
  const at = stops.findIndex((s) => s.kind === 'break' && s.refId === id);
  const out = stops.slice();
  if (at >= 0 && at <= reached) {
    const stop = out[at]!;
    if (taken.breakEndedAt && at === reached) {
      const start = Date.parse(stop.start);
      out[at] = { ...stop, departure: iso(Math.max(start, taken.breakEndedAt.getTime())) };
    }
    return out;
  }
  if (at >= 0) out.splice(at, 1);
  const before = out[reached - 1];
  const start = Math.max(
    taken.breakStartedAt.getTime(),
    taken.startsAt.getTime(),
    before ? Date.parse(before.departure) : Number.NEGATIVE_INFINITY,
  );
  const end = taken.breakEndedAt
    ? Math.max(start, taken.breakEndedAt.getTime())
    : Math.max(start, taken.breakStartedAt.getTime() + taken.breakMinutes * 60_000);
  const place = before ?? taken.depot;
  out.splice(reached, 0, {
    kind: 'break',
    refId: id,
    arrival: iso(start),
    start: iso(start),
    departure: iso(end),
    lat: place.lat,
    lng: place.lng,
    label: place.label,
  });
  return out;
}
