import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodErrorMap } from './i18n.js';

const messageOf = (schema: z.ZodType, input: unknown, lang: 'tr' | 'en' = 'tr') => {
  const result = schema.safeParse(input, { error: zodErrorMap[lang] });
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0]!.message;
};

describe("zod's messages in the caller's language", () => {
  it('names the types in Turkish words, not English ones', () => {
    expect(messageOf(z.string(), 3)).toBe('Geçersiz değer: metin bekleniyordu, sayı geldi.');
    expect(messageOf(z.number(), 'x')).toBe('Geçersiz değer: sayı bekleniyordu, metin geldi.');
    expect(messageOf(z.array(z.string()), {})).toBe(
      'Geçersiz değer: liste bekleniyordu, nesne geldi.',
    );
    expect(messageOf(z.boolean(), null)).toBe(
      'Geçersiz değer: evet/hayır değeri bekleniyordu, boş değer (null) geldi.',
    );
    expect(messageOf(z.string(), undefined)).toBe('Bu alan zorunlu.');
  });

  it('says limits in Turkish for text, lists and numbers', () => {
    expect(messageOf(z.string().min(2), 'a')).toBe('Çok kısa: en az 2 karakter olmalı.');
    expect(messageOf(z.string().max(3), 'abcd')).toBe('Çok uzun: en fazla 3 karakter olmalı.');
    expect(messageOf(z.array(z.number()).min(1), [])).toBe('Çok az öğe: en az 1 öğe olmalı.');
    expect(messageOf(z.number().int().min(0), -1)).toBe('Çok küçük: en az 0 olmalı.');
    expect(messageOf(z.number().positive(), 0)).toBe('Çok küçük: 0 sayısından büyük olmalı.');
    expect(messageOf(z.number().max(10), 11)).toBe('Çok büyük: en fazla 10 olmalı.');
  });

  it('leaves English to zod, and other Turkish messages to its locale', () => {
    expect(messageOf(z.string(), 3, 'en')).toBe('Invalid input: expected string, received number');
    expect(messageOf(z.uuid(), 'x')).toBe('Geçersiz UUID');
  });
});
