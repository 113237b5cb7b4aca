import { describe, expect, it } from 'vitest';
import { occurrenceDates } from '../../domain/standing-orders.js';
import { DEFAULT_SERVICES } from '../services/default-services.js';
import type { OccurrenceRow, StandingOrderRow } from './standing-orders.store.js';
import { toView } from './standing-orders.view.js';

const tz = 'Europe/Istanbul';
const engelsiz = DEFAULT_SERVICES.find((s) => s.id === 'engelsiz-taksi')!;
const place = { placeId: null, label: 'Ev', lat: 40.76, lng: 29.94, address: null };

// Monday 7 December 2026, 10:00 in İzmit.
const now = new Date('2026-12-07T07:00:00Z');
const series: StandingOrderRow = {
  id: '00000000-0000-4000-8000-000000000001',
  citizen_id: '00000000-0000-4000-8000-000000000002',
  citizen_name: 'Osman Koç',
  service_id: 'engelsiz-taksi',
  pickup: place,
  dropoff: place,
  weekdays: [1, 3, 5],
  local_time: '08:00',
  starts_on: '2026-11-30',
  ends_on: '2027-01-29',
  wheelchair: 'manual',
  walking_aid: false,
  companions: 0,
  infants: 0,
  notes: null,
  return_trip: null,
  eligibility_override: null,
  status: 'active',
  ended_at: null,
  end_reason: null,
  version: 1,
  created_by: '00000000-0000-4000-8000-000000000003',
  created_by_name: 'Ayşe Operatör',
  created_at: now,
  updated_at: now,
};
const booked = (date: string, status: OccurrenceRow['booking_status']): OccurrenceRow => ({
  date,
  attempt: 1,
  booking_id: `00000000-0000-4000-8000-0000000${date.replaceAll('-', '').slice(3)}`,
  failure: null,
  booking_status: status,
  // Booked at 08:30, before the series moved to 08:00: the booked time is shown.
  booking_at: new Date(`${date}T05:30:00Z`),
});

function view(s: StandingOrderRow, rows: OccurrenceRow[], lang: 'tr' | 'en' = 'en') {
  return toView(s, {
    rules: engelsiz,
    dates: occurrenceDates({ weekdays: s.weekdays, startsOn: s.starts_on, endsOn: s.ends_on }),
    holidays: new Map([['2026-12-11', 'Belediye Günü']]),
    rows,
    now,
    timeZone: tz,
    lang,
  });
}

describe('a series as staff read it', () => {
  it('says for every date what became of it', () => {
    const rows = [
      booked('2026-12-02', 'completed'),
      booked('2026-12-09', 'scheduled'),
      {
        date: '2026-12-14',
        attempt: 1,
        booking_id: null,
        failure: {
          code: 'NOT_ELIGIBLE',
          params: { serviceEn: 'Accessible Taxi', date: '2026-12-14' },
        },
        booking_status: null,
        booking_at: null,
      },
    ];
    const byDate = new Map(view(series, rows).occurrences.map((o) => [o.date, o]));
    expect(byDate.get('2026-11-30')?.state).toBe('missed');
    expect(byDate.get('2026-12-02')).toMatchObject({ state: 'booked', bookingStatus: 'completed' });
    expect(byDate.get('2026-12-02')?.at).toBe('2026-12-02T05:30:00.000Z');
    // Today 08:00 has passed unbooked; Wednesday is booked; Friday is a holiday.
    expect(byDate.get('2026-12-07')?.state).toBe('missed');
    expect(byDate.get('2026-12-09')?.state).toBe('booked');
    expect(byDate.get('2026-12-11')).toMatchObject({
      state: 'skipped',
      holidayName: 'Belediye Günü',
    });
    expect(byDate.get('2026-12-14')?.failure).toMatchObject({
      code: 'NOT_ELIGIBLE',
      message: 'The citizen has no valid eligibility for "Accessible Taxi" on 2026-12-14.',
    });
    expect(byDate.get('2026-12-16')?.state).toBe('due');
    expect(byDate.get('2026-12-16')?.at).toBe('2026-12-16T05:00:00.000Z');
    // 14 days ahead is the edge of Engelsiz Taksi's horizon.
    expect(byDate.get('2026-12-21')?.state).toBe('due');
    expect(byDate.get('2026-12-23')?.state).toBe('upcoming');
    expect(
      view(series, rows, 'tr').occurrences.find((o) => o.date === '2026-12-14')?.failure?.message,
    ).toMatch(/hak sahipliği yok/);
  });

  it('after the end keeps the dates up to it and the bookings beyond it, nothing else', () => {
    const ended: StandingOrderRow = {
      ...series,
      status: 'ended',
      ended_at: now,
      end_reason: 'Tedavi bitti',
    };
    const rows = [booked('2026-12-09', 'cancelled')];
    const v = view(ended, rows);
    expect(v.ended).toEqual({ at: now.toISOString(), reason: 'Tedavi bitti' });
    expect(v.occurrences.map((o) => [o.date, o.state, o.bookingStatus])).toEqual([
      ['2026-11-30', 'missed', null],
      ['2026-12-02', 'missed', null],
      ['2026-12-04', 'missed', null],
      ['2026-12-07', 'missed', null],
      ['2026-12-09', 'booked', 'cancelled'],
    ]);
  });
});
