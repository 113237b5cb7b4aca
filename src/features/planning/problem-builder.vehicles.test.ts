import { describe, expect, it } from 'vitest';
import {
  checkPlan,
  findAlternativeTimes,
  insertRequest,
  optimisePlan,
  type Plan,
} from '../../scheduling/index.js';
import { DEFAULT_SERVICES } from '../services/default-services.js';
import type {
  PlanningSnapshot,
  SnapshotBooking,
  SnapshotShift,
  StoredStop,
} from './planning-snapshot.js';
import { buildProblem, indexLocations, matrixOf, toSeconds } from './problem-builder.js';

// One day in İzmit (UTC+3): `local(15, 30)` is 15:30 there.
const local = (h: number, m = 0) =>
  new Date(Date.UTC(2026, 10, 27, h - 3, m)); /* 2026-11-27, Europe/Istanbul */
const iso = (h: number, m = 0) => local(h, m).toISOString();

const rules = (id: string) => DEFAULT_SERVICES.find((s) => s.id === id)!;
const home = { lat: 40.77, lng: 29.93, label: 'Ev' };
const hospital = { lat: 40.7685, lng: 29.93, label: 'Hastane' };
const depot = { lat: 40.7615, lng: 29.925, label: 'Garaj' };

const booking = (
  over: Partial<SnapshotBooking> & Pick<SnapshotBooking, 'id'>,
): SnapshotBooking => ({
  status: 'pending',
  rules: rules('engelsiz-taksi'),
  pickup: home,
  dropoff: hospital,
  wheelchair: 'manual',
  companions: 0,
  infants: 0,
  pickupWindowStart: local(15, 45),
  pickupWindowEnd: local(16, 5),
  dropoffEarliest: null,
  dropoffDeadline: null,
  promised: false,
  asap: false,
  ...over,
});

/** The demo shift: 07–19 with a 30-minute break to start between 12:00 and 14:00. */
const shift = (over: Partial<SnapshotShift> = {}): SnapshotShift => ({
  id: 's1',
  driverId: 'd1',
  startsAt: local(7),
  endsAt: local(19),
  breakEarliest: local(12),
  breakLatest: local(14),
  breakMinutes: 30,
  breakStartedAt: null,
  breakEndedAt: null,
  vehicle: {
    id: 'v1',
    seats: 3,
    wheelchairPlaces: 1,
    infantSeats: 0,
    hasRamp: true,
    hasLift: false,
    serviceIds: ['engelsiz-taksi', 'asi-ulasim'],
    depot,
  },
  stops: [],
  ...over,
});

const stop = (
  kind: StoredStop['kind'],
  refId: string,
  from: [number, number],
  to: [number, number],
  place: { lat: number; lng: number; label: string },
): StoredStop => ({
  kind,
  refId,
  arrival: iso(...from),
  start: iso(...from),
  departure: iso(...to),
  ...place,
});

/** A ride this morning, done: picked up at 09:00, dropped off at 09:20 (10 minutes apart). */
const morning = booking({
  id: 'morning',
  status: 'completed',
  pickupWindowStart: local(9),
  pickupWindowEnd: local(9, 20),
});
const morningStops = [
  stop('pickup', 'morning', [9, 0], [9, 7], home),
  stop('dropoff', 'morning', [9, 17], [9, 24], hospital),
];

function build(bookings: SnapshotBooking[], shifts: SnapshotShift[], now: Date) {
  const snapshot: PlanningSnapshot = {
    partitionKey: 'izmit:2026-11-27',
    version: 1,
    linked: [],
    shifts,
    bookings: new Map(bookings.map((b) => [b.id, b])),
  };
  const locations = indexLocations(snapshot);
  const n = locations.points.length;
  // 10 minutes between any two distinct places.
  const durations = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 0 : 600)),
  );
  return buildProblem(snapshot, locations, matrixOf(durations), now);
}

/** Books `id` on the built day and checks that the engine's paths agree with the checker. */
function book(built: ReturnType<typeof build>, id: string) {
  const { problem, plan } = built;
  const open: Plan = { ...plan, unassigned: plan.unassigned.filter((u) => u !== id) };
  const outcome = insertRequest(problem, { ...open, unassigned: [...open.unassigned, id] }, id);
  if (outcome.kind === 'assigned') {
    expect(checkPlan(problem, outcome.plan).violations).toEqual([]);
    const better = optimisePlan(problem, outcome.plan, { seed: 1, maxIterations: 20 });
    expect(checkPlan(problem, better).violations).toEqual([]);
    expect(better.unassigned).not.toContain(id);
  }
  return outcome;
}

describe('breaks in the past never block a future job', () => {
  const ride = booking({ id: 'ride' });

  it('assigns a 15:45 ride at 15:30 to an idle vehicle whose break window closed at 14:00', () => {
    const built = build([ride], [shift()], local(15, 30));
    const vehicle = built.problem.vehicles[0]!;
    expect(vehicle.breaks).toEqual([]);
    expect(vehicle.shift.earliest).toBe(toSeconds(local(15, 30)));
    const outcome = book(built, 'ride');
    expect(outcome.kind).toBe('assigned');
    if (outcome.kind === 'assigned') expect(outcome.pickup.start).toBe(toSeconds(local(15, 45)));
  });

  it('assigns it to a vehicle that worked this morning and had its break planned at noon', () => {
    const stops = [...morningStops, stop('break', 'break:s1', [12, 0], [12, 30], hospital)];
    const built = build([morning, ride], [shift({ stops })], local(15, 30));
    expect(built.plan.routes[0]!.fixedStops).toBe(2);
    const outcome = book(built, 'ride');
    expect(outcome.kind).toBe('assigned');
    if (outcome.kind === 'assigned') {
      const kinds = outcome.plan.routes[0]!.stops.map((s) => s.kind);
      expect(kinds).toEqual(['pickup', 'dropoff', 'break', 'pickup', 'dropoff']);
    }
  });

  it('assigns it to a vehicle that worked this morning with no break in its route', () => {
    const built = build([morning, ride], [shift({ stops: morningStops })], local(15, 30));
    expect(built.problem.vehicles[0]!.breaks).toEqual([]);
    expect(book(built, 'ride').kind).toBe('assigned');
  });

  it('offers alternatives after 14:00 too', () => {
    const busy = booking({
      id: 'busy',
      status: 'scheduled',
      pickupWindowStart: local(15, 40),
      pickupWindowEnd: local(16, 0),
    });
    const stops = [
      stop('pickup', 'busy', [15, 45], [15, 52], home),
      stop('dropoff', 'busy', [16, 2], [16, 9], hospital),
    ];
    const { problem, plan } = build([busy, ride], [shift({ stops })], local(15, 30));
    // Engelsiz Taksi rides alone: the second one waits for the first.
    expect(insertRequest(problem, plan, 'ride').kind).toBe('refused');
    const alternatives = findAlternativeTimes(problem, plan, 'ride', {
      offsets: [15 * 60, 30 * 60],
      max: 2,
    });
    expect(alternatives.length).toBeGreaterThan(0);
  });

  it('keeps the break of a vehicle mid-route whose window is still open', () => {
    const noonRide = booking({
      id: 'noon',
      status: 'scheduled',
      pickupWindowStart: local(12, 30),
      pickupWindowEnd: local(12, 50),
    });
    const later = booking({
      id: 'later',
      pickupWindowStart: local(13, 0),
      pickupWindowEnd: local(13, 20),
    });
    const stops = [
      stop('pickup', 'noon', [12, 30], [12, 37], home),
      stop('dropoff', 'noon', [12, 47], [12, 54], hospital),
      stop('break', 'break:s1', [12, 54], [13, 24], hospital),
    ];
    const built = build([noonRide, later], [shift({ stops })], local(12, 20));
    expect(built.problem.vehicles[0]!.breaks).toHaveLength(1);
    const outcome = book(built, 'later');
    expect(outcome.kind).toBe('assigned');
    if (outcome.kind === 'assigned') {
      expect(outcome.plan.routes[0]!.stops.some((s) => s.kind === 'break')).toBe(true);
    }
  });

  it('makes an idle vehicle take its break with the job while the window is open', () => {
    const early = booking({
      id: 'early',
      pickupWindowStart: local(13, 0),
      pickupWindowEnd: local(13, 20),
    });
    const built = build([early], [shift()], local(12, 50));
    const outcome = book(built, 'early');
    expect(outcome.kind).toBe('assigned');
    if (outcome.kind === 'assigned') {
      expect(outcome.plan.routes[0]!.stops.some((s) => s.kind === 'break')).toBe(true);
    }
  });
});

describe('a break the driver started', () => {
  it('is a fixed stop at the vehicle’s place that keeps the vehicle until it ends', () => {
    const soon = booking({
      id: 'soon',
      pickupWindowStart: local(15, 35),
      pickupWindowEnd: local(15, 45),
    });
    const built = build([soon], [shift({ breakStartedAt: local(15, 20) })], local(15, 30));
    const route = built.plan.routes[0]!;
    expect(route.fixedStops).toBe(1);
    expect(route.stops[0]).toMatchObject({
      kind: 'break',
      start: toSeconds(local(15, 20)),
      departure: toSeconds(local(15, 50)),
    });
    expect(built.problem.vehicles[0]!.breaks[0]!.duration).toBe(30 * 60);
    // On a break until 15:50, 10 minutes from the pickup: not before 16:00.
    expect(insertRequest(built.problem, built.plan, 'soon').kind).toBe('refused');
    const later = booking({
      id: 'soon',
      pickupWindowStart: local(16, 0),
      pickupWindowEnd: local(16, 20),
    });
    expect(
      book(build([later], [shift({ breakStartedAt: local(15, 20) })], local(15, 30)), 'soon').kind,
    ).toBe('assigned');
  });

  it('ends when the driver ended it, and is then taken', () => {
    const ride = booking({ id: 'ride' });
    const stops = [...morningStops];
    const built = build(
      [morning, ride],
      [shift({ stops, breakStartedAt: local(12, 10), breakEndedAt: local(12, 20) })],
      local(15, 30),
    );
    const route = built.plan.routes[0]!;
    expect(route.fixedStops).toBe(3);
    expect(route.stops[2]).toMatchObject({
      kind: 'break',
      location: route.stops[1]!.location,
      start: toSeconds(local(12, 10)),
      departure: toSeconds(local(12, 20)),
    });
    expect(book(built, 'ride').kind).toBe('assigned');
  });
});

describe('vehicles serve services', () => {
  it('maps the vehicle’s services and the booking’s service', () => {
    const { problem } = build([booking({ id: 'r' })], [shift()], local(8));
    expect(problem.vehicles[0]!.services).toEqual(['engelsiz-taksi', 'asi-ulasim']);
    expect(problem.requests[0]!.service).toBe('engelsiz-taksi');
  });

  it('keeps an Anne Taksi car free for mothers, and a car serving nothing takes nobody', () => {
    for (const serviceIds of [['anne-taksi'], []]) {
      const car = shift();
      const built = build(
        [booking({ id: 'r' })],
        [{ ...car, vehicle: { ...car.vehicle, serviceIds } }],
        local(8),
      );
      expect(insertRequest(built.problem, built.plan, 'r')).toEqual({
        kind: 'refused',
        reason: 'no-capable-vehicle',
      });
    }
  });
});
