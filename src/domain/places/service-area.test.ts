import { describe, expect, it } from 'vitest';
import { NEARBY_HOSPITALS } from './izmit-gazetteer.js';
import type { LatLng } from './place.js';
import { IZMIT_SERVICE_AREA, isInServiceArea, isServedPlace } from './service-area.js';

describe('isInServiceArea', () => {
  it('accepts İzmit centre and the Umuttepe campus', () => {
    expect(isInServiceArea({ lat: 40.7656, lng: 29.9406 })).toBe(true);
    expect(isInServiceArea({ lat: 40.8225, lng: 29.9235 })).toBe(true);
  });

  it('refuses Derince, Gölcük across the gulf, Kartepe and Istanbul', () => {
    expect(isInServiceArea({ lat: 40.756, lng: 29.829 })).toBe(false);
    expect(isInServiceArea({ lat: 40.717, lng: 29.82 })).toBe(false);
    expect(isInServiceArea({ lat: 40.7533, lng: 30.0258 })).toBe(false);
    expect(isInServiceArea({ lat: 41.0082, lng: 28.9784 })).toBe(false);
  });

  it('works with any polygon passed in', () => {
    const square: LatLng[] = [
      { lat: 0, lng: 0 },
      { lat: 0, lng: 1 },
      { lat: 1, lng: 1 },
      { lat: 1, lng: 0 },
    ];
    expect(isInServiceArea({ lat: 0.5, lng: 0.5 }, square)).toBe(true);
    expect(isInServiceArea({ lat: 1.5, lng: 0.5 }, square)).toBe(false);
    expect(IZMIT_SERVICE_AREA.length).toBeGreaterThanOrEqual(3);
  });
});

describe('places a ride may use', () => {
  it('takes points inside the district and the nearby hospitals by id, nothing else', () => {
    const hospital = NEARBY_HOSPITALS[0]!;
    expect(isServedPlace({ placeId: hospital.id, lat: hospital.lat, lng: hospital.lng })).toBe(
      true,
    );
    expect(isServedPlace({ placeId: null, lat: 41.01, lng: 28.97 })).toBe(false);
    expect(isServedPlace({ placeId: null, lat: 40.7685, lng: 29.93 })).toBe(true);
  });
});
