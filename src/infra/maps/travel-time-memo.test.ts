import { describe, expect, it } from 'vitest';
import type { LatLng } from '../../domain/places/place.js';
import {
  createOfflineTravelTimeProvider,
  OfflineTravelModel,
} from './offline-travel-time-provider.js';
import { TravelTimeMemo } from './travel-time-memo.js';
import type { TravelTimeProvider } from './travel-time-provider.js';

const points: LatLng[] = Array.from({ length: 12 }, (_, i) => ({
  lat: 40.7 + ((i * 37) % 23) / 200,
  lng: 29.8 + ((i * 53) % 29) / 150,
}));
const rushHour = new Date('2026-11-26T05:30:00Z'); // 08:30 in Istanbul, a Thursday

/** A remote-like provider: the offline figures plus one second, counting what it is asked. */
function countingProvider(withFallback: boolean) {
  const model = new OfflineTravelModel();
  const asked: { rows: number; cols: number }[] = [];
  const provider: TravelTimeProvider = {
    name: 'osrm',
    ...(withFallback ? { offlineModel: model } : {}),
    timeBucketOf: (d) => String(d.getUTCHours()),
    async matrix(origins, destinations, departAt) {
      asked.push({ rows: origins.length, cols: destinations.length });
      const m = model.matrix(origins, destinations, departAt);
      return {
        durationsSec: m.durationsSec.map((r) => r.map((s) => s + 1)),
        distancesM: m.distancesM,
        source: 'osrm',
      };
    },
  };
  return { provider, asked };
}

describe('travel times on demand', () => {
  it('computes the offline figures pair by pair, equal to the full matrix, asking nothing', async () => {
    const provider = createOfflineTravelTimeProvider();
    const memo = new TravelTimeMemo(provider, points);
    await memo.ensure([0, 1], rushHour);
    const lazy = memo.durations(rushHour);
    const full = (await provider.matrix(points, points, rushHour)).durationsSec;
    for (let i = 0; i < points.length; i++)
      for (let j = 0; j < points.length; j++) expect(lazy.duration(i, j)).toBe(full[i]![j]);
    expect(provider.stats().matrixCalls).toBe(1); // the comparison's own call
    expect(memo.stats.fetched).toBe(0);
  });

  it('asks a remote provider only for the new places against the known ones, once', async () => {
    const { provider, asked } = countingProvider(true);
    const day = points.slice(0, 10);
    const memo = new TravelTimeMemo(provider, day);
    await memo.ensure([0, 1], rushHour);
    // Two places out to ten and ten into two (the pair with itself is not asked).
    expect(memo.stats.fetched).toBeLessThanOrEqual(2 * 2 * 10);
    const before = memo.stats.fetched;
    await memo.ensure([0, 1], rushHour);
    expect(memo.stats.fetched).toBe(before); // known: nothing asked again
    day.push(points[10]!, points[11]!);
    await memo.ensure([10, 11], rushHour);
    expect(memo.stats.fetched - before).toBeLessThanOrEqual(2 * 2 * 12);
    expect(asked.length).toBeLessThanOrEqual(4);
    const lazy = memo.durations(rushHour);
    const model = new OfflineTravelModel();
    const full = model.matrix(day, day, rushHour).durationsSec;
    expect(lazy.duration(10, 3)).toBe(full[10]![3]! + 1);
    expect(lazy.duration(3, 11)).toBe(full[3]![11]! + 1);
    // Two old places never asked together: the offline model answers, counted.
    expect(lazy.duration(2, 3)).toBe(full[2]![3]);
    expect(memo.stats.fallbacks).toBe(1);
  });

  it('keeps figures per time bucket: another bucket is asked anew', async () => {
    const { provider } = countingProvider(true);
    const memo = new TravelTimeMemo(provider, points);
    await memo.ensure([0], rushHour);
    const first = memo.stats.fetched;
    await memo.ensure([0], new Date(rushHour.getTime() + 10 * 60_000)); // same hour bucket
    expect(memo.stats.fetched).toBe(first);
    await memo.ensure([0], new Date(rushHour.getTime() + 3 * 3600_000));
    expect(memo.stats.fetched).toBe(2 * first);
  });

  it('asks a provider with no pair-by-pair model for every pair, once per place', async () => {
    const { provider } = countingProvider(false);
    const day = points.slice(0, 6);
    const memo = new TravelTimeMemo(provider, day);
    await memo.ensure([5], rushHour);
    expect(memo.stats.fetched).toBe(36);
    day.push(points[6]!);
    await memo.ensure([6], rushHour);
    expect(memo.stats.fetched).toBe(36 + 7 + 6);
    const lazy = memo.durations(rushHour);
    expect(lazy.duration(2, 3)).toBeGreaterThan(0);
    expect(lazy.duration(6, 6)).toBe(1); // as the provider said, diagonal included
    expect(memo.stats.fallbacks).toBe(0);
  });
});
