import { describe, expect, it } from 'vitest';
import { type Answers, bookingBody, instantOf, rebookAnswers, spokenTime } from './request-body.js';

const base: Answers = {
  citizenId: '7d0c8a84-1b0e-4a3e-9d55-2f1a3c4b5d6e',
  serviceId: 'asi-ulasim',
  from: { kind: 'point', label: 'Evim', lat: 40.77, lng: 29.93 },
  door: { street: '', buildingNo: '', floor: '', flat: '', directions: '' },
  to: { kind: 'place', placeId: 'kocaeli-devlet-hastanesi' },
  when: 'arrive',
  date: '2026-11-27',
  time: '14:30',
  ret: 'after',
  wheelchair: 'manual',
  walkingAid: false,
  companions: 1,
  infants: 0,
  note: '  ',
};

describe('the request form as a booking body', () => {
  it('an appointment at local 14:30 is arriveBy 11:30 UTC, with the return an hour after', () => {
    expect(bookingBody(base)).toEqual({
      serviceId: 'asi-ulasim',
      citizenId: base.citizenId,
      pickup: { label: 'Evim', lat: 40.77, lng: 29.93 },
      dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
      arriveBy: '2026-11-27T11:30:00Z',
      wheelchair: 'manual',
      walkingAid: false,
      companions: 1,
      infants: 0,
      returnTrip: { readyAfterMinutes: 60 },
    });
  });

  it('as soon as possible sends no time; an alternative replaces the time; never an override', () => {
    const asap = bookingBody({ ...base, when: 'asap', ret: 'none', note: 'Zil bozuk' });
    expect(asap).toMatchObject({ asap: true, notes: 'Zil bozuk' });
    expect(asap).not.toHaveProperty('arriveBy');
    const picked = bookingBody({ ...base, when: 'at' }, '2026-11-27T12:00:00Z');
    expect(picked).toMatchObject({ pickupAt: '2026-11-27T12:00:00Z' });
    for (const body of [asap, picked]) {
      expect(body).not.toHaveProperty('eligibilityOverride');
      expect(body).not.toHaveProperty('overlapOverride');
    }
  });

  it('sends the door parts typed at the pickup, trimmed, and none when all are blank', () => {
    const door = {
      street: ' ',
      buildingNo: '12',
      floor: '3',
      flat: '7',
      directions: ' Yeşil kapı ',
    };
    expect(bookingBody({ ...base, door }).pickup).toEqual({
      label: 'Evim',
      lat: 40.77,
      lng: 29.93,
      address: { buildingNo: '12', floor: '3', flat: '7', directions: 'Yeşil kapı' },
    });
    expect(bookingBody(base).pickup).not.toHaveProperty('address');
  });

  it('refuses an impossible local time and speaks times in the language', () => {
    expect(instantOf('2026-02-30', '10:00')).toBeUndefined();
    expect(spokenTime('2026-11-27T11:30:00Z', 'tr')).toBe('14:30, 27 Kasım Cuma');
    expect(spokenTime('2026-11-27T11:30:00Z', 'en')).toBe('14:30, Friday 27 November');
  });
});

describe('asking for a past ride again', () => {
  it('keeps the service, the places, the door and the needs, and asks only for the new time', () => {
    const past = {
      citizenId: base.citizenId,
      serviceId: 'engelsiz-taksi',
      pickup: {
        placeId: null,
        label: 'Kapı: İnönü Cd. 4',
        lat: 40.76,
        lng: 29.93,
        address: { street: 'İnönü Cd.', buildingNo: '4', floor: '2', directions: 'Arka kapı' },
      },
      dropoff: {
        placeId: null,
        label: 'Kapı: Atatürk Cd. 5',
        lat: 40.77,
        lng: 29.94,
        address: { street: 'Atatürk Cd.', buildingNo: '5' },
      },
      arriveBy: null,
      passengers: { wheelchair: 'electric', companions: 1, infants: 0 },
      walkingAid: true,
    } as unknown as Parameters<typeof rebookAnswers>[0];
    const again = rebookAnswers(past);
    expect(again).toMatchObject({
      serviceId: 'engelsiz-taksi',
      from: { kind: 'point', label: 'Kapı: İnönü Cd. 4', lat: 40.76, lng: 29.93 },
      door: { street: 'İnönü Cd.', buildingNo: '4', floor: '2', flat: '', directions: 'Arka kapı' },
      to: { kind: 'point', label: 'Kapı: Atatürk Cd. 5', lat: 40.77, lng: 29.94 },
      when: 'at',
      date: '',
      wheelchair: 'electric',
      walkingAid: true,
      companions: 1,
    });
  });
});
