import type { MatrixChunkLimits } from './remote-matrix-source.js';

/** A rectangle of the matrix: origins `[o0, o1)` × destinations `[d0, d1)`. */
export interface MatrixChunk {
  readonly o0: number;
  readonly o1: number;
  readonly d0: number;
  readonly d1: number;
}

/**
 * Cuts an origins × destinations matrix into rectangles that each fit the
 * service's limits, covering every pair exactly once. Wide rectangles are
 * preferred when there are few origins (one pickup to many drop-offs is the
 * common case for online insertion).
 */
export function planMatrixChunks(
  originCount: number,
  destinationCount: number,
  limits: MatrixChunkLimits,
): MatrixChunk[] {
  if (originCount === 0 || destinationCount === 0) return [];
  const rows = Math.max(1, Math.min(originCount, limits.maxOrigins, limits.maxElements));
  const cols = Math.max(
    1,
    Math.min(destinationCount, limits.maxDestinations, Math.floor(limits.maxElements / rows)),
  );
  const chunks: MatrixChunk[] = [];
  for (let o0 = 0; o0 < originCount; o0 += rows) {
    for (let d0 = 0; d0 < destinationCount; d0 += cols) {
      chunks.push({
        o0,
        o1: Math.min(originCount, o0 + rows),
        d0,
        d1: Math.min(destinationCount, d0 + cols),
      });
    }
  }
  return chunks;
}

/** Rows that miss the same columns, to be asked for in one go. */
export interface MissingGroup {
  readonly rows: number[];
  readonly cols: number[];
}

/**
 * Groups the pairs still to fetch (`NaN` durations not marked no-route) by
 * rows that miss the same columns. A new booking added to a cached matrix
 * then costs one new row and one new column, not the whole matrix again;
 * an empty cache gives one group, the whole matrix.
 */
export function groupMissing(
  durations: readonly Float64Array[],
  noRoute: readonly Uint8Array[],
): MissingGroup[] {
  const groups = new Map<string, MissingGroup>();
  durations.forEach((row, i) => {
    const cols: number[] = [];
    for (let j = 0; j < row.length; j++) {
      if (Number.isNaN(row[j]!) && !noRoute[i]![j]) cols.push(j);
    }
    if (cols.length === 0) return;
    const signature = cols.join(',');
    const group = groups.get(signature);
    if (group) group.rows.push(i);
    else groups.set(signature, { rows: [i], cols });
  });
  return [...groups.values()];
}
