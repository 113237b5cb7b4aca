import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICES } from '../features/services/default-services.js';
import { checkBookingHorizon, demandOf, isEligible, requiredFeaturesOf } from './services.js';

const engelsiz = DEFAULT_SERVICES.find((s) => s.id === 'engelsiz-taksi')!;
const anne = DEFAULT_SERVICES.find((s) => s.id === 'anne-taksi')!;
const tz = 'Europe/Istanbul';

describe('service rules', () => {
  it('seats a wheelchair user in a wheelchair place and a companion on a seat', () => {
    expect(demandOf({ wheelchair: 'electric', companions: 1, infants: 0 })).toEqual({
      seats: 1,
      wheelchairs: 1,
      infantSeats: 0,
    });
  });
  it('asks for an infant seat for a newborn and a ramp or lift for a wheelchair', () => {
    expect(requiredFeaturesOf(anne, { wheelchair: 'none', companions: 1, infants: 1 })).toEqual([
      'infantSeat',
    ]);
    expect(
      requiredFeaturesOf(engelsiz, { wheelchair: 'manual', companions: 0, infants: 0 }),
    ).toEqual(['wheelchairAccess']);
  });
  it('refuses times in the past, too soon, or beyond the horizon', () => {
    const now = new Date('2026-11-26T07:00:00Z'); // 10:00 in İzmit
    expect(checkBookingHorizon(engelsiz, new Date('2026-11-26T06:00:00Z'), now, tz)?.reason).toBe(
      'in-past',
    );
    expect(checkBookingHorizon(engelsiz, new Date('2026-11-26T07:10:00Z'), now, tz)?.reason).toBe(
      'too-short-notice',
    );
    expect(checkBookingHorizon(engelsiz, new Date('2027-02-26T07:00:00Z'), now, tz)?.reason).toBe(
      'too-far-ahead',
    );
    expect(
      checkBookingHorizon(engelsiz, new Date('2026-11-27T07:00:00Z'), now, tz),
    ).toBeUndefined();
  });
  it('counts eligibility by local date, inclusive', () => {
    const records = [
      { serviceId: 'engelsiz-taksi', validFrom: '2026-01-01', validUntil: '2026-12-31' },
    ];
    expect(isEligible(records, 'engelsiz-taksi', '2026-12-31')).toBe(true);
    expect(isEligible(records, 'engelsiz-taksi', '2027-01-01')).toBe(false);
    expect(isEligible(records, 'anne-taksi', '2026-06-01')).toBe(false);
  });
});
