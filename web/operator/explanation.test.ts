import { describe, expect, it } from 'vitest';
import { en } from '../shared/messages-en.js';
import { type MessageKey, tr } from '../shared/messages-tr.js';
import type { ExplanationItem } from '../shared/types.js';
import { explain } from './explanation.js';

// The pages' own catalogues, filled as translate() in i18n.ts fills them
// (i18n.ts itself reads the browser's storage, so it is not imported here).
const translator =
  (catalog: Record<MessageKey, string>) =>
  (key: MessageKey, params: Record<string, string | number> = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

describe('explain', () => {
  it('words the chosen vehicle with its distance and whether it is idle, in Turkish', () => {
    expect(
      explain(
        [{ code: 'chosen', params: { plate: '41 AT 101', etaMinutes: 7, idle: true } }],
        translator(tr),
      ),
    ).toEqual(['41 AT 101 seçildi. Alışa yaklaşık 7 dakika uzakta. Araç şu an boşta.']);
    expect(
      explain([{ code: 'chosen', params: { plate: '41 AT 101', idle: false } }], translator(tr)),
    ).toEqual(['41 AT 101 seçildi.']);
    expect(
      explain(
        [
          {
            code: 'chosen',
            params: { plate: '41 AT 101', idle: false, feasible: 3, addedMinutes: 6 },
          },
        ],
        translator(tr),
      ),
    ).toEqual([
      '41 AT 101 seçildi: bu yolculuğu alabilen 3 araç içinde gününü en az uzatan (+6 dk yol).',
    ]);
  });

  it('gives each refusal reason its count, naming the missing feature in the reader’s language', () => {
    const items: ExplanationItem[] = [
      { code: 'missing-feature', params: { feature: 'infantSeat', count: 2 } },
      { code: 'service-not-served', params: { plates: '41 ET 201, 41 ET 202' } },
      { code: 'shift-ends', params: { count: 1 } },
      { code: 'busy', params: { count: 3 } },
    ];
    expect(explain(items, translator(tr))).toEqual([
      `2 araçta ${tr['feature.infantSeat']} yok.`,
      '41 ET 201, 41 ET 202 bu hizmete ayrılmamış.',
      '1 aracın vardiyası o saatten önce bitiyor.',
      '3 araç o saatte başka işte.',
    ]);
    expect(explain(items, translator(en))[0]).toContain(en['feature.infantSeat']);
  });

  it('shows a code it does not know as it is rather than hiding it, and nothing for no reasons', () => {
    expect(explain([{ code: 'new-rule', params: { count: 1 } }], translator(tr))).toEqual([
      'new-rule {"count":1}',
    ]);
    expect(explain(null, translator(tr))).toEqual([]);
    expect(explain(undefined, translator(tr))).toEqual([]);
  });
});
