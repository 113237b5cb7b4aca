import { describe, expect, it } from 'vitest';
import { coordinateKey, weeklyTimeBucket } from './coordinate-key.js';
import { futureDeparture } from './google-distance-matrix-source.js';

describe('cache keys', () => {
  it('rounds coordinates to 4 decimals', () => {
    expect(coordinateKey({ lat: 40.765_64, lng: 29.940_61 })).toBe('40.7656,29.9406');
    expect(coordinateKey({ lat: 40.765_61, lng: 29.940_64 })).toBe('40.7656,29.9406');
  });

  it('buckets departures by weekday and quarter hour in Istanbul', () => {
    // Tuesday 08:29 and 08:16 Istanbul share a bucket; next Tuesday too.
    const a = weeklyTimeBucket(new Date('2024-11-26T05:29:00Z'), 15, 'Europe/Istanbul');
    expect(a).toBe('w2-0815');
    expect(weeklyTimeBucket(new Date('2024-11-26T05:16:00Z'), 15, 'Europe/Istanbul')).toBe(a);
    expect(weeklyTimeBucket(new Date('2024-12-03T05:20:00Z'), 15, 'Europe/Istanbul')).toBe(a);
    expect(weeklyTimeBucket(new Date('2024-11-26T05:30:00Z'), 15, 'Europe/Istanbul')).toBe(
      'w2-0830',
    );
  });

  it('moves a past departure to the same time of a future week', () => {
    const now = Date.parse('2024-11-26T12:00:00Z');
    const past = new Date('2024-11-12T05:30:00Z');
    const moved = futureDeparture(past, now);
    expect(moved.toISOString()).toBe('2024-12-03T05:30:00.000Z');
    const future = new Date('2024-11-27T05:30:00Z');
    expect(futureDeparture(future, now)).toBe(future);
  });
});
