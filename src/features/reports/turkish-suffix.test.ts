import { describe, expect, it } from 'vitest';
import { lastSpokenWord, turkishSuffix, withSuffix } from './turkish-suffix.js';

describe('Turkish case suffixes', () => {
  it('reads a number aloud to its last word', () => {
    expect(lastSpokenWord(0)).toBe('sıfır');
    expect(lastSpokenWord(2021)).toBe('bir');
    expect(lastSpokenWord(40)).toBe('kırk');
    expect(lastSpokenWord(100)).toBe('yüz');
    expect(lastSpokenWord(1100)).toBe('yüz');
    expect(lastSpokenWord(1000)).toBe('bin');
    expect(lastSpokenWord(20_000)).toBe('bin');
    expect(lastSpokenWord(2_000_000)).toBe('milyon');
    expect(lastSpokenWord(396)).toBe('altı');
  });

  it('puts years and months in the locative as they are read', () => {
    expect(withSuffix('2021', 'locative')).toBe("2021'de");
    expect(withSuffix('2023', 'locative')).toBe("2023'te");
    expect(withSuffix('2024', 'locative')).toBe("2024'te");
    expect(withSuffix('2025', 'locative')).toBe("2025'te");
    expect(withSuffix('2026', 'locative')).toBe("2026'da");
    expect(withSuffix('2020', 'locative')).toBe("2020'de");
    expect(withSuffix('2030', 'locative')).toBe("2030'da");
    expect(withSuffix('2040', 'locative')).toBe("2040'ta");
    expect(withSuffix('2000', 'locative')).toBe("2000'de");
    expect(withSuffix('Ekim', 'locative')).toBe("Ekim'de");
    expect(withSuffix('Ocak', 'locative')).toBe("Ocak'ta");
    expect(withSuffix('Şubat', 'locative')).toBe("Şubat'ta");
    expect(withSuffix('Mart', 'locative')).toBe("Mart'ta");
    expect(withSuffix('Nisan', 'locative')).toBe("Nisan'da");
    expect(withSuffix('Mayıs', 'locative')).toBe("Mayıs'ta");
    expect(withSuffix('Haziran', 'locative')).toBe("Haziran'da");
    expect(withSuffix('Temmuz', 'locative')).toBe("Temmuz'da");
    expect(withSuffix('Ağustos', 'locative')).toBe("Ağustos'ta");
    expect(withSuffix('Eylül', 'locative')).toBe("Eylül'de");
    expect(withSuffix('Kasım', 'locative')).toBe("Kasım'da");
    expect(withSuffix('Aralık', 'locative')).toBe("Aralık'ta");
    expect(withSuffix('Ekim 2021', 'locative')).toBe("Ekim 2021'de");
  });

  it('puts service names in the accusative with the buffer y after a vowel', () => {
    expect(withSuffix('Anne Taksi', 'accusative')).toBe("Anne Taksi'yi");
    expect(withSuffix('Engelsiz Taksi', 'accusative')).toBe("Engelsiz Taksi'yi");
    expect(withSuffix('Aşı Ulaşım', 'accusative')).toBe("Aşı Ulaşım'ı");
    expect(withSuffix('Okul Servisi', 'accusative')).toBe("Okul Servisi'yi");
    expect(withSuffix('Göz', 'accusative')).toBe("Göz'ü");
    expect(withSuffix('Yol', 'accusative')).toBe("Yol'u");
  });

  it('joins common nouns in the ablative, hardening after a voiceless consonant', () => {
    expect(withSuffix('köy', 'ablative', 'common')).toBe('köyden');
    expect(withSuffix('mahalle', 'ablative', 'common')).toBe('mahalleden');
    expect(withSuffix('sokak', 'ablative', 'common')).toBe('sokaktan');
    expect(withSuffix('9', 'ablative')).toBe("9'dan");
    expect(withSuffix('3', 'ablative')).toBe("3'ten");
    expect(turkishSuffix('okul', 'ablative')).toBe('dan');
  });

  it('forms the dative', () => {
    expect(withSuffix('mahalle', 'dative', 'common')).toBe('mahalleye');
    expect(withSuffix('köy', 'dative', 'common')).toBe('köye');
    expect(withSuffix('Kocaeli', 'dative')).toBe("Kocaeli'ye");
    expect(withSuffix('İzmit', 'dative')).toBe("İzmit'e");
  });
});
