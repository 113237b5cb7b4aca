import type { Compiled } from './compiled.js';

/** Tolerance for comparing times computed by different sums of the same floats. */
export const EPS = 1e-7;

/**
 * The schedule of the last evaluated sequence, by position: 0 is the origin,
 * 1..n the nodes, n+1 the end depot. Valid until the next `evaluate` call.
 */
export const last = {
  n: 0,
  A: new Float64Array(64),
  B: new Float64Array(64),
  D: new Float64Array(64),
  W: new Float64Array(64),
  TT: new Float64Array(64),
  LOC: new Int32Array(64),
};

export function ensure(size: number): void {
  if (last.A.length >= size) return;
  const n = Math.max(size, last.A.length * 2);
  last.A = new Float64Array(n);
  last.B = new Float64Array(n);
  last.D = new Float64Array(n);
  last.W = new Float64Array(n);
  last.TT = new Float64Array(n);
  last.LOC = new Int32Array(n);
}

/** Latest start at `node`, tightened for passengers already aboard (their ride time). */
export function lateOf(c: Compiled, override: ReadonlyMap<number, number>, node: number): number {
  const base = c.late[node]!;
  const over = override.get(node);
  return over === undefined ? base : Math.min(base, over);
}
