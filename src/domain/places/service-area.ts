import { NEARBY_HOSPITALS } from './izmit-gazetteer.js';
import type { LatLng } from './place.js';

/**
 * İzmit district's service area, a simple polygon (lat/lng vertices, not
 * closed: the last vertex joins the first). It follows the gulf shore in the
 * south, the Derince border in the west, the Kartepe border in the east and
 * takes in the northern villages up to Kısalar. Drawn by hand at roughly
 * 500 m precision: a border address may need an operator's judgement.
 */
export const IZMIT_SERVICE_AREA: readonly LatLng[] = Object.freeze([
  { lat: 40.762, lng: 29.87 },
  { lat: 40.8, lng: 29.862 },
  { lat: 40.86, lng: 29.88 },
  { lat: 40.925, lng: 29.93 },
  { lat: 40.945, lng: 30.04 },
  { lat: 40.935, lng: 30.15 },
  { lat: 40.88, lng: 30.165 },
  { lat: 40.82, lng: 30.12 },
  { lat: 40.79, lng: 30.05 },
  { lat: 40.768, lng: 30.03 },
  { lat: 40.752, lng: 29.995 },
  { lat: 40.755, lng: 29.96 },
  { lat: 40.757, lng: 29.925 },
  { lat: 40.757, lng: 29.895 },
]);

/**
 * Whether a point lies inside a polygon (ray casting; a point exactly on an
 * edge may fall either way). At a district's scale the earth is flat enough
 * to treat lat/lng as plane coordinates.
 */
export function isInServiceArea(
  point: LatLng,
  area: readonly LatLng[] = IZMIT_SERVICE_AREA,
): boolean {
  let inside = false;
  for (let i = 0, j = area.length - 1; i < area.length; j = i++) {
    const a = area[i]!;
    const b = area[j]!;
    const crosses =
      a.lat > point.lat !== b.lat > point.lat &&
      point.lng < ((b.lng - a.lng) * (point.lat - a.lat)) / (b.lat - a.lat) + a.lng;
    if (crosses) inside = !inside;
  }
  return inside;
}

/** Hospitals outside the district that rides may still go to. */
export const ALLOWED_OUTSIDE_AREA: ReadonlySet<string> = new Set(NEARBY_HOSPITALS.map((h) => h.id));

/**
 * Whether a ride may start or end at a place: inside the service area, or
 * one of the hospitals just outside it that patients are still driven to
 * (by place id, which decides the point). The one rule for bookings,
 * standing orders and saved addresses.
 */
export function isServedPlace(point: LatLng & { placeId: string | null }): boolean {
  return (
    (point.placeId !== null && ALLOWED_OUTSIDE_AREA.has(point.placeId)) || isInServiceArea(point)
  );
}
