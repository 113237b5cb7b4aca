import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('report CSV', () => {
  it('quotes what needs quoting and leaves the rest', () => {
    const csv = toCsv(
      ['name', 'count', 'note'],
      [
        { name: 'Gültepe Mahallesi', count: 3, note: null },
        { name: 'Eseler, "Köyü"', count: -2.5, note: 'line\nbreak' },
      ],
    );
    expect(csv).toBe(
      '\uFEFFname,count,note\r\nGültepe Mahallesi,3,\r\n"Eseler, ""Köyü""",-2.5,"line\nbreak"\r\n',
    );
  });

  it('defuses formulas but not negative numbers', () => {
    const csv = toCsv(['a', 'b'], [{ a: '=HYPERLINK("x")', b: -1 }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",-1`);
  });
});
