import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { LatLng } from '../../domain/places/place.js';
import { OfflineTravelModel } from './offline-travel-time-provider.js';
import { RemoteMatrixError, type RemoteMatrixSource } from './remote-matrix-source.js';
import { createRemoteTravelTimeProvider } from './remote-travel-time-provider.js';

const DEPART = new Date('2030-01-08T05:30:00Z');
const pts = (n: number): LatLng[] =>
  Array.from({ length: n }, (_, i) => ({ lat: 40.76 + i * 0.01, lng: 29.9 }));

/** A source answering 100 s / 1000 m per pair, or failing as scripted. */
function stubSource(script: (call: number) => Error | undefined = () => undefined) {
  let calls = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const source: RemoteMatrixSource = {
    name: 'stub',
    limits: { maxOrigins: 2, maxDestinations: 2, maxElements: 4 },
    timeDependent: true,
    async fetchChunk(origins, destinations) {
      const call = ++calls;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      const error = script(call);
      if (error) throw error;
      return {
        durationsSec: origins.map(() => destinations.map(() => 100)),
        distancesM: origins.map(() => destinations.map(() => 1000)),
      };
    },
  };
  return { source, calls: () => calls, maxInFlight: () => maxInFlight };
}

function build(source: RemoteMatrixSource, now: () => number = Date.now) {
  return createRemoteTravelTimeProvider({
    source,
    fallback: new OfflineTravelModel(),
    logger: pino({ level: 'silent' }),
    now,
    settings: {
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
      concurrency: 3,
      quotaCooldownMs: 60_000,
      coordinateDecimals: 4,
      bucketMinutes: 15,
      timeZone: 'Europe/Istanbul',
    },
  });
}

describe('remote travel-time provider', () => {
  it('chunks within the limits and keeps at most `concurrency` requests in flight', async () => {
    const stub = stubSource();
    const m = await build(stub.source).matrix(pts(6), pts(6), DEPART);
    expect(stub.calls()).toBe(9);
    expect(stub.maxInFlight()).toBeLessThanOrEqual(3);
    expect(m.durationsSec[5]![5]).toBe(100);
    expect(m.source).toBe('stub');
  });

  it('cools down after a quota error and asks again once it is over', async () => {
    let clock = 0;
    const stub = stubSource((call) =>
      call === 1 ? new RemoteMatrixError('OVER_DAILY_LIMIT', false, true) : undefined,
    );
    const provider = build(stub.source, () => clock);
    expect((await provider.matrix(pts(1), pts(1), DEPART)).source).toBe('offline');
    clock = 59_000;
    expect((await provider.matrix(pts(1), pts(1), DEPART)).source).toBe('offline');
    expect(stub.calls()).toBe(1);
    clock = 61_000;
    expect((await provider.matrix(pts(1), pts(1), DEPART)).source).toBe('stub');
    expect(provider.stats()).toMatchObject({
      remoteFailures: 1,
      fallbackElements: 2,
      matrixCalls: 3,
    });
  });

  it('treats unknown errors as transient and retries them', async () => {
    const stub = stubSource((call) => (call === 1 ? new TypeError('socket hang up') : undefined));
    const provider = build(stub.source);
    expect((await provider.matrix(pts(1), pts(1), DEPART)).source).toBe('stub');
    expect(provider.stats().retries).toBe(1);
  });

  it('keeps the other chunks when one fails for good', async () => {
    const stub = stubSource((call) =>
      call === 1 ? new RemoteMatrixError('INVALID_REQUEST', false) : undefined,
    );
    const provider = build(stub.source);
    const m = await provider.matrix(pts(4), pts(2), DEPART);
    expect(m.source).toBe('stub+offline');
    expect(provider.stats().fallbackElements).toBe(4);
  });
});
