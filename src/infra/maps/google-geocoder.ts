import type { Client } from '@googlemaps/google-maps-services-js';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { LatLng } from '../../domain/places/place.js';
import { IZMIT_SERVICE_AREA } from '../../domain/places/service-area.js';
import { foldTurkish } from '../../domain/places/turkish-text.js';
import {
  type AutocompleteGeocoder,
  applyServiceArea,
  type GeocodeResult,
  type GeocodeSuggestion,
  judgeServiceArea,
  type ServiceAreaRule,
} from './geocoder.js';
import { createGoogleClient } from './google-distance-matrix-source.js';
import { googleClientError } from './google-errors.js';

/** Settings of the Google geocoder. */
export interface GoogleGeocoderSettings {
  readonly apiKey: string;
  /** Scheme and host instead of https://maps.googleapis.com (the test fakes). */
  readonly baseUrl?: string | undefined;
  readonly timeoutMs?: number | undefined;
  readonly logger: Logger;
  /** Where addresses are accepted; İzmit's polygon by default. */
  readonly area?: ServiceAreaRule | undefined;
  /** Used when Google fails, and for gazetteer ids passed to `resolve()`. */
  readonly fallback: AutocompleteGeocoder;
  /** Optional cache of answers (Google's terms allow caching coordinates up to 30 days). */
  readonly redis?: Redis | undefined;
  readonly cacheKeyPrefix?: string | undefined;
  /** Default: one day. */
  readonly cacheTtlSec?: number | undefined;
  readonly client?: Client | undefined;
}

/** The polygon's bounding box, to bias Google towards the municipality. */
function boundsOf(polygon: readonly LatLng[]) {
  const lats = polygon.map((p) => p.lat);
  const lngs = polygon.map((p) => p.lng);
  return {
    southwest: { lat: Math.min(...lats), lng: Math.min(...lngs) },
    northeast: { lat: Math.max(...lats), lng: Math.max(...lngs) },
  };
}

/**
 * Google Geocoding and Places Autocomplete, biased to the service area
 * (bounds, region `tr`, language `tr`, country TR), cached in Redis, and
 * falling back to the gazetteer when Google fails. Results outside the
 * service area are refused as described on {@link GeocodeOptions}.
 */
export function createGoogleGeocoder(settings: GoogleGeocoderSettings): AutocompleteGeocoder {
  const client = settings.client ?? createGoogleClient(settings.timeoutMs ?? 10_000);
  const base = settings.baseUrl?.replace(/\/+$/, '');
  const geocodeUrl = base ? `${base}/maps/api/geocode/json` : undefined;
  const autocompleteUrl = base ? `${base}/maps/api/place/autocomplete/json` : undefined;
  const area: ServiceAreaRule = settings.area ?? {};
  const polygon = area.polygon ?? IZMIT_SERVICE_AREA;
  const bounds = boundsOf(polygon);
  const centre = {
    lat: (bounds.southwest.lat + bounds.northeast.lat) / 2,
    lng: (bounds.southwest.lng + bounds.northeast.lng) / 2,
  };
  const prefix = settings.cacheKeyPrefix ?? 'yoldas:geo';
  const ttl = settings.cacheTtlSec ?? 86_400;
  const log = settings.logger.child({ component: 'geocoder', provider: 'google' });

  // Cached by the folded text, so "Yahya Kaptan" and "YAHYA KAPTAN" share an entry.
  async function cached<T>(kind: string, text: string, fetch: () => Promise<T>): Promise<T> {
    const key = `${prefix}:${kind}:${foldTurkish(text)}`;
    if (settings.redis) {
      try {
        const hit = await settings.redis.get(key);
        if (hit !== null) return JSON.parse(hit) as T;
      } catch {
        log.warn('geocode cache read failed');
      }
    }
    const value = await fetch();
    if (settings.redis) {
      await settings.redis.set(key, JSON.stringify(value), 'EX', ttl).catch(() => {
        log.warn('geocode cache write failed');
      });
    }
    return value;
  }

  async function geocode(
    params: { address: string } | { place_id: string },
  ): Promise<GeocodeResult[]> {
    const response = await client.geocode({
      params: {
        ...params,
        key: settings.apiKey,
        region: 'tr',
        language: 'tr',
        bounds,
        components: { country: 'TR' },
      },
      url: geocodeUrl,
      timeout: settings.timeoutMs ?? 10_000,
    });
    const data = response.data;
    if (data.status === 'ZERO_RESULTS') return [];
    if (data.status !== 'OK') throw googleClientError({ response: { data } });
    return data.results.map((r) => ({
      label: r.formatted_address,
      lat: r.geometry.location.lat,
      lng: r.geometry.location.lng,
      placeId: r.place_id,
      source: 'google',
    }));
  }

  // Codes only: the text typed is an address, personal data.
  const warnFallback = (what: string, error: unknown) =>
    log.warn({ code: googleClientError(error).code }, `Google ${what} failed; used the gazetteer`);

  return {
    async search(query, options = {}) {
      const limit = options.limit ?? 5;
      let results: GeocodeResult[];
      try {
        results = await cached('q', query, () => geocode({ address: query }));
      } catch (error) {
        warnFallback('geocoding', error);
        return settings.fallback.search(query, options);
      }
      return applyServiceArea(results, area, options).slice(0, limit);
    },

    async suggest(input, options = {}) {
      const limit = options.limit ?? 5;
      try {
        const response = await client.placeAutocomplete({
          params: {
            input,
            key: settings.apiKey,
            language: 'tr',
            components: ['country:tr'],
            location: centre,
            radius: 20_000,
            strictbounds: true,
            ...(options.sessionToken ? { sessiontoken: options.sessionToken } : {}),
          },
          url: autocompleteUrl,
          timeout: settings.timeoutMs ?? 10_000,
        });
        const data = response.data;
        if (data.status === 'ZERO_RESULTS') return [];
        if (data.status !== 'OK') throw googleClientError({ response: { data } });
        return data.predictions.slice(0, limit).map(
          (p): GeocodeSuggestion => ({
            label: p.description,
            placeId: p.place_id,
            mainText: p.structured_formatting?.main_text ?? p.description,
            source: 'google',
          }),
        );
      } catch (error) {
        warnFallback('autocomplete', error);
        return settings.fallback.suggest(input, options);
      }
    },

    async resolve(placeId) {
      const local = await settings.fallback.resolve(placeId);
      if (local) return local;
      try {
        const [first] = await cached('id', placeId, () => geocode({ place_id: placeId }));
        return first ? judgeServiceArea(first, area) : undefined;
      } catch (error) {
        warnFallback('place lookup', error);
        return undefined;
      }
    },
  };
}
