import type { ParsedAddress } from './address-parser.js';
import type { LatLng, Place, PlaceKind } from './place.js';
import { searchPlaces } from './place-search.js';
import { placeKeyWords } from './turkish-text.js';

const AREA_KINDS: readonly PlaceKind[] = ['mahalle', 'koy'];

const sameName = (place: Place, text: string) =>
  placeKeyWords(place.name).join(' ') === placeKeyWords(text).join(' ');

/** The neighbourhood or village of a parsed address, and the street once the area's words are taken off it. */
export interface AddressArea {
  readonly place: Place;
  readonly street?: string;
}

/**
 * Finds the neighbourhood or village a parsed address lies in. A designated
 * area ("Kadıköy Mah.") is searched like the place box searches (typos
 * forgiven); an undesignated one must match a name exactly: first a
 * comma-separated part ("Gültepe, Cumhuriyet Cad. 12"), then the leading
 * words of the street ("Gültepe Cumhuriyet Cad." — but "Cumhuriyet Cad."
 * alone stays a street, although Cumhuriyet is also a neighbourhood).
 */
export function findAddressArea(
  places: readonly Place[],
  parsed: ParsedAddress,
): AddressArea | undefined {
  const base = parsed.street ? { street: parsed.street } : {};
  if (parsed.area) {
    const kinds = parsed.areaKind ? [parsed.areaKind] : AREA_KINDS;
    const [place] = searchPlaces(places, parsed.area, { kinds, limit: 1 });
    if (place) return { place, ...base };
  }
  const areas = places.filter((p) => AREA_KINDS.includes(p.kind));
  for (const part of parsed.rest) {
    const place = areas.find((p) => sameName(p, part));
    if (place) return { place, ...base };
  }
  const words = parsed.street?.split(' ') ?? [];
  // Keep at least a name and its designator for the street.
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const place = areas.find((p) => sameName(p, words.slice(0, n).join(' ')));
    if (place) return { place, street: words.slice(n).join(' ') };
  }
  return undefined;
}

/**
 * The neighbourhood or village nearest a point (a dropped pin). At a
 * district's scale an equirectangular distance ranks as well as a
 * great-circle one.
 */
export function nearestArea(places: readonly Place[], point: LatLng): Place | undefined {
  const cos = Math.cos((point.lat * Math.PI) / 180);
  let best: Place | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const p of places) {
    if (!AREA_KINDS.includes(p.kind)) continue;
    const d = (p.lat - point.lat) ** 2 + ((p.lng - point.lng) * cos) ** 2;
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best;
}
