import { describe, expect, it } from 'vitest';
import { insertRequest } from '../../scheduling/index.js';
import { DEFAULT_SERVICES } from '../services/default-services.js';
import { explainAssignment, explainRefusal } from './explanations.js';
import type { PlanningSnapshot, SnapshotBooking, SnapshotShift } from './planning-snapshot.js';
import { buildProblem, indexLocations, matrixOf } from './problem-builder.js';

const home = { lat: 40.77, lng: 29.93, label: 'Ev' };
const hospital = { lat: 40.7685, lng: 29.93, label: 'Hastane' };
const depot = { lat: 40.7615, lng: 29.925, label: 'Garaj' };
const now = new Date('2026-11-27T03:00:00Z'); // 06:00 in İzmit

const ride: SnapshotBooking = {
  id: 'b1',
  status: 'pending',
  rules: DEFAULT_SERVICES.find((s) => s.id === 'engelsiz-taksi')!,
  pickup: home,
  dropoff: hospital,
  wheelchair: 'manual',
  companions: 0,
  infants: 0,
  pickupWindowStart: new Date('2026-11-27T03:10:00Z'),
  pickupWindowEnd: new Date('2026-11-27T03:30:00Z'),
  dropoffEarliest: null,
  dropoffDeadline: null,
  promised: false,
  asap: false,
};

/** A shift of a ramp van (`plate`), from `from` to `to` (UTC hours on 27 November). */
const shift = (id: string, plate: string, from: number, to: number): SnapshotShift => ({
  id,
  driverId: `d-${id}`,
  startsAt: new Date(Date.UTC(2026, 10, 27, from)),
  endsAt: new Date(Date.UTC(2026, 10, 27, to)),
  breakEarliest: null,
  breakLatest: null,
  breakMinutes: 0,
  vehicle: {
    id: `v-${plate}`,
    plate,
    seats: 3,
    wheelchairPlaces: 1,
    infantSeats: 0,
    hasRamp: true,
    hasLift: false,
    serviceIds: ['engelsiz-taksi'],
    depot,
  },
  stops: [],
});

function explain(shifts: SnapshotShift[]) {
  const snapshot: PlanningSnapshot = {
    partitionKey: 'izmit:2026-11-27',
    version: 1,
    linked: [],
    shifts,
    bookings: new Map([[ride.id, ride]]),
  };
  const locations = indexLocations(snapshot);
  const n = locations.points.length;
  const durations = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 0 : 600)),
  );
  const { problem, plan } = buildProblem(snapshot, locations, matrixOf(durations), now);
  return { problem, plan, snapshot };
}

describe('why this vehicle, in vehicles rather than shifts', () => {
  it('names a vehicle with a night and an evening shift once, and not at all when it took the ride', () => {
    // 41 ET 204 works the night (until 04:00 UTC) and again from 14:00; 41 ET 201 starts at 05:00.
    const { problem, plan, snapshot } = explain([
      shift('night', '41 ET 204', 0, 4),
      shift('evening', '41 ET 204', 14, 23),
      shift('day', '41 ET 201', 5, 15),
      shift('day2', '41 ET 202', 5, 15),
    ]);
    const outcome = insertRequest(problem, plan, 'b1');
    expect(outcome.kind).toBe('assigned');
    if (outcome.kind !== 'assigned') return;
    const why = explainAssignment(problem, plan, 'b1', outcome, snapshot, now);
    expect(why[0]).toMatchObject({ code: 'chosen', params: { plate: '41 ET 204', feasible: 1 } });
    const named = why.slice(1).flatMap((g) => String(g.params.plates).split(', '));
    expect(named).not.toContain('41 ET 204');
    expect(why.slice(1)).toEqual([
      { code: 'shift-not-started', params: { count: 2, plates: '41 ET 201, 41 ET 202' } },
    ]);
  });

  it('counts a refused ride’s vehicles once per reason', () => {
    const { problem, plan, snapshot } = explain([
      shift('afternoon', '41 ET 204', 12, 17),
      shift('evening', '41 ET 204', 18, 23),
      shift('day', '41 ET 201', 14, 20),
    ]);
    const why = explainRefusal(problem, plan, 'b1', snapshot, now);
    const notStarted = why.find((g) => g.code === 'shift-not-started');
    expect(notStarted?.params).toMatchObject({ count: 2, plates: '41 ET 201, 41 ET 204' });
  });
});
