import type { DoorAddress } from '../../domain/places/door-address.js';
import type { LatLng, PlaceKind } from '../../domain/places/place.js';
import { isInServiceArea } from '../../domain/places/service-area.js';

/** Why a geocoded address is not accepted, in a form the API can show as is. */
export interface GeocodeRefusal {
  /** Stable code for the API's error mapping. */
  readonly code: 'outside-service-area';
  /** Plain Turkish first (citizens read it), then English. */
  readonly message: string;
  readonly messageEn: string;
}

/** The refusal given to any address outside the service area. */
export const OUTSIDE_SERVICE_AREA: GeocodeRefusal = Object.freeze({
  code: 'outside-service-area',
  message: 'Bu adres hizmet alanımızın (İzmit) dışında kalıyor; bu adrese ulaşım sağlayamıyoruz.',
  messageEn: 'This address is outside our service area (İzmit); we cannot provide transport to it.',
});

/** An address turned into a point. */
export interface GeocodeResult {
  /** What to show: `Yahya Kaptan Mahallesi, İzmit` or Google's formatted address. */
  readonly label: string;
  readonly lat: number;
  readonly lng: number;
  /** Gazetteer id (`yahya-kaptan-mah`) or Google place id (`ChIJ…`); `resolve()` takes either. */
  readonly placeId?: string;
  /** `gazetteer` or `google`. */
  readonly source: string;
  /** For gazetteer places, what kind of place it is. */
  readonly kind?: PlaceKind;
  /** Present only on results outside the service area, which are returned only when asked for. */
  readonly refusal?: GeocodeRefusal;
  /** The door address found or parsed (street, building, floor, flat), on address candidates. */
  readonly address?: DoorAddress;
  /** How near the door the point is, on address candidates: see {@link AddressPrecision}. */
  readonly precision?: AddressPrecision;
}

/**
 * How near the door a candidate's point is: the building itself, somewhere
 * on its street, or only the neighbourhood's (village's) centre, where the
 * operator should confirm the spot or drop a pin.
 */
export type AddressPrecision = 'building' | 'street' | 'neighbourhood';

/** Options of {@link Geocoder.search}. */
export interface GeocodeOptions {
  /** At most this many results (default 5). */
  readonly limit?: number;
  /**
   * Also return results outside the service area, flagged with `refusal`, so
   * the caller can say why an address was not accepted. By default they are
   * left out.
   */
  readonly includeRefused?: boolean;
}

/** Turns free text into points. Results outside the service area are refused: see {@link GeocodeOptions.includeRefused}. */
export interface Geocoder {
  search(query: string, options?: GeocodeOptions): Promise<GeocodeResult[]>;
}

/** A completion offered while the user types; it has no coordinates until resolved. */
export interface GeocodeSuggestion {
  readonly label: string;
  /** Pass to `resolve()` for the point. */
  readonly placeId: string;
  /** The main part (`Yahya Kaptan`), for bold type in a list. */
  readonly mainText: string;
  readonly source: string;
}

/** A geocoder that also completes as the user types (the operator and citizen address fields). */
export interface AutocompleteGeocoder extends Geocoder {
  /**
   * Suggestions for partly typed text. `sessionToken` groups one user's
   * keystrokes and the final `resolve()` into one Google billing session.
   */
  suggest(
    input: string,
    options?: { readonly limit?: number; readonly sessionToken?: string },
  ): Promise<GeocodeSuggestion[]>;
  /**
   * The point of a suggestion. A result outside the service area comes back
   * with `refusal` set (never filtered: the user picked it and needs the reason).
   */
  resolve(placeId: string): Promise<GeocodeResult | undefined>;
}

/**
 * Turns a typed door address ("Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3")
 * into candidates that carry the door address and their precision, and
 * names the place at a dropped pin.
 */
export interface AddressGeocoder {
  /**
   * Candidates for a typed address, best first, each with `address` and
   * `precision` set. Refused candidates as in {@link GeocodeOptions.includeRefused}.
   */
  geocodeAddress(text: string, options?: GeocodeOptions): Promise<GeocodeResult[]>;
  /**
   * What lies at a point: a label (and a street when known) for the point
   * itself. The result keeps the asked point and has no `placeId`, so a pin
   * is never moved to a neighbourhood's centre. Flagged with `refusal`
   * outside the service area.
   */
  reverse(point: LatLng): Promise<GeocodeResult | undefined>;
}

/** Where addresses are accepted: the polygon, and places accepted although outside it (hospitals in Derince). */
export interface ServiceAreaRule {
  readonly polygon?: readonly LatLng[] | undefined;
  /** Ids (gazetteer or Google) accepted outside the polygon. */
  readonly allowedPlaceIds?: ReadonlySet<string> | undefined;
}

/** The result, flagged with the refusal when it lies outside the area and is not allowed. */
export function judgeServiceArea(result: GeocodeResult, rule: ServiceAreaRule): GeocodeResult {
  const allowed =
    result.placeId !== undefined && rule.allowedPlaceIds?.has(result.placeId) === true;
  if (allowed || isInServiceArea(result, rule.polygon)) return result;
  return { ...result, refusal: OUTSIDE_SERVICE_AREA };
}

/** Applies the rule to a result list: refused results dropped, or kept flagged when asked. */
export function applyServiceArea(
  results: readonly GeocodeResult[],
  rule: ServiceAreaRule,
  options: GeocodeOptions = {},
): GeocodeResult[] {
  const judged = results.map((r) => judgeServiceArea(r, rule));
  return options.includeRefused ? judged : judged.filter((r) => !r.refusal);
}
