import { describe, expect, it } from 'vitest';
import type { LatLng } from './place.js';
import { IZMIT_SERVICE_AREA, isInServiceArea } from './service-area.js';

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
