import type { ServiceRules } from '../domain/services.js';
import { DEFAULT_SERVICES } from '../features/services/default-services.js';
import type { Scenario, VehicleTypeSpec } from './scenario.js';

/**
 * A change to compare with the baseline: one more vehicle of a type, every
 * service's pickup window set to some minutes, or no shared rides.
 */
export type Change =
  | { kind: 'add-vehicle'; type: string; count: number }
  | { kind: 'window'; minutes: number }
  | { kind: 'no-sharing' };

/** Parses `add-vehicle:ramp-van[:2]`, `window:15`, `no-sharing`; throws naming the bad part. */
export function parseChange(text: string): Change {
  const [kind, a, b] = text.split(':');
  if (kind === 'add-vehicle' && a) {
    const count = b === undefined ? 1 : Number(b);
    if (!Number.isInteger(count) || count < 1)
      throw new RangeError(`--change ${text}: count must be a whole number ≥ 1`);
    return { kind, type: a, count };
  }
  if (kind === 'window' && a) {
    const minutes = Number(a);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240)
      throw new RangeError(`--change ${text}: window minutes must be a whole number from 1 to 240`);
    return { kind, minutes };
  }
  if (kind === 'no-sharing' && a === undefined) return { kind };
  throw new RangeError(
    `--change ${text}: expected add-vehicle:<type>[:<count>], window:<minutes> or no-sharing`,
  );
}

export function describeChange(c: Change): string {
  if (c.kind === 'add-vehicle') return `add-vehicle:${c.type}${c.count > 1 ? `:${c.count}` : ''}`;
  if (c.kind === 'window') return `window:${c.minutes}`;
  return 'no-sharing';
}

/** The services as configured, with the scenario's rule changes and then the changes compared. */
export function rulesFor(
  scenario: Scenario,
  changes: readonly Change[] = [],
): Map<string, ServiceRules> {
  const out = new Map<string, ServiceRules>();
  for (const base of DEFAULT_SERVICES) out.set(base.id, { ...base, ...scenario.services[base.id] });
  for (const id of Object.keys(scenario.services))
    if (!out.has(id)) throw new RangeError(`services.${id}: no such service`);
  for (const change of changes) {
    for (const [id, rules] of out) {
      if (change.kind === 'window') out.set(id, { ...rules, pickupWindowMinutes: change.minutes });
      if (change.kind === 'no-sharing') out.set(id, { ...rules, sharedRides: false });
    }
  }
  return out;
}

/** The fleet by type with the changes applied, and counts overridden (`--find-fleet`). */
export function fleetFor(
  scenario: Scenario,
  changes: readonly Change[] = [],
  counts: Readonly<Record<string, number>> = {},
): VehicleTypeSpec[] {
  const fleet = scenario.fleet.map((t) => ({ ...t, count: counts[t.type] ?? t.count }));
  for (const change of changes) {
    if (change.kind !== 'add-vehicle') continue;
    const type = fleet.find((t) => t.type === change.type);
    if (!type)
      throw new RangeError(
        `--change add-vehicle:${change.type}: no vehicle type ${change.type} (the scenario has ${fleet.map((t) => t.type).join(', ')})`,
      );
    type.count += change.count;
  }
  return fleet;
}
