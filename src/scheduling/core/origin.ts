import type { Compiled } from './compiled.js';

/**
 * Where and when the re-plannable part of a route begins: the vehicle's
 * depot at shift start, or the last fixed stop (already reached or committed
 * to) at its fixed departure time, with whoever is on board by then.
 */
export interface Origin {
  readonly loc: number;
  readonly depEarliest: number;
  readonly depLatest: number;
  /** Departure from the depot, when fixed stops pin it; null: the origin's own departure. */
  readonly durationRef: number | null;
  readonly seats: number;
  readonly wheel: number;
  readonly infant: number;
  readonly onboard: number;
  readonly exclusiveOnboard: boolean;
  /** Drop-offs of passengers already on board: start of service no later than this (ride time). */
  readonly lateOverride: ReadonlyMap<number, number> | null;
  /** Distance already driven in the fixed prefix, and whether that prefix carries anyone. */
  readonly prefixCost: number;
  readonly prefixHasRequests: boolean;
}

/** The origin of a route with no fixed stops. */
export function depotOrigin(c: Compiled, v: number): Origin {
  return {
    loc: c.startLoc[v]!,
    depEarliest: c.shiftStart[v]!,
    depLatest: c.shiftEnd[v]!,
    durationRef: null,
    seats: 0,
    wheel: 0,
    infant: 0,
    onboard: 0,
    exclusiveOnboard: false,
    lateOverride: null,
    prefixCost: 0,
    prefixHasRequests: false,
  };
}
