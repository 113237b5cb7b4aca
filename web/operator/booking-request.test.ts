import { describe, expect, it } from 'vitest';
import type { CitizenView, ServiceView } from '../shared/types.js';
import {
  type BookingDraft,
  bookingBody,
  emptyDraft,
  issuesByField,
  serviceFor,
  standingOrderBody,
  timingsOf,
  wheelchairOf,
} from './booking-request.js';

const service = (over: Partial<ServiceView>): ServiceView => ({
  id: 'engelsiz-taksi',
  nameTr: 'Engelsiz Taksi',
  nameEn: 'Accessible Taxi',
  active: true,
  timing: 'pickup',
  maxCompanions: 1,
  pickupWindowMinutes: 20,
  ...over,
});
const ENGELSIZ = service({ asapAllowed: true, returnTrip: true });
const ANNE = service({ id: 'anne-taksi', asapAllowed: true, returnTrip: false });
const ASI = service({ id: 'asi-ulasim', timing: 'arrive-by', returnTrip: true });

const citizen = (over: Partial<CitizenView> = {}): CitizenView => ({
  id: '7f1c2c8e-93b5-4d6c-9a57-7f5c4a0e1b11',
  fullName: 'Osman Koç',
  phone: '0532 111 22 33',
  nationalId: null,
  birthYear: null,
  mobility: 'none',
  home: null,
  notes: null,
  eligibility: [],
  ...over,
});

const eligible = (serviceId: string, validFrom: string, validUntil: string) => ({
  id: crypto.randomUUID(),
  serviceId,
  validFrom,
  validUntil,
  basis: 'rapor',
  disabilityRate: null,
});

function draft(over: Partial<BookingDraft> = {}): BookingDraft {
  return {
    ...emptyDraft('2026-11-27', 'engelsiz-taksi'),
    citizen: citizen(),
    pickup: { placeId: 'gultepe-mah', label: 'Gültepe Mahallesi' },
    dropoff: { placeId: 'kocaeli-devlet-hastanesi', label: 'Kocaeli Devlet Hastanesi' },
    ...over,
  };
}

describe('emptyDraft', () => {
  it('starts a call with nothing of the previous one: no citizen, places, time, needs or notes', () => {
    const d = emptyDraft('2026-11-27', 'anne-taksi');
    expect(d).toMatchObject({
      citizen: undefined,
      serviceId: 'anne-taksi',
      pickup: null,
      dropoff: null,
      time: '',
      date: '2026-11-27',
      companions: 0,
      infants: 0,
      notes: '',
      returnMode: 'none',
      repeat: false,
      weekdays: [],
    });
  });
});

describe('timingsOf', () => {
  it('offers ASAP only where the service allows it, and only an appointment for arrive-by services', () => {
    expect(timingsOf(ANNE)).toEqual(['asap', 'pickup']);
    expect(timingsOf(service({ asapAllowed: false }))).toEqual(['pickup']);
    expect(timingsOf(ASI)).toEqual(['arrive-by']);
    expect(timingsOf(undefined)).toEqual(['pickup']);
  });
});

describe('bookingBody', () => {
  it('sends a pickup time for pickup services', () => {
    const body = bookingBody(draft(), ENGELSIZ, '2026-11-27T10:00:00+03:00');
    expect(body).toMatchObject({
      serviceId: 'engelsiz-taksi',
      citizenId: citizen().id,
      pickup: { placeId: 'gultepe-mah', label: 'Gültepe Mahallesi' },
      pickupAt: '2026-11-27T10:00:00+03:00',
      wheelchair: 'none',
      walkingAid: false,
    });
    expect(body).not.toHaveProperty('asap');
    expect(body).not.toHaveProperty('arriveBy');
    expect(body).not.toHaveProperty('notes');
  });

  it('sends asap and no time when the caller wants the first free vehicle', () => {
    const body = bookingBody(draft({ timing: 'asap' }), ANNE, '2026-11-27T10:00:00+03:00');
    expect(body).toMatchObject({ asap: true });
    expect(body).not.toHaveProperty('pickupAt');
  });

  it('turns a timing the service does not offer into the one it does (arrive-by for vaccinations)', () => {
    const body = bookingBody(draft({ timing: 'asap' }), ASI, '2026-11-28T10:00:00+03:00');
    expect(body).toMatchObject({ arriveBy: '2026-11-28T10:00:00+03:00' });
    expect(body).not.toHaveProperty('asap');
  });

  it('sends the door address only when some part of it is filled in', () => {
    const door = { street: 'Cumhuriyet Cad.', buildingNo: '12', floor: '3', flat: '5' };
    const withDoor = bookingBody(
      draft({ pickup: { placeId: 'gultepe-mah', label: 'Gültepe Mahallesi', address: door } }),
      ENGELSIZ,
      '2026-11-27T10:00:00+03:00',
    );
    expect(withDoor.pickup).toEqual({
      placeId: 'gultepe-mah',
      label: 'Gültepe Mahallesi',
      address: door,
    });
    const blank = bookingBody(
      draft({
        pickup: { placeId: 'gultepe-mah', label: 'Gültepe', address: { street: ' ', flat: '' } },
      }),
      ENGELSIZ,
      '2026-11-27T10:00:00+03:00',
    );
    expect(blank.pickup).not.toHaveProperty('address');
  });

  it('sends a point with its label for a saved address that is no gazetteer place', () => {
    const body = bookingBody(
      draft({ dropoff: { placeId: null, label: 'Kızının evi', lat: 40.77, lng: 29.94 } }),
      ENGELSIZ,
      '2026-11-27T10:00:00+03:00',
    );
    expect(body.dropoff).toEqual({ label: 'Kızının evi', lat: 40.77, lng: 29.94 });
  });

  it('puts the return as the caller said it: at a time, after some minutes, or will call', () => {
    const at = '2026-11-27T10:00:00+03:00';
    expect(bookingBody(draft({ returnMode: 'none' }), ENGELSIZ, at)).not.toHaveProperty(
      'returnTrip',
    );
    expect(
      bookingBody(draft({ returnMode: 'at', returnTime: '13:15' }), ENGELSIZ, at).returnTrip,
    ).toEqual({ pickupAt: '2026-11-27T13:15:00+03:00' });
    expect(
      bookingBody(draft({ returnMode: 'after', returnAfterMinutes: 45 }), ENGELSIZ, at).returnTrip,
    ).toEqual({ readyAfterMinutes: 45 });
    expect(bookingBody(draft({ returnMode: 'will-call' }), ENGELSIZ, at).returnTrip).toEqual({
      willCall: true,
    });
    // A service without returns never gets one, whatever the form still holds.
    expect(bookingBody(draft({ returnMode: 'will-call' }), ANNE, at)).not.toHaveProperty(
      'returnTrip',
    );
    // A return "at" with no time typed yet is left out rather than sent broken.
    expect(
      bookingBody(draft({ returnMode: 'at', returnTime: '' }), ENGELSIZ, at),
    ).not.toHaveProperty('returnTrip');
  });

  it('carries the operator’s reasons for the overrides, and trimmed notes for the driver', () => {
    const body = bookingBody(
      draft({ notes: '  Doğum servisi, 3. kat  ' }),
      ENGELSIZ,
      '2026-11-27T10:00:00+03:00',
      { eligibility: 'İlk arama, rapor yolda', overlap: 'Eşi için ikinci araç' },
    );
    expect(body).toMatchObject({
      notes: 'Doğum servisi, 3. kat',
      eligibilityOverride: { reason: 'İlk arama, rapor yolda' },
      overlapOverride: { reason: 'Eşi için ikinci araç' },
    });
  });
});

describe('standingOrderBody', () => {
  it('sends sorted weekdays, the local time and the series’ return as a time of day', () => {
    const body = standingOrderBody(
      draft({
        repeat: true,
        weekdays: [5, 1, 3],
        time: '08:00',
        startsOn: '2026-11-30',
        endsOn: '2027-02-26',
        returnMode: 'at',
        returnTime: '12:30',
      }),
      ENGELSIZ,
    );
    expect(body).toMatchObject({
      weekdays: [1, 3, 5],
      time: '08:00',
      startsOn: '2026-11-30',
      endsOn: '2027-02-26',
      returnTrip: { pickupTime: '12:30' },
    });
    expect(
      standingOrderBody(draft({ returnMode: 'after', returnAfterMinutes: 30 }), ASI),
    ).toMatchObject({ returnTrip: { readyAfterMinutes: 30 } });
    expect(standingOrderBody(draft({ returnMode: 'will-call' }), ASI)).not.toHaveProperty(
      'returnTrip',
    );
  });
});

describe('issuesByField', () => {
  it('puts each issue beside its field and keeps the rest apart', () => {
    const { fields, other } = issuesByField([
      { field: 'body.pickup.placeId', message: 'Bilinmeyen yer' },
      { field: 'body.arriveBy', message: 'Randevu geçmişte' },
      { field: 'body.pickupAt', message: 'Bir saat verin' },
      { field: 'body.mystery', message: 'Tuhaf' },
    ]);
    expect(fields).toEqual({ pickup: 'Bilinmeyen yer', time: 'Randevu geçmişte Bir saat verin' });
    expect(other).toEqual(['body.mystery: Tuhaf']);
  });
});

describe('wheelchairOf and serviceFor', () => {
  it('takes the wheelchair from the citizen’s record', () => {
    expect(wheelchairOf(citizen({ mobility: 'manual-wheelchair' }))).toBe('manual');
    expect(wheelchairOf(citizen({ mobility: 'electric-wheelchair' }))).toBe('electric');
    expect(wheelchairOf(citizen({ mobility: 'walking-aid' }))).toBe('none');
  });

  it('chooses the first active service the citizen is eligible for today, else keeps the choice', () => {
    const services = [ANNE, ENGELSIZ, { ...ASI, active: false }];
    const today = '2026-11-27';
    const c = citizen({
      eligibility: [
        eligible('anne-taksi', '2025-01-01', '2026-11-26'), // expired yesterday
        eligible('asi-ulasim', '2026-01-01', '2027-01-01'), // service not active
        eligible('engelsiz-taksi', '2026-11-27', '2026-11-27'), // valid today only
      ],
    });
    expect(serviceFor(c, services, today, 'anne-taksi')).toBe('engelsiz-taksi');
    expect(serviceFor(citizen(), services, today, 'anne-taksi')).toBe('anne-taksi');
  });
});
