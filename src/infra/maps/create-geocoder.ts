import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createGazetteerGeocoder } from './gazetteer-geocoder.js';
import type { AutocompleteGeocoder, ServiceAreaRule } from './geocoder.js';
import { createGoogleGeocoder } from './google-geocoder.js';

/** What `createGeocoder` needs; passed in by the composition root. */
export interface GeocoderDeps {
  /** When set, Google Geocoding and Places Autocomplete are used, the gazetteer as fallback. */
  readonly googleMapsApiKey?: string | undefined;
  readonly googleBaseUrl?: string | undefined;
  readonly redis?: Redis | undefined;
  readonly logger: Logger;
  /** Service area and allowed places outside it; İzmit's by default. */
  readonly area?: ServiceAreaRule | undefined;
  readonly cacheKeyPrefix?: string | undefined;
  readonly timeoutMs?: number | undefined;
}

/** Google when a key is set, else the offline gazetteer; both refuse addresses outside the service area. */
export function createGeocoder(deps: GeocoderDeps): AutocompleteGeocoder {
  const gazetteer = createGazetteerGeocoder(deps.area ? { area: deps.area } : {});
  if (!deps.googleMapsApiKey) return gazetteer;
  return createGoogleGeocoder({
    apiKey: deps.googleMapsApiKey,
    baseUrl: deps.googleBaseUrl,
    timeoutMs: deps.timeoutMs,
    logger: deps.logger,
    area: deps.area,
    fallback: gazetteer,
    redis: deps.redis,
    cacheKeyPrefix: deps.cacheKeyPrefix,
  });
}
