import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { addressQuery, parseTurkishAddress } from '../../domain/places/address-parser.js';
import { compactDoorAddress } from '../../domain/places/door-address.js';
import type { LatLng } from '../../domain/places/place.js';
import { IZMIT_SERVICE_AREA } from '../../domain/places/service-area.js';
import { foldTurkish } from '../../domain/places/turkish-text.js';
import {
  type AddressGeocoder,
  type AddressPrecision,
  applyServiceArea,
  type GeocodeResult,
  judgeServiceArea,
  type ServiceAreaRule,
} from './geocoder.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, withRetries } from './retry.js';

/** Settings of the Nominatim geocoder. */
export interface NominatimGeocoderSettings {
  /** The self-hosted server's base URL, e.g. `http://nominatim:8080`. */
  readonly baseUrl: string;
  /** Per attempt; default 5 s (an operator is waiting on the phone). */
  readonly timeoutMs?: number | undefined;
  readonly retry?: RetryPolicy | undefined;
  readonly logger: Logger;
  /** Where addresses are accepted; İzmit's polygon by default. */
  readonly area?: ServiceAreaRule | undefined;
  /** Answers when Nominatim fails or knows nothing: the gazetteer. */
  readonly fallback: AddressGeocoder;
  /** Optional cache of answers, shared with the other geocoders' key space. */
  readonly redis?: Redis | undefined;
  readonly cacheKeyPrefix?: string | undefined;
  /** Default: seven days (OSM data changes slowly; ODbL allows keeping it). */
  readonly cacheTtlSec?: number | undefined;
}

/** Why a Nominatim request failed: a code safe to log (never the address) and whether to retry. */
export class NominatimError extends Error {
  constructor(
    readonly code: string,
    readonly transient: boolean,
  ) {
    super(`Nominatim request failed: ${code}`);
    this.name = 'NominatimError';
  }
}

/** The fields of a Nominatim `jsonv2` place this adapter reads. */
interface NominatimPlace {
  readonly lat: string;
  readonly lon: string;
  readonly category?: string;
  readonly addresstype?: string;
  readonly display_name?: string;
  readonly address?: Readonly<Record<string, string>>;
}

// Turkish OSM data puts the mahalle in any of these, depending on how it was mapped.
const AREA_KEYS = ['neighbourhood', 'quarter', 'suburb', 'village', 'hamlet'] as const;
const DISTRICT_KEYS = ['town', 'city_district', 'county', 'city'] as const;
const USER_AGENT = 'Yoldas/0.1 (municipal transport dispatch)';

function first(address: Readonly<Record<string, string>>, keys: readonly string[]) {
  for (const k of keys) if (address[k]) return address[k];
  return undefined;
}

/** "Kadıköy Mahallesi, İzmit": the place part of the address; the door goes in `address`. */
function labelOf(place: NominatimPlace): string {
  const a = place.address ?? {};
  const parts = [first(a, AREA_KEYS), first(a, DISTRICT_KEYS)].filter((p) => p !== undefined);
  if (parts.length > 0) return parts.join(', ');
  return (place.display_name ?? '').split(', ').slice(0, 2).join(', ');
}

function precisionOf(place: NominatimPlace): AddressPrecision {
  const a = place.address ?? {};
  if (a.house_number || place.category === 'building' || place.addresstype === 'building') {
    return 'building';
  }
  if (a.road || place.category === 'highway') return 'street';
  return 'neighbourhood';
}

// Only what the adapter uses is cached: smaller entries, and no field drifts in unseen.
function trim(place: NominatimPlace): NominatimPlace {
  const { lat, lon, category, addresstype, display_name, address } = place;
  return { lat, lon, category, addresstype, display_name, address } as NominatimPlace;
}

function isPlace(value: unknown): value is NominatimPlace {
  const v = value as NominatimPlace | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isFinite(Number(v.lat)) &&
    Number.isFinite(Number(v.lon))
  );
}

/**
 * A self-hosted Nominatim (OpenStreetMap's geocoder) for door addresses:
 * `/search?format=jsonv2` limited to Türkiye and bounded by the service
 * area's box, with address details, so a candidate stands at the building
 * (`precision: 'building'`) or on its street (`'street'`). The typed text is
 * parsed first and sent with its designators written out ("Cad." →
 * "Caddesi"); floor and flat come from the typed text, since no map knows
 * them. Each request has a timeout and is retried with backoff on 5xx, 429
 * and network faults; answers are cached in Redis; when Nominatim fails or
 * finds nothing, the gazetteer answers at neighbourhood precision.
 */
export function createNominatimGeocoder(settings: NominatimGeocoderSettings): AddressGeocoder {
  const base = settings.baseUrl.replace(/\/+$/, '');
  const timeoutMs = settings.timeoutMs ?? 5_000;
  const policy = settings.retry ?? DEFAULT_RETRY_POLICY;
  const area: ServiceAreaRule = settings.area ?? {};
  const polygon = area.polygon ?? IZMIT_SERVICE_AREA;
  const lats = polygon.map((p) => p.lat);
  const lngs = polygon.map((p) => p.lng);
  // x1,y1,x2,y2 = west,north,east,south.
  const viewbox = [Math.min(...lngs), Math.max(...lats), Math.max(...lngs), Math.min(...lats)].join(
    ',',
  );
  const prefix = `${settings.cacheKeyPrefix ?? 'yoldas:geo'}:nominatim`;
  const ttl = settings.cacheTtlSec ?? 7 * 86_400;
  const log = settings.logger.child({ component: 'geocoder', provider: 'nominatim' });

  async function get(path: string, params: Record<string, string>): Promise<unknown> {
    const url = new URL(`${base}${path}`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { 'User-Agent': USER_AGENT, Accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      throw new NominatimError(name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK', true);
    }
    if (!response.ok) {
      await response.body?.cancel();
      const status = response.status;
      throw new NominatimError(`HTTP_${status}`, status >= 500 || status === 429);
    }
    try {
      return await response.json();
    } catch {
      throw new NominatimError('BAD_RESPONSE', false);
    }
  }

  const fetchWithRetries = (path: string, params: Record<string, string>) =>
    withRetries(
      () => get(path, params),
      policy,
      (error) => error instanceof NominatimError && error.transient,
      (error) => log.debug({ code: (error as NominatimError).code }, 'Nominatim retry'),
    );

  async function cached<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    const full = `${prefix}:${key}`;
    if (settings.redis) {
      try {
        const hit = await settings.redis.get(full);
        if (hit !== null) return JSON.parse(hit) as T;
      } catch {
        log.warn('geocode cache read failed');
      }
    }
    const value = await fetch();
    if (settings.redis) {
      await settings.redis.set(full, JSON.stringify(value), 'EX', ttl).catch(() => {
        log.warn('geocode cache write failed');
      });
    }
    return value;
  }

  // Codes only: the text typed is an address, personal data.
  const warnFallback = (what: string, error: unknown) =>
    log.warn(
      { code: error instanceof NominatimError ? error.code : 'UNKNOWN' },
      `Nominatim ${what} failed; used the gazetteer`,
    );

  return {
    async geocodeAddress(text, options = {}) {
      const limit = options.limit ?? 5;
      const parsed = parseTurkishAddress(text);
      const query = parsed.street || parsed.area ? addressQuery(parsed) : text.trim();
      let places: NominatimPlace[];
      try {
        places = await cached(`q:${foldTurkish(query)}`, async () => {
          const body = await fetchWithRetries('/search', {
            format: 'jsonv2',
            q: query,
            countrycodes: 'tr',
            viewbox,
            bounded: '1',
            addressdetails: '1',
            'accept-language': 'tr',
            limit: String(Math.min(limit * 2, 20)),
          });
          if (!Array.isArray(body)) throw new NominatimError('BAD_RESPONSE', false);
          return body.filter(isPlace).map(trim);
        });
      } catch (error) {
        warnFallback('search', error);
        return settings.fallback.geocodeAddress(text, options);
      }
      if (places.length === 0) return settings.fallback.geocodeAddress(text, options);
      const results = places.map((p): GeocodeResult => {
        const address = compactDoorAddress({
          street: p.address?.road ?? parsed.street,
          buildingNo: p.address?.house_number ?? parsed.buildingNo,
          floor: parsed.floor,
          flat: parsed.flat,
        });
        return {
          label: labelOf(p),
          lat: Number(p.lat),
          lng: Number(p.lon),
          source: 'nominatim',
          ...(address ? { address } : {}),
          precision: precisionOf(p),
        };
      });
      return applyServiceArea(results, area, options).slice(0, limit);
    },

    async reverse(point: LatLng) {
      let place: NominatimPlace | null;
      try {
        place = await cached(`r:${point.lat.toFixed(5)},${point.lng.toFixed(5)}`, async () => {
          const body = await fetchWithRetries('/reverse', {
            format: 'jsonv2',
            lat: String(point.lat),
            lon: String(point.lng),
            zoom: '18',
            addressdetails: '1',
            'accept-language': 'tr',
          });
          // Nothing there (the sea) is `{"error":"Unable to geocode"}`, not an HTTP error.
          return isPlace(body) ? trim(body) : null;
        });
      } catch (error) {
        warnFallback('reverse', error);
        return settings.fallback.reverse(point);
      }
      if (!place) return settings.fallback.reverse(point);
      const address = compactDoorAddress({
        street: place.address?.road,
        buildingNo: place.address?.house_number,
      });
      // The pin stays where it was dropped: the answer only names it.
      return judgeServiceArea(
        {
          label: labelOf(place),
          lat: point.lat,
          lng: point.lng,
          source: 'nominatim',
          ...(address ? { address } : {}),
          precision: precisionOf(place),
        },
        area,
      );
    },
  };
}
