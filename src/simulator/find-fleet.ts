import type { Change } from './fleet-and-rules.js';
import type { Scenario } from './scenario.js';
import { runScenario } from './simulate.js';
import type { Summary } from './summary.js';

/** Quality a fleet must reach: shares from 0 to 1. */
export interface Target {
  served: number;
  onTime: number;
}

/** Parses `served=0.95,ontime=0.9` (either may be left out: 0); throws naming the bad part. */
export function parseTarget(text: string): Target {
  const target: Target = { served: 0, onTime: 0 };
  for (const part of text.split(',').filter(Boolean)) {
    const [name, value] = part.split('=');
    const x = Number(value);
    if (value === undefined || !Number.isFinite(x) || x < 0 || x > 1)
      throw new RangeError(`--target ${part}: a share from 0 to 1, e.g. served=0.95`);
    if (name === 'served') target.served = x;
    else if (name === 'ontime') target.onTime = x;
    else throw new RangeError(`--target ${part}: expected served=<share> or ontime=<share>`);
  }
  return target;
}

export const meets = (s: Summary, t: Target) =>
  s.servedShare >= t.served && s.onTimeShare >= t.onTime;

export interface FleetPoint {
  counts: Record<string, number>;
  vehicles: number;
  servedShare: number;
  onTimeShare: number;
  costPerRide: number;
  meets: boolean;
}

export interface FleetSearch {
  /** The smallest fleet found by type, or null when even the largest tried misses the target. */
  fleet: Record<string, number> | null;
  summary: Summary | null;
  /** Every fleet tried, by size: the curve of fleet size against quality. */
  curve: FleetPoint[];
}

/**
 * The smallest fleet by vehicle type that meets the target: from the
 * scenario's fleet (doubled until it meets the target, at most four times),
 * each type in turn is cut to the fewest vehicles that still meet it, by
 * bisection with the others held (twice over, as a cut in one type can
 * allow a cut in another). Assumes more vehicles never serve worse, which
 * the curve lets a reader check.
 */
export function findFleet(
  scenario: Scenario,
  target: Target,
  options: { changes?: readonly Change[]; onRun?: (runs: number) => void } = {},
): FleetSearch {
  const curve: FleetPoint[] = [];
  const seen = new Map<string, { ok: boolean; summary: Summary }>();
  const evaluate = (counts: Record<string, number>) => {
    const key = JSON.stringify(counts);
    const hit = seen.get(key);
    if (hit) return hit;
    const { summary } = runScenario(scenario, {
      changes: options.changes,
      counts,
      hindsight: false,
    });
    const ok = meets(summary, target);
    seen.set(key, { ok, summary });
    curve.push({
      counts: { ...counts },
      vehicles: Object.values(counts).reduce((s, n) => s + n, 0),
      servedShare: summary.servedShare,
      onTimeShare: summary.onTimeShare,
      costPerRide: summary.cost.perRide,
      meets: ok,
    });
    options.onRun?.(curve.length);
    return { ok, summary };
  };

  let counts: Record<string, number> = Object.fromEntries(
    scenario.fleet.map((t) => [t.type, t.count]),
  );
  let found = evaluate(counts);
  for (let i = 0; i < 4 && !found.ok; i++) {
    counts = Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, Math.max(1, n * 2)]));
    found = evaluate(counts);
  }
  if (!found.ok) return { fleet: null, summary: null, curve: sortCurve(curve) };
  for (let pass = 0; pass < 2; pass++) {
    for (const type of Object.keys(counts)) {
      let lo = 0; // the largest count known (or assumed) to miss
      let hi = counts[type]!; // the smallest count known to meet
      if (evaluate({ ...counts, [type]: 0 }).ok) hi = 0;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (evaluate({ ...counts, [type]: mid }).ok) hi = mid;
        else lo = mid;
      }
      counts = { ...counts, [type]: hi };
    }
  }
  return { fleet: counts, summary: evaluate(counts).summary, curve: sortCurve(curve) };
}

function sortCurve(curve: FleetPoint[]): FleetPoint[] {
  return curve.slice().sort((a, b) => a.vehicles - b.vehicles || a.servedShare - b.servedShare);
}
