import { describe, expect, it } from 'vitest';
import { compactDoorAddress, formatAddress, navigationUri } from './door-address.js';

describe('formatAddress', () => {
  it('writes street and number, floor, flat, then the place, with directions apart', () => {
    expect(
      formatAddress('Kadıköy Mah.', {
        street: 'Cumhuriyet Cad.',
        buildingNo: '12',
        floor: '3',
        flat: '5',
        directions: 'Yeşil kapı, zile basın',
      }),
    ).toEqual({
      line: 'Cumhuriyet Cad. No: 12, Kat 3, Daire 5, Kadıköy Mah.',
      directions: 'Yeşil kapı, zile basın',
    });
  });

  it('is the label alone without a door address', () => {
    expect(formatAddress('Gültepe Mahallesi', null)).toEqual({
      line: 'Gültepe Mahallesi',
      directions: null,
    });
    expect(formatAddress('Gültepe Mahallesi', { street: ' ', flat: '' }).line).toBe(
      'Gültepe Mahallesi',
    );
  });

  it('does not prefix a worded floor or repeat a street the label names', () => {
    expect(formatAddress('Gültepe Mahallesi', { floor: 'Zemin', buildingNo: '4' }).line).toBe(
      'No: 4, Zemin, Gültepe Mahallesi',
    );
    expect(
      formatAddress('Lale Sokak 12, Gültepe', { street: 'Lale Sokak', buildingNo: '12' }).line,
    ).toBe('No: 12, Lale Sokak 12, Gültepe');
  });
});

describe('compactDoorAddress', () => {
  it('trims and drops blank parts; nothing left is null', () => {
    expect(compactDoorAddress({ street: ' Lale Sk. ', floor: '', flat: undefined })).toEqual({
      street: 'Lale Sk.',
    });
    expect(compactDoorAddress({ street: '  ' })).toBeNull();
    expect(compactDoorAddress(null)).toBeNull();
  });
});

describe('navigationUri', () => {
  it('is a geo: URI with the point twice and the label as the pin name', () => {
    expect(navigationUri({ lat: 40.77, lng: 29.931 }, 'Cumhuriyet Cad. No: 12 (arka)')).toBe(
      'geo:40.77,29.931?q=40.77,29.931(Cumhuriyet%20Cad.%20No%3A%2012%20%28arka%29)',
    );
    expect(navigationUri({ lat: 40.123456789, lng: 29.5 }, '')).toBe(
      'geo:40.123457,29.5?q=40.123457,29.5',
    );
  });
});
