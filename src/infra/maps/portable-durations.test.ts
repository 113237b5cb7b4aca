import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbProblem, greedyPlan } from '../../../test/arbitraries.js';
import type { LatLng } from '../../domain/places/place.js';
import { checkPlan } from '../../scheduling/check-plan.js';
import { optimiseInThread } from '../../scheduling/threaded/optimise-in-thread.js';
import {
  createOfflineTravelTimeProvider,
  OfflineTravelModel,
} from './offline-travel-time-provider.js';
import { PORTABLE_DURATIONS_MODULE, rebuildMatrix } from './portable-durations.js';
import { TravelTimeMemo } from './travel-time-memo.js';
import type { TravelTimeProvider } from './travel-time-provider.js';

const pointsOf = (n: number): LatLng[] =>
  Array.from({ length: n }, (_, i) => ({
    lat: 40.7 + ((i * 37) % 23) / 200,
    lng: 29.8 + ((i * 53) % 29) / 150,
  }));
const rushHour = new Date('2026-11-26T05:30:00Z'); // 08:30 in Istanbul, a Thursday

/** A remote-like provider: the offline figures plus one second. */
function remoteProvider(): TravelTimeProvider {
  const model = new OfflineTravelModel();
  return {
    name: 'osrm',
    offlineModel: model,
    timeBucketOf: (d) => String(d.getUTCHours()),
    async matrix(origins, destinations, departAt) {
      const m = model.matrix(origins, destinations, departAt);
      return {
        durationsSec: m.durationsSec.map((r) => r.map((s) => s + 1)),
        distancesM: m.distancesM,
        source: 'osrm',
      };
    },
  };
}

function expectSameDurations(memo: TravelTimeMemo, n: number) {
  const lazy = memo.durations(rushHour);
  const rebuilt = rebuildMatrix(memo.portable(rushHour)!);
  expect(rebuilt.size).toBe(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      expect(rebuilt.duration(i, j)).toBe(lazy.duration(i, j));
      expect(rebuilt.distance(i, j)).toBe(lazy.duration(i, j));
    }
  }
}

describe('travel durations carried into a thread as their inputs', () => {
  it('rebuilds the offline figures exactly, pair by pair', () => {
    const points = pointsOf(15);
    const memo = new TravelTimeMemo(createOfflineTravelTimeProvider(), points);
    expectSameDurations(memo, points.length);
    const full = new OfflineTravelModel().matrix(points, points, rushHour).durationsSec;
    const rebuilt = rebuildMatrix(memo.portable(rushHour)!);
    expect(rebuilt.duration(3, 11)).toBe(full[3]![11]);
  });

  it("keeps a remote provider's answered pairs and the offline model's figure for the rest", async () => {
    const points = pointsOf(12);
    const memo = new TravelTimeMemo(remoteProvider(), points);
    await memo.ensure([10, 11], rushHour);
    const portable = memo.portable(rushHour)!;
    // Only the new places' rows and columns crossed, not the square of the day.
    expect(portable.knownKeys.length).toBeLessThan(points.length * points.length);
    expect(portable.knownKeys.length).toBeGreaterThan(0);
    expectSameDurations(memo, points.length);
    const offline = new OfflineTravelModel().matrix(points, points, rushHour).durationsSec;
    const rebuilt = rebuildMatrix(portable);
    expect(rebuilt.duration(10, 2)).toBe(offline[10]![2]! + 1);
    expect(rebuilt.duration(2, 3)).toBe(offline[2]![3]);
  });

  it('has nothing portable for a provider without the offline model', () => {
    const { offlineModel: _, ...bare } = remoteProvider();
    expect(new TravelTimeMemo(bare, pointsOf(3)).portable(rushHour)).toBeUndefined();
  });

  it('lets the optimiser thread search on the rebuilt matrix, its plan valid on the same figures', async () => {
    const shape = fc.sample(arbProblem({ maxRequests: 12, maxVehicles: 3 }), {
      seed: 7,
      numRuns: 1,
    })[0]!;
    const points = pointsOf(shape.matrix.size);
    const memo = new TravelTimeMemo(createOfflineTravelTimeProvider(), points);
    const data = memo.portable(rushHour)!;
    const problem = { ...shape, matrix: rebuildMatrix(data) };
    const start = greedyPlan(problem);
    const out = await optimiseInThread(problem, start, {
      seed: 3,
      seconds: 0.3,
      portableMatrix: { module: PORTABLE_DURATIONS_MODULE, data },
    });
    expect(checkPlan(problem, out).violations).toEqual([]);
    expect(out.unassigned.length).toBeLessThanOrEqual(start.unassigned.length);
  });
});
