import { describe, expect, it } from 'vitest';
import { otherDaysOf } from './notifier.js';

describe('which days a manifest change reaches', () => {
  const zone = 'Europe/Istanbul';
  it('pushes a night shift’s change to the next day’s page too', () => {
    const manifests = {
      shifts: [{ startsAt: '2026-11-26T14:00:00Z', endsAt: '2026-11-27T04:00:00Z' }],
    };
    expect(otherDaysOf(manifests, '2026-11-26', zone)).toEqual(['2026-11-27']);
    expect(otherDaysOf(manifests, '2026-11-27', zone)).toEqual(['2026-11-26']);
  });
  it('pushes a day shift’s change to its own day only, even one ending at midnight', () => {
    const manifests = {
      shifts: [{ startsAt: '2026-11-26T05:00:00Z', endsAt: '2026-11-26T21:00:00Z' }],
    };
    expect(otherDaysOf(manifests, '2026-11-26', zone)).toEqual([]);
  });
});
