import { DateTime } from 'luxon';
import type { LatLng } from '../../domain/places/place.js';

/**
 * A point rounded for cache keys and de-duplication. Four decimals are
 * ≈ 11 m north–south and ≈ 8.5 m east–west at İzmit's latitude: two doors
 * that close share their travel times.
 */
export function coordinateKey(point: LatLng, decimals = 4): string {
  return `${point.lat.toFixed(decimals)},${point.lng.toFixed(decimals)}`;
}

/**
 * The time bucket a departure falls in: the day of the week and the time of
 * day in `timeZone`, floored to `bucketMinutes`. Traffic repeats weekly, so
 * Tuesday 08:15 shares its cache entries with every other Tuesday 08:15
 * until they expire.
 */
export function weeklyTimeBucket(departAt: Date, bucketMinutes: number, timeZone: string): string {
  const local = DateTime.fromJSDate(departAt, { zone: timeZone });
  const minute = local.hour * 60 + local.minute;
  const floored = Math.floor(minute / bucketMinutes) * bucketMinutes;
  const hh = String(Math.floor(floored / 60)).padStart(2, '0');
  const mm = String(floored % 60).padStart(2, '0');
  return `w${local.weekday}-${hh}${mm}`;
}
