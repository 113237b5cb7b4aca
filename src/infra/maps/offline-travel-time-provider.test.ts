import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlace, IZMIT_PLACES } from '../../domain/places/izmit-gazetteer.js';
import type { LatLng } from '../../domain/places/place.js';
import { haversineMetres } from './great-circle.js';
import {
  createOfflineTravelTimeProvider,
  OfflineTravelModel,
} from './offline-travel-time-provider.js';

// Tuesday 26 Nov 2024 in Istanbul (UTC+3): 08:30 is the morning peak, 03:00 night, 11:00 midday.
const RUSH = new Date('2024-11-26T05:30:00Z');
const NIGHT = new Date('2024-11-26T00:00:00Z');
const MIDDAY = new Date('2024-11-26T08:00:00Z');

const place = (id: string): LatLng => findPlace(id)!;
const izmitPoint = fc.record({
  lat: fc.double({ min: 40.75, max: 40.92, noNaN: true }),
  lng: fc.double({ min: 29.86, max: 30.15, noNaN: true }),
});

describe('offline travel-time model', () => {
  const provider = createOfflineTravelTimeProvider();

  it('is zero on the diagonal and positive elsewhere', async () => {
    const points = IZMIT_PLACES.slice(0, 20);
    const m = await provider.matrix(points, points, MIDDAY);
    expect(m.source).toBe('offline');
    points.forEach((_, i) => {
      expect(m.durationsSec[i]![i]).toBe(0);
      expect(m.distancesM[i]![i]).toBe(0);
      points.forEach((__, j) => {
        if (i !== j) expect(m.durationsSec[i]![j]).toBeGreaterThan(0);
      });
    });
  });

  it('is symmetric', () => {
    const model = new OfflineTravelModel();
    fc.assert(
      fc.property(izmitPoint, izmitPoint, (a, b) => {
        const m = model.matrix([a, b], [a, b], MIDDAY);
        expect(Math.abs(m.durationsSec[0]![1]! - m.durationsSec[1]![0]!)).toBeLessThanOrEqual(1);
        expect(m.distancesM[0]![1]).toBe(m.distancesM[1]![0]);
      }),
    );
  });

  it('respects the triangle inequality within rounding', () => {
    const model = new OfflineTravelModel();
    fc.assert(
      fc.property(izmitPoint, izmitPoint, izmitPoint, (a, b, c) => {
        const m = model.matrix([a, b, c], [a, b, c], MIDDAY);
        const ac = m.durationsSec[0]![2]!;
        const viaB = m.durationsSec[0]![1]! + m.durationsSec[1]![2]!;
        // Area speeds differ, so a detour through faster roads may win by a little.
        expect(ac).toBeLessThanOrEqual(viaB * 1.5 + 2);
        expect(m.distancesM[0]![2]!).toBeLessThanOrEqual(
          m.distancesM[0]![1]! + m.distancesM[1]![2]! + 2,
        );
      }),
    );
  });

  it('uses road distance = great circle × detour factor', async () => {
    const a = place('yahya-kaptan-mah');
    const b = place('kocaeli-universitesi-arastirma-hastanesi');
    const m = await provider.matrix([a], [b], MIDDAY);
    expect(m.distancesM[0]![0]).toBeCloseTo(haversineMetres(a, b) * 1.3, -1);
  });

  it('is slower in the rush hour than at night, and plausible for İzmit', async () => {
    const a = place('yahya-kaptan-mah');
    const b = place('kocaeli-devlet-hastanesi');
    const rush = (await provider.matrix([a], [b], RUSH)).durationsSec[0]![0]!;
    const night = (await provider.matrix([a], [b], NIGHT)).durationsSec[0]![0]!;
    expect(rush).toBeGreaterThan(night * 1.2);
    // ≈ 4 km across the centre: between 5 and 20 minutes.
    expect(night).toBeGreaterThan(5 * 60);
    expect(rush).toBeLessThan(20 * 60);
  });

  it('treats the weekend without a commuter peak', () => {
    const model = new OfflineTravelModel();
    const saturday0830 = new Date('2024-11-30T05:30:00Z');
    expect(model.speedKmh('centre', saturday0830)).toBeGreaterThan(model.speedKmh('centre', RUSH));
  });

  it('classifies areas by distance from the centre', () => {
    const model = new OfflineTravelModel();
    expect(model.areaOf(place('tepecik-mah'))).toBe('centre');
    expect(model.areaOf(place('alikahya-fatih-mah'))).toBe('district');
    expect(model.areaOf(place('akmese-koy'))).toBe('village');
  });

  it('rejects nonsense settings at construction', () => {
    expect(() => createOfflineTravelTimeProvider({ detourFactor: 0.5 })).toThrow(RangeError);
    expect(() => createOfflineTravelTimeProvider({ weekdaySpeedFactorByHour: [1, 1] })).toThrow(
      RangeError,
    );
    expect(() =>
      createOfflineTravelTimeProvider({ speedKmh: { centre: 0, district: 1, village: 1 } }),
    ).toThrow(RangeError);
  });

  it('refuses invalid coordinates instead of returning NaN', async () => {
    await expect(
      provider.matrix([{ lat: Number.NaN, lng: 29.9 }], [place('kozluk-mah')], MIDDAY),
    ).rejects.toThrow(/origin 0/);
    await expect(
      provider.matrix([place('kozluk-mah')], [{ lat: 40.7, lng: 200 }], MIDDAY),
    ).rejects.toThrow(RangeError);
  });

  it('builds a 100 × 100 matrix of the right shape and counts it', async () => {
    const p = createOfflineTravelTimeProvider();
    const pts = Array.from({ length: 100 }, (_, i) => ({
      lat: 40.76 + i * 0.001,
      lng: 29.9 + i * 0.001,
    }));
    const m = await p.matrix(pts, pts.slice(0, 50), MIDDAY);
    expect(m.durationsSec).toHaveLength(100);
    expect(m.durationsSec[99]).toHaveLength(50);
    expect(p.stats().elements).toBe(5000);
  });
});
