import { nearestArea } from '../../domain/places/address-area.js';
import { findPlace, IZMIT_PLACES } from '../../domain/places/izmit-gazetteer.js';
import type { Place } from '../../domain/places/place.js';

/** What an anonymised citizen is called wherever a name is required. */
export const ANONYMOUS_NAME = 'Anonim';

/** A place reduced to what the reports count: its neighbourhood or village, its district, a point to about a kilometre. */
export interface CoarsePlace {
  placeId: string | null;
  label: string;
  lat: number;
  lng: number;
}

// Public places (hospitals, health centres, the vaccination centre, depots) say nothing about where
// someone lives; a door address, a pin or a geocoder's building is reduced to its neighbourhood.
const PUBLIC_KINDS: ReadonlySet<Place['kind']> = new Set([
  'mahalle',
  'koy',
  'hospital',
  'health-centre',
  'vaccination-centre',
  'depot',
]);

/** Two decimals of a degree: about 1.1 km north–south, 0.85 km east–west at İzmit. */
export const roundCoarse = (degrees: number) => Math.round(degrees * 100) / 100;

export function coarsePlace(
  place: { placeId: string | null; lat: number; lng: number },
  places: readonly Place[] = IZMIT_PLACES,
): CoarsePlace {
  const known = place.placeId ? findPlace(place.placeId) : undefined;
  const area =
    known && PUBLIC_KINDS.has(known.kind)
      ? known
      : nearestArea(places, { lat: place.lat, lng: place.lng });
  return {
    placeId: area?.id ?? null,
    label: area ? `${area.name}, ${area.district}` : ANONYMOUS_NAME,
    lat: roundCoarse(place.lat),
    lng: roundCoarse(place.lng),
  };
}

// Keys whose values are what a person typed or who they are: dropped whatever they hold.
const PERSONAL_KEYS = new Set([
  'reason',
  'note',
  'notes',
  'text',
  'body',
  'message',
  'label',
  'address',
  'name',
  'fullName',
  'phone',
  'nationalId',
  'directions',
  'citizenName',
  'pickup',
  'dropoff',
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
// Codes the application writes ('holiday', 'vehicle-out-of-service'): lower-case ASCII, no spaces.
const CODE = /^[a-z][a-z0-9-]{0,40}$/;

function keepValue(value: unknown): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string')
    return UUID.test(value) || ISO_TIME.test(value) || CODE.test(value) ? value : undefined;
  if (Array.isArray(value)) {
    return value.map(keepValue).filter((v) => v !== undefined);
  }
  if (typeof value === 'object') return sanitiseDetails(value as Record<string, unknown>);
  return undefined;
}

/**
 * An event's or audit entry's details without anything a person typed or
 * that names someone: numbers, flags, ids, times and the application's own
 * codes stay (what happened, when, to which ride); free text goes, and so
 * does every key people type into (a reason, a note), whatever it holds.
 */
export function sanitiseDetails(
  details: Record<string, unknown> | null,
): Record<string, unknown> | null {
  if (details === null) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (PERSONAL_KEYS.has(key)) continue;
    const kept = keepValue(value);
    if (kept !== undefined) out[key] = kept;
  }
  return out;
}
