import { describe, expect, it } from 'vitest';
import {
  dmy,
  dmyHm,
  hhmm,
  localDateOf,
  minutesUntil,
  parseDmy,
  timeRange,
  toInstant,
  toLocalParts,
  weekdayOf,
} from './time.js';

// The machine running the tests may be in any zone; every result is İzmit's time.
describe('parseDmy', () => {
  it('reads a date as Turkish offices write it, and the ISO form', () => {
    expect(parseDmy('27.11.2026')).toBe('2026-11-27');
    expect(parseDmy(' 7.3.2027 ')).toBe('2027-03-07');
    expect(parseDmy('27/11/2026')).toBe('2026-11-27');
    expect(parseDmy('27-11-26')).toBe('2026-11-27');
    expect(parseDmy('2026-11-27')).toBe('2026-11-27');
  });

  it('refuses what is no date, never rolling 31 February over into March', () => {
    for (const text of ['31.02.2026', '00.11.2026', '27.13.2026', '11/27', 'yarın', ''])
      expect(parseDmy(text), text).toBeUndefined();
  });
});

describe('local times', () => {
  it('turns a local date and time into an instant with İzmit’s offset', () => {
    expect(toInstant('2026-11-27', '14:30')).toBe('2026-11-27T14:30:00+03:00');
    expect(toInstant('2026-11-27', '')).toBeUndefined();
    expect(toInstant('', '14:30')).toBeUndefined();
  });

  it('puts an instant back into the form as İzmit’s date and 24-hour time', () => {
    // 21:30 UTC is already the next day in İzmit.
    expect(toLocalParts('2026-11-27T21:30:00Z')).toEqual({ date: '2026-11-28', time: '00:30' });
    expect(localDateOf('2026-11-27T21:30:00Z')).toBe('2026-11-28');
    expect(hhmm('2026-11-27T11:05:00Z')).toBe('14:05');
    expect(timeRange('2026-11-27T11:05:00Z', '2026-11-27T11:25:00Z')).toBe('14:05–14:25');
  });

  it('writes dates as dd.mm.yyyy', () => {
    expect(dmy('2026-11-27')).toBe('27.11.2026');
    expect(dmy('2026-11-27T21:30:00Z')).toBe('28.11.2026');
    expect(dmy('not a date')).toBe('not a date');
    expect(dmyHm('2026-11-27T11:05:00Z')).toBe('27.11.2026 14:05');
  });

  it('counts minutes to an instant and names ISO weekdays', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(minutesUntil('2026-11-27T10:07:20Z', now)).toBe(7);
    expect(minutesUntil('2026-11-27T09:50:00Z', now)).toBe(-10);
    expect(weekdayOf('2026-11-30')).toBe(1); // a Monday
    expect(weekdayOf('2026-11-29')).toBe(7);
  });
});
