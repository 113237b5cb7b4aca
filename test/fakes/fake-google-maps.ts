import { IZMIT_PLACES } from '../../src/domain/places/izmit-gazetteer.js';
import { searchPlaces } from '../../src/domain/places/place-search.js';
import {
  type FakeHttpServer,
  type FakeReply,
  fakeDistanceMetres,
  parsePair,
  startFakeHttpServer,
} from './fake-http-server.js';

/** Endpoints the fake answers, by the last part of Google's path. */
export type GoogleEndpoint = 'distancematrix' | 'geocode' | 'autocomplete';

/**
 * A scripted failure for the next request to an endpoint: a Google status in
 * an HTTP 200 body (as Google does), a bare HTTP status, a delay, or a body
 * served verbatim (a recorded response).
 */
export type GoogleFault =
  | { readonly status: string; readonly errorMessage?: string }
  | { readonly http: number }
  | { readonly delayMs: number }
  | { readonly body: unknown };

/** A request as the fake saw it, for assertions. */
export interface SeenRequest {
  readonly endpoint: GoogleEndpoint;
  readonly params: Readonly<Record<string, string>>;
}

/** A local server answering like Google's Distance Matrix, Geocoding and Places Autocomplete APIs. */
export interface FakeGoogleMaps extends FakeHttpServer {
  /** Requests per endpoint since start or `reset()`. */
  readonly counts: Record<GoogleEndpoint, number>;
  /** Every request seen, oldest first. */
  readonly seen: SeenRequest[];
  /** Distance Matrix elements answered (all statuses). */
  elements: number;
  /** Queue failures for the next requests to `endpoint`, one per request. */
  failNext(endpoint: GoogleEndpoint, ...faults: GoogleFault[]): void;
  /** Per-pair element status; `OK` unless set (e.g. `NOT_FOUND` for a point in the sea). */
  elementStatus: (
    origin: readonly [number, number],
    destination: readonly [number, number],
  ) => string;
  reset(): void;
}

/** The key the fake refuses, to exercise `REQUEST_DENIED`. */
export const DENIED_KEY = 'denied-key';

// Places outside İzmit the geocoder fake knows, so refusals can be tested.
const ELSEWHERE = [
  { match: 'taksim', label: 'Taksim Meydanı, Beyoğlu/İstanbul, Türkiye', lat: 41.037, lng: 28.985 },
  {
    match: 'derince',
    label: 'Derince Eğitim ve Araştırma Hastanesi, Derince/Kocaeli, Türkiye',
    lat: 40.756,
    lng: 29.829,
  },
  { match: 'golcuk', label: 'Gölcük, Kocaeli, Türkiye', lat: 40.717, lng: 29.82 },
];

const fold = (s: string) =>
  s.toLocaleLowerCase('tr-TR').replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '');

interface FakeGeoResult {
  readonly label: string;
  readonly main: string;
  readonly lat: number;
  readonly lng: number;
  readonly placeId: string;
}

function lookUp(text: string): FakeGeoResult[] {
  const f = fold(text);
  const other = ELSEWHERE.filter((e) => f.includes(e.match)).map((e) => ({
    label: e.label,
    main: e.label.split(',')[0]!,
    lat: e.lat,
    lng: e.lng,
    placeId: `ChIJfake-${e.match}`,
  }));
  const local = searchPlaces(IZMIT_PLACES, text, { limit: 3 }).map((p) => ({
    label: `${p.name}, İzmit/Kocaeli, Türkiye`,
    main: p.name,
    lat: p.lat,
    lng: p.lng,
    placeId: `ChIJfake-${p.id}`,
  }));
  return [...other, ...local];
}

function byPlaceId(placeId: string): FakeGeoResult | undefined {
  const slug = placeId.replace(/^ChIJfake-/, '');
  const p = IZMIT_PLACES.find((x) => x.id === slug);
  if (p)
    return {
      label: `${p.name}, İzmit/Kocaeli, Türkiye`,
      main: p.name,
      lat: p.lat,
      lng: p.lng,
      placeId,
    };
  const e = ELSEWHERE.find((x) => x.match === slug);
  return e
    ? { label: e.label, main: e.label.split(',')[0]!, lat: e.lat, lng: e.lng, placeId }
    : undefined;
}

const km = (m: number) => `${(m / 1000).toFixed(1).replace('.', ',')} km`;
const min = (s: number) => `${Math.max(1, Math.round(s / 60))} dk`;

/** Starts the fake on a free port. */
export async function startFakeGoogleMaps(): Promise<FakeGoogleMaps> {
  const faults: Record<GoogleEndpoint, GoogleFault[]> = {
    distancematrix: [],
    geocode: [],
    autocomplete: [],
  };
  const state = {
    counts: { distancematrix: 0, geocode: 0, autocomplete: 0 } as Record<GoogleEndpoint, number>,
    seen: [] as SeenRequest[],
    elements: 0,
    elementStatus: (() => 'OK') as FakeGoogleMaps['elementStatus'],
  };
  // An error body as each API shapes it: the same empty lists as a success.
  const errorBody = (endpoint: GoogleEndpoint, status: string, message: string): FakeReply => ({
    status: 200,
    body:
      endpoint === 'distancematrix'
        ? {
            destination_addresses: [],
            error_message: message,
            origin_addresses: [],
            rows: [],
            status,
          }
        : endpoint === 'geocode'
          ? { error_message: message, results: [], status }
          : { error_message: message, predictions: [], status },
  });

  const server = await startFakeHttpServer((url) => {
    const endpoint = endpointOf(url.pathname);
    if (!endpoint) return { status: 404, body: 'Not Found' };
    state.counts[endpoint]++;
    const params = Object.fromEntries(url.searchParams);
    state.seen.push({ endpoint, params });
    const fault = faults[endpoint].shift();
    if (fault && 'http' in fault)
      return { status: fault.http, body: `<html>Error ${fault.http}</html>` };
    if (fault && 'body' in fault) return { status: 200, body: fault.body };
    if (fault && 'status' in fault) {
      return errorBody(endpoint, fault.status, fault.errorMessage ?? fault.status);
    }
    const delayMs = fault && 'delayMs' in fault ? fault.delayMs : 0;
    if (!params.key)
      return errorBody(
        endpoint,
        'REQUEST_DENIED',
        'You must use an API key to authenticate each request to Google Maps Platform APIs.',
      );
    if (params.key === DENIED_KEY)
      return errorBody(endpoint, 'REQUEST_DENIED', 'The provided API key is invalid. ');
    const reply =
      endpoint === 'distancematrix'
        ? distanceMatrix(params)
        : endpoint === 'geocode'
          ? geocode(params)
          : autocomplete(params);
    return { ...reply, delayMs };
  });

  function distanceMatrix(params: Record<string, string>): FakeReply {
    const origins = (params.origins ?? '').split('|').map(parsePair);
    const destinations = (params.destinations ?? '').split('|').map(parsePair);
    if (origins.some((p) => !p) || destinations.some((p) => !p)) {
      return {
        status: 200,
        body: {
          status: 'INVALID_REQUEST',
          rows: [],
          origin_addresses: [],
          destination_addresses: [],
        },
      };
    }
    const empty = { rows: [], origin_addresses: [], destination_addresses: [] };
    if (origins.length > 25 || destinations.length > 25) {
      return { status: 200, body: { ...empty, status: 'MAX_DIMENSIONS_EXCEEDED' } };
    }
    if (origins.length * destinations.length > 100) {
      return { status: 200, body: { ...empty, status: 'MAX_ELEMENTS_EXCEEDED' } };
    }
    const departure = params.departure_time;
    if (departure && departure !== 'now' && Number(departure) * 1000 < Date.now() - 60_000) {
      return {
        status: 200,
        body: {
          ...empty,
          status: 'INVALID_REQUEST',
          error_message:
            'departure_time is in the past. Traffic information is only available for future and current times.',
        },
      };
    }
    const rows = origins.map((o) => ({
      elements: destinations.map((d) => {
        state.elements++;
        const status = state.elementStatus(o!, d!);
        if (status !== 'OK') return { status };
        const metres = Math.round(fakeDistanceMetres(o![0], o![1], d![0], d![1]) * 1.35);
        const seconds = Math.round(metres / (32 / 3.6));
        const element: Record<string, unknown> = {
          distance: { text: km(metres), value: metres },
          duration: { text: min(seconds), value: seconds },
          status: 'OK',
        };
        if (departure) {
          const traffic = Math.round(seconds * 1.2);
          element.duration_in_traffic = { text: min(traffic), value: traffic };
        }
        return element;
      }),
    }));
    const address = (p: [number, number] | undefined) =>
      `${p![0].toFixed(4)},${p![1].toFixed(4)} İzmit/Kocaeli, Türkiye`;
    return {
      status: 200,
      body: {
        destination_addresses: destinations.map(address),
        origin_addresses: origins.map(address),
        rows,
        status: 'OK',
      },
    };
  }

  function geocode(params: Record<string, string>): FakeReply {
    const found = params.place_id
      ? [byPlaceId(params.place_id)].filter((r) => r !== undefined)
      : lookUp(params.address ?? '');
    if (found.length === 0) return { status: 200, body: { results: [], status: 'ZERO_RESULTS' } };
    const results = found.map((r) => ({
      address_components: [
        {
          long_name: r.main,
          short_name: r.main,
          types: ['administrative_area_level_4', 'political'],
        },
        { long_name: 'Türkiye', short_name: 'TR', types: ['country', 'political'] },
      ],
      formatted_address: r.label,
      geometry: {
        location: { lat: r.lat, lng: r.lng },
        location_type: 'APPROXIMATE',
        viewport: {
          northeast: { lat: r.lat + 0.005, lng: r.lng + 0.007 },
          southwest: { lat: r.lat - 0.005, lng: r.lng - 0.007 },
        },
      },
      place_id: r.placeId,
      types: ['administrative_area_level_4', 'political'],
    }));
    return { status: 200, body: { results, status: 'OK' } };
  }

  function autocomplete(params: Record<string, string>): FakeReply {
    const found = lookUp(params.input ?? '');
    if (found.length === 0)
      return { status: 200, body: { predictions: [], status: 'ZERO_RESULTS' } };
    const predictions = found.map((r) => ({
      description: r.label,
      matched_substrings: [
        { length: Math.min(r.main.length, (params.input ?? '').length), offset: 0 },
      ],
      place_id: r.placeId,
      reference: r.placeId,
      structured_formatting: {
        main_text: r.main,
        main_text_matched_substrings: [
          { length: Math.min(r.main.length, (params.input ?? '').length), offset: 0 },
        ],
        secondary_text: r.label.slice(r.main.length + 2),
      },
      terms: r.label.split(', ').map((value, i, all) => ({
        offset: all.slice(0, i).join(', ').length + (i > 0 ? 2 : 0),
        value,
      })),
      types: ['political', 'sublocality', 'geocode'],
    }));
    return { status: 200, body: { predictions, status: 'OK' } };
  }

  return {
    url: server.url,
    close: server.close,
    get counts() {
      return state.counts;
    },
    get seen() {
      return state.seen;
    },
    get elements() {
      return state.elements;
    },
    set elements(n: number) {
      state.elements = n;
    },
    get elementStatus() {
      return state.elementStatus;
    },
    set elementStatus(fn) {
      state.elementStatus = fn;
    },
    failNext(endpoint, ...more) {
      faults[endpoint].push(...more);
    },
    reset() {
      state.counts = { distancematrix: 0, geocode: 0, autocomplete: 0 };
      state.seen = [];
      state.elements = 0;
      state.elementStatus = () => 'OK';
      for (const k of Object.keys(faults) as GoogleEndpoint[]) faults[k] = [];
    },
  };
}

function endpointOf(path: string): GoogleEndpoint | undefined {
  if (path === '/maps/api/distancematrix/json') return 'distancematrix';
  if (path === '/maps/api/geocode/json') return 'geocode';
  if (path === '/maps/api/place/autocomplete/json') return 'autocomplete';
  return undefined;
}
