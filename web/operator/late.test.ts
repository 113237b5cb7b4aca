import { describe, expect, it } from 'vitest';
import type { BookingView } from '../shared/types.js';
import { isLate } from './late.js';

const END = Date.parse('2026-11-27T10:20:00Z');

function ride(status: BookingView['status'], plannedPickupAt?: string): BookingView {
  return {
    status,
    pickupWindow: { start: '2026-11-27T10:00:00Z', end: '2026-11-27T10:20:00Z' },
    planned: plannedPickupAt ? { pickupAt: plannedPickupAt } : null,
  } as BookingView;
}

describe('isLate', () => {
  it('is late when the plan itself picks up after the promised window', () => {
    expect(isLate(ride('scheduled', '2026-11-27T10:25:00Z'), END - 3_600_000)).toBe(true);
    expect(isLate(ride('scheduled', '2026-11-27T10:20:00Z'), END - 3_600_000)).toBe(false);
    // Rounded to the engine's whole second, not late; a minute past the end is.
    expect(isLate(ride('scheduled', '2026-11-27T10:20:00.400Z'), END - 3_600_000)).toBe(false);
    expect(isLate(ride('scheduled', '2026-11-27T10:21:00Z'), END - 3_600_000)).toBe(true);
  });

  it('turns late once the window is over and nobody is picked up yet', () => {
    expect(isLate(ride('scheduled', '2026-11-27T10:10:00Z'), END)).toBe(false);
    expect(isLate(ride('scheduled', '2026-11-27T10:10:00Z'), END + 60_000)).toBe(true);
    expect(isLate(ride('pending'), END + 60_000)).toBe(true);
  });

  it('is never late once the driver is at the door, the citizen aboard, or the ride over', () => {
    for (const status of [
      'arrived',
      'on-board',
      'completed',
      'cancelled',
      'refused',
      'no-show',
    ] as const) {
      expect(isLate(ride(status, '2026-11-27T10:10:00Z'), END + 3_600_000), status).toBe(false);
      // A cancelled ride keeps the plan it had, even one that was running late.
      expect(isLate(ride(status, '2026-11-27T10:25:00Z'), END - 3_600_000), status).toBe(false);
    }
  });
});
