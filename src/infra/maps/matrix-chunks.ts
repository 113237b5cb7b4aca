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
