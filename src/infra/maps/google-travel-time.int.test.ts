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
import { fakeDistanceMetres } from '../../../test/fakes/fake-http-server.js';
import { findPlace } from '../../domain/places/izmit-gazetteer.js';
import type { LatLng } from '../../domain/places/place.js';
import {
  createTravelTimeProvider,
  type TravelTimeProviderDeps,
} from './create-travel-time-provider.js';

const recorded = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../test/fakes/recorded/${name}`, import.meta.url), 'utf8'),
  );

// A future Tuesday 08:30 in Istanbul: Google only takes future departures.
const DEPART = new Date(Date.parse('2030-01-08T05:30:00Z'));
const grid = (n: number, lat0 = 40.76, lng0 = 29.9): LatLng[] =>
  Array.from({ length: n }, (_, i) => ({ lat: lat0 + (i % 7) * 0.004, lng: lng0 + i * 0.003 }));

let fake: FakeGoogleMaps;
let redis: Redis;
const prefix = `test:google-tt:${randomUUID()}`;
let run = 0;

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

function build(overrides: Partial<TravelTimeProviderDeps> = {}, keyPrefix = `${prefix}:${run}`) {
  const log = captureLogger();
  const provider = createTravelTimeProvider({
    googleMapsApiKey: 'test-key',
    googleBaseUrl: fake.url,
    redis,
    logger: log.logger,
    cache: { keyPrefix },
    remote: { retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 } },
    ...overrides,
  });
  const warnings = () => log.records.filter((r) => r.level === 40);
  return { provider, log, warnings };
}

describe('Google Distance Matrix provider (against the fake)', () => {
  it('splits a 30 × 12 matrix within the element limits and uses traffic durations', async () => {
    const { provider, warnings } = build();
    const origins = grid(30);
    const destinations = grid(12, 40.78, 29.95);
    const m = await provider.matrix(origins, destinations, DEPART);
    expect(m.source).toBe('google');
    expect(fake.counts.distancematrix).toBe(6); // 25 × 4 chunks: 2 row bands × 3 column bands
    expect(provider.stats().fallbackElements).toBe(0);
    expect(warnings()).toEqual([]);
    const o = origins[3]!;
    const d = destinations[5]!;
    const metres = Math.round(fakeDistanceMetres(o.lat, o.lng, d.lat, d.lng) * 1.35);
    expect(m.distancesM[3]![5]).toBe(metres);
    expect(m.durationsSec[3]![5]).toBe(Math.round(Math.round(metres / (32 / 3.6)) * 1.2));
    const params = fake.seen[0]!.params;
    expect(params).toMatchObject({
      mode: 'driving',
      traffic_model: 'best_guess',
      key: 'test-key',
      language: 'tr',
    });
    expect(Number(params.departure_time)).toBe(DEPART.getTime() / 1000);
  });

  it('serves a repeated matrix from Redis, also next week at the same time', async () => {
    const points = grid(12);
    const first = build();
    const a = await first.provider.matrix(points, points, DEPART);
    const requests = fake.counts.distancematrix;
    const again = build(); // a fresh provider: the hit must come from Redis, not memory
    const b = await again.provider.matrix(points, points, DEPART);
    const nextWeek = await again.provider.matrix(
      points,
      points,
      new Date(DEPART.getTime() + 7 * 86_400_000 + 5 * 60_000),
    );
    expect(fake.counts.distancematrix).toBe(requests);
    expect(b.durationsSec).toEqual(a.durationsSec);
    expect(b.source).toBe('cache');
    expect(nextWeek.source).toBe('cache');
    expect(again.provider.stats().cacheHits).toBe(2 * 144);
    // Another time bucket asks again.
    await again.provider.matrix(points, points, new Date(DEPART.getTime() + 3 * 3600_000));
    expect(fake.counts.distancematrix).toBeGreaterThan(requests);
  });

  it('asks only for the pairs the cache lacks', async () => {
    const points = grid(8);
    const { provider } = build();
    await provider.matrix(points, points, DEPART);
    fake.reset();
    const more = [...points, { lat: 40.79, lng: 29.99 }];
    const m = await provider.matrix(more, more, DEPART);
    expect(m.source).toBe('cache+google');
    expect(fake.elements).toBeLessThanOrEqual(2 * 9);
  });

  it('retries 503 and UNKNOWN_ERROR, then succeeds', async () => {
    const { provider, warnings } = build();
    fake.failNext('distancematrix', { http: 503 }, { status: 'UNKNOWN_ERROR' });
    const m = await provider.matrix(grid(2), grid(2), DEPART);
    expect(m.source).toBe('google');
    expect(provider.stats()).toMatchObject({ retries: 2, remoteRequests: 3, fallbackElements: 0 });
    expect(warnings()).toEqual([]);
  });

  it('retries a request that times out', async () => {
    const { provider } = build({ timeoutMs: 150 });
    fake.failNext('distancematrix', { delayMs: 600 });
    const m = await provider.matrix(grid(2), grid(2), DEPART);
    expect(m.source).toBe('google');
    expect(provider.stats().retries).toBe(1);
  });

  it('falls back to the offline model on OVER_QUERY_LIMIT, warns without personal data, then cools down', async () => {
    const { provider, warnings, log } = build();
    fake.failNext(
      'distancematrix',
      ...Array.from({ length: 3 }, () => ({ status: 'OVER_QUERY_LIMIT' })),
    );
    const home = findPlace('yahya-kaptan-mah')!;
    const hospital = findPlace('kocaeli-devlet-hastanesi')!;
    const m = await provider.matrix([home], [hospital], DEPART);
    expect(m.source).toBe('offline');
    expect(m.durationsSec[0]![0]).toBeGreaterThan(0);
    expect(fake.counts.distancematrix).toBe(3);
    expect(provider.stats()).toMatchObject({ remoteFailures: 1, fallbackElements: 1, retries: 2 });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ provider: 'google', codes: ['OVER_QUERY_LIMIT'] });
    expect(log.text()).not.toContain(String(home.lat));
    expect(log.text()).not.toContain('test-key');
    // Within the cool-down the service is not asked again.
    await provider.matrix([hospital], [home], DEPART);
    expect(fake.counts.distancematrix).toBe(3);
    expect(provider.stats().fallbackElements).toBe(2);
  });

  it('does not retry REQUEST_DENIED (a bad key) and falls back', async () => {
    const { provider, warnings } = build({ googleMapsApiKey: DENIED_KEY });
    const m = await provider.matrix(grid(3), grid(3), DEPART);
    expect(m.source).toBe('offline');
    expect(fake.counts.distancematrix).toBe(1);
    expect(warnings()[0]).toMatchObject({ codes: ['REQUEST_DENIED'] });
  });

  it('fills NOT_FOUND and ZERO_RESULTS elements from the offline model and remembers them', async () => {
    const { provider } = build();
    const sea = { lat: 40.75, lng: 29.85 };
    fake.elementStatus = (_o, d) =>
      d[0] === 40.75 ? 'NOT_FOUND' : _o[0] === 40.75 ? 'ZERO_RESULTS' : 'OK';
    const points = [...grid(3), sea];
    const m = await provider.matrix(points, points, DEPART);
    expect(m.source).toBe('google+offline');
    expect(provider.stats().fallbackElements).toBe(7); // row and column of the sea point
    expect(m.durationsSec[0]![3]).toBeGreaterThan(0);
    expect(m.durationsSec[3]![3]).toBe(0);
    const later = build();
    await later.provider.matrix(points, points, DEPART);
    expect(fake.counts.distancematrix).toBe(1);
    expect(later.provider.stats().fallbackElements).toBe(7);
  });

  it('parses a recorded partial response verbatim', async () => {
    const { provider } = build();
    fake.failNext('distancematrix', { body: recorded('google-distance-matrix-partial.json') });
    const m = await provider.matrix(grid(1), grid(2, 40.8), DEPART);
    expect(m.durationsSec[0]![0]).toBe(779);
    expect(m.distancesM[0]![0]).toBe(4630);
    expect(m.source).toBe('google+offline');
  });

  it('keeps answering when Redis is down', async () => {
    const dead = new Redis({
      port: 1,
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    dead.on('error', () => {});
    const { provider, warnings } = build({ redis: dead });
    const m = await provider.matrix(grid(2), grid(2), DEPART);
    expect(m.source).toBe('google');
    expect(provider.stats().cacheErrors).toBe(2);
    expect(warnings()).toHaveLength(2);
    dead.disconnect();
  });

  it('asks once for points that round to the same door', async () => {
    const { provider } = build();
    const door = { lat: 40.77001, lng: 29.97401 };
    const same = Array.from({ length: 10 }, (_, i) => ({
      lat: door.lat + i * 1e-6,
      lng: door.lng,
    }));
    const m = await provider.matrix(same, grid(3), DEPART);
    expect(fake.elements).toBe(3);
    expect(m.durationsSec).toHaveLength(10);
    expect(m.durationsSec[9]).toEqual(m.durationsSec[0]);
  });
});
