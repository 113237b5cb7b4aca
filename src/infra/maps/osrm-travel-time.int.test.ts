import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { captureLogger } from '../../../test/fakes/capture-logger.js';
import { type FakeOsrm, startFakeOsrm } from '../../../test/fakes/fake-osrm.js';
import type { LatLng } from '../../domain/places/place.js';
import {
  createTravelTimeProvider,
  type TravelTimeProviderDeps,
} from './create-travel-time-provider.js';

const DEPART = new Date('2024-11-26T05:30:00Z');
const grid = (n: number, lat0 = 40.76, lng0 = 29.9): LatLng[] =>
  Array.from({ length: n }, (_, i) => ({ lat: lat0 + (i % 9) * 0.004, lng: lng0 + i * 0.002 }));

let osrm: FakeOsrm;
let small: FakeOsrm;
let redis: Redis;
const prefix = `test:osrm-tt:${randomUUID()}`;
let run = 0;

beforeAll(async () => {
  osrm = await startFakeOsrm();
  small = await startFakeOsrm({ maxLocations: 10 });
  redis = new Redis(inject('redisUrl'));
});
afterAll(async () => {
  await osrm.close();
  await small.close();
  redis.disconnect();
});
beforeEach(() => {
  osrm.reset();
  small.reset();
  run++;
});

function build(overrides: Partial<TravelTimeProviderDeps> = {}) {
  const log = captureLogger();
  const provider = createTravelTimeProvider({
    osrmUrl: osrm.url,
    redis,
    logger: log.logger,
    cache: { keyPrefix: `${prefix}:${run}` },
    remote: { retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 } },
    ...overrides,
  });
  return { provider, warnings: () => log.records.filter((r) => r.level === 40) };
}

describe('OSRM table provider (against the fake)', () => {
  it('chunks a 120 × 80 matrix within --max-table-size', async () => {
    const { provider, warnings } = build();
    const m = await provider.matrix(grid(120), grid(80, 40.8, 29.95), DEPART);
    expect(m.source).toBe('osrm');
    expect(osrm.maxCoordinatesSeen).toBeLessThanOrEqual(100);
    expect(osrm.tableRequests).toBe(6); // 50 sources × 50 destinations per request
    expect(m.durationsSec[119]).toHaveLength(80);
    expect(provider.stats().fallbackElements).toBe(0);
    expect(warnings()).toEqual([]);
  });

  it('serves a repeated matrix from Redis whatever the departure time (no traffic in OSRM)', async () => {
    const points = grid(20);
    await build().provider.matrix(points, points, DEPART);
    const requests = osrm.tableRequests;
    const again = build();
    const m = await again.provider.matrix(points, points, new Date('2024-11-29T15:00:00Z'));
    expect(osrm.tableRequests).toBe(requests);
    expect(m.source).toBe('cache');
    expect(again.provider.stats().cacheHits).toBe(400);
  });

  it('falls back without retrying when the server is smaller than configured (TooBig)', async () => {
    const { provider, warnings } = build({ osrmUrl: small.url });
    const m = await provider.matrix(grid(8), grid(8), DEPART);
    expect(m.source).toBe('offline');
    expect(small.tableRequests).toBe(1);
    expect(warnings()[0]).toMatchObject({ provider: 'osrm', codes: ['TooBig'] });
  });

  it('fits a small server when told its size', async () => {
    const { provider } = build({ osrmUrl: small.url, osrmMaxLocations: 10 });
    const m = await provider.matrix(grid(12), grid(7), DEPART);
    expect(m.source).toBe('osrm');
    expect(small.maxCoordinatesSeen).toBeLessThanOrEqual(10);
  });

  it('retries 502 and 503, then succeeds', async () => {
    const { provider } = build();
    osrm.failNext({ http: 502 }, { http: 503 });
    const m = await provider.matrix(grid(3), grid(3), DEPART);
    expect(m.source).toBe('osrm');
    expect(provider.stats()).toMatchObject({ retries: 2, remoteRequests: 3 });
  });

  it('gives up after the attempts and falls back', async () => {
    const { provider, warnings } = build();
    osrm.failNext({ http: 500 }, { http: 500 }, { http: 500 });
    const m = await provider.matrix(grid(3), grid(3), DEPART);
    expect(m.source).toBe('offline');
    expect(provider.stats()).toMatchObject({
      retries: 2,
      remoteRequests: 3,
      remoteFailures: 1,
      fallbackElements: 9,
    });
    expect(warnings()[0]).toMatchObject({ codes: ['HTTP_500'] });
  });

  it('fills null (no route) pairs from the offline model', async () => {
    const { provider } = build();
    osrm.unreachable = (_s, d) => d[1] === 40.8;
    const island = { lat: 40.8, lng: 29.91 };
    const m = await provider.matrix(grid(4), [...grid(2), island], DEPART);
    expect(m.source).toBe('osrm+offline');
    expect(provider.stats().fallbackElements).toBe(4);
    expect(m.durationsSec[0]![2]).toBeGreaterThan(0);
  });

  it('answers an empty matrix without asking', async () => {
    const { provider } = build();
    expect((await provider.matrix([], grid(3), DEPART)).durationsSec).toEqual([]);
    expect((await provider.matrix(grid(2), [], DEPART)).durationsSec).toEqual([[], []]);
    expect(osrm.tableRequests).toBe(0);
  });

  it('falls back on NoSegment', async () => {
    const { provider } = build();
    osrm.failNext({
      code: 'NoSegment',
      message: 'Could not find a matching segment for coordinate 1',
    });
    const m = await provider.matrix(grid(2), grid(2), DEPART);
    expect(m.source).toBe('offline');
    expect(osrm.tableRequests).toBe(1);
  });

  it('falls back when nothing listens at the URL', async () => {
    const { provider, warnings } = build({ osrmUrl: 'http://127.0.0.1:1' });
    const m = await provider.matrix(grid(2), grid(2), DEPART);
    expect(m.source).toBe('offline');
    expect(provider.stats().retries).toBe(2);
    expect(warnings()[0]).toMatchObject({ codes: ['NETWORK'] });
  });
});
