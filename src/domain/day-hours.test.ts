import { describe, expect, it } from 'vitest';
import { checkDayHours } from './day-hours.js';

const tz = 'Europe/Istanbul';
// 31 Aralık 2026 in Istanbul (UTC+3)
const at = (hhmm: string) => new Date(`2026-12-31T${hhmm}:00+03:00`);
const newYearsEve = {
  date: '2026-12-31',
  serviceId: 'engelsiz-taksi',
  closed: false as const,
  opensAt: '08:00',
  closesAt: '14:00',
};

describe('a day with its own service hours', () => {
  it('takes a ride from the opening minute up to, not including, the closing one', () => {
    expect(checkDayHours(newYearsEve, at('08:00'), tz)).toBeUndefined();
    expect(checkDayHours(newYearsEve, at('13:59'), tz)).toBeUndefined();
    expect(checkDayHours(newYearsEve, at('14:00'), tz)).toEqual({
      reason: 'outside-day-hours',
      date: '2026-12-31',
      opensAt: '08:00',
      closesAt: '14:00',
    });
    expect(checkDayHours(newYearsEve, at('07:59'), tz)?.reason).toBe('outside-day-hours');
  });

  it('refuses every time of a closed day, and lets a day without hours of its own be', () => {
    const closed = { date: '2026-10-29', serviceId: 'asi-ulasim', closed: true as const };
    expect(checkDayHours(closed, new Date('2026-10-29T10:00:00+03:00'), tz)).toEqual({
      reason: 'day-closed',
      date: '2026-10-29',
    });
    expect(checkDayHours(undefined, at('03:00'), tz)).toBeUndefined();
  });

  it('reads the time in the municipality, not in UTC', () => {
    // 05:30 UTC is 08:30 in Istanbul: open.
    expect(checkDayHours(newYearsEve, new Date('2026-12-31T05:30:00Z'), tz)).toBeUndefined();
  });
});
