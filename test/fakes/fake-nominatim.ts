import { IZMIT_PLACES } from '../../src/domain/places/izmit-gazetteer.js';
import { searchPlaces } from '../../src/domain/places/place-search.js';
import {
  type FakeHttpServer,
  type FakeReply,
  fakeDistanceMetres,
  startFakeHttpServer,
} from './fake-http-server.js';

/** A scripted failure for the next request: a bare HTTP status, a delay, or a body served verbatim. */
export type NominatimFault =
  | { readonly http: number }
  | { readonly delayMs: number }
  | { readonly body: unknown };

export type NominatimEndpoint = 'search' | 'reverse';

/** A local server answering like Nominatim's `/search` and `/reverse` in `format=jsonv2`. */
export interface FakeNominatim extends FakeHttpServer {
  readonly counts: Record<NominatimEndpoint, number>;
  /** Every request's query parameters, oldest first. */
  readonly seen: { endpoint: NominatimEndpoint; params: Record<string, string> }[];
  failNext(endpoint: NominatimEndpoint, ...faults: NominatimFault[]): void;
  reset(): void;
}

interface Street {
  readonly road: string;
  readonly area: string;
  readonly district: string;
  readonly lat: number;
  readonly lng: number;
  /** House numbers the fake knows, at their own points. */
  readonly houses: Readonly<Record<string, readonly [number, number]>>;
}

// A few streets, invented but placed in real neighbourhoods. Uzuntarla lies in
// Kartepe: inside the service area's bounding box but outside its polygon.
const STREETS: readonly Street[] = [
  {
    road: 'Cumhuriyet Caddesi',
    area: 'Kadıköy Mahallesi',
    district: 'İzmit',
    lat: 40.7702,
    lng: 29.9318,
    houses: { '12': [40.77042, 29.93161], '14': [40.77051, 29.93175] },
  },
  {
    road: 'Lale Sokak',
    area: 'Gültepe Mahallesi',
    district: 'İzmit',
    lat: 40.7758,
    lng: 29.9365,
    houses: {},
  },
  {
    road: 'Okul Sokak',
    area: 'Uzuntarla Mahallesi',
    district: 'Kartepe',
    lat: 40.8,
    lng: 30.13,
    houses: { '3': [40.80012, 30.13021] },
  },
];

const fold = (s: string) =>
  s
    .toLocaleLowerCase('tr-TR')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const LICENCE = 'Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright';
let nextId = 100_000;

function place(
  lat: number,
  lng: number,
  kind: { category: string; type: string; addresstype: string; rank: number },
  address: Record<string, string>,
  name: string,
) {
  const display = [address.house_number, address.road, address.suburb, address.town]
    .concat(['Kocaeli', 'Marmara Bölgesi', '41000', 'Türkiye'])
    .filter(Boolean)
    .join(', ');
  return {
    place_id: nextId++,
    licence: LICENCE,
    osm_type: 'way',
    osm_id: nextId * 7,
    lat: lat.toFixed(7),
    lon: lng.toFixed(7),
    category: kind.category,
    type: kind.type,
    place_rank: kind.rank,
    importance: 0.00001,
    addresstype: kind.addresstype,
    name,
    display_name: display,
    address: {
      ...address,
      province: 'Kocaeli',
      'ISO3166-2-lvl4': 'TR-41',
      region: 'Marmara Bölgesi',
      postcode: '41000',
      country: 'Türkiye',
      country_code: 'tr',
    },
    boundingbox: [
      (lat - 0.0005).toFixed(7),
      (lat + 0.0005).toFixed(7),
      (lng - 0.0005).toFixed(7),
      (lng + 0.0005).toFixed(7),
    ],
  };
}

const BUILDING = { category: 'building', type: 'apartments', addresstype: 'building', rank: 30 };
const ROAD = { category: 'highway', type: 'residential', addresstype: 'road', rank: 26 };
const SUBURB = { category: 'place', type: 'neighbourhood', addresstype: 'suburb', rank: 20 };

const streetAddress = (s: Street) => ({ road: s.road, suburb: s.area, town: s.district });

function search(q: string) {
  const f = fold(q);
  const hits = [];
  for (const s of STREETS) {
    if (!f.includes(fold(s.road))) continue;
    const number = Object.keys(s.houses).find((n) => new RegExp(`\\b${n}\\b`).test(f));
    if (number) {
      const [lat, lng] = s.houses[number]!;
      hits.push(place(lat, lng, BUILDING, { house_number: number, ...streetAddress(s) }, ''));
    }
    hits.push(place(s.lat, s.lng, ROAD, streetAddress(s), s.road));
  }
  if (hits.length > 0) return hits;
  // No street known: Nominatim falls back to the neighbourhood when it can.
  return searchPlaces(IZMIT_PLACES, q, { limit: 1, kinds: ['mahalle', 'koy'] }).map((p) =>
    place(p.lat, p.lng, SUBURB, { suburb: p.name, town: p.district }, p.name),
  );
}

function reverse(lat: number, lng: number) {
  for (const s of STREETS) {
    for (const [n, [hLat, hLng]] of Object.entries(s.houses)) {
      if (fakeDistanceMetres(lat, lng, hLat, hLng) < 30) {
        return place(hLat, hLng, BUILDING, { house_number: n, ...streetAddress(s) }, '');
      }
    }
    if (fakeDistanceMetres(lat, lng, s.lat, s.lng) < 200) {
      return place(s.lat, s.lng, ROAD, streetAddress(s), s.road);
    }
  }
  // Kocaeli's rough box; elsewhere the fake knows nothing, as Nominatim over the sea.
  if (lat < 40.5 || lat > 41.2 || lng < 29.3 || lng > 30.4) return { error: 'Unable to geocode' };
  const near = [...IZMIT_PLACES]
    .filter((p) => p.kind === 'mahalle' || p.kind === 'koy')
    .sort(
      (a, b) =>
        fakeDistanceMetres(lat, lng, a.lat, a.lng) - fakeDistanceMetres(lat, lng, b.lat, b.lng),
    )[0]!;
  return place(near.lat, near.lng, SUBURB, { suburb: near.name, town: near.district }, near.name);
}

function insideViewbox(p: { lat: string; lon: string }, viewbox: string | undefined): boolean {
  const box = (viewbox ?? '').split(',').map(Number);
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n))) return true;
  const [x1, y1, x2, y2] = box as [number, number, number, number];
  const lat = Number(p.lat);
  const lng = Number(p.lon);
  return (
    lng >= Math.min(x1, x2) &&
    lng <= Math.max(x1, x2) &&
    lat >= Math.min(y1, y2) &&
    lat <= Math.max(y1, y2)
  );
}

/** Starts the fake on a free port. */
export async function startFakeNominatim(): Promise<FakeNominatim> {
  const faults: Record<NominatimEndpoint, NominatimFault[]> = { search: [], reverse: [] };
  const state = {
    counts: { search: 0, reverse: 0 } as Record<NominatimEndpoint, number>,
    seen: [] as FakeNominatim['seen'],
  };
  const server = await startFakeHttpServer((url): FakeReply => {
    const endpoint =
      url.pathname === '/search' ? 'search' : url.pathname === '/reverse' ? 'reverse' : undefined;
    if (!endpoint) return { status: 404, body: 'Not Found' };
    state.counts[endpoint]++;
    const params = Object.fromEntries(url.searchParams);
    state.seen.push({ endpoint, params });
    const fault = faults[endpoint].shift();
    if (fault && 'http' in fault) return { status: fault.http, body: `<html>${fault.http}</html>` };
    if (fault && 'body' in fault) return { status: 200, body: fault.body };
    const delayMs = fault && 'delayMs' in fault ? fault.delayMs : 0;
    if (params.format !== 'jsonv2') {
      return { status: 400, body: { error: { code: 400, message: 'Parameter format invalid' } } };
    }
    if (endpoint === 'reverse') {
      const lat = Number(params.lat);
      const lng = Number(params.lon);
      if (!Number.isFinite(lat) || !Number.isFinite(lng)) {
        return { status: 400, body: { error: { code: 400, message: 'Need coordinates' } } };
      }
      return { status: 200, body: reverse(lat, lng), delayMs };
    }
    let hits = search(params.q ?? '');
    if (params.bounded === '1') hits = hits.filter((h) => insideViewbox(h, params.viewbox));
    if (params.addressdetails !== '1') hits = hits.map(({ address: _, ...rest }) => rest) as never;
    return { status: 200, body: hits.slice(0, Number(params.limit ?? 10)), delayMs };
  });
  return {
    url: server.url,
    close: server.close,
    get counts() {
      return state.counts;
    },
    get seen() {
      return state.seen;
    },
    failNext(endpoint, ...more) {
      faults[endpoint].push(...more);
    },
    reset() {
      state.counts = { search: 0, reverse: 0 };
      state.seen = [];
      faults.search = [];
      faults.reverse = [];
    },
  };
}
