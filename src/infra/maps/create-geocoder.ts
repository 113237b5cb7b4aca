import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createGazetteerGeocoder } from './gazetteer-geocoder.js';
import type { AddressGeocoder, AutocompleteGeocoder, ServiceAreaRule } from './geocoder.js';
import { createGoogleGeocoder } from './google-geocoder.js';
import { createNominatimGeocoder } from './nominatim-geocoder.js';

/** What `createGeocoder` needs; passed in by the composition root. */
export interface GeocoderDeps {
  /** When set, Google Geocoding and Places Autocomplete are used, the gazetteer as fallback. */
  readonly googleMapsApiKey?: string | undefined;
  readonly googleBaseUrl?: string | undefined;
  /** When set, a self-hosted Nominatim geocodes door addresses and dropped pins, the gazetteer as fallback. */
  readonly nominatimUrl?: string | undefined;
  readonly redis?: Redis | undefined;
  readonly logger: Logger;
  /** Service area and allowed places outside it; İzmit's by default. */
  readonly area?: ServiceAreaRule | undefined;
  readonly cacheKeyPrefix?: string | undefined;
  readonly timeoutMs?: number | undefined;
}

/**
 * Place search and completion: Google when a key is set, else the offline
 * gazetteer. Door addresses and dropped pins: Nominatim when its URL is set,
 * else the gazetteer (neighbourhood precision). All refuse addresses outside
 * the service area.
 */
export function createGeocoder(deps: GeocoderDeps): AutocompleteGeocoder & AddressGeocoder {
  const gazetteer = createGazetteerGeocoder(deps.area ? { area: deps.area } : {});
  const addresses: AddressGeocoder = deps.nominatimUrl
    ? createNominatimGeocoder({
        baseUrl: deps.nominatimUrl,
        timeoutMs: deps.timeoutMs,
        logger: deps.logger,
        area: deps.area,
        fallback: gazetteer,
        redis: deps.redis,
        cacheKeyPrefix: deps.cacheKeyPrefix,
      })
    : gazetteer;
  const places: AutocompleteGeocoder = deps.googleMapsApiKey
    ? createGoogleGeocoder({
        apiKey: deps.googleMapsApiKey,
        baseUrl: deps.googleBaseUrl,
        timeoutMs: deps.timeoutMs,
        logger: deps.logger,
        area: deps.area,
        fallback: gazetteer,
        redis: deps.redis,
        cacheKeyPrefix: deps.cacheKeyPrefix,
      })
    : gazetteer;
  return {
    search: places.search,
    suggest: places.suggest,
    resolve: places.resolve,
    geocodeAddress: addresses.geocodeAddress,
    reverse: addresses.reverse,
  };
}
