import {
  latestArrival,
  overlaps,
  promiseAround,
  type RideInterval,
  returnOpensAt,
  rideIntervalOf,
  UNPLANNED_RIDE_MINUTES,
  windowsFor,
} from '../domain/booking-windows.js';
import { findPlace } from '../domain/places/izmit-gazetteer.js';
import { isServedPlace } from '../domain/places/service-area.js';
import { checkBookingHorizon, type ServiceRules } from '../domain/services.js';
import { requestedInstant } from '../features/bookings/booking-validation.js';
import { placeBooking } from '../features/planning/place-booking.js';
import { withArrivalBound } from '../features/planning/plan-edits.js';
import type {
  PlanningSnapshot,
  SnapshotBooking,
  SnapshotShift,
} from '../features/planning/planning-snapshot.js';
import {
  fromSeconds,
  type LocationIndex,
  type Point,
  toRequest,
  toSeconds,
  toVehicleAndRoute,
} from '../features/planning/problem-builder.js';
import { reoptimiseDayPlan } from '../features/planning/reoptimise-plan.js';
import { OfflineTravelModel } from '../infra/maps/offline-travel-time-provider.js';
import { compile, writeRequest } from '../scheduling/core/compiled.js';
import {
  checkPlan,
  createRandom,
  optimisePlan,
  type Plan,
  type Problem,
  type Route,
  type TransportRequest,
  type TravelMatrix,
  type Vehicle,
} from '../scheduling/index.js';
import { afterCancel } from './cancel.js';
import { hashSeed, localMidnight, type SimBooking } from './demand.js';
import { afterNoShow } from './no-show.js';
import { minutesOf, type Scenario, type VehicleTypeSpec } from './scenario.js';

export type Outcome = 'served' | 'no-show' | 'cancelled' | 'refused';

/** What became of one booking. Times in ms since the epoch. */
export interface BookingRecord {
  id: string;
  service: string;
  label: string;
  isReturn: boolean;
  outcome: Outcome;
  /** Why it was refused: `rule:<rule>` before planning, else the planner's reason. */
  refusal?: string;
  /** The time the caller asked for: the pickup, the booking moment (ASAP), or the appointment. */
  requestedAt: number;
  arriveBy: boolean;
  promisedStart?: number;
  promisedEnd?: number;
  deadline?: number;
  pickupAt?: number;
  dropoffAt?: number;
  /** Direct drive time, seconds. */
  directSec?: number;
  onTime?: boolean;
  shared?: boolean;
  /** A return: its outbound. */
  returnOf?: string;
  /** A return that follows its outbound's arrival: opens this many minutes after it. */
  readyAfterMinutes?: number;
  /** The final plan's pickup and drop-off (ms), as planned rather than as driven. */
  plannedPickupAt?: number;
  plannedDropoffAt?: number;
}

export interface VehicleRecord {
  type: string;
  shiftId: string;
  rosteredHours: number;
  /** From leaving the depot to coming back; 0 when it carried nobody. */
  drivenHours: number;
  km: number;
  rides: number;
}

export interface DayResult {
  date: string;
  bookings: BookingRecord[];
  vehicles: VehicleRecord[];
  /** The final plan passes the engine's checker. */
  feasible: boolean;
  reoptimisations: { runs: number; improved: number };
  /** Drive seconds of the online plan and of the same day re-planned with full knowledge. */
  hindsight?: {
    onlineCost: number;
    hindsightCost: number;
    onlineServed: number;
    hindsightServed: number;
  };
}

export interface DayInput {
  scenario: Scenario;
  date: string;
  rules: ReadonlyMap<string, ServiceRules>;
  fleet: readonly VehicleTypeSpec[];
  bookings: readonly SimBooking[];
  /** Also re-plan the day with all its requests known (costly on big days). */
  hindsight: boolean;
}

/**
 * The matrix over a day's points, computed on demand and remembered in a
 * direct-mapped cache: a metropolitan day has tens of thousands of points
 * (too many for a full matrix) and the engine asks for the same pairs again
 * and again.
 */
function cachedMatrix(size: number, durationOf: (a: number, b: number) => number): TravelMatrix {
  const slots = 1 << 21;
  const keys = new Float64Array(slots).fill(-1);
  const values = new Float64Array(slots);
  const duration = (a: number, b: number) => {
    const k = a * size + b;
    const h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & (slots - 1);
    if (keys[h] === k) return values[h]!;
    const d = durationOf(a, b);
    keys[h] = k;
    values[h] = d;
    return d;
  };
  // The objective is drive time, as the planning service's matrix has it.
  return { size, duration, distance: duration };
}

/** The day's problem is rebuilt at least this often (see `simulateDay`). */
const STALE_MS = 10 * 60_000;

const key = (p: { lat: number; lng: number }) => `${p.lat.toFixed(5)},${p.lng.toFixed(5)}`;

function locationIndex(points: Point[]): LocationIndex {
  const out: Point[] = [];
  const byKey = new Map<string, number>();
  for (const p of points) {
    if (!byKey.has(key(p))) {
      byKey.set(key(p), out.length);
      out.push(p);
    }
  }
  return {
    points: out,
    indexOf(p) {
      const i = byKey.get(key(p));
      if (i === undefined) throw new RangeError(`location ${key(p)} is not in the day`);
      return i;
    },
  };
}

function depotPoint(depot: VehicleTypeSpec['depots'][number]): Point {
  if (typeof depot === 'string') {
    const place = findPlace(depot)!;
    return { lat: place.lat, lng: place.lng, label: place.name };
  }
  return { ...depot, label: 'depot' };
}

/** The day's shifts from the roster, as the planning snapshot describes them. */
export function shiftsOf(
  scenario: Scenario,
  date: string,
  fleet: readonly VehicleTypeSpec[],
): { shift: SnapshotShift; type: string }[] {
  const midnight = localMidnight(date, scenario.timeZone);
  const weekday = new Date(midnight + 12 * 3_600_000).getUTCDay() || 7;
  const dayStart = minutesOf(scenario.dayStartsAt);
  const at = (hhmm: string) => {
    const m = minutesOf(hhmm);
    return new Date(midnight + (m < dayStart ? m + 1440 : m) * 60_000);
  };
  const out: { shift: SnapshotShift; type: string }[] = [];
  for (const type of fleet) {
    for (let k = 0; k < type.count; k++) {
      type.shifts.forEach((s, si) => {
        if (s.weekdays && !s.weekdays.includes(weekday)) return;
        const startsAt = at(s.start);
        const endsAt = new Date(
          startsAt.getTime() + (minutesOf(s.end) - minutesOf(s.start)) * 60_000,
        );
        const vehicleId = `${type.type}-${k + 1}`;
        const breakFrom = s.breakFrom ? at(s.breakFrom) : null;
        out.push({
          type: type.type,
          shift: {
            id: `${vehicleId}/${si + 1}`,
            driverId: `${vehicleId}/${si + 1}`,
            startsAt,
            endsAt,
            breakMinutes: s.breakMinutes,
            breakEarliest: breakFrom,
            breakLatest:
              s.breakTo && breakFrom
                ? new Date(
                    breakFrom.getTime() + (minutesOf(s.breakTo) - minutesOf(s.breakFrom!)) * 60_000,
                  )
                : null,
            vehicle: {
              id: vehicleId,
              plate: vehicleId,
              seats: type.seats,
              wheelchairPlaces: type.wheelchairPlaces,
              infantSeats: type.infantSeats,
              hasRamp: type.ramp,
              hasLift: type.lift,
              serviceIds: type.services,
              depot: depotPoint(type.depots[k % type.depots.length]!),
            },
            stops: [],
          },
        });
      });
    }
  }
  return out;
}

/** A ride's drop-off held to start by `latest` (engine seconds) while another is placed. */
interface ArrivalBound {
  id: string;
  latest: number;
}

interface Live {
  booking: SimBooking;
  record: BookingRecord;
  snap?: SnapshotBooking;
  status: 'pending' | 'scheduled' | 'refused' | 'cancelled' | 'no-show' | 'dropped';
}

/**
 * One service day on a simulated clock: each booking is checked by the
 * booking path's rules when its call comes in and planned by the planner's
 * own placement; the day is re-optimised every N minutes on the stops not
 * yet reached; cancellations and no-shows happen as they come. The plan is
 * then driven with noisy travel times to measure what passengers get.
 */
export function simulateDay(input: DayInput): DayResult {
  const shifts = shiftsOf(input.scenario, input.date, input.fleet);
  if (input.scenario.areas === 'city') return simulateArea(input, shifts, '');
  const parts = [...byDepotArea(shifts, input.bookings)].map(([area, part]) =>
    simulateArea({ ...input, bookings: part.bookings }, part.shifts, area),
  );
  return mergeAreas(input, shifts, parts);
}

/** Straight-line distance is enough to tell the nearest garage. */
function squaredKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const y = (a.lat - b.lat) * 111.2;
  const x = (a.lng - b.lng) * 111.2 * Math.cos((a.lat * Math.PI) / 180);
  return x * x + y * y;
}

/**
 * The day split by garage (see `Scenario.areas`): each rider's bookings go
 * to the nearest garage, by their first pickup, that has vehicles for the
 * service, so a return and the one-ride-at-a-time rule stay in one district.
 */
function byDepotArea(
  shifts: { shift: SnapshotShift; type: string }[],
  bookings: readonly SimBooking[],
): Map<string, { shifts: typeof shifts; bookings: SimBooking[] }> {
  const areas = new Map<string, { shifts: typeof shifts; bookings: SimBooking[]; at: Point }>();
  for (const s of shifts) {
    const k = key(s.shift.vehicle.depot);
    const area = areas.get(k) ?? { shifts: [], bookings: [], at: s.shift.vehicle.depot };
    area.shifts.push(s);
    areas.set(k, area);
  }
  const serves = new Map<string, Set<string>>();
  for (const [k, area] of areas) {
    const services = new Set<string>();
    for (const { shift } of area.shifts)
      for (const id of shift.vehicle.serviceIds ?? ['*']) services.add(id);
    serves.set(k, services);
  }
  const first = [...areas.keys()][0]!;
  const riderArea = new Map<string, string>();
  for (const b of [...bookings].sort((x, y) => x.bookedAt - y.bookedAt)) {
    if (riderArea.has(b.riderId)) continue;
    let best = first;
    let bestKm = Number.POSITIVE_INFINITY;
    for (const [k, area] of areas) {
      const s = serves.get(k)!;
      if (!s.has(b.service) && !s.has('*')) continue;
      const km = squaredKm(b.pickup, area.at);
      if (km < bestKm) {
        bestKm = km;
        best = k;
      }
    }
    riderArea.set(b.riderId, best);
  }
  for (const b of bookings) areas.get(riderArea.get(b.riderId)!)!.bookings.push(b);
  return areas;
}

/** One day's result from its districts', in the day's booking and roster order. */
function mergeAreas(
  input: DayInput,
  shifts: { shift: SnapshotShift }[],
  parts: DayResult[],
): DayResult {
  const records = new Map(parts.flatMap((p) => p.bookings.map((b) => [b.id, b] as const)));
  const vehicles = new Map(parts.flatMap((p) => p.vehicles.map((v) => [v.shiftId, v] as const)));
  const withHindsight = parts.filter((p) => p.hindsight);
  const sum = (f: (h: NonNullable<DayResult['hindsight']>) => number) =>
    withHindsight.reduce((n, p) => n + f(p.hindsight!), 0);
  return {
    date: input.date,
    bookings: input.bookings.flatMap((b) => records.get(b.id) ?? []),
    vehicles: shifts.flatMap(({ shift }) => vehicles.get(shift.id) ?? []),
    feasible: parts.every((p) => p.feasible),
    reoptimisations: {
      runs: parts.reduce((n, p) => n + p.reoptimisations.runs, 0),
      improved: parts.reduce((n, p) => n + p.reoptimisations.improved, 0),
    },
    ...(withHindsight.length > 0
      ? {
          hindsight: {
            onlineCost: sum((h) => h.onlineCost),
            hindsightCost: sum((h) => h.hindsightCost),
            onlineServed: sum((h) => h.onlineServed),
            hindsightServed: sum((h) => h.hindsightServed),
          },
        }
      : {}),
  };
}

/** One district's day (the whole city's when `areas` is `city`). */
function simulateArea(
  input: DayInput,
  shifts: { shift: SnapshotShift; type: string }[],
  area: string,
): DayResult {
  const { scenario, date, rules, bookings } = input;
  const tz = scenario.timeZone;
  // Each district draws its own random numbers; the city's are as they always were.
  const seedDay = area ? `${date}/${area}` : date;
  const typeOf = new Map(shifts.map((s) => [s.shift.id, s.type]));
  const locations = locationIndex([
    ...shifts.map((s) => s.shift.vehicle.depot),
    ...bookings.flatMap((b) => [b.pickup, b.dropoff]),
  ]);
  const firstShift = shifts.reduce(
    (t, s) => Math.min(t, s.shift.startsAt.getTime()),
    Number.POSITIVE_INFINITY,
  );
  const dayStartMs = localMidnight(date, tz) + minutesOf(scenario.dayStartsAt) * 60_000;
  // One matrix for the day, departing when the first shift starts, as the re-optimisation builds it.
  const model = new OfflineTravelModel({
    ...(scenario.travel.centre ? { centre: scenario.travel.centre } : {}),
    ...(scenario.travel.centreRadiusKm
      ? { centreRadiusM: scenario.travel.centreRadiusKm * 1000 }
      : {}),
    ...(scenario.travel.districtRadiusKm
      ? { districtRadiusM: scenario.travel.districtRadiusKm * 1000 }
      : {}),
    timeZone: tz,
  }).prepare(
    locations.points,
    locations.points,
    new Date(Number.isFinite(firstShift) ? firstShift : dayStartMs),
  );
  const matrix = cachedMatrix(locations.points.length, (a, b) => model.estimate(a, b).durationSec);
  const metres = (a: number, b: number) => model.estimate(a, b).distanceM;

  const snapshot: PlanningSnapshot = {
    partitionKey: date,
    version: 0,
    linked: [],
    shifts: [],
    bookings: new Map(),
  };
  const baseVehicle = new Map<string, Vehicle>();
  const vehicleAt = (shift: SnapshotShift, route: Route | undefined, now: Date): Vehicle => {
    const busy = route?.stops.some((s) => s.kind !== 'break') ?? false;
    const breakPlanned = route?.stops.some((s) => s.kind === 'break') ?? false;
    if (busy && breakPlanned) {
      let v = baseVehicle.get(shift.id);
      if (!v) {
        v = toVehicleAndRoute(shift, snapshot, locations, shift.startsAt).vehicle;
        baseVehicle.set(shift.id, v);
      }
      return v;
    }
    // The builder's rules for an idle vehicle (leaves no earlier than now; a lapsed break is gone).
    const v = toVehicleAndRoute(shift, snapshot, locations, now).vehicle;
    return busy ? { ...v, shift: { ...v.shift, earliest: toSeconds(shift.startsAt) } } : v;
  };

  const snapOf = (
    b: SimBooking,
    r: ServiceRules,
    w: ReturnType<typeof windowsFor>,
  ): SnapshotBooking => ({
    id: b.id,
    status: 'pending',
    rules: r,
    pickup: b.pickup,
    dropoff: b.dropoff,
    wheelchair: b.wheelchair,
    companions: b.companions,
    infants: b.infants,
    ...w,
    promised: false,
    asap: b.time.kind === 'asap',
  });
  const byId = new Map(bookings.map((b) => [b.id, b]));
  /** The windows a booking is stored with when the call is taken (booking-validation's). */
  const initialSnap = (b: SimBooking, r: ServiceRules): SnapshotBooking => {
    const outbound = b.returnOf ? byId.get(b.returnOf) : undefined;
    if (!outbound) return snapOf(b, r, windowsFor(r, b.time));
    const { opens } = returnOpening(b, outbound, r);
    return snapOf(b, r, windowsFor(r, { kind: 'pickup', at: opens }));
  };

  const live = new Map<string, Live>();
  const routed = new Map<string, TransportRequest>();
  let plan: Plan = { routes: [], unassigned: [] };
  const byRider = new Map<string, Live[]>();
  const returnsOf = new Map<string, SimBooking>();
  for (const b of bookings) if (b.returnOf) returnsOf.set(b.returnOf, b);

  /*
   * The day's problem holds every request of the day from the start (the
   * engine only ever looks at the one being placed and those on routes), so
   * its compiled form is built once, not per booking: at metropolitan scale
   * that is the difference between minutes and hours. It is rebuilt when the
   * vehicles' state by the clock may have moved (idle vehicles leave no
   * earlier than now; an idle vehicle's lapsed break is dropped): every
   * STALE_MS, when a break window closes, and before an idle vehicle is
   * given its first ride. A request's promised window is written into the
   * compiled arrays in place, as `findAlternativeTimes` does.
   */
  const dayRequests: TransportRequest[] = [];
  const requestPos = new Map<string, number>();
  for (const b of bookings) {
    const r = rules.get(b.service);
    if (!r) continue;
    requestPos.set(b.id, dayRequests.length);
    dayRequests.push(toRequest(initialSnap(b, r), locations, matrix));
  }
  type Base = { problem: Problem; builtAt: number; nextLapse: number };
  let base: Base | null = null;
  const rebuild = (now: Date): Base => {
    const routeOf = new Map(plan.routes.map((r) => [r.vehicleId, r]));
    const nowMs = now.getTime();
    let nextLapse = Number.POSITIVE_INFINITY;
    for (const { shift } of shifts) {
      const latest = shift.breakLatest?.getTime();
      if (latest !== undefined && latest >= nowMs) nextLapse = Math.min(nextLapse, latest);
    }
    const built: Base = {
      problem: {
        requests: dayRequests,
        vehicles: shifts.map((s) => vehicleAt(s.shift, routeOf.get(s.shift.id), now)),
        matrix,
      },
      builtAt: nowMs,
      nextLapse,
    };
    base = built;
    return built;
  };
  const currentBase = (now: Date): Base => {
    const t = now.getTime();
    if (!base || t - base.builtAt > STALE_MS || t > base.nextLapse) return rebuild(now);
    return base;
  };
  /** A request rewritten in the day's problem, its compiled form patched in place. */
  const retime = (id: string, request: TransportRequest) => {
    const pos = requestPos.get(id)!;
    dayRequests[pos] = request;
    if (!base) return;
    writeRequest(compile(base.problem), request, pos);
  };

  /**
   * A no-show's ride as the car made it (see `afterNoShow`): the call stays
   * in its route and in the day's requests, so later insertions and the
   * final check time the car from the door it stood at.
   */
  const noShowAt = (route: Route, l: Live): Route => {
    l.status = 'no-show';
    l.record.outcome = 'no-show';
    const after = afterNoShow(base!.problem, route);
    retime(l.booking.id, after.request);
    routed.set(l.booking.id, after.request);
    return after.route;
  };

  /** Stops whose service has begun by `now` are reached; a no-show is found at its pickup. */
  const advanceRoute = (route: Route, nowSec: number): Route => {
    let r = route;
    while (r.fixedStops < r.stops.length && r.stops[r.fixedStops]!.start <= nowSec) {
      const stop = r.stops[r.fixedStops]!;
      r = { ...r, fixedStops: r.fixedStops + 1 };
      const l = live.get(stop.refId);
      if (stop.kind === 'pickup' && l?.booking.noShow && l.status === 'scheduled')
        r = noShowAt(r, l);
    }
    return r;
  };
  const advance = (nowSec: number) => {
    let changed = false;
    const routes = plan.routes.map((route) => {
      const r = advanceRoute(route, nowSec);
      if (r !== route) changed = true;
      return r;
    });
    if (changed) plan = { routes, unassigned: [] };
  };

  const refuse = (l: Live, reason: string) => {
    l.status = 'refused';
    l.record.outcome = 'refused';
    l.record.refusal = reason;
  };

  const activeIntervals = (riderId: string, except: string): RideInterval[] =>
    (byRider.get(riderId) ?? [])
      .filter(
        (o) =>
          o.booking.id !== except && (o.status === 'scheduled' || o.status === 'pending') && o.snap,
      )
      .map((o) => {
        const s = o.snap!;
        const pickup = o.record.pickupAt;
        const dropoff = o.record.dropoffAt;
        return rideIntervalOf({
          pickupWindowStart: s.pickupWindowStart,
          pickupWindowEnd: s.pickupWindowEnd,
          dropoffEarliest: s.dropoffEarliest,
          dropoffDeadline: s.dropoffDeadline,
          plannedPickupAt: pickup ? new Date(pickup) : null,
          plannedDropoffAt: dropoff ? new Date(dropoff) : null,
        });
      });

  /** The booking path's checks of one call (src/features/bookings/booking-validation.ts). */
  const ruleProblem = (b: SimBooking, r: ServiceRules | undefined, now: Date): string | null => {
    if (!r) return 'unknown-service';
    if (!r.active) return 'inactive';
    if (b.time.kind === 'asap' && !r.asapAllowed) return 'asap';
    if (b.time.kind === 'pickup' && r.timing !== 'pickup') return 'timing';
    if (b.time.kind === 'arrive-by' && r.timing !== 'arrive-by') return 'timing';
    if (b.companions > r.maxCompanions) return 'max-companions';
    if (returnsOf.has(b.id) && !r.returnTrip) return 'return-trip';
    if (scenario.serviceArea === 'izmit' && (!isServedPlace(b.pickup) || !isServedPlace(b.dropoff)))
      return 'service-area';
    const when = requestedInstant(b.time);
    // "As soon as possible" is a same-day promise only if a vehicle is free: no notice applies.
    const horizonRules = b.time.kind === 'asap' ? { ...r, minNoticeMinutes: 0 } : r;
    const horizon = checkBookingHorizon(horizonRules, when, now, tz);
    if (horizon) return horizon.reason;
    return null;
  };

  const book = (l: Live, now: Date) => {
    const b = l.booking;
    if (l.status !== 'pending') return;
    const r = rules.get(b.service);
    if (b.returnOf) {
      const outbound = live.get(b.returnOf);
      // A return is asked for with its outbound: refused by a rule together.
      if (!outbound || outbound.record.refusal?.startsWith('rule:')) {
        l.status = 'dropped';
        return;
      }
      bookReturn(l, outbound, r!, now);
      return;
    }
    const problem = ruleProblem(b, r, now);
    if (problem) return refuse(l, `rule:${problem}`);
    const snap = initialSnap(b, r!);
    const windows = snap;
    const busy = [rideIntervalOf({ ...windows, plannedPickupAt: null, plannedDropoffAt: null })];
    const own = activeIntervals(b.riderId, b.id);
    if (own.some((o) => busy.some((x) => overlaps(x, o)))) return refuse(l, 'rule:overlap');
    l.snap = snap;
    place(l, now, null);
  };

  const bookReturn = (l: Live, outbound: Live, r: ServiceRules, now: Date) => {
    const b = l.booking;
    const { ready, appointment, opens } = returnOpening(b, outbound.booking, r);
    const horizon = checkBookingHorizon(
      { ...r, minNoticeMinutes: 0, sameDayAllowed: true },
      opens,
      now,
      tz,
    );
    if (horizon) return refuse(l, `rule:${horizon.reason}`);
    l.snap = initialSnap(b, r);
    const windows = l.snap;
    l.record.requestedAt = opens.getTime();
    // A return that follows a pickup-time outbound opens once the outbound is planned
    // (planning.service's `returnWindow`), from the outbound's times in the plan as it stands.
    let follows: { start: Date; end: Date } | null = null;
    let bound: ArrivalBound | null = null;
    if (!appointment && ready !== null) {
      const ride = outbound.status === 'scheduled' ? plannedRide(outbound.booking.id) : null;
      if (!ride) return refuse(l, 'outbound-not-planned');
      const arrival = latestArrival({
        plannedPickupAt: fromSeconds(ride.pickup),
        plannedDropoffAt: fromSeconds(ride.dropoff),
        pickupWindowEnd: outbound.snap!.pickupWindowEnd,
      });
      l.record.readyAfterMinutes = ready;
      // A second past the wait: the engine's timing may exceed the whole-second arrival by a fraction.
      const start = new Date(arrival.getTime() + ready * 60_000 + 1000);
      const width = windows.pickupWindowEnd.getTime() - windows.pickupWindowStart.getTime();
      follows = { start, end: new Date(start.getTime() + width) };
      // While the return is placed, its outbound may not be re-timed to arrive later than that.
      bound = { id: outbound.booking.id, latest: toSeconds(start) - ready * 60 };
    }
    place(l, now, follows, bound);
    if (follows && ready !== null && l.status === 'scheduled') holdArrival(outbound, l, ready);
  };

  /** Where a scheduled ride's pickup and drop-off start in the plan as it stands (seconds). */
  const plannedRide = (id: string): { pickup: number; dropoff: number } | null => {
    for (const route of plan.routes) {
      const pickup = route.stops.find((s) => s.kind === 'pickup' && s.refId === id);
      if (!pickup) continue;
      const dropoff = route.stops.find((s) => s.kind === 'dropoff' && s.refId === id);
      return dropoff ? { pickup: pickup.start, dropoff: dropoff.start } : null;
    }
    return null;
  };

  /**
   * The outbound of a scheduled following return arrives by the return's
   * window start less the wait from now on (`arriveBefore`, as the planning
   * store reads it: a plan already past it keeps its arrival, a second's
   * grace): later insertions and the re-optimisation see it in the day's
   * requests, so the citizen is never fetched before ready.
   */
  const holdArrival = (outbound: Live, ret: Live, ready: number) => {
    const before = toSeconds(ret.snap!.pickupWindowStart) - ready * 60;
    const dropoff = plannedRide(outbound.booking.id)?.dropoff;
    setArriveBefore(
      outbound,
      fromSeconds(dropoff !== undefined && dropoff > before ? dropoff + 1 : before),
    );
  };
  const setArriveBefore = (outbound: Live, at: Date | null) => {
    if (outbound.status !== 'scheduled') return;
    outbound.snap!.arriveBefore = at;
    const request = toRequest(outbound.snap!, locations, matrix);
    retime(outbound.booking.id, request);
    routed.set(outbound.booking.id, request);
  };

  const place = (
    l: Live,
    now: Date,
    follows: { start: Date; end: Date } | null,
    bound: ArrivalBound | null = null,
  ) => {
    const snap = l.snap!;
    const stored = { start: snap.pickupWindowStart, end: snap.pickupWindowEnd };
    const attempt = (problem: Problem) =>
      placeBooking(
        bound ? withArrivalBound(problem, bound.id, bound.latest) : problem,
        { routes: plan.routes, unassigned: [snap.id] },
        snap.id,
        {
          windows: follows ?? stored,
          stored,
          asap: snap.asap,
          now,
        },
      );
    const current = currentBase(now);
    let placed = attempt(current.problem);
    if (placed.outcome.kind === 'assigned' && current.builtAt < now.getTime()) {
      const chosen = placed.outcome.vehicleId;
      const before = plan.routes.find((r) => r.vehicleId === chosen);
      // A vehicle's first ride: it must not have left its depot before now.
      if (!before?.stops.some((s) => s.kind !== 'break')) placed = attempt(rebuild(now).problem);
    }
    const { outcome, windows } = placed;
    const request = dayRequests[requestPos.get(snap.id)!]!;
    l.record.directSec = matrix.duration(request.pickupLocation, request.dropoffLocation);
    if (outcome.kind === 'refused') return refuse(l, outcome.reason);
    plan = { routes: outcome.plan.routes, unassigned: [] };
    if (snap.dropoffDeadline && !snap.promised) {
      // An appointment ride's promise becomes a window around its planned pickup.
      const promise = promiseAround(snap.rules, fromSeconds(outcome.pickup.start), windows);
      snap.pickupWindowStart = promise.start;
      snap.pickupWindowEnd = promise.end;
    } else if (windows.start !== stored.start) {
      snap.pickupWindowStart = windows.start;
      snap.pickupWindowEnd = windows.end;
    }
    snap.promised = true;
    snap.status = 'scheduled';
    const planned = toRequest(snap, locations, matrix);
    retime(snap.id, planned);
    routed.set(snap.id, planned);
    l.status = 'scheduled';
    l.record.pickupAt = outcome.pickup.start * 1000;
    l.record.dropoffAt = outcome.dropoff.start * 1000;
  };

  const cancel = (l: Live) => {
    if (l.status !== 'scheduled' && l.status !== 'pending') return;
    if (l.status === 'scheduled') {
      const route = plan.routes.find((r) => r.stops.some((s) => s.refId === l.booking.id));
      const at =
        route?.stops.findIndex((s) => s.kind === 'pickup' && s.refId === l.booking.id) ?? -1;
      // Once picked up the ride happens: a cancel then changes nothing.
      if (route && at < route.fixedStops) return;
      const after = route && base ? afterCancel(base.problem, route, l.booking.id) : null;
      if (after)
        plan = { routes: plan.routes.map((r) => (r === route ? after.route : r)), unassigned: [] };
      if (after?.request) {
        // The car keeps its route: the ride stays in it, carrying nobody.
        retime(l.booking.id, after.request);
        routed.set(l.booking.id, after.request);
      } else routed.delete(l.booking.id);
    }
    // A cancelled return no longer holds its outbound's arrival (the store reads scheduled returns only).
    const outbound = l.booking.returnOf ? live.get(l.booking.returnOf) : undefined;
    if (
      l.status === 'scheduled' &&
      l.record.readyAfterMinutes !== undefined &&
      outbound?.snap?.arriveBefore
    )
      setArriveBefore(outbound, null);
    l.status = 'cancelled';
    l.record.outcome = 'cancelled';
  };

  let reoptRuns = 0;
  let reoptImproved = 0;
  const reoptimise = (now: Date, tick: number) => {
    const nowSec = toSeconds(now);
    const open = plan.routes.some((r) =>
      r.stops.slice(r.fixedStops).some((s) => s.kind === 'pickup'),
    );
    if (!open || scenario.reoptimise.iterations === 0) return;
    reoptRuns++;
    const maxSteps = scenario.reoptimise.maxSteps;
    let steps = 0;
    const outcome = reoptimiseDayPlan(rebuild(now).problem, plan, nowSec, {
      seed: hashSeed(scenario.seed, seedDay, tick),
      maxIterations: scenario.reoptimise.iterations,
      ...(maxSteps ? { shouldStop: () => ++steps > maxSteps } : {}),
    });
    if (outcome.kind !== 'improved') return;
    reoptImproved++;
    plan = { routes: outcome.plan.routes, unassigned: [] };
    for (const route of plan.routes)
      for (const s of route.stops) {
        const l = live.get(s.refId);
        if (!l) continue;
        if (s.kind === 'pickup') l.record.pickupAt = s.start * 1000;
        if (s.kind === 'dropoff') l.record.dropoffAt = s.start * 1000;
      }
  };

  // The day's events in time order: calls, cancels, re-optimisation ticks.
  type Event = { at: number; order: number; seq: number; run: (now: Date) => void };
  const events: Event[] = [];
  let seq = 0;
  for (const b of bookings) {
    const record: BookingRecord = {
      id: b.id,
      service: b.service,
      label: b.label,
      isReturn: b.returnOf !== undefined,
      ...(b.returnOf ? { returnOf: b.returnOf } : {}),
      outcome: 'served',
      requestedAt: requestedInstant(b.time).getTime(),
      arriveBy: b.time.kind === 'arrive-by',
    };
    const l: Live = { booking: b, record, status: 'pending' };
    live.set(b.id, l);
    byRider.set(b.riderId, [...(byRider.get(b.riderId) ?? []), l]);
    events.push({ at: b.bookedAt, order: 0, seq: seq++, run: (now) => book(l, now) });
    if (b.cancelAt !== undefined)
      events.push({ at: b.cancelAt, order: 1, seq: seq++, run: () => cancel(l) });
  }
  const every = scenario.reoptimise.everyMinutes;
  if (every > 0 && Number.isFinite(firstShift)) {
    const last = shifts.reduce((t, s) => Math.max(t, s.shift.endsAt.getTime()), 0);
    let tick = 0;
    for (let t = firstShift; t < last; t += every * 60_000)
      events.push({ at: t, order: 2, seq: seq++, run: (now) => reoptimise(now, tick++) });
  }
  events.sort((a, b) => a.at - b.at || a.order - b.order || a.seq - b.seq);
  for (const e of events) {
    const now = new Date(e.at);
    advance(toSeconds(now));
    e.run(now);
  }
  advance(Number.POSITIVE_INFINITY);

  // The vehicles as the day used them: a route begun after its break window closed has no break.
  const routeOf = new Map(plan.routes.map((r) => [r.vehicleId, r]));
  const dayVehicles = shifts.map(({ shift }) => {
    const v = toVehicleAndRoute(shift, snapshot, locations, shift.startsAt).vehicle;
    const route = routeOf.get(shift.id);
    const hasBreak = route?.stops.some((s) => s.kind === 'break');
    return route && route.stops.length > 0 && !hasBreak ? { ...v, breaks: [] } : v;
  });
  const finalCheck = checkPlan(
    { requests: [...routed.values()], vehicles: dayVehicles, matrix },
    { routes: plan.routes.map((r) => ({ ...r, fixedStops: 0 })), unassigned: [] },
  );
  const feasible = finalCheck.feasible;
  if (!feasible && process.env.SIM_DEBUG) console.error(date, finalCheck.violations.slice(0, 5));

  for (const route of plan.routes)
    for (const s of route.stops) {
      const record = live.get(s.refId)?.record;
      if (record?.outcome !== 'served') continue;
      if (s.kind === 'pickup') record.plannedPickupAt = s.start * 1000;
      if (s.kind === 'dropoff') record.plannedDropoffAt = s.start * 1000;
    }
  const vehicles = drive(scenario, seedDay, shifts, typeOf, plan, live, matrix, metres, locations);
  const records = [...live.values()].filter((l) => l.status !== 'dropped').map((l) => l.record);
  for (const l of live.values()) {
    if (l.snap && l.record.outcome === 'served') {
      l.record.promisedStart = l.snap.pickupWindowStart.getTime();
      l.record.promisedEnd = l.snap.pickupWindowEnd.getTime();
      if (l.snap.dropoffDeadline) l.record.deadline = l.snap.dropoffDeadline.getTime();
    }
  }
  const result: DayResult = {
    date,
    bookings: records,
    vehicles,
    feasible,
    reoptimisations: { runs: reoptRuns, improved: reoptImproved },
  };
  if (input.hindsight && scenario.hindsightIterations > 0 && routed.size + countRefused(live) > 0) {
    result.hindsight = hindsightOf(
      scenario,
      seedDay,
      dayVehicles,
      locations,
      plan,
      live,
      routed,
      matrix,
    );
  }
  return result;
}

/** When a return may be picked up, by the rules' `returnOpensAt`, as the booking path first stores it. */
function returnOpening(b: SimBooking, outbound: SimBooking, r: ServiceRules) {
  const appointment = outbound.time.kind === 'arrive-by' ? outbound.time.appointment : null;
  // A recorded return with its own pickup time and no "ready after": the caller gave the time.
  if (b.returnReadyAfterMinutes === undefined && b.time.kind === 'pickup')
    return { ready: null, appointment, opens: b.time.at };
  const ready =
    b.returnReadyAfterMinutes === 'service' || b.returnReadyAfterMinutes === undefined
      ? r.returnReadyAfterMinutes
      : b.returnReadyAfterMinutes;
  const outWindows = windowsFor(r, outbound.time);
  const estimatedArrival = new Date(
    outWindows.pickupWindowEnd.getTime() + UNPLANNED_RIDE_MINUTES * 60_000,
  );
  const opens = returnOpensAt(
    r,
    { appointment, arrival: estimatedArrival },
    { readyAfterMinutes: ready },
  );
  return { ready, appointment, opens };
}

function countRefused(live: Map<string, Live>): number {
  let n = 0;
  for (const l of live.values()) if (l.status === 'refused' && l.snap) n++;
  return n;
}

/**
 * Drives the final plan: each leg takes its planned time × (1 ± noise), a
 * pickup starts no earlier than its promised window, a drop-off no earlier
 * than its earliest arrival; records when riders were really picked up and
 * set down, and each vehicle's hours and kilometres.
 */
function drive(
  scenario: Scenario,
  date: string,
  shifts: { shift: SnapshotShift; type: string }[],
  typeOf: Map<string, string>,
  plan: Plan,
  live: Map<string, Live>,
  matrix: TravelMatrix,
  metres: (a: number, b: number) => number,
  locations: LocationIndex,
): VehicleRecord[] {
  const rnd = createRandom(hashSeed(scenario.seed, date, 'drive'));
  const noise = scenario.travel.noise;
  const routeOf = new Map(plan.routes.map((r) => [r.vehicleId, r]));
  return shifts.map(({ shift }) => {
    const stops = routeOf.get(shift.id)?.stops ?? [];
    const rostered = (shift.endsAt.getTime() - shift.startsAt.getTime()) / 3_600_000;
    const carrying = stops.filter((s) => s.kind === 'pickup');
    const rec: VehicleRecord = {
      type: typeOf.get(shift.id)!,
      shiftId: shift.id,
      rosteredHours: rostered,
      drivenHours: 0,
      km: 0,
      rides: carrying.length,
    };
    if (carrying.length === 0) return rec;
    const depot = locations.indexOf(shift.vehicle.depot);
    const first = stops.find((s) => s.kind !== 'break')!;
    const leaves = first.arrival - matrix.duration(depot, first.location);
    let pos = depot;
    let t = leaves;
    let metresDriven = 0;
    const aboard = new Map<string, number>();
    for (const s of stops) {
      if (s.kind === 'break') {
        const start = Math.max(t, s.start);
        t = start + (s.departure - s.start);
        continue;
      }
      const leg = matrix.duration(pos, s.location) * (1 + noise * (2 * rnd.next() - 1));
      metresDriven += metres(pos, s.location);
      const arrival = t + leg;
      const l = live.get(s.refId);
      const snap = l?.snap;
      let earliest = s.start;
      if (snap && s.kind === 'pickup') earliest = toSeconds(snap.pickupWindowStart);
      if (snap && s.kind === 'dropoff')
        earliest = snap.dropoffEarliest ? toSeconds(snap.dropoffEarliest) : arrival;
      const start = Math.max(arrival, Math.min(earliest, s.start));
      t = start + (s.departure - s.start);
      pos = s.location;
      if (l?.record.outcome !== 'served') continue;
      if (s.kind === 'pickup') {
        l.record.pickupAt = start * 1000;
        if (aboard.size > 0) {
          // Someone is aboard already: both share the ride.
          l.record.shared = true;
          for (const other of aboard.keys()) live.get(other)!.record.shared = true;
        }
        aboard.set(s.refId, aboard.size);
      } else {
        l.record.dropoffAt = start * 1000;
        aboard.delete(s.refId);
        const promisedEnd = toSeconds(snap!.pickupWindowEnd);
        const pickup = (l.record.pickupAt ?? 0) / 1000;
        // A minute of grace: plans are to the second, drivers' taps are not.
        const inWindow = pickup <= promisedEnd + 60;
        const beforeDeadline =
          !snap!.dropoffDeadline || start <= toSeconds(snap!.dropoffDeadline) + 60;
        l.record.onTime = inWindow && beforeDeadline;
      }
    }
    metresDriven += metres(pos, depot);
    const back = t + matrix.duration(pos, depot);
    rec.drivenHours = (back - leaves) / 3600;
    rec.km = metresDriven / 1000;
    return rec;
  });
}

/**
 * The same day planned with full knowledge: every request that was carried
 * or refused by the planner, given to ALNS at once (starting from the online
 * routes, so it can only do better), with the vehicles as they were at the
 * start of the day and nothing reached yet.
 */
function hindsightOf(
  scenario: Scenario,
  date: string,
  vehicles: Vehicle[],
  locations: LocationIndex,
  plan: Plan,
  live: Map<string, Live>,
  routed: Map<string, TransportRequest>,
  matrix: TravelMatrix,
): NonNullable<DayResult['hindsight']> {
  const refused = [...live.values()].filter((l) => l.status === 'refused' && l.snap);
  const requests = [
    ...routed.values(),
    ...refused.map((l) => toRequest({ ...l.snap!, promised: false }, locations, matrix)),
  ];
  const problem: Problem = { requests, vehicles, matrix };
  const online: Plan = {
    routes: plan.routes.map((r) => ({ ...r, fixedStops: 0 })),
    unassigned: refused.map((l) => l.booking.id),
  };
  const onlineCheck = checkPlan(problem, online);
  const initial: Plan = onlineCheck.feasible
    ? online
    : { routes: [], unassigned: requests.map((r) => r.id) };
  const maxSteps = scenario.hindsightMaxSteps;
  let steps = 0;
  const best = optimisePlan(problem, initial, {
    seed: hashSeed(scenario.seed, date, 'hindsight'),
    maxIterations: scenario.hindsightIterations,
    ...(maxSteps ? { shouldStop: () => ++steps > maxSteps } : {}),
  });
  const after = checkPlan(problem, best);
  // A no-show's call (or a cancelled ride its car kept) is work either plan does, not a ride served.
  const carried = (ids: Iterable<string>) =>
    [...ids].filter((id) => live.get(id)?.status === 'scheduled').length;
  const left = new Set(best.unassigned);
  return {
    onlineCost: onlineCheck.cost,
    hindsightCost: after.cost,
    onlineServed: carried(routed.keys()),
    hindsightServed: carried(requests.filter((r) => !left.has(r.id)).map((r) => r.id)),
  };
}
