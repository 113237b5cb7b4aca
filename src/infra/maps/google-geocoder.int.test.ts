import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { captureLogger } from '../../../test/fakes/capture-logger.js';
import {
  DENIED_KEY,
  type FakeGoogleMaps,
  startFakeGoogleMaps,
} from '../../../test/fakes/fake-google-maps.js';
import { createGeocoder, type GeocoderDeps } from './create-geocoder.js';

let fake: FakeGoogleMaps;
let redis: Redis;
let run = 0;
const prefix = `test:geo:${randomUUID()}`;

beforeAll(async () => {
  fake = await startFakeGoogleMaps();
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

function build(overrides: Partial<GeocoderDeps> = {}) {
  const log = captureLogger();
  const geocoder = createGeocoder({
    googleMapsApiKey: 'test-key',
    googleBaseUrl: fake.url,
    redis,
    logger: log.logger,
    cacheKeyPrefix: `${prefix}:${run}`,
    ...overrides,
  });
  return { geocoder, log };
}

describe('Google geocoder (against the fake)', () => {
  it('geocodes with region, language and bounds biased to İzmit', async () => {
    const { geocoder } = build();
    const [first] = await geocoder.search('Yahya Kaptan mah.');
    expect(first).toMatchObject({ source: 'google', placeId: 'ChIJfake-yahya-kaptan-mah' });
    expect(first?.lat).toBeCloseTo(40.77, 2);
    const params = fake.seen[0]!.params;
    expect(params).toMatchObject({ region: 'tr', language: 'tr', components: 'country:TR' });
    expect(params.bounds).toMatch(/^40\.\d+,29\.\d+\|40\.\d+,30\.\d+$/);
  });

  it('refuses results outside the service area, or flags them when asked', async () => {
    const { geocoder } = build();
    expect(await geocoder.search('Taksim Meydanı')).toEqual([]);
    const flagged = await geocoder.search('Taksim Meydanı', { includeRefused: true });
    expect(flagged[0]?.refusal?.code).toBe('outside-service-area');
    expect(flagged[0]?.refusal?.message).toContain('hizmet alanı');
  });

  it('serves a repeated search from Redis', async () => {
    const { geocoder } = build();
    const a = await geocoder.search('kozluk');
    const b = await build({ cacheKeyPrefix: `${prefix}:${run}` }).geocoder.search('KOZLUK');
    expect(b).toEqual(a);
    expect(fake.counts.geocode).toBe(1);
  });

  it('returns nothing for ZERO_RESULTS', async () => {
    const { geocoder } = build();
    expect(await geocoder.search('xq zz yy')).toEqual([]);
  });

  it('falls back to the gazetteer on REQUEST_DENIED and HTTP 500, logging no address', async () => {
    const denied = build({ googleMapsApiKey: DENIED_KEY });
    const [viaGazetteer] = await denied.geocoder.search('Körfez mahallesi');
    expect(viaGazetteer).toMatchObject({ source: 'gazetteer', placeId: 'korfez-mah' });
    const warning = denied.log.records.find((r) => r.level === 40);
    expect(warning).toMatchObject({ code: 'REQUEST_DENIED' });
    expect(denied.log.text().toLowerCase()).not.toContain('körfez');

    const broken = build();
    fake.failNext('autocomplete', { http: 500 });
    const suggestions = await broken.geocoder.suggest('alikahya');
    expect(suggestions[0]?.source).toBe('gazetteer');
  });

  it('completes as the user types and resolves the pick, refusing outside picks with a reason', async () => {
    const { geocoder } = build();
    const suggestions = await geocoder.suggest('yahya', { sessionToken: 'session-1' });
    expect(suggestions[0]).toMatchObject({ mainText: 'Yahya Kaptan Mahallesi', source: 'google' });
    expect(fake.seen.at(-1)?.params).toMatchObject({
      sessiontoken: 'session-1',
      strictbounds: 'true',
      components: 'country:tr',
    });
    const point = await geocoder.resolve(suggestions[0]!.placeId);
    expect(point).toMatchObject({ source: 'google' });
    expect(point?.refusal).toBeUndefined();
    const [taksim] = await geocoder.suggest('taksim');
    expect((await geocoder.resolve(taksim!.placeId))?.refusal?.code).toBe('outside-service-area');
    // Gazetteer ids resolve without asking Google.
    const before = fake.counts.geocode;
    expect((await geocoder.resolve('kozluk-mah'))?.source).toBe('gazetteer');
    expect(fake.counts.geocode).toBe(before);
  });

  it('parses the recorded geocoding response', async () => {
    const { geocoder } = build();
    const body = JSON.parse(
      readFileSync(
        new URL('../../../test/fakes/recorded/google-geocode-ok.json', import.meta.url),
        'utf8',
      ),
    );
    fake.failNext('geocode', { body });
    const [first] = await geocoder.search('recorded');
    expect(first).toMatchObject({
      label: 'Yahya Kaptan, 41050 İzmit/Kocaeli, Türkiye',
      placeId: 'ChIJfake-yahya-kaptan',
    });
  });
});

describe('geocoder without a key', () => {
  it('is the gazetteer', async () => {
    const geocoder = createGeocoder({ logger: captureLogger().logger });
    const [first] = await geocoder.search('kozluk');
    expect(first).toMatchObject({ placeId: 'kozluk-mah', source: 'gazetteer' });
  });
});
