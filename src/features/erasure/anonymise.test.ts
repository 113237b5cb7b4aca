import { describe, expect, it } from 'vitest';
import { coarsePlace, sanitiseDetails } from './anonymise.js';

describe('anonymising a place', () => {
  it('keeps a neighbourhood or a hospital by its gazetteer id, with the district, and two decimals of the point', () => {
    expect(coarsePlace({ placeId: 'gultepe-mah', lat: 40.775512, lng: 29.936049 })).toEqual({
      placeId: 'gultepe-mah',
      label: 'Gültepe Mahallesi, İzmit',
      lat: 40.78,
      lng: 29.94,
    });
    expect(
      coarsePlace({ placeId: 'kocaeli-devlet-hastanesi', lat: 40.7712, lng: 29.9661 }).label,
    ).toMatch(/Hastanesi, İzmit$/);
  });

  it('reduces a door, a dropped pin or a geocoder’s building to the nearest neighbourhood', () => {
    const pin = coarsePlace({ placeId: null, lat: 40.7701, lng: 29.9741 });
    expect(pin).toEqual({
      placeId: 'yahya-kaptan-mah',
      label: 'Yahya Kaptan Mahallesi, İzmit',
      lat: 40.77,
      lng: 29.97,
    });
    expect(
      coarsePlace({ placeId: 'ChIJ-some-google-building', lat: 40.7701, lng: 29.9741 }),
    ).toEqual(pin);
  });
});

describe('anonymising event details', () => {
  it('drops what people typed and keeps ids, times, numbers and codes', () => {
    expect(
      sanitiseDetails({
        reason: 'Ayşe Hanım hastaneden çıkamadı',
        cause: 'vehicle-out-of-service',
        shiftId: '0c8f7a8e-0d4e-4f7e-9a53-2b1d1f0f6f11',
        at: '2026-11-26T08:15:00.000Z',
        alternatives: 3,
        override: true,
        fromPlate: '41 AT 101',
        nested: { note: 'zile basın', with: '0c8f7a8e-0d4e-4f7e-9a53-2b1d1f0f6f11', label: 'Ev' },
        list: ['Mehmet Bey', 'holiday'],
      }),
    ).toEqual({
      cause: 'vehicle-out-of-service',
      shiftId: '0c8f7a8e-0d4e-4f7e-9a53-2b1d1f0f6f11',
      at: '2026-11-26T08:15:00.000Z',
      alternatives: 3,
      override: true,
      nested: { with: '0c8f7a8e-0d4e-4f7e-9a53-2b1d1f0f6f11' },
      list: ['holiday'],
    });
    expect(sanitiseDetails(null)).toBeNull();
  });
});
