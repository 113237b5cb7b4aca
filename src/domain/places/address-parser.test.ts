import { describe, expect, it } from 'vitest';
import { findAddressArea, nearestArea } from './address-area.js';
import { addressQuery, parseTurkishAddress } from './address-parser.js';
import { IZMIT_PLACES } from './izmit-gazetteer.js';
import { foldTurkish } from './turkish-text.js';

const parse = (text: string) => {
  const { rest, ...parts } = parseTurkishAddress(text);
  return { ...parts, ...(rest.length > 0 ? { rest } : {}) };
};

describe('parseTurkishAddress', () => {
  it('takes apart the usual abbreviations', () => {
    expect(parse('Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3 D. 5')).toEqual({
      area: 'Kadıköy',
      areaKind: 'mahalle',
      street: 'Cumhuriyet Cad.',
      buildingNo: '12',
      floor: '3',
      flat: '5',
    });
  });

  it('reads the long forms, glued colons and the district at the end', () => {
    expect(
      parse('Kadıköy Mahallesi, Cumhuriyet Caddesi No:12 Kat:3 Daire:5 41100 İzmit/Kocaeli'),
    ).toEqual({
      area: 'Kadıköy',
      areaKind: 'mahalle',
      street: 'Cumhuriyet Caddesi',
      buildingNo: '12',
      floor: '3',
      flat: '5',
    });
  });

  it('folds Turkish capitals typed on either keyboard', () => {
    for (const text of [
      'YAHYA KAPTAN MAHALLESİ 1234. SOKAĞI NO: 4',
      'YAHYA KAPTAN MAHALLESI 1234. SOKAGI NO: 4',
      'yahya kaptan mh. 1234. sokağı no 4',
    ]) {
      const parsed = parse(text);
      expect(foldTurkish(parsed.area ?? '')).toBe('yahya kaptan');
      expect(foldTurkish(parsed.street ?? '')).toBe('1234 sokagi');
      expect(parsed).toMatchObject({ areaKind: 'mahalle', buildingNo: '4' });
    }
  });

  it('knows Sk., Sok., Sokak and a bare number after the street', () => {
    expect(parse('Gültepe Mh. Lale Sk. 7')).toMatchObject({ street: 'Lale Sk.', buildingNo: '7' });
    expect(parse('Gültepe Mh. Lale Sok. No 7')).toMatchObject({
      street: 'Lale Sok.',
      buildingNo: '7',
    });
    expect(parse('Lale Sokak No7')).toMatchObject({ street: 'Lale Sokak', buildingNo: '7' });
  });

  it('reads building/flat as dış kapı/iç kapı, and İç Kapı No as the flat', () => {
    expect(parse('Lale Sk. No: 12/5')).toMatchObject({ buildingNo: '12', flat: '5' });
    expect(parse('Lale Sk. Kapı No: 12 İç Kapı No: 3')).toMatchObject({
      buildingNo: '12',
      flat: '3',
    });
    expect(parse('Lale Sk. No: 12A D.4 K.2')).toMatchObject({
      buildingNo: '12A',
      flat: '4',
      floor: '2',
    });
  });

  it('takes a floor written before "Kat"', () => {
    expect(parse('Lale Sk. No 3 2. Kat')).toMatchObject({ floor: '2' });
    expect(parse('Lale Sk. No 3 Zemin Kat')).toMatchObject({ floor: 'Zemin' });
  });

  it('knows villages and a street that names both a cadde and a sokak', () => {
    expect(parse('Arızlı Köyü Okul Sokağı No 3')).toEqual({
      area: 'Arızlı',
      areaKind: 'koy',
      street: 'Okul Sokağı',
      buildingNo: '3',
    });
    expect(parse('Cumhuriyet Cad. 12. Sk. No 1')).toMatchObject({
      street: 'Cumhuriyet Cad. 12. Sk.',
      buildingNo: '1',
    });
  });

  it('keeps what it cannot place, and guesses nothing', () => {
    expect(parse('Gültepe, Cumhuriyet Cad. 12, Yıldız Apt.')).toEqual({
      street: 'Cumhuriyet Cad.',
      buildingNo: '12',
      rest: ['Gültepe', 'Yıldız Apt.'],
    });
    expect(parse('')).toEqual({});
    expect(parse('Kat')).toEqual({ rest: ['Kat'] });
  });
});

describe('findAddressArea', () => {
  const area = (text: string) => {
    const found = findAddressArea(IZMIT_PLACES, parseTurkishAddress(text));
    return found && { id: found.place.id, street: found.street };
  };

  it('finds a designated neighbourhood or village, forgiving a typo', () => {
    expect(area('Kadıköy Mah. Cumhuriyet Cad. No: 12')).toEqual({
      id: 'kadikoy-mah',
      street: 'Cumhuriyet Cad.',
    });
    expect(area('Kadikoy Mh Cumhuriyet Cd')?.id).toBe('kadikoy-mah');
    expect(area('Yahya Kapttan Mahallesi')?.id).toBe('yahya-kaptan-mah');
    expect(area('Arızlı Köyü Okul Sk.')?.id).toBe('arizli-koy');
  });

  it('takes an undesignated area from a comma part or the street’s leading words', () => {
    expect(area('Gültepe, Lale Sk. 3')).toEqual({ id: 'gultepe-mah', street: 'Lale Sk.' });
    expect(area('Gültepe Cumhuriyet Cad. 12')).toEqual({
      id: 'gultepe-mah',
      street: 'Cumhuriyet Cad.',
    });
  });

  it('leaves a street named like a neighbourhood alone', () => {
    expect(area('Cumhuriyet Cad. No 12')).toBeUndefined();
  });
});

describe('nearestArea', () => {
  it('is the neighbourhood or village whose centre is nearest, never a hospital', () => {
    expect(nearestArea(IZMIT_PLACES, { lat: 40.7701, lng: 29.9312 })?.id).toBe('kadikoy-mah');
    expect(nearestArea(IZMIT_PLACES, { lat: 40.801, lng: 29.886 })?.id).toBe('arizli-koy');
  });
});

describe('addressQuery', () => {
  it('writes the designators out and leaves floor and flat to the driver', () => {
    expect(addressQuery(parseTurkishAddress('Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3'))).toBe(
      'Cumhuriyet Caddesi 12, Kadıköy Mahallesi, İzmit',
    );
    expect(addressQuery(parseTurkishAddress('Arızlı Köyü Okul Sk. 3'))).toBe(
      'Okul Sokak 3, Arızlı Köyü, İzmit',
    );
  });
});
