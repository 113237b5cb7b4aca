import type { InsertionOutcome, Plan, Problem, Vehicle } from '../../scheduling/index.js';
import type { ExplanationItem } from '../bookings/bookings.schema.js';
import type { PlanningSnapshot } from './planning-snapshot.js';

/**
 * Why the scheduler decided as it did, as codes with values that the pages
 * (and the reassign error) put into words an operator can repeat to the
 * caller. The reasons come from the engine's model, never guessed in the UI.
 */

type Reason =
  | { code: 'service-not-served' }
  | { code: 'missing-feature'; feature: string }
  | { code: 'capacity' }
  | { code: 'shift-ends' }
  | { code: 'shift-not-started' }
  | { code: 'busy' };

/** Why one vehicle cannot take the request, from the facts that rule it out before any search. */
function reasonOf(vehicle: Vehicle, problem: Problem, requestId: string): Reason {
  const req = problem.requests.find((r) => r.id === requestId)!;
  if (vehicle.services && req.service && !vehicle.services.includes(req.service))
    return { code: 'service-not-served' };
  for (const f of req.requiredFeatures) {
    const has =
      f === 'wheelchairAccess'
        ? vehicle.features.includes('ramp') || vehicle.features.includes('lift')
        : vehicle.features.includes('infantSeat');
    if (!has) return { code: 'missing-feature', feature: f };
  }
  const cap = vehicle.capacity;
  if (
    req.load.seats > cap.seats ||
    req.load.wheelchairs > cap.wheelchairs ||
    req.load.infantSeats > cap.infantSeats
  )
    return { code: 'capacity' };
  if (vehicle.shift.latest <= req.dropoffWindow.earliest) return { code: 'shift-ends' };
  if (vehicle.shift.earliest >= req.pickupWindow.latest) return { code: 'shift-not-started' };
  return { code: 'busy' };
}

/** The refusal's reasons grouped by kind, with the plates they concern (all vehicles, or `only`). */
export function explainRefusal(
  problem: Problem,
  _plan: Plan,
  requestId: string,
  snapshot: PlanningSnapshot,
  only?: readonly string[],
): ExplanationItem[] {
  const plates = new Map(snapshot.shifts.map((s) => [s.id, s.vehicle.plate ?? '']));
  const groups = new Map<string, { reason: Reason; plates: string[] }>();
  for (const vehicle of problem.vehicles) {
    if (only && !only.includes(vehicle.id)) continue;
    const reason = reasonOf(vehicle, problem, requestId);
    const key =
      reason.code === 'missing-feature' ? `${reason.code}:${reason.feature}` : reason.code;
    const group = groups.get(key) ?? { reason, plates: [] };
    group.plates.push(plates.get(vehicle.id) ?? '');
    groups.set(key, group);
  }
  if (groups.size === 0) return [{ code: 'no-vehicles', params: {} }];
  return [...groups.values()]
    .sort((a, b) => b.plates.length - a.plates.length)
    .map(({ reason, plates: ps }) => ({
      code: reason.code,
      params: {
        count: ps.length,
        plates: ps.filter(Boolean).sort().join(', '),
        ...(reason.code === 'missing-feature' ? { feature: reason.feature } : {}),
      },
    }));
}

/** Why this vehicle: the one with the least added driving that fits, and when it gets there. */
export function explainAssignment(
  _problem: Problem,
  plan: Plan,
  _requestId: string,
  outcome: Extract<InsertionOutcome, { kind: 'assigned' }>,
  snapshot: PlanningSnapshot,
): ExplanationItem[] {
  const shift = snapshot.shifts.find((s) => s.id === outcome.vehicleId);
  const before = plan.routes.find((r) => r.vehicleId === outcome.vehicleId);
  const idle = !before || before.stops.every((s) => s.kind === 'break');
  return [
    {
      code: 'chosen',
      params: {
        plate: shift?.vehicle.plate ?? '',
        idle,
        addedMinutes: Math.round(outcome.addedCost / 60),
        pickupAt: new Date(Math.round(outcome.pickup.start) * 1000).toISOString(),
      },
    },
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
  'shift-ends': {
    tr: 'sürücünün vardiyası yolculuk bitmeden sona eriyor',
    en: 'the driver’s shift ends before the ride would',
  },
  'shift-not-started': {
    tr: 'sürücünün vardiyası o saatte başlamamış oluyor',
    en: 'the driver’s shift has not started by then',
  },
  busy: {
    tr: 'araç o saatlerde başka yolculuklarla dolu',
    en: 'the vehicle is busy with other rides at that time',
  },
};

/** The first reason in plain words, for an error message. */
export function reasonWords(item: ExplanationItem | undefined): { tr: string; en: string } {
  return (item && WORDS[item.code]) ?? WORDS.busy!;
}
