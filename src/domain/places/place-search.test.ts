import { describe, expect, it } from 'vitest';
import { IZMIT_PLACES } from './izmit-gazetteer.js';
import { searchPlaces } from './place-search.js';
import { foldTurkish, placeKeyWords } from './turkish-text.js';

const ids = (query: string, options?: Parameters<typeof searchPlaces>[2]) =>
  searchPlaces(IZMIT_PLACES, query, options).map((p) => p.id);
const first = (query: string) => ids(query)[0];

describe('Turkish folding', () => {
  it('meets dotted and dotless i in both cases', () => {
    for (const s of ['ıslahiye', 'islahiye', 'ISLAHIYE', 'İSLAHİYE', 'Islahiye', 'İslahiye']) {
      expect(foldTurkish(s)).toBe('islahiye');
    }
  });

  it('drops diacritics and punctuation', () => {
    expect(foldTurkish('Şeyh-Çağrı  Göçmen Üstü')).toBe('seyh cagri gocmen ustu');
  });

  it('drops designators unless they are all there is', () => {
    expect(placeKeyWords('Körfez mah.')).toEqual(['korfez']);
    expect(placeKeyWords('Arızlı Köyü')).toEqual(['arizli']);
    expect(placeKeyWords('köy')).toEqual(['koy']);
  });
});

describe('searchPlaces', () => {
  it('finds a mahalle with or without spaces, case or diacritics', () => {
    expect(first('yahya kaptan')).toBe('yahya-kaptan-mah');
    expect(first('YAHYAKAPTAN')).toBe('yahya-kaptan-mah');
    expect(first('Yahya Kaptan Mahallesi')).toBe('yahya-kaptan-mah');
    expect(first('yahya kaptan mh')).toBe('yahya-kaptan-mah');
  });

  it('treats dotless and dotted i alike (ARIZLI, arızlı, arizli)', () => {
    for (const q of ['ARIZLI', 'arızlı', 'arizli', 'Arızlı köyü', 'ARİZLİ']) {
      expect(first(q)).toBe('arizli-koy');
    }
  });

  it('ignores mah. and köyü', () => {
    expect(first('Körfez mah.')).toBe('korfez-mah');
    expect(first('korfez mahallesi')).toBe('korfez-mah');
    expect(first('çayırköy köyü')).toBe('cayirkoy-koy');
    expect(first('CAYIRKOY')).toBe('cayirkoy-koy');
  });

  it('finds the state hospitals by a word inside their names', () => {
    const found = ids('devlet hastanesi');
    expect(found).toContain('kocaeli-devlet-hastanesi');
    expect(found).toContain('seka-devlet-hastanesi');
    expect(found.slice(0, 2).every((id) => id.endsWith('devlet-hastanesi'))).toBe(true);
  });

  it('ranks exact over prefix over word prefix over substring', () => {
    // "Kozluk Mahallesi" is exact; "Kozluk Aile Sağlığı Merkezi" a prefix.
    expect(ids('kozluk').slice(0, 2)).toEqual(['kozluk-mah', 'kozluk-asm']);
    // word prefix ("Alikahya Fatih") ranks above a substring match.
    const fatih = ids('fatih');
    expect(fatih[0]).toBe('fatih-mah');
    expect(fatih).toContain('alikahya-fatih-mah');
  });

  it('forgives a typo in longer words', () => {
    expect(first('yahya kapdan')).toBe('yahya-kaptan-mah');
    expect(first('umutepe')).toBe('kocaeli-universitesi-arastirma-hastanesi');
  });

  it('filters by kind and honours the limit', () => {
    expect(ids('kocaeli', { kinds: ['hospital'] }).length).toBeGreaterThanOrEqual(3);
    expect(ids('kocaeli', { kinds: ['mahalle'] })).toEqual([]);
    expect(ids('mahallesi', { limit: 3 })).toHaveLength(3);
  });

  it('returns nothing for an empty or meaningless query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ...  ')).toEqual([]);
    expect(ids('qwxzqwxz')).toEqual([]);
  });
});
