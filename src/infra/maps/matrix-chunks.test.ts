import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOOGLE_DISTANCE_MATRIX_LIMITS } from './google-distance-matrix-source.js';
import { groupMissing, planMatrixChunks } from './matrix-chunks.js';

describe('planMatrixChunks', () => {
  it('covers every pair exactly once within the limits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.record({
          maxOrigins: fc.integer({ min: 1, max: 30 }),
          maxDestinations: fc.integer({ min: 1, max: 30 }),
          maxElements: fc.integer({ min: 1, max: 200 }),
        }),
        (n, m, limits) => {
          const seen = new Uint8Array(n * m);
          for (const c of planMatrixChunks(n, m, limits)) {
            const rows = c.o1 - c.o0;
            const cols = c.d1 - c.d0;
            expect(rows).toBeLessThanOrEqual(limits.maxOrigins);
            expect(cols).toBeLessThanOrEqual(limits.maxDestinations);
            expect(rows * cols).toBeLessThanOrEqual(Math.max(1, limits.maxElements));
            for (let i = c.o0; i < c.o1; i++) for (let j = c.d0; j < c.d1; j++) seen[i * m + j]!++;
          }
          expect(seen.every((v) => v === 1)).toBe(true);
        },
      ),
    );
  });

  it('sends one pickup to 60 drop-offs as 3 Google requests', () => {
    expect(planMatrixChunks(1, 60, GOOGLE_DISTANCE_MATRIX_LIMITS)).toHaveLength(3);
  });
});

describe('groupMissing', () => {
  it('asks for a new row and a new column apart from the cached block', () => {
    const n = 4;
    const dur = Array.from({ length: n }, (_, i) =>
      Float64Array.from({ length: n }, (_, j) => (i === 3 || j === 3 ? Number.NaN : 1)),
    );
    const noRoute = Array.from({ length: n }, () => new Uint8Array(n));
    noRoute[0]![3] = 1;
    expect(groupMissing(dur, noRoute)).toEqual([
      { rows: [1, 2], cols: [3] },
      { rows: [3], cols: [0, 1, 2, 3] },
    ]);
  });
});
