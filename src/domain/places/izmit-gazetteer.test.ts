import { describe, expect, it } from 'vitest';
import { findPlace, IZMIT_PLACES, NEARBY_HOSPITALS } from './izmit-gazetteer.js';
import type { PlaceKind } from './place.js';
import { isInServiceArea } from './service-area.js';

const count = (kind: PlaceKind) => IZMIT_PLACES.filter((p) => p.kind === kind).length;

describe('İzmit gazetteer', () => {
  it('holds enough places of each kind for demos and simulation', () => {
    expect(count('mahalle')).toBeGreaterThanOrEqual(30);
    expect(count('koy')).toBeGreaterThanOrEqual(8);
    expect(count('hospital')).toBeGreaterThanOrEqual(4);
    expect(count('health-centre')).toBeGreaterThanOrEqual(1);
    expect(count('vaccination-centre')).toBeGreaterThanOrEqual(1);
    expect(count('depot')).toBeGreaterThanOrEqual(1);
  });

  it('has unique kebab-case ids', () => {
    const ids = [...IZMIT_PLACES, ...NEARBY_HOSPITALS].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('puts every İzmit place inside the service area and the nearby hospitals outside', () => {
    const outside = IZMIT_PLACES.filter((p) => !isInServiceArea(p)).map((p) => p.id);
    expect(outside).toEqual([]);
    for (const p of NEARBY_HOSPITALS) expect(isInServiceArea(p)).toBe(false);
  });

  it('keeps coordinates near İzmit', () => {
    for (const p of IZMIT_PLACES) {
      expect(Math.abs(p.lat - 40.8)).toBeLessThan(0.2);
      expect(Math.abs(p.lng - 30)).toBeLessThan(0.2);
      expect(p.district).toBe('İzmit');
    }
  });

  it('finds the named hospitals by id', () => {
    expect(findPlace('kocaeli-devlet-hastanesi')?.kind).toBe('hospital');
    expect(findPlace('kocaeli-universitesi-arastirma-hastanesi')?.name).toContain('Umuttepe');
    expect(findPlace('seka-devlet-hastanesi')?.kind).toBe('hospital');
    expect(findPlace('yahya-kaptan-mah')?.kind).toBe('mahalle');
    expect(findPlace('derince-egitim-arastirma-hastanesi')?.district).toBe('Derince');
    expect(findPlace('nowhere')).toBeUndefined();
  });
});
