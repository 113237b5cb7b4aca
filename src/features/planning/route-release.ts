import type { StoredStop } from './planning-snapshot.js';

type Place = Pick<StoredStop, 'lat' | 'lng' | 'label'>;

const samePlace = (a: Place, b: Place) => a.lat === b.lat && a.lng === b.lng;

/**
 * A route without a cancelled ride's stops. A break the ride had placed the
 * car for (taken where the ride left it) is taken where the car then stands
 * instead: the stop before it, or the depot. Otherwise the driver's screen
 * sends them to a cancelled ride's address for their break. The times stay
 * as planned: from where the car stands the next stop is no farther.
 */
export function routeWithoutRide(
  stops: readonly StoredStop[],
  bookingId: string,
  depot: Place,
): StoredStop[] {
  const removed = stops.filter((s) => s.refId === bookingId);
  if (removed.length === 0) return [...stops];
  let at: Place = depot;
  return stops
    .filter((s) => s.refId !== bookingId)
    .map((s) => {
      if (s.kind !== 'break') {
        at = s;
        return s;
      }
      const placedByRide = removed.some((r) => samePlace(r, s));
      if (!placedByRide || samePlace(s, at)) return s;
      return { ...s, lat: at.lat, lng: at.lng, label: at.label };
    });
}
