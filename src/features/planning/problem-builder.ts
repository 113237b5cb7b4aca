import { demandOf, dwellSecondsOf, requiredFeaturesOf } from '../../domain/services.js';
import type {
  DriverBreak,
  Plan,
  PlannedStop,
  Problem,
  Route,
  TransportRequest,
  TravelMatrix,
  Vehicle,
  VehicleFeature,
} from '../../scheduling/model.js';
import { breakIdOf, placeTakenBreak, reachedCount } from '../dispatch/driver-break.js';
import type { PlanningSnapshot, SnapshotBooking, StoredStop } from './planning-snapshot.js';

export interface Point {
  lat: number;
  lng: number;
  label: string;
}

/** The distinct places of a snapshot; the travel matrix is built over them. */
export interface LocationIndex {
  points: Point[];
  indexOf(point: { lat: number; lng: number }): number;
}

/** A location index that only grows: a day kept in memory adds the places of each new booking. */
export interface GrowingLocationIndex extends LocationIndex {
  /** The place's index, added at the end if new. */
  add(point: Point): number;
}

const key = (p: { lat: number; lng: number }) => `${p.lat.toFixed(5)},${p.lng.toFixed(5)}`;

export function createLocationIndex(): GrowingLocationIndex {
  const points: Point[] = [];
  const byKey = new Map<string, number>();
  return {
    points,
    add(p) {
      const k = key(p);
      const known = byKey.get(k);
      if (known !== undefined) return known;
      byKey.set(k, points.length);
      points.push(p);
      return points.length - 1;
    },
    indexOf(p) {
      const i = byKey.get(key(p));
      if (i === undefined) throw new RangeError(`location ${key(p)} is not in the snapshot`);
      return i;
    },
  };
}

/** Adds a snapshot's places to an index (a new one unless given), depots and stops first. */
export function indexLocations(
  snapshot: PlanningSnapshot,
  index: GrowingLocationIndex = createLocationIndex(),
): GrowingLocationIndex {
  for (const shift of snapshot.shifts) {
    index.add(shift.vehicle.depot);
    for (const stop of shift.stops) index.add(stop);
  }
  for (const booking of snapshot.bookings.values()) {
    index.add(booking.pickup);
    index.add(booking.dropoff);
  }
  return index;
}

/** Engine times are seconds since the Unix epoch. */
export const toSeconds = (d: Date) => d.getTime() / 1000;
export const fromSeconds = (s: number) => new Date(Math.round(s) * 1000);

/** The engine's matrix over durations read lazily (a `TravelTimeMemo`'s), distance as drive time. */
export function lazyMatrixOf(lazy: {
  readonly size: number;
  duration(from: number, to: number): number;
}): TravelMatrix {
  return {
    get size() {
      return lazy.size;
    },
    duration: (from, to) => lazy.duration(from, to),
    // The objective is drive time: it is what a shift pays for and what delays passengers.
    distance: (from, to) => lazy.duration(from, to),
  };
}

export function matrixOf(durationsSec: number[][]): TravelMatrix {
  return {
    size: durationsSec.length,
    duration: (from, to) => durationsSec[from]?.[to] ?? Number.POSITIVE_INFINITY,
    // The objective is drive time: it is what a shift pays for and what delays passengers.
    distance: (from, to) => durationsSec[from]?.[to] ?? Number.POSITIVE_INFINITY,
  };
}

/** A booking as the engine sees it: places, load, features and time windows. */
export function toRequest(
  b: SnapshotBooking,
  locations: LocationIndex,
  matrix: TravelMatrix,
): TransportRequest {
  const party = { wheelchair: b.wheelchair, companions: b.companions, infants: b.infants };
  const pickupLocation = locations.indexOf(b.pickup);
  const dropoffLocation = locations.indexOf(b.dropoff);
  const direct = matrix.duration(pickupLocation, dropoffLocation);
  const dwell = dwellSecondsOf(b.rules, party);
  const maxRideTime = direct * b.rules.maxRideFactor + b.rules.maxRideExtraMinutes * 60;
  let pickupEarliest = toSeconds(b.pickupWindowStart);
  let pickupLatest = toSeconds(b.pickupWindowEnd);
  let dropoffEarliest: number;
  let dropoffLatest: number;
  if (b.dropoffDeadline) {
    dropoffLatest = toSeconds(b.dropoffDeadline);
    // Arrive inside the arrival window: never an hour early, never late.
    dropoffEarliest = b.dropoffEarliest ? toSeconds(b.dropoffEarliest) : dropoffLatest - 30 * 60;
    // Before the first plan the window only bounds the pickup by the ride it needs;
    // once planned, the promised window stands and the bounds below only tighten it.
    pickupLatest = Math.min(pickupLatest, dropoffLatest - direct - dwell);
    pickupEarliest = Math.max(pickupEarliest, dropoffEarliest - maxRideTime - dwell);
  } else {
    dropoffEarliest = pickupEarliest + dwell + direct;
    dropoffLatest = pickupLatest + dwell + maxRideTime;
  }
  // Its return was promised "ready N minutes after arrival" from this arrival: a later
  // insertion must not lengthen the ride past it, or the return would come too soon.
  if (b.arriveBefore) dropoffLatest = Math.min(dropoffLatest, toSeconds(b.arriveBefore));
  return {
    id: b.id,
    pickupLocation,
    dropoffLocation,
    load: demandOf(party),
    requiredFeatures: requiredFeaturesOf(b.rules, party),
    pickupWindow: { earliest: pickupEarliest, latest: pickupLatest },
    dropoffWindow: { earliest: dropoffEarliest, latest: dropoffLatest },
    pickupServiceTime: dwell,
    dropoffServiceTime: dwell,
    maxRideTime,
    shareable: b.rules.sharedRides,
    service: b.rules.id,
  };
}

type Shift = PlanningSnapshot['shifts'][number];

/**
 * A shift as the engine sees it: the vehicle, and its stored route with
 * the fixed prefix marked. Breaks in the past never block a future job:
 * - a break the driver started (`breakStartedAt`) is a fixed stop where it
 *   was taken (see `placeTakenBreak`), from then for its minutes or until
 *   the driver ended it; the vehicle's break is exactly that stop;
 * - a vehicle without work (no ride in its route) leaves the depot no
 *   earlier than `now`; its break, if its window has already closed, was
 *   had while idle and is not required any more;
 * - a vehicle with work keeps the break its route plans (even one planned
 *   in the past: that plan's times are consistent), and a break its route
 *   lacks is required only while its window is still open.
 */
/**
 * The span of `now` (engine seconds, both ends included) over which
 * `toVehicleAndRoute` gives the same result: a day in memory reuses a
 * shift's vehicle and route while `now` stays inside it.
 */
export interface NowSpan {
  from: number;
  to: number;
}

/** An idle vehicle's clock step (see `toVehicleAndRoute`). */
export const IDLE_CLOCK_STEP_S = 30;

export function toVehicleAndRoute(
  shift: Shift,
  snapshot: PlanningSnapshot,
  locations: LocationIndex,
  now: Date,
  span: NowSpan = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY },
): { vehicle: Vehicle; route: Route | null } {
  const nowSec = toSeconds(now);
  const v = shift.vehicle;
  const features: VehicleFeature[] = [];
  if (v.hasRamp) features.push('ramp');
  if (v.hasLift) features.push('lift');
  if (v.infantSeats > 0) features.push('infantSeat');
  const breakId = breakIdOf(shift.id);
  let stored = shift.stops;
  const reachedStops = reached(stored, snapshot.bookings);
  let breaks: DriverBreak[] = [];
  const idle = !stored.some((s) => s.kind !== 'break') && !shift.breakStartedAt;
  // An idle vehicle leaves no earlier than now, rounded up to the half minute: a car is not on
  // its way in under that, and its vehicle then holds for half a minute instead of one booking
  // (on a 2,000-vehicle day, remaking the idle ones for each booking was a sixth of the worker).
  const clockSec = idle ? Math.ceil(nowSec / IDLE_CLOCK_STEP_S) * IDLE_CLOCK_STEP_S : nowSec;
  if (idle) {
    span.from = Math.max(span.from, clockSec - IDLE_CLOCK_STEP_S + 1e-4);
    span.to = Math.min(span.to, clockSec);
  }
  if (shift.breakStartedAt) {
    stored = placeTakenBreak(stored, reachedStops, {
      shiftId: shift.id,
      startsAt: shift.startsAt,
      breakMinutes: shift.breakMinutes,
      breakStartedAt: shift.breakStartedAt,
      breakEndedAt: shift.breakEndedAt ?? null,
      depot: v.depot,
    });
    const taken = stored.find((s) => s.kind === 'break' && s.refId === breakId)!;
    const start = toSeconds(new Date(taken.start));
    breaks = [
      {
        id: breakId,
        window: { earliest: start, latest: start },
        duration: toSeconds(new Date(taken.departure)) - start,
      },
    ];
  } else if (shift.breakMinutes > 0 && shift.breakEarliest && shift.breakLatest) {
    const window = {
      earliest: toSeconds(shift.breakEarliest),
      latest: toSeconds(shift.breakLatest),
    };
    const planned = stored.some((s) => s.kind === 'break' && s.refId === breakId);
    const firstChance = Math.max(toSeconds(shift.startsAt), clockSec);
    const lapsed = (idle || !planned) && firstChance > window.latest;
    if (!lapsed) breaks = [{ id: breakId, window, duration: shift.breakMinutes * 60 }];
    // The lapse turns once `now` passes the window's end (a shift starting later never lapses);
    // an idle vehicle's half minute already bounds its span.
    if (!idle && !planned && toSeconds(shift.startsAt) <= window.latest) {
      if (lapsed) span.from = Math.max(span.from, window.latest + 1e-3);
      else span.to = Math.min(span.to, window.latest);
    }
  }
  // An idle vehicle's route is empty (the engine plans its break with its
  // first ride), and a route keeps only the breaks its vehicle has.
  if (idle) stored = [];
  else if (breaks.length === 0) stored = stored.filter((s) => s.kind !== 'break');
  const earliest = idle ? Math.max(toSeconds(shift.startsAt), clockSec) : toSeconds(shift.startsAt);
  const depot = locations.indexOf(v.depot);
  const vehicle: Vehicle = {
    id: shift.id,
    capacity: { seats: v.seats, wheelchairs: v.wheelchairPlaces, infantSeats: v.infantSeats },
    features,
    shift: { earliest, latest: toSeconds(shift.endsAt) },
    startLocation: depot,
    endLocation: depot,
    breaks,
    services: v.serviceIds,
  };
  return {
    vehicle,
    route: stored.length > 0 ? toRoute(shift, stored, snapshot, locations, now, span) : null,
  };
}

function reached(stops: readonly StoredStop[], bookings: PlanningSnapshot['bookings']): number {
  return reachedCount(stops, (id) => bookings.get(id)?.status);
}

function toRoute(
  shift: Shift,
  stored: readonly StoredStop[],
  snapshot: PlanningSnapshot,
  locations: LocationIndex,
  now: Date,
  span: NowSpan,
): Route {
  const shiftId = shift.id;
  // The fixed prefix: every stop up to the last one reached, and a break the driver took.
  const reachedStops = reached(stored, snapshot.bookings);
  let fixedStops = reachedStops;
  const taken = stored.findIndex((s) => s.kind === 'break' && s.refId === breakIdOf(shiftId));
  if (taken >= 0 && shift.breakStartedAt) fixedStops = Math.max(fixedStops, taken + 1);
  // A stop the driver has already reached happened by now, however late the
  // plan had it: a car that finished early is free from now, not from its plan.
  const nowSec = toSeconds(now);
  const stops: PlannedStop[] = stored.map((s, i) => {
    const times = {
      arrival: toSeconds(new Date(s.arrival)),
      start: toSeconds(new Date(s.start)),
      departure: toSeconds(new Date(s.departure)),
    };
    const done = i < reachedStops && s.kind !== 'break';
    if (done) {
      // A reached stop's times are clipped to `now` until `now` has passed them all.
      const latest = Math.max(times.arrival, times.start, times.departure);
      if (latest > nowSec) {
        span.from = nowSec;
        span.to = nowSec;
      } else span.from = Math.max(span.from, latest);
    }
    return {
      kind: s.kind,
      refId: s.refId,
      location: locations.indexOf(s),
      arrival: done ? Math.min(times.arrival, nowSec) : times.arrival,
      start: done ? Math.min(times.start, nowSec) : times.start,
      departure: done ? Math.min(times.departure, nowSec) : times.departure,
    };
  });
  return { vehicleId: shiftId, stops, fixedStops };
}

export interface BuiltProblem {
  problem: Problem;
  plan: Plan;
}

/** Turns a snapshot and its travel matrix into the engine's problem and current plan. */
export function buildProblem(
  snapshot: PlanningSnapshot,
  locations: LocationIndex,
  matrix: TravelMatrix,
  now: Date,
): BuiltProblem {
  const requests = [...snapshot.bookings.values()].map((b) => toRequest(b, locations, matrix));
  const built = snapshot.shifts.map((s) => toVehicleAndRoute(s, snapshot, locations, now));
  const vehicles = built.map((b) => b.vehicle);
  const routes = built.flatMap((b) => (b.route ? [b.route] : []));
  const routed = new Set(routes.flatMap((r) => r.stops.map((s) => s.refId)));
  const unassigned = requests.filter((r) => !routed.has(r.id)).map((r) => r.id);
  return { problem: { requests, vehicles, matrix }, plan: { routes, unassigned } };
}

/** An engine route back to stored stops, with labels and coordinates for the driver. */
export function toStoredStops(route: Route, locations: LocationIndex): StoredStop[] {
  return route.stops.map((s) => {
    const point = locations.points[s.location]!;
    return {
      kind: s.kind,
      refId: s.refId,
      arrival: fromSeconds(s.arrival).toISOString(),
      start: fromSeconds(s.start).toISOString(),
      departure: fromSeconds(s.departure).toISOString(),
      lat: point.lat,
      lng: point.lng,
      label: point.label,
    };
  });
}
