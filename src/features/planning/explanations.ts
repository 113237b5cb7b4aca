import {
  explainInsertion,
  type InsertionOutcome,
  type Plan,
  type Problem,
} from '../../scheduling/index.js';
import type { ExplanationItem } from '../bookings/bookings.schema.js';
import type { PlanningSnapshot } from './planning-snapshot.js';
import { toSeconds } from './problem-builder.js';

/**
 * Why the scheduler decided as it did, as codes with values that the pages
 * (and the reassign error) put into words an operator can repeat to the
 * caller. The reasons come from the engine's model, never guessed in the UI.
 */

/**
 * The refusal's reasons grouped by kind (the engine's `explainInsertion`),
 * with how many vehicles and which plates each concerns; `only` limits it
 * to some shifts (a reassignment).
 */
export function explainRefusal(
  problem: Problem,
  plan: Plan,
  requestId: string,
  snapshot: PlanningSnapshot,
  now: Date,
  only?: readonly string[],
): ExplanationItem[] {
  const { groups } = reasonsByVehicle(problem, plan, requestId, snapshot, now, only);
  return groups.length > 0 ? groups : [{ code: 'no-vehicles', params: {} }];
}

/**
 * The engine reasons per shift; an operator speaks of vehicles. A vehicle
 * with a day and a night shift is one vehicle: named once per reason,
 * counted once, and not named at all when one of its shifts can take the
 * ride (the night shift that ended does not make the chosen car "unable").
 */
function reasonsByVehicle(
  problem: Problem,
  plan: Plan,
  requestId: string,
  snapshot: PlanningSnapshot,
  now: Date,
  only?: readonly string[],
): { groups: ExplanationItem[]; feasibleVehicles: number } {
  const vehicleOf = new Map(snapshot.shifts.map((s) => [s.id, s.vehicle.plate || s.vehicle.id]));
  const plateOf = new Map(
    snapshot.shifts.map((s) => [s.vehicle.plate || s.vehicle.id, s.vehicle.plate ?? '']),
  );
  const { reasons, summary } = explainInsertion(problem, plan, requestId, {
    now: toSeconds(now),
    ...(only ? { vehicleIds: only } : {}),
    // A metropolitan fleet is explained as the planner searched it: the nearest vehicles tried,
    // the others that could serve the ride named farther (trying every route was a third of a
    // refusal's time at 2,000 vehicles). A reassignment names its vehicles and tries them all.
    ...(!only && problem.vehicles.length > EXPLAIN_OTHERS_UP_TO ? { nearest: {} } : {}),
  });
  const ruledOut = new Set(reasons.filter((r) => r.code !== 'chosen').map((r) => r.vehicleId));
  const considered = only ?? problem.vehicles.map((v) => v.id);
  const feasible = new Set(
    considered.filter((id) => !ruledOut.has(id)).map((id) => vehicleOf.get(id) ?? id),
  );
  const groups: ExplanationItem[] = [];
  for (const g of summary) {
    if (g.code === 'chosen') continue;
    const vehicles = [...new Set(g.vehicleIds.map((id) => vehicleOf.get(id) ?? id))].filter(
      (v) => !feasible.has(v),
    );
    if (vehicles.length === 0) continue;
    const plates = vehicles
      .map((v) => plateOf.get(v) ?? '')
      .filter(Boolean)
      .sort();
    groups.push({
      code: g.code,
      params: { ...g.params, count: vehicles.length, plates: plates.join(', ') },
    });
  }
  return { groups, feasibleVehicles: feasible.size };
}

const EXPLAIN_OTHERS_UP_TO = 200;

/**
 * Why this vehicle: of the vehicles that could take the ride (the engine's
 * own test), the one whose day it lengthens least; how far it is from the
 * pickup in time, and whether it was free. The other vehicles' reasons follow,
 * grouped, so the operator can say why not another.
 */
export function explainAssignment(
  problem: Problem,
  planWithout: Plan,
  requestId: string,
  outcome: Extract<InsertionOutcome, { kind: 'assigned' }>,
  snapshot: PlanningSnapshot,
  now: Date,
): ExplanationItem[] {
  const shift = snapshot.shifts.find((s) => s.id === outcome.vehicleId);
  const before = planWithout.routes.find((r) => r.vehicleId === outcome.vehicleId);
  const idle = !before || before.stops.every((s) => s.kind === 'break');
  // Why not the others costs a test of every vehicle: worth it on a district's
  // fleet, not on every booking of a metropolitan one.
  const others =
    problem.vehicles.length <= EXPLAIN_OTHERS_UP_TO
      ? reasonsByVehicle(problem, planWithout, requestId, snapshot, now)
      : undefined;
  const etaMinutes = Math.round((outcome.pickup.start - toSeconds(now)) / 60);
  return [
    {
      code: 'chosen',
      params: {
        plate: shift?.vehicle.plate ?? '',
        idle,
        ...(others ? { feasible: Math.max(1, others.feasibleVehicles) } : {}),
        addedMinutes: Math.round(outcome.addedCost / 60),
        pickupAt: new Date(Math.round(outcome.pickup.start) * 1000).toISOString(),
        // How soon the car is there, when that is what the caller waits for.
        ...(etaMinutes >= 0 && etaMinutes <= 180 ? { etaMinutes } : {}),
      },
    },
    ...(others?.groups ?? []),
  ];
}

const WORDS: Record<string, { tr: string; en: string }> = {
  'service-not-served': {
    tr: 'araç bu hizmete ayrılmamış',
    en: 'the vehicle is reserved for other services',
  },
  'missing-feature': {
    tr: 'araçta gereken donanım yok (rampa/lift ya da bebek koltuğu)',
    en: 'the vehicle lacks the equipment needed (ramp/lift or infant seat)',
  },
  capacity: { tr: 'araçta yer yetmiyor', en: 'the vehicle has too few places' },
  'window-passed': {
    tr: 'araç istenen saat aralığında oraya yetişemiyor',
    en: 'the vehicle cannot get there inside the requested window',
  },
  'max-ride': {
    tr: 'yolculuk izin verilen en uzun süreyi aşıyor',
    en: 'the ride would exceed the longest allowed ride time',
  },
  break: {
    tr: 'sürücünün molası araya giriyor',
    en: 'the driver’s break is in the way',
  },
  'shift-ends': {
    tr: 'sürücünün vardiyası yolculuk bitmeden sona eriyor',
    en: 'the driver’s shift ends before the ride would',
  },
  'other-area': {
    tr: 'araç başka bir planlama bölgesinin araçlarından; yolculuk alındığı bölgenin araçlarıyla planlanır',
    en: 'the vehicle belongs to another planning area; a ride is planned with the vehicles of the area it starts in',
  },
  'shift-not-started': {
    tr: 'sürücünün vardiyası o saatte başlamamış oluyor',
    en: 'the driver’s shift has not started by then',
  },
  busy: {
    tr: 'araç o saatlerde başka yolculuklarla dolu',
    en: 'the vehicle is busy with other rides at that time',
  },
  farther: {
    tr: 'araç alış noktasına, denenen araçlardan daha uzakta',
    en: 'the vehicle is farther from the pickup than the vehicles tried',
  },
};

/** The first reason in plain words, for an error message. */
export function reasonWords(item: ExplanationItem | undefined): { tr: string; en: string } {
  return (item && WORDS[item.code]) ?? WORDS.busy!;
}
