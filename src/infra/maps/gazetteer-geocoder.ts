import { findAddressArea, nearestArea } from '../../domain/places/address-area.js';
import { parseTurkishAddress } from '../../domain/places/address-parser.js';
import { compactDoorAddress } from '../../domain/places/door-address.js';
import { IZMIT_PLACES, NEARBY_HOSPITALS } from '../../domain/places/izmit-gazetteer.js';
import type { Place } from '../../domain/places/place.js';
import { searchPlaces } from '../../domain/places/place-search.js';
import {
  type AddressGeocoder,
  type AutocompleteGeocoder,
  applyServiceArea,
  type GeocodeResult,
  judgeServiceArea,
  type ServiceAreaRule,
} from './geocoder.js';

/** Settings of the offline geocoder. */
export interface GazetteerGeocoderSettings {
  /** Places to search; İzmit's gazetteer and the nearby hospitals by default. */
  readonly places?: readonly Place[];
  /**
   * The service area; by default İzmit's polygon, with the nearby hospitals
   * (Derince) allowed although outside it: patients are driven there.
   */
  readonly area?: ServiceAreaRule;
}

function toResult(place: Place): GeocodeResult {
  return {
    label: `${place.name}, ${place.district}`,
    lat: place.lat,
    lng: place.lng,
    placeId: place.id,
    source: 'gazetteer',
    kind: place.kind,
  };
}

/**
 * The offline geocoder: Turkish-aware search over the gazetteer. It needs no
 * key and no network, so it is the default, and the fallback of the Google
 * and Nominatim ones. A typed door address is narrowed to its neighbourhood
 * or village: the candidate stands at the area's centre with the parsed door
 * address and `precision: 'neighbourhood'`, for the operator to confirm or
 * to drop a pin.
 */
export function createGazetteerGeocoder(
  settings: GazetteerGeocoderSettings = {},
): AutocompleteGeocoder & AddressGeocoder {
  const places = settings.places ?? [...IZMIT_PLACES, ...NEARBY_HOSPITALS];
  const byId = new Map(places.map((p) => [p.id, p]));
  const area: ServiceAreaRule = settings.area ?? {
    allowedPlaceIds: new Set(NEARBY_HOSPITALS.map((p) => p.id)),
  };
  return {
    async search(query, options = {}) {
      const limit = options.limit ?? 5;
      // Search wider than the limit: refused results may be dropped after.
      const found = searchPlaces(places, query, { limit: limit * 2 }).map(toResult);
      return applyServiceArea(found, area, options).slice(0, limit);
    },
    async suggest(input, options = {}) {
      const found = searchPlaces(places, input, { limit: options.limit ?? 5 });
      return found.map((p) => ({
        label: `${p.name}, ${p.district}`,
        placeId: p.id,
        mainText: p.name,
        source: 'gazetteer',
      }));
    },
    async resolve(placeId) {
      const place = byId.get(placeId);
      return place ? judgeServiceArea(toResult(place), area) : undefined;
    },
    async geocodeAddress(text, options = {}) {
      const parsed = parseTurkishAddress(text);
      const found = findAddressArea(places, parsed);
      if (!found) return [];
      const address = compactDoorAddress({
        street: found.street,
        buildingNo: parsed.buildingNo,
        floor: parsed.floor,
        flat: parsed.flat,
      });
      const candidate: GeocodeResult = {
        ...toResult(found.place),
        ...(address ? { address } : {}),
        precision: 'neighbourhood',
      };
      return applyServiceArea([candidate], area, options);
    },
    async reverse(point) {
      const near = nearestArea(places, point);
      if (!near) return undefined;
      // The pin stays where it was dropped; the area only names it.
      const result: GeocodeResult = {
        label: `${near.name}, ${near.district}`,
        lat: point.lat,
        lng: point.lng,
        source: 'gazetteer',
        kind: near.kind,
        precision: 'neighbourhood',
      };
      return judgeServiceArea(result, area);
    },
  };
}
