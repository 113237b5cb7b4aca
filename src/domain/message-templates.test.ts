import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATES,
  fillTemplate,
  MESSAGE_LANGUAGES,
  NOTIFICATION_EVENTS,
  SAMPLE_VALUES,
  smsParts,
  unknownPlaceholders,
} from './message-templates.js';

describe('message templates', () => {
  it('names each unknown placeholder once, in order', () => {
    expect(unknownPlaceholders('{window} {plaka} {eta} {plaka} {}')).toEqual(['plaka', '']);
    expect(unknownPlaceholders('Araç {plate}, sürücü {driver}.')).toEqual([]);
  });

  it('every built-in text uses only known placeholders, and fills completely', () => {
    for (const lang of MESSAGE_LANGUAGES)
      for (const event of NOTIFICATION_EVENTS) {
        const text = DEFAULT_TEMPLATES[lang][event];
        expect(unknownPlaceholders(text), `${lang} ${event}`).toEqual([]);
        expect(fillTemplate(text, SAMPLE_VALUES[lang])).not.toMatch(/[{}]/);
      }
  });

  it('counts SMS parts: 160 plain characters, 70 once a Turkish letter appears', () => {
    expect(smsParts('a'.repeat(160))).toEqual({ parts: 1, encoding: 'gsm', length: 160 });
    expect(smsParts('a'.repeat(161)).parts).toBe(2);
    expect(smsParts(`ş${'a'.repeat(69)}`)).toEqual({ parts: 1, encoding: 'ucs2', length: 70 });
    expect(smsParts(`ı${'a'.repeat(70)}`).parts).toBe(2);
    // An extension character takes two places.
    expect(smsParts('€'.repeat(80)).length).toBe(160);
  });
});
