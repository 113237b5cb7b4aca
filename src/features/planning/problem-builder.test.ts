import { describe, expect, it } from 'vitest';
import { insertRequest } from '../../scheduling/index.js';
import { DEFAULT_SERVICES } from '../services/default-services.js';
import type { PlanningSnapshot, SnapshotBooking, SnapshotShift } from './planning-snapshot.js';
import {
  buildProblem,
  indexLocations,
  matrixOf,
  toSeconds,
  toStoredStops,
} from './problem-builder.js';

const rules = (id: string) => DEFAULT_SERVICES.find((s) => s.id === id)!;
const home = { lat: 40.77, lng: 29.93, label: 'Ev' };
const hospital = { lat: 40.7685, lng: 29.93, label: 'Hastane' };
const depot = { lat: 40.7615, lng: 29.925, label: 'Garaj' };

const booking = (over: Partial<SnapshotBooking> = {}): SnapshotBooking => ({
  id: 'b1',
  status: 'pending',
  rules: rules('engelsiz-taksi'),
  pickup: home,
  dropoff: hospital,
  wheelchair: 'manual',
  companions: 1,
  infants: 0,
  pickupWindowStart: new Date('2026-11-27T07:00:00Z'),
  pickupWindowEnd: new Date('2026-11-27T07:20:00Z'),
  dropoffEarliest: null,
  dropoffDeadline: null,
  promised: false,
  asap: false,
  ...over,
});

const shift = (stops: SnapshotShift['stops'] = []): SnapshotShift => ({
  id: 's1',
  driverId: 'd1',
  startsAt: new Date('2026-11-27T05:00:00Z'),
  endsAt: new Date('2026-11-27T15:00:00Z'),
  breakEarliest: new Date('2026-11-27T09:00:00Z'),
  breakLatest: new Date('2026-11-27T11:00:00Z'),
  breakMinutes: 30,
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
  stops,
});

function build(
  bookings: SnapshotBooking[],
  shifts: SnapshotShift[],
  now = new Date('2026-11-26T12:00:00Z'),
) {
  const snapshot: PlanningSnapshot = {
    partitionKey: 'izmit:2026-11-27',
    version: 1,
    linked: [],
    shifts,
    bookings: new Map(bookings.map((b) => [b.id, b])),
  };
  const locations = indexLocations(snapshot);
  const n = locations.points.length;
  // 10 minutes between any two distinct places keeps the arithmetic visible.
  const durations = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 0 : 600)),
  );
  return buildProblem(snapshot, locations, matrixOf(durations), now);
}

describe('turning bookings into the engine’s requests', () => {
  it('seats a companion, places the wheelchair, asks for a ramp, and promises the pickup window', () => {
    const { problem } = build([booking()], [shift()]);
    const request = problem.requests[0]!;
    expect(request.load).toEqual({ seats: 1, wheelchairs: 1, infantSeats: 0 });
    expect(request.requiredFeatures).toEqual(['wheelchairAccess']);
    expect(request.pickupWindow).toEqual({
      earliest: toSeconds(new Date('2026-11-27T07:00:00Z')),
      latest: toSeconds(new Date('2026-11-27T07:20:00Z')),
    });
    // direct 600 s × 1.6 + 15 min
    expect(request.maxRideTime).toBe(600 * 1.6 + 15 * 60);
    expect(request.pickupServiceTime).toBe(420);
    expect(request.shareable).toBe(false);
    expect(problem.vehicles[0]!.features).toEqual(['ramp']);
    expect(problem.vehicles[0]!.breaks[0]!.duration).toBe(1800);
  });

  it('plans an appointment backwards from its deadline', () => {
    const deadline = new Date('2026-11-27T08:50:00Z');
    const b = booking({
      rules: rules('asi-ulasim'),
      wheelchair: 'none',
      companions: 0,
      dropoffDeadline: deadline,
      pickupWindowStart: new Date('2026-11-27T06:00:00Z'),
      pickupWindowEnd: deadline,
    });
    const request = build([b], [shift()]).problem.requests[0]!;
    expect(request.dropoffWindow.latest).toBe(toSeconds(deadline));
    // the pickup must leave time for the dwell and the direct ride
    expect(request.pickupWindow.latest).toBe(toSeconds(deadline) - 600 - 120);
    expect(request.shareable).toBe(true);
  });

  it('makes an appointment ride arrive inside its arrival window, not an hour early', () => {
    const appointment = new Date('2026-11-27T09:00:00Z');
    const earliest = new Date('2026-11-27T08:30:00Z');
    const deadline = new Date('2026-11-27T08:50:00Z');
    const b = booking({
      rules: rules('asi-ulasim'),
      wheelchair: 'none',
      companions: 0,
      dropoffEarliest: earliest,
      dropoffDeadline: deadline,
      pickupWindowStart: new Date(earliest.getTime() - 3 * 3600_000),
      pickupWindowEnd: deadline,
    });
    const request = build([b], [shift()]).problem.requests[0]!;
    expect(request.dropoffWindow).toEqual({
      earliest: toSeconds(earliest),
      latest: toSeconds(deadline),
    });
    expect(appointment.getTime() / 1000 - request.dropoffWindow.earliest).toBe(30 * 60);
    // No earlier pickup than the longest allowed ride before the earliest arrival.
    expect(request.pickupWindow.earliest).toBe(
      toSeconds(earliest) - request.maxRideTime - request.pickupServiceTime,
    );
  });

  it('fixes every stop up to the last one a driver has reached', () => {
    const stop = (kind: 'pickup' | 'dropoff', refId: string, at: string, place: typeof home) => ({
      kind,
      refId,
      arrival: at,
      start: at,
      departure: at,
      ...place,
    });
    const onBoard = booking({ id: 'b1', status: 'on-board' });
    const later = booking({ id: 'b2', status: 'scheduled' });
    const { plan } = build(
      [onBoard, later],
      [
        shift([
          stop('pickup', 'b1', '2026-11-27T07:00:00Z', home),
          stop('pickup', 'b2', '2026-11-27T07:10:00Z', home),
          stop('dropoff', 'b1', '2026-11-27T07:30:00Z', hospital),
          stop('dropoff', 'b2', '2026-11-27T07:40:00Z', hospital),
        ]),
      ],
    );
    expect(plan.routes[0]!.fixedStops).toBe(1);
    expect(plan.unassigned).toEqual([]);
  });

  it('frees a car that finished its rides before the plan said: reached stops happened by now', () => {
    const stop = (kind: 'pickup' | 'dropoff', refId: string, at: string, place: typeof home) => ({
      kind,
      refId,
      arrival: at,
      start: at,
      departure: at,
      ...place,
    });
    const done = booking({ id: 'b1', status: 'completed' });
    const now = new Date('2026-11-27T06:50:00Z');
    const { plan } = build(
      [done],
      [
        shift([
          stop('pickup', 'b1', '2026-11-27T07:00:00Z', home),
          stop('dropoff', 'b1', '2026-11-27T07:30:00Z', hospital),
        ]),
      ],
      now,
    );
    const route = plan.routes[0]!;
    expect(route.fixedStops).toBe(2);
    for (const s of route.stops) expect(s.departure).toBeLessThanOrEqual(toSeconds(now));
  });
});

describe('an outbound whose return follows its arrival', () => {
  const market = { lat: 40.775, lng: 29.94, label: 'Pazar' };
  const shared = (over: Partial<SnapshotBooking>) =>
    booking({ rules: rules('asi-ulasim'), wheelchair: 'none', companions: 0, ...over });

  /** The outbound alone on the car, then a second rider offered to it (10 minutes per leg). */
  function secondRider(arriveBefore: (plannedDropoff: Date) => Date | null) {
    const outbound = shared({ id: 'out', promised: true });
    const alone = build([outbound], [shift()]);
    const first = insertRequest(alone.problem, alone.plan, 'out');
    if (first.kind !== 'assigned') throw new Error('the outbound should fit');
    const locations = indexLocations({
      partitionKey: 'k',
      version: 1,
      linked: [],
      shifts: [shift()],
      bookings: new Map([['out', outbound]]),
    });
    const stops = toStoredStops(first.plan.routes[0]!, locations);
    const dropoff = new Date(stops.find((s) => s.kind === 'dropoff')!.start);
    const rider = shared({
      id: 'rider',
      pickup: market,
      pickupWindowStart: new Date('2026-11-27T06:50:00Z'),
      pickupWindowEnd: new Date('2026-11-27T07:30:00Z'),
    });
    const day = build(
      [{ ...outbound, arriveBefore: arriveBefore(dropoff) }, rider],
      [shift(stops)],
    );
    const outcome = insertRequest(day.problem, day.plan, 'rider');
    if (outcome.kind !== 'assigned') throw new Error('the rider should fit');
    const route = outcome.plan.routes[0]!;
    const at = (kind: string, id: string) =>
      route.stops.find((s) => s.kind === kind && s.refId === id)!.start;
    return { planned: toSeconds(dropoff), dropoffNow: at('dropoff', 'out') };
  }

  it('is never re-timed to arrive later than its return was told (a shared detour would make the return early)', () => {
    const bounded = secondRider((d) => d);
    expect(bounded.dropoffNow).toBeLessThanOrEqual(bounded.planned + 1);
    // Without the bound the engine shares the ride and the outbound arrives later: the check can fail.
    const free = secondRider(() => null);
    expect(free.dropoffNow).toBeGreaterThan(free.planned + 1);
  });
});
