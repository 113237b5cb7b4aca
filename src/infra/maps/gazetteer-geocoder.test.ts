import { describe, expect, it } from 'vitest';
import { createGazetteerGeocoder } from './gazetteer-geocoder.js';
import { OUTSIDE_SERVICE_AREA } from './geocoder.js';

describe('gazetteer geocoder', () => {
  const geocoder = createGazetteerGeocoder();

  it('finds a neighbourhood typed without diacritics', async () => {
    const [first] = await geocoder.search('yahya kaptan mah');
    expect(first).toMatchObject({
      placeId: 'yahya-kaptan-mah',
      source: 'gazetteer',
      kind: 'mahalle',
    });
    expect(first?.label).toBe('Yahya Kaptan Mahallesi, İzmit');
  });

  it('suggests and resolves', async () => {
    const suggestions = await geocoder.suggest('umuttepe');
    expect(suggestions[0]?.placeId).toBe('kocaeli-universitesi-arastirma-hastanesi');
    const point = await geocoder.resolve(suggestions[0]!.placeId);
    expect(point?.lat).toBeCloseTo(40.82, 1);
    expect(await geocoder.resolve('nowhere')).toBeUndefined();
  });

  it('accepts an allowed hospital outside the polygon by default', async () => {
    const [derince] = await geocoder.search('derince hastanesi');
    expect(derince?.placeId).toBe('derince-egitim-arastirma-hastanesi');
    expect(derince?.refusal).toBeUndefined();
  });

  it('refuses places outside the area when nothing allows them', async () => {
    const strict = createGazetteerGeocoder({ area: {} });
    expect(await strict.search('derince')).toEqual([]);
    const [flagged] = await strict.search('derince', { includeRefused: true });
    expect(flagged?.refusal).toEqual(OUTSIDE_SERVICE_AREA);
    expect((await strict.resolve('derince-egitim-arastirma-hastanesi'))?.refusal?.code).toBe(
      'outside-service-area',
    );
  });

  it('narrows a typed door address to its neighbourhood, carrying the door', async () => {
    const [candidate] = await geocoder.geocodeAddress('Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3');
    expect(candidate).toMatchObject({
      placeId: 'kadikoy-mah',
      label: 'Kadıköy Mahallesi, İzmit',
      precision: 'neighbourhood',
      address: { street: 'Cumhuriyet Cad.', buildingNo: '12', floor: '3' },
    });
    expect(await geocoder.geocodeAddress('Bilinmeyen Mah. Lale Sk.')).toEqual([]);
  });

  it('names a dropped pin by the nearest area without moving it', async () => {
    const named = await geocoder.reverse({ lat: 40.7702, lng: 29.9313 });
    expect(named).toMatchObject({
      label: 'Kadıköy Mahallesi, İzmit',
      lat: 40.7702,
      lng: 29.9313,
      precision: 'neighbourhood',
    });
    expect(named?.placeId).toBeUndefined();
    expect((await geocoder.reverse({ lat: 41.01, lng: 28.97 }))?.refusal).toEqual(
      OUTSIDE_SERVICE_AREA,
    );
  });
});
