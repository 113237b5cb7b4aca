import { describe, expect, it } from 'vitest';
import { etasAlong } from './vehicle-eta.js';

const t = (hhmm: string) => new Date(`2026-03-10T${hhmm}:00Z`);

describe('ETAs along the route from the vehicle’s position', () => {
  it('adds each leg and each stop’s service time, waiting when early', () => {
    const stops = [
      { plannedStart: t('10:10'), plannedDeparture: t('10:15'), windowEnd: t('10:20') },
      { plannedStart: t('10:30'), plannedDeparture: t('10:32'), windowEnd: null },
    ];
    // 5 min to the pickup (early: waits until 10:10, leaves 10:15), 10 min to the drop-off.
    const [pickup, dropoff] = etasAlong(stops, [300, 600], t('10:00'));
    expect(pickup).toEqual({ eta: t('10:05'), lateMinutes: 0 });
    expect(dropoff).toEqual({ eta: t('10:25'), lateMinutes: 0 });
  });
  it('marks a pickup late past its window, and carries the delay on', () => {
    const stops = [
      { plannedStart: t('10:10'), plannedDeparture: t('10:15'), windowEnd: t('10:20') },
      { plannedStart: t('10:30'), plannedDeparture: t('10:32'), windowEnd: t('10:40') },
    ];
    const [first, second] = etasAlong(stops, [30 * 60, 10 * 60], t('10:00'));
    expect(first).toEqual({ eta: t('10:30'), lateMinutes: 10 });
    // Left at 10:35 (5 min service), 10 min on: 10:45, five past its window.
    expect(second).toEqual({ eta: t('10:45'), lateMinutes: 5 });
  });
});
