import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { captureLogger } from '../../../test/fakes/capture-logger.js';
import { type FakeNominatim, startFakeNominatim } from '../../../test/fakes/fake-nominatim.js';
import { createGazetteerGeocoder } from './gazetteer-geocoder.js';
import { createNominatimGeocoder, type NominatimGeocoderSettings } from './nominatim-geocoder.js';

let fake: FakeNominatim;
let redis: Redis;
let run = 0;
const prefix = `test:nominatim:${randomUUID()}`;

beforeAll(async () => {
  fake = await startFakeNominatim();
  redis = new Redis(inject('redisUrl'));
});
afterAll(async () => {
  await fake.close();
  redis.disconnect();
});
beforeEach(() => {
  fake.reset();
  run++;
});

function build(overrides: Partial<NominatimGeocoderSettings> = {}) {
  const log = captureLogger();
  const geocoder = createNominatimGeocoder({
    baseUrl: fake.url,
    logger: log.logger,
    fallback: createGazetteerGeocoder(),
    redis,
    cacheKeyPrefix: `${prefix}:${run}`,
    timeoutMs: 300,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    ...overrides,
  });
  return { geocoder, log };
}

describe('Nominatim geocoder (against the fake)', () => {
  it('finds the building, bounded to the service area, with floor and flat from the typed text', async () => {
    const { geocoder } = build();
    const [first] = await geocoder.geocodeAddress('Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3 D. 5');
    expect(first).toEqual({
      label: 'Kadıköy Mahallesi, İzmit',
      lat: 40.77042,
      lng: 29.93161,
      source: 'nominatim',
      precision: 'building',
      address: { street: 'Cumhuriyet Caddesi', buildingNo: '12', floor: '3', flat: '5' },
    });
    const params = fake.seen[0]!.params;
    expect(params).toMatchObject({
      format: 'jsonv2',
      q: 'Cumhuriyet Caddesi 12, Kadıköy Mahallesi, İzmit',
      countrycodes: 'tr',
      bounded: '1',
      addressdetails: '1',
    });
    // west,north,east,south of İzmit's polygon
    expect(params.viewbox).toBe('29.862,40.945,30.165,40.752');
  });

  it('stands on the street when the number is unknown, keeping the typed number', async () => {
    const { geocoder } = build();
    const [first] = await geocoder.geocodeAddress('Gültepe Mh. Lale Sk. No 40');
    expect(first).toMatchObject({
      precision: 'street',
      label: 'Gültepe Mahallesi, İzmit',
      address: { street: 'Lale Sokak', buildingNo: '40' },
    });
  });

  it('refuses an address outside the polygon though inside its box, or flags it when asked', async () => {
    const { geocoder } = build();
    const text = 'Uzuntarla Mah. Okul Sk. No 3';
    expect((await geocoder.geocodeAddress(text)).filter((r) => r.source === 'nominatim')).toEqual(
      [],
    );
    const flagged = await geocoder.geocodeAddress(text, { includeRefused: true });
    expect(flagged[0]).toMatchObject({
      source: 'nominatim',
      label: 'Uzuntarla Mahallesi, Kartepe',
      refusal: { code: 'outside-service-area' },
    });
  });

  it('falls back to the neighbourhood from the gazetteer on an empty answer', async () => {
    const { geocoder } = build();
    const [first] = await geocoder.geocodeAddress('Yahya Kaptan Mah. Bilinmeyen Sk. No 5 Kat 2');
    expect(fake.counts.search).toBe(1);
    expect(first).toMatchObject({
      source: 'gazetteer',
      placeId: 'yahya-kaptan-mah',
      precision: 'neighbourhood',
      address: { street: 'Bilinmeyen Sk.', buildingNo: '5', floor: '2' },
    });
    expect(await geocoder.geocodeAddress('Qqq Sk. No 1')).toEqual([]);
  });

  it('retries 5xx and timeouts, then answers', async () => {
    const { geocoder } = build();
    fake.failNext('search', { http: 503 }, { delayMs: 1_000 });
    const [first] = await geocoder.geocodeAddress('Kadıköy Mah. Cumhuriyet Cad. No: 12');
    expect(fake.counts.search).toBe(3);
    expect(first).toMatchObject({ source: 'nominatim', precision: 'building' });
  });

  it('does not retry a 4xx; falls back to the gazetteer and logs no address', async () => {
    const { geocoder, log } = build();
    fake.failNext('search', { http: 400 });
    const [first] = await geocoder.geocodeAddress('Kadıköy Mah. Cumhuriyet Cad. No: 12');
    expect(fake.counts.search).toBe(1);
    expect(first).toMatchObject({ source: 'gazetteer', placeId: 'kadikoy-mah' });
    expect(log.records.find((r) => r.level === 40)).toMatchObject({ code: 'HTTP_400' });
    expect(log.text().toLowerCase()).not.toContain('cumhuriyet');
  });

  it('falls back when every attempt fails or the body is not a list', async () => {
    const { geocoder } = build();
    fake.failNext('search', { http: 500 }, { http: 502 }, { http: 503 });
    expect((await geocoder.geocodeAddress('Gültepe Mh. Lale Sk. 3'))[0]?.source).toBe('gazetteer');
    expect(fake.counts.search).toBe(3);
    fake.failNext('search', { body: { error: 'odd' } });
    expect((await geocoder.geocodeAddress('Kozluk Mh. Lale Sk. 3'))[0]?.source).toBe('gazetteer');
  });

  it('serves a repeated address from Redis, floor and flat still from the text', async () => {
    const { geocoder } = build();
    await geocoder.geocodeAddress('Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 1');
    const [again] = await build({ cacheKeyPrefix: `${prefix}:${run}` }).geocoder.geocodeAddress(
      'KADIKÖY MAHALLESİ CUMHURİYET CAD. NO 12 KAT 4',
    );
    expect(fake.counts.search).toBe(1);
    expect(again?.address).toMatchObject({ buildingNo: '12', floor: '4' });
  });

  it('names a dropped pin without moving it, and falls back where Nominatim knows nothing', async () => {
    const { geocoder } = build();
    const pin = { lat: 40.77045, lng: 29.93165 };
    expect(await geocoder.reverse(pin)).toEqual({
      label: 'Kadıköy Mahallesi, İzmit',
      ...pin,
      source: 'nominatim',
      precision: 'building',
      address: { street: 'Cumhuriyet Caddesi', buildingNo: '12' },
    });
    expect(fake.seen[0]!.params).toMatchObject({ format: 'jsonv2', zoom: '18' });
    const sea = await geocoder.reverse({ lat: 0, lng: 0 });
    expect(sea).toMatchObject({ source: 'gazetteer', refusal: { code: 'outside-service-area' } });
    fake.failNext('reverse', { http: 400 });
    expect((await geocoder.reverse({ lat: 40.7756, lng: 29.9361 }))?.source).toBe('gazetteer');
  });
});
