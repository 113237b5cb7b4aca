import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { GoogleDistanceMatrixSource } from './google-distance-matrix-source.js';
import type { OfflineModelSettings } from './offline-model-settings.js';
import { OfflineTravelModel, offlineProviderFromModel } from './offline-travel-time-provider.js';
import { OsrmTableSource } from './osrm-table-source.js';
import type { RemoteMatrixSource } from './remote-matrix-source.js';
import {
  createRemoteTravelTimeProvider,
  type RemoteProviderSettings,
} from './remote-travel-time-provider.js';
import { DEFAULT_RETRY_POLICY } from './retry.js';
import { DEFAULT_CACHE_SETTINGS, RedisTravelTimeCache } from './travel-time-cache.js';
import type { ObservableTravelTimeProvider } from './travel-time-provider.js';

export { createOfflineTravelTimeProvider } from './offline-travel-time-provider.js';

/** What `createTravelTimeProvider` needs; the composition root passes config in, nothing here reads the environment. */
export interface TravelTimeProviderDeps {
  /** `GOOGLE_MAPS_API_KEY`: when set, Google Distance Matrix is used. */
  readonly googleMapsApiKey?: string | undefined;
  /** Send Google requests here instead of maps.googleapis.com (the test fakes). */
  readonly googleBaseUrl?: string | undefined;
  /** `OSRM_URL`: when set (and no Google key), the OSRM table service is used. */
  readonly osrmUrl?: string | undefined;
  /** osrm-routed's `--max-table-size`; 100 unless the server was started with more. */
  readonly osrmMaxLocations?: number | undefined;
  /** Optional Redis for the travel-time cache; without it every call goes to the service. */
  readonly redis?: Redis | undefined;
  readonly logger: Logger;
  /** Overrides of the offline model, which is also the fallback. */
  readonly offline?: Partial<OfflineModelSettings> | undefined;
  /** Overrides of the remote provider's retry, concurrency, cache-key and cool-down settings. */
  readonly remote?: Partial<RemoteProviderSettings> | undefined;
  /** Redis key prefix (default `yoldas:tt`) and entry lifetime (default 7 days). */
  readonly cache?: { readonly keyPrefix?: string; readonly ttlSec?: number } | undefined;
  /** Per-request timeout for Google and OSRM (default 10 s). */
  readonly timeoutMs?: number | undefined;
}

/** Remote defaults: 3 attempts, 4 requests in flight, 60 s quota cool-down, 4-decimal keys, 15-min buckets. */
export const DEFAULT_REMOTE_SETTINGS: RemoteProviderSettings = Object.freeze({
  retry: DEFAULT_RETRY_POLICY,
  concurrency: 4,
  quotaCooldownMs: 60_000,
  coordinateDecimals: 4,
  bucketMinutes: 15,
  timeZone: 'Europe/Istanbul',
});

/**
 * Builds the travel-time provider the configuration asks for: Google
 * Distance Matrix when an API key is set, else OSRM when a URL is set, else
 * the offline model. Google and OSRM are cached in Redis (when given) and
 * fall back to the offline model per request, with a warning in the log and
 * a counter in `stats()`, so `matrix()` never fails because of them.
 */
export function createTravelTimeProvider(
  deps: TravelTimeProviderDeps,
): ObservableTravelTimeProvider {
  const timeoutMs = deps.timeoutMs ?? 10_000;
  let source: RemoteMatrixSource | undefined;
  if (deps.googleMapsApiKey) {
    source = new GoogleDistanceMatrixSource({
      apiKey: deps.googleMapsApiKey,
      baseUrl: deps.googleBaseUrl,
      timeoutMs,
    });
  } else if (deps.osrmUrl) {
    source = new OsrmTableSource({
      baseUrl: deps.osrmUrl,
      maxLocations: deps.osrmMaxLocations,
      timeoutMs,
    });
  }
  const fallback = new OfflineTravelModel(deps.offline);
  if (!source) {
    deps.logger.info({ provider: 'offline' }, 'travel times from the offline model');
    return offlineProviderFromModel(fallback);
  }
  const settings: RemoteProviderSettings = { ...DEFAULT_REMOTE_SETTINGS, ...deps.remote };
  const cache = deps.redis
    ? new RedisTravelTimeCache(deps.redis, { ...DEFAULT_CACHE_SETTINGS, ...deps.cache })
    : undefined;
  deps.logger.info(
    { provider: source.name, cache: cache ? 'redis' : 'none' },
    'travel times from a remote service, offline model as fallback',
  );
  return createRemoteTravelTimeProvider({
    source,
    fallback,
    cache,
    logger: deps.logger.child({ component: 'travel-times' }),
    settings,
  });
}
