import { DateTime } from 'luxon';
import { generateDay, type SimBooking, serviceDates } from './demand.js';
import { type Change, describeChange, fleetFor, rulesFor } from './fleet-and-rules.js';
import type { Scenario } from './scenario.js';
import { type DayResult, simulateDay } from './simulate-day.js';
import { type Summary, summarise } from './summary.js';

export interface RunOptions {
  changes?: readonly Change[];
  /** Vehicles per type instead of the scenario's counts (`--find-fleet`). */
  counts?: Readonly<Record<string, number>>;
  /** Recorded bookings by service day instead of generated demand (replay). */
  recorded?: ReadonlyMap<string, readonly SimBooking[]>;
  hindsight?: boolean;
  onDay?: (done: number, total: number) => void;
}

export interface RunResult {
  summary: Summary;
  days: DayResult[];
}

/** Runs the scenario's days one after another; the same scenario and options give the same result. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  const rules = rulesFor(scenario, options.changes);
  const fleet = fleetFor(scenario, options.changes, options.counts);
  const dates = options.recorded ? [...options.recorded.keys()].sort() : serviceDates(scenario);
  const days: DayResult[] = [];
  dates.forEach((date, i) => {
    const bookings = options.recorded?.get(date) ?? generateDay(scenario, date, rules);
    days.push(
      simulateDay({ scenario, date, rules, fleet, bookings, hindsight: options.hindsight ?? true }),
    );
    options.onDay?.(i + 1, dates.length);
  });
  const summary = summarise(days, {
    dayWeight: options.recorded ? 1 : scenario.everyNthDay,
    costs: scenario.costs,
    hourOf: (ms) => DateTime.fromMillis(ms, { zone: scenario.timeZone }).hour,
  });
  return { summary, days };
}

export interface ComparedRun {
  name: string;
  changes: Change[];
  summary: Summary;
}

/**
 * The scenario as it is (`baseline`), then once with each change on its
 * own, on the same demand (generated for the seed, or `recorded`): what
 * `npm run simulate` prints side by side.
 */
export function compareRuns(
  scenario: Scenario,
  options: Omit<RunOptions, 'changes' | 'counts' | 'onDay'> & {
    changes: readonly Change[];
    onDay?: (name: string) => RunOptions['onDay'];
  },
): ComparedRun[] {
  const runs: ComparedRun[] = [];
  for (const variant of [[], ...options.changes.map((c) => [c])]) {
    const name = variant.length === 0 ? 'baseline' : describeChange(variant[0]!);
    const onDay = options.onDay?.(name);
    const { summary } = runScenario(scenario, {
      changes: variant,
      ...(options.hindsight !== undefined ? { hindsight: options.hindsight } : {}),
      ...(options.recorded ? { recorded: options.recorded } : {}),
      ...(onDay ? { onDay } : {}),
    });
    runs.push({ name, changes: variant, summary });
  }
  return runs;
}
