import type { LatLng } from '../../domain/places/place.js';

/**
 * Throws a `RangeError` when a point is not a finite WGS84 coordinate: a NaN
 * would otherwise travel silently into every plan built on the matrix. The
 * message names the index only, never the coordinates (they may be a home).
 */
export function assertValidPoints(points: readonly LatLng[], role: 'origin' | 'destination'): void {
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (!(Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180)) {
      throw new RangeError(`travel-time matrix: ${role} ${i} is not a valid coordinate`);
    }
  }
}
