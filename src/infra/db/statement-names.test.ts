import { describe, expect, it } from 'vitest';
import { createStatementNames, isStalePlan } from './statement-names.js';

describe('statement names', () => {
  it('names a statement from its second sighting, the same name each time', () => {
    const names = createStatementNames({ after: 2, max: 10 });
    expect(names.nameOf('SELECT 1')).toBeUndefined();
    const name = names.nameOf('SELECT 1');
    expect(name).toMatch(/^y0_[0-9a-f]{24}$/);
    expect(names.nameOf('SELECT 1')).toBe(name);
    names.nameOf('SELECT 2');
    expect(names.nameOf('SELECT 2')).not.toBe(name);
  });

  it('names no more than max statements (SQL built per call would fill the server)', () => {
    const names = createStatementNames({ after: 1, max: 3 });
    const given = Array.from({ length: 10 }, (_, i) => names.nameOf(`SELECT ${i}`));
    expect(given.filter((n) => n !== undefined)).toHaveLength(3);
    expect(names.nameOf('SELECT 0')).toBe(given[0]);
  });

  it('gives new names once forgotten, so a changed table is prepared again', () => {
    const names = createStatementNames({ after: 1 });
    const before = names.nameOf('SELECT * FROM t');
    names.forget();
    const after = names.nameOf('SELECT * FROM t');
    expect(after).toMatch(/^y1_/);
    expect(after).not.toBe(before);
  });

  it('knows the server refusing a statement whose result changed shape', () => {
    expect(
      isStalePlan(
        Object.assign(new Error('cached plan must not change result type'), { code: '0A000' }),
      ),
    ).toBe(true);
    expect(isStalePlan(Object.assign(new Error('other'), { code: '0A000' }))).toBe(false);
    expect(isStalePlan(undefined)).toBe(false);
  });
});
