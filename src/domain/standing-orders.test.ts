import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICES } from '../features/services/default-services.js';
import {
  isLocalTime,
  latestEndOf,
  localDateOf,
  localInstant,
  occurrenceDates,
  planOccurrence,
  returnOf,
  rideChanged,
} from './standing-orders.js';

const tz = 'Europe/Istanbul';
const engelsiz = DEFAULT_SERVICES.find((s) => s.id === 'engelsiz-taksi')!;
const asi = DEFAULT_SERVICES.find((s) => s.id === 'asi-ulasim')!;
const noHolidays = new Map<string, string>();

const isoDate = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 });
const localTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('occurrence dates', () => {
  it('gives Mondays, Wednesdays and Fridays from start to end, both inclusive', () => {
    // 2026-12-07 is a Monday.
    expect(
      occurrenceDates({ weekdays: [1, 3, 5], startsOn: '2026-12-07', endsOn: '2026-12-18' }),
    ).toEqual(['2026-12-07', '2026-12-09', '2026-12-11', '2026-12-14', '2026-12-16', '2026-12-18']);
  });

  it('counts a Sunday as 7 and starts mid-week without inventing earlier dates', () => {
    expect(
      occurrenceDates({ weekdays: [7, 1], startsOn: '2026-12-09', endsOn: '2026-12-14' }),
    ).toEqual(['2026-12-13', '2026-12-14']);
  });

  it('walks straight through the nights clocks change (Europe/Berlin, and Türkiye before 2016)', () => {
    const dates = occurrenceDates({
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startsOn: '2026-03-27',
      endsOn: '2026-03-31',
    });
    expect(dates).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
  });

  it('property: every date is in range, on a chosen weekday, in order, and none is missed', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 200 }), weekdays, (startsOn, span, days) => {
        const endsOn = DateTime.fromISO(startsOn, { zone: 'UTC' })
          .plus({ days: span })
          .toISODate()!;
        const dates = occurrenceDates({ weekdays: days, startsOn, endsOn });
        for (const d of dates) {
          expect(d >= startsOn && d <= endsOn).toBe(true);
          expect(days).toContain(DateTime.fromISO(d).weekday);
        }
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        // Each full week in the range holds exactly one date per chosen weekday.
        const fullWeeks = Math.floor((span + 1) / 7);
        expect(dates.length).toBeGreaterThanOrEqual(fullWeeks * days.length);
        expect(dates.length).toBeLessThanOrEqual((fullWeeks + 1) * days.length);
      }),
    );
  });

  it('limits a series to six months', () => {
    expect(latestEndOf('2026-12-01')).toBe('2027-06-01');
    expect(latestEndOf('2026-08-31')).toBe('2027-02-28');
  });
});

describe('local times', () => {
  it('accepts HH:mm on a 24-hour clock only', () => {
    expect(['00:00', '08:00', '23:59'].every(isLocalTime)).toBe(true);
    expect(['24:00', '8:00', '08:60', '08:00:00', ''].some(isLocalTime)).toBe(false);
  });

  it('places 08:00 in İzmit at 05:00 UTC, all year round (no DST since 2016)', () => {
    expect(localInstant('2027-01-04', '08:00', tz).toISOString()).toBe('2027-01-04T05:00:00.000Z');
    expect(localInstant('2027-07-05', '08:00', tz).toISOString()).toBe('2027-07-05T05:00:00.000Z');
  });

  it('keeps a ride just before midnight on its own local date, which is the day before in UTC', () => {
    const at = localInstant('2026-12-31', '23:30', tz);
    expect(at.toISOString()).toBe('2026-12-31T20:30:00.000Z');
    expect(localDateOf(at, tz)).toBe('2026-12-31');
    const early = localInstant('2027-01-01', '00:15', tz);
    expect(early.toISOString()).toBe('2026-12-31T21:15:00.000Z');
    expect(localDateOf(early, tz)).toBe('2027-01-01');
  });

  it('moves a time that does not exist when clocks jump forward by the jump', () => {
    // Europe/Berlin, 2026-03-29: 02:00 → 03:00.
    expect(localInstant('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(localInstant('2026-03-29', '08:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T06:00:00.000Z',
    );
  });

  it('takes the first of a time that happens twice when clocks go back', () => {
    // Europe/Berlin, 2026-10-25: 03:00 → 02:00; 02:30 first happens at 00:30 UTC.
    expect(localInstant('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(localInstant('2026-10-25', '08:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T07:00:00.000Z',
    );
  });

  it('property: in a zone with DST the instant shows the wall-clock time on the same date, except in the gap', () => {
    fc.assert(
      fc.property(isoDate, localTime, (date, time) => {
        const at = DateTime.fromJSDate(localInstant(date, time, 'Europe/Berlin'), {
          zone: 'Europe/Berlin',
        });
        expect(at.toISODate()).toBe(date);
        if (at.toFormat('HH:mm') !== time) {
          // Only the hour clocks skip, shown one hour later (on the wall clock: an hour before
          // 03:00 that day is 01:00, so subtracting an hour from the instant would not do).
          const [h, m] = time.split(':');
          expect(at.toFormat('HH:mm')).toBe(`${String(Number(h) + 1).padStart(2, '0')}:${m}`);
          expect(at.offset).toBe(120);
        }
      }),
    );
  });

  it('property: the repeated hour resolves to the earlier instant', () => {
    fc.assert(
      fc.property(localTime, (time) => {
        const at = localInstant('2026-10-25', time, 'Europe/Berlin');
        const other = new Date(at.getTime() - 3_600_000);
        // No earlier instant shows the same wall-clock time that day.
        expect(
          DateTime.fromJSDate(other, { zone: 'Europe/Berlin' }).toFormat('yyyy-MM-dd HH:mm'),
        ).not.toBe(`2026-10-25 ${time}`);
      }),
    );
  });
});

describe('planning an occurrence', () => {
  const now = new Date('2026-12-07T07:00:00Z'); // Monday 10:00 in İzmit
  const occ = (date: string, time = '08:00') => ({ date, at: localInstant(date, time, tz) });

  it('skips a holiday by name, whatever the horizon says', () => {
    const holidays = new Map([['2026-12-09', 'Belediye tatili']]);
    expect(planOccurrence(engelsiz, occ('2026-12-09'), holidays, now, tz)).toEqual({
      kind: 'holiday',
      holidayName: 'Belediye tatili',
    });
  });

  it('books what is inside the horizon and leaves the rest to the daily run', () => {
    expect(planOccurrence(engelsiz, occ('2026-12-09'), noHolidays, now, tz).kind).toBe('due');
    // Engelsiz Taksi books 14 days ahead: the 21st is the 14th day, the 23rd beyond.
    expect(planOccurrence(engelsiz, occ('2026-12-21'), noHolidays, now, tz).kind).toBe('due');
    expect(planOccurrence(engelsiz, occ('2026-12-23'), noHolidays, now, tz).kind).toBe('later');
  });

  it('gives up on an occurrence whose notice has passed', () => {
    expect(planOccurrence(engelsiz, occ('2026-12-07', '08:00'), noHolidays, now, tz)).toEqual({
      kind: 'too-late',
      reason: 'in-past',
    });
    expect(planOccurrence(engelsiz, occ('2026-12-07', '10:15'), noHolidays, now, tz)).toEqual({
      kind: 'too-late',
      reason: 'too-short-notice',
    });
    expect(planOccurrence(asi, occ('2026-12-07', '15:00'), noHolidays, now, tz)).toEqual({
      kind: 'too-late',
      reason: 'same-day-not-allowed',
    });
  });

  it('counts the horizon in local days near midnight', () => {
    // 23:30 local on the 7th is 20:30 UTC: both clocks still say the 7th, so days count from the 7th.
    const lateNow = localInstant('2026-12-07', '23:30', tz);
    // Fourteen local days ahead of the 7th is the 21st, even at 00:15 local.
    expect(planOccurrence(engelsiz, occ('2026-12-21', '00:15'), noHolidays, lateNow, tz).kind).toBe(
      'due',
    );
    expect(planOccurrence(engelsiz, occ('2026-12-22', '00:15'), noHolidays, lateNow, tz).kind).toBe(
      'later',
    );
    // Just after local midnight the horizon moves a day, though UTC still says the 7th (21:05).
    const afterMidnight = localInstant('2026-12-08', '00:05', tz);
    expect(
      planOccurrence(engelsiz, occ('2026-12-22', '00:15'), noHolidays, afterMidnight, tz).kind,
    ).toBe('due');
  });
});

describe('returns and changes', () => {
  it('turns a return time into that date’s instant, or passes the wait on', () => {
    expect(returnOf({ pickupTime: '12:30' }, '2026-12-09', tz)).toEqual({
      pickupAt: new Date('2026-12-09T09:30:00Z'),
    });
    expect(returnOf({ readyAfterMinutes: 240 }, '2026-12-09', tz)).toEqual({
      readyAfterMinutes: 240,
    });
  });

  it('re-books only when the ride itself changed', () => {
    const ride = {
      time: '08:00',
      pickup: { placeId: 'gultepe-mah' },
      dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
      wheelchair: 'manual',
      walkingAid: false,
      companions: 0,
      infants: 0,
      notes: null,
      returnTrip: { readyAfterMinutes: 240 },
    };
    expect(rideChanged(ride, { ...ride })).toBe(false);
    expect(rideChanged(ride, { ...ride, time: '08:30' })).toBe(true);
    expect(rideChanged(ride, { ...ride, companions: 1 })).toBe(true);
    expect(rideChanged(ride, { ...ride, returnTrip: null })).toBe(true);
  });
});
