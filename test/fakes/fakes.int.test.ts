import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGoogleMaps, startFakeGoogleMaps } from './fake-google-maps.js';
import { type FakeNominatim, startFakeNominatim } from './fake-nominatim.js';
import { type FakeOsrm, startFakeOsrm } from './fake-osrm.js';
import { jsonShape } from './json-shape.js';

const recorded = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./recorded/${name}`, import.meta.url), 'utf8'));
const get = async (url: string) => (await fetch(url)).json();

let google: FakeGoogleMaps;
let osrm: FakeOsrm;
let nominatim: FakeNominatim;
beforeAll(async () => {
  google = await startFakeGoogleMaps();
  osrm = await startFakeOsrm();
  nominatim = await startFakeNominatim();
});
afterAll(async () => {
  await google.close();
  await osrm.close();
  await nominatim.close();
});

// The fakes must answer in the same shape as the recorded responses, or the
// adapters' tests prove nothing about the real services.
describe('fakes answer in the recorded shapes', () => {
  it('Distance Matrix', async () => {
    const future = Math.floor(Date.now() / 1000) + 3600;
    const body = await get(
      `${google.url}/maps/api/distancematrix/json?key=k&origins=40.77,29.974&destinations=40.8225,29.9235&departure_time=${future}`,
    );
    expect(jsonShape(body)).toEqual(jsonShape(recorded('google-distance-matrix-ok.json')));
    google.failNext('distancematrix', { status: 'OVER_QUERY_LIMIT' });
    const limited = await get(
      `${google.url}/maps/api/distancematrix/json?key=k&origins=1,1&destinations=2,2`,
    );
    expect(Object.keys(limited as object).sort()).toEqual(
      expect.arrayContaining(
        Object.keys(recorded('google-over-query-limit.json') as object).sort(),
      ),
    );
  });

  it('Geocoding and Places Autocomplete', async () => {
    const geo = (await get(`${google.url}/maps/api/geocode/json?key=k&address=yahya+kaptan`)) as {
      results: { geometry: Record<string, unknown> }[];
    };
    const rec = recorded('google-geocode-ok.json') as {
      results: { geometry: Record<string, unknown> }[];
    };
    // Google gives `bounds` only for areas; compare the rest.
    delete rec.results[0]!.geometry.bounds;
    expect(jsonShape(geo)).toEqual(jsonShape(rec));
    const ac = await get(`${google.url}/maps/api/place/autocomplete/json?key=k&input=yahya`);
    expect(jsonShape(ac)).toEqual(jsonShape(recorded('google-place-autocomplete-ok.json')));
    expect(await get(`${google.url}/maps/api/geocode/json?key=k&address=qqqq`)).toEqual(
      recorded('google-geocode-zero-results.json'),
    );
  });

  it('OSRM table', async () => {
    const body = await get(
      `${osrm.url}/table/v1/driving/29.974,40.77;29.93,40.7685?annotations=duration,distance`,
    );
    expect(jsonShape(body)).toEqual(jsonShape(recorded('osrm-table-ok.json')));
    const many = Array.from({ length: 101 }, (_, i) => `29.9,${40 + i / 1000}`).join(';');
    expect(await get(`${osrm.url}/table/v1/driving/${many}`)).toEqual(
      recorded('osrm-too-big.json'),
    );
  });

  // Not recorded from a live server (no network here): the fixture follows
  // Nominatim's documented jsonv2 output (nominatim.org/release-docs/latest/api/Output).
  it('Nominatim search and reverse', async () => {
    const found = await get(
      `${nominatim.url}/search?format=jsonv2&addressdetails=1&q=${encodeURIComponent('Cumhuriyet Caddesi 12, Kadıköy Mahallesi, İzmit')}`,
    );
    expect(jsonShape(found)).toEqual(jsonShape(recorded('nominatim-search-jsonv2.json')));
    const back = await get(
      `${nominatim.url}/reverse?format=jsonv2&addressdetails=1&lat=40.77042&lon=29.93161`,
    );
    expect(jsonShape([back])).toEqual(jsonShape(recorded('nominatim-search-jsonv2.json')));
    expect(await get(`${nominatim.url}/reverse?format=jsonv2&lat=0&lon=0`)).toEqual({
      error: 'Unable to geocode',
    });
  });
});
