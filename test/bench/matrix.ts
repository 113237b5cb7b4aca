/**
 * Times a travel-time matrix with each provider available here:
 *
 *   npm run bench:matrix -- --points 500 --json
 *
 * offline model; OSRM and Google through the local fakes (our own overhead:
 * chunking, HTTP, parsing, cache writes); and the Redis-cached path (the same
 * matrix again from a fresh provider). Redis: REDIS_URL, or a private
 * redis-server started here. Targets: offline < 50 ms, cached < 200 ms.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import type { LatLng } from '../../src/domain/places/place.js';
import { isInServiceArea } from '../../src/domain/places/service-area.js';
import {
  createOfflineTravelTimeProvider,
  createTravelTimeProvider,
  type TravelTimeProviderDeps,
} from '../../src/infra/maps/create-travel-time-provider.js';
import type { ObservableTravelTimeProvider } from '../../src/infra/maps/travel-time-provider.js';
import {
  type RedisServerProcess,
  startRedisServer,
} from '../../src/infra/redis/redis-server-process.js';
import { startFakeGoogleMaps } from '../fakes/fake-google-maps.js';
import { startFakeOsrm } from '../fakes/fake-osrm.js';

const { values } = parseArgs({
  options: {
    points: { type: 'string', default: '500' },
    json: { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    'skip-google': { type: 'boolean', default: false },
  },
});
const n = Number(values.points);

// Seeded points inside the service area, so runs compare.
function points(count: number, seed: number): LatLng[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
  const out: LatLng[] = [];
  while (out.length < count) {
    const p = { lat: 40.75 + rand() * 0.2, lng: 29.86 + rand() * 0.31 };
    if (isInServiceArea(p)) out.push(p);
  }
  return out;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return Math.round((performance.now() - t0) * 10) / 10;
}

const pts = points(n, Number(values.seed));
// A future Tuesday 08:30 Istanbul: the fake, like Google, refuses past departures.
const depart = new Date(Date.now() + 7 * 86_400_000);
const results: Record<string, unknown> = { points: n, elements: n * n };

const offline = createOfflineTravelTimeProvider();
const offlineCold = await time(() => offline.matrix(pts, pts, depart));
const warm: number[] = [];
for (let i = 0; i < 5; i++) warm.push(await time(() => offline.matrix(pts, pts, depart)));
warm.sort((a, b) => a - b);
results.offline = { coldMs: offlineCold, medianMs: warm[2] };

const redisServer: RedisServerProcess | undefined = process.env.REDIS_URL
  ? undefined
  : await startRedisServer();
const redisUrl = process.env.REDIS_URL ?? redisServer!.url;
const redis = new Redis(redisUrl);
const logger = pino({ level: 'silent' });
const prefix = `bench:tt:${randomUUID()}`;

async function remote(name: string, deps: Partial<TravelTimeProviderDeps>, requests: () => number) {
  const build = (): ObservableTravelTimeProvider =>
    createTravelTimeProvider({
      logger,
      redis,
      cache: { keyPrefix: `${prefix}:${name}`, ttlSec: 600 },
      ...deps,
    });
  const first = build();
  const ms = await time(() => first.matrix(pts, pts, depart));
  const stats = first.stats();
  results[name] = { ms, requests: requests(), fallbackElements: stats.fallbackElements };
  const again = build();
  const cachedMs = await time(() => again.matrix(pts, pts, depart));
  results[`${name}Cached`] = {
    ms: cachedMs,
    cacheHits: again.stats().cacheHits,
    requests: requests(),
  };
}

const osrm = await startFakeOsrm();
await remote('osrm', { osrmUrl: osrm.url }, () => osrm.tableRequests);
await osrm.close();
if (!values['skip-google']) {
  const google = await startFakeGoogleMaps();
  await remote(
    'google',
    { googleMapsApiKey: 'bench-key', googleBaseUrl: google.url, remote: { concurrency: 8 } },
    () => google.counts.distancematrix,
  );
  await google.close();
}

const keys = await redis.keys(`${prefix}:*`);
for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
redis.disconnect();
await redisServer?.stop();

const cachedWorst = Math.max(
  ...['osrmCached', 'googleCached']
    .map((k) => (results[k] as { ms: number } | undefined)?.ms)
    .filter((v): v is number => v !== undefined),
);
results.targets = {
  offlineUnder50ms: (results.offline as { medianMs: number }).medianMs < 50,
  cachedUnder200ms: cachedWorst < 200,
};
if (values.json) console.log(JSON.stringify(results));
else console.log(results);
