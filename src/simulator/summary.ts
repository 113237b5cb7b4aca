import type { DayResult } from './simulate-day.js';

export interface Percentiles {
  p50: number;
  p90: number;
  p95: number;
  max: number;
}

export interface ServiceSummary {
  requested: number;
  served: number;
  noShows: number;
  cancelled: number;
  refused: number;
  servedShare: number;
  onTimeShare: number;
}

/** Figures of one simulation run; counts are of the simulated days (see `periodEstimate`). */
export interface Summary {
  simulatedDays: number;
  /** Each simulated day stands for this many days of the period. */
  dayWeight: number;
  requested: number;
  served: number;
  noShows: number;
  cancelled: number;
  refused: number;
  /** Of the rides requested and not cancelled, the share the planner accepted (no-shows included: the car came). */
  servedShare: number;
  /** Of the rides carried, the share picked up inside the promised window (and on time for an appointment). */
  onTimeShare: number;
  sharedShare: number;
  refusals: Record<string, number>;
  byService: Record<string, ServiceSummary>;
  /** Minutes from the time asked for to the pickup (pickup-time and ASAP rides). */
  waitMinutes: Percentiles;
  rideMinutes: Percentiles;
  /** Ride time over the direct drive time. */
  rideRatio: Percentiles;
  vehicles: {
    shifts: number;
    used: number;
    rosteredHours: number;
    drivenHours: number;
    km: number;
    byType: Record<string, { shifts: number; used: number; drivenHours: number; km: number }>;
  };
  cost: {
    currency: string;
    total: number;
    perRide: number;
  };
  /** The online plan's drive hours against the same days re-planned with all requests known. */
  hindsight: {
    days: number;
    onlineHours: number;
    hindsightHours: number;
    gapPct: number;
    onlineServed: number;
    hindsightServed: number;
  } | null;
  reoptimisations: { runs: number; improved: number };
  /** Every final plan passed the engine's checker. */
  feasible: boolean;
  periodEstimate: { requested: number; served: number; refused: number };
  perDay: { date: string; requested: number; served: number; refused: number; onTime: number }[];
  /** Requests by local hour of the time asked for. */
  byHour: number[];
}

export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { p50: 0, p90: 0, p95: 0, max: 0 };
  const s = values.slice().sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return {
    p50: round(q(0.5)),
    p90: round(q(0.9)),
    p95: round(q(0.95)),
    max: round(s[s.length - 1]!),
  };
}

export const round = (x: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

const share = (a: number, b: number) => (b > 0 ? round(a / b, 4) : 0);

export function summarise(
  days: readonly DayResult[],
  options: {
    dayWeight: number;
    costs: { perVehicleHour: number; perKm: number; currency: string };
    hourOf: (ms: number) => number;
  },
): Summary {
  const all = days.flatMap((d) => d.bookings);
  const count = (f: (b: (typeof all)[number]) => boolean) => all.filter(f).length;
  const carried = all.filter((b) => b.outcome === 'served');
  const requested = all.length;
  const cancelled = count((b) => b.outcome === 'cancelled');
  const refused = count((b) => b.outcome === 'refused');
  const noShows = count((b) => b.outcome === 'no-show');
  const served = carried.length + noShows;
  const refusals: Record<string, number> = {};
  for (const b of all) if (b.refusal) refusals[b.refusal] = (refusals[b.refusal] ?? 0) + 1;
  const byService: Record<string, ServiceSummary> = {};
  for (const id of [...new Set(all.map((b) => b.service))].sort()) {
    const mine = all.filter((b) => b.service === id);
    const c = (o: string) => mine.filter((b) => b.outcome === o).length;
    const carriedHere = mine.filter((b) => b.outcome === 'served');
    byService[id] = {
      requested: mine.length,
      served: c('served') + c('no-show'),
      noShows: c('no-show'),
      cancelled: c('cancelled'),
      refused: c('refused'),
      servedShare: share(c('served') + c('no-show'), mine.length - c('cancelled')),
      onTimeShare: share(carriedHere.filter((b) => b.onTime).length, carriedHere.length),
    };
  }
  const vehicles = days.flatMap((d) => d.vehicles);
  const byType: Summary['vehicles']['byType'] = {};
  for (const v of vehicles) {
    const t = byType[v.type] ?? { shifts: 0, used: 0, drivenHours: 0, km: 0 };
    byType[v.type] = t;
    t.shifts++;
    if (v.rides > 0) t.used++;
    t.drivenHours = round(t.drivenHours + v.drivenHours);
    t.km = round(t.km + v.km);
  }
  const rosteredHours = vehicles.reduce((s, v) => s + v.rosteredHours, 0);
  const drivenHours = vehicles.reduce((s, v) => s + v.drivenHours, 0);
  const km = vehicles.reduce((s, v) => s + v.km, 0);
  // Drivers are paid for their shifts, driven or not; fuel and wear by the kilometre.
  const total = rosteredHours * options.costs.perVehicleHour + km * options.costs.perKm;
  const withHindsight = days.filter((d) => d.hindsight);
  const h = withHindsight.map((d) => d.hindsight!);
  const onlineCost = h.reduce((s, x) => s + x.onlineCost, 0);
  const hindsightCost = h.reduce((s, x) => s + x.hindsightCost, 0);
  const byHour = new Array(24).fill(0) as number[];
  for (const b of all) byHour[options.hourOf(b.requestedAt)]!++;
  return {
    simulatedDays: days.length,
    dayWeight: options.dayWeight,
    requested,
    served,
    noShows,
    cancelled,
    refused,
    servedShare: share(served, requested - cancelled),
    onTimeShare: share(carried.filter((b) => b.onTime).length, carried.length),
    sharedShare: share(carried.filter((b) => b.shared).length, carried.length),
    refusals,
    byService,
    waitMinutes: percentiles(
      carried
        .filter((b) => !b.arriveBy && b.pickupAt !== undefined)
        .map((b) => Math.max(0, (b.pickupAt! - b.requestedAt) / 60_000)),
    ),
    rideMinutes: percentiles(
      carried
        .filter((b) => b.pickupAt !== undefined && b.dropoffAt !== undefined)
        .map((b) => (b.dropoffAt! - b.pickupAt!) / 60_000),
    ),
    rideRatio: percentiles(
      carried
        .filter((b) => b.directSec && b.pickupAt !== undefined && b.dropoffAt !== undefined)
        .map((b) => (b.dropoffAt! - b.pickupAt!) / 1000 / b.directSec!),
    ),
    vehicles: {
      shifts: vehicles.length,
      used: vehicles.filter((v) => v.rides > 0).length,
      rosteredHours: round(rosteredHours, 1),
      drivenHours: round(drivenHours, 1),
      km: round(km, 1),
      byType,
    },
    cost: {
      currency: options.costs.currency,
      total: round(total, 0),
      perRide: served > 0 ? round(total / served, 0) : 0,
    },
    hindsight:
      h.length === 0
        ? null
        : {
            days: h.length,
            onlineHours: round(onlineCost / 3600, 1),
            hindsightHours: round(hindsightCost / 3600, 1),
            gapPct:
              hindsightCost > 0
                ? round((100 * (onlineCost - hindsightCost)) / hindsightCost, 1)
                : 0,
            onlineServed: h.reduce((s, x) => s + x.onlineServed, 0),
            hindsightServed: h.reduce((s, x) => s + x.hindsightServed, 0),
          },
    reoptimisations: {
      runs: days.reduce((s, d) => s + d.reoptimisations.runs, 0),
      improved: days.reduce((s, d) => s + d.reoptimisations.improved, 0),
    },
    feasible: days.every((d) => d.feasible),
    periodEstimate: {
      requested: requested * options.dayWeight,
      served: served * options.dayWeight,
      refused: refused * options.dayWeight,
    },
    perDay: days.map((d) => ({
      date: d.date,
      requested: d.bookings.length,
      served: d.bookings.filter((b) => b.outcome === 'served' || b.outcome === 'no-show').length,
      refused: d.bookings.filter((b) => b.outcome === 'refused').length,
      onTime: d.bookings.filter((b) => b.onTime).length,
    })),
    byHour,
  };
}
