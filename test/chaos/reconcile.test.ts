import { describe, expect, it } from 'vitest';
import {
  type BookingRecord,
  failed,
  type ManifestRecord,
  type RouteRecord,
  reconcile,
  type ShiftRecord,
} from './reconcile.js';

const SHIFT = 'shift-a';
const OTHER = 'shift-b';
const DRIVER = 'driver-a';
const shifts: ShiftRecord[] = [
  {
    id: SHIFT,
    driverId: DRIVER,
    startsAt: new Date('2026-03-02T05:00:00Z'),
    endsAt: new Date('2026-03-02T15:00:00Z'),
    cancelled: false,
  },
  {
    id: OTHER,
    driverId: 'driver-b',
    startsAt: new Date('2026-03-02T05:00:00Z'),
    endsAt: new Date('2026-03-02T15:00:00Z'),
    cancelled: false,
  },
];

const stops = (...ids: string[]) =>
  ids.flatMap((id) => [
    { kind: 'pickup', refId: id },
    { kind: 'dropoff', refId: id },
  ]);

/** One scheduled, one refused, one cancelled booking; everything in order. */
function healthy() {
  const bookings: BookingRecord[] = [
    { id: 'b1', status: 'scheduled', shiftId: SHIFT, request: 0 },
    { id: 'b2', status: 'refused', shiftId: null, request: 1 },
    { id: 'b3', status: 'cancelled', shiftId: null, request: 2 },
  ];
  const routes: RouteRecord[] = [{ shiftId: SHIFT, stops: stops('b1') }];
  const manifests: ManifestRecord[] = [
    {
      driverId: DRIVER,
      date: '2026-03-02',
      shifts: [
        {
          shiftId: SHIFT,
          stops: [
            { kind: 'pickup', bookingId: 'b1', status: 'scheduled' },
            { kind: 'dropoff', bookingId: 'b1', status: 'scheduled' },
          ],
        },
      ],
    },
  ];
  return {
    client: {
      requests: 3,
      answered: new Map([
        [0, new Set(['b1'])],
        [1, new Set(['b2'])],
        [2, new Set(['b3'])],
      ]),
      cancelled: new Set(['b3']),
      tapped: new Map<string, string>(),
    },
    bookings,
    routes,
    shifts,
    manifests,
    timeZone: 'Europe/Istanbul',
  };
}

describe('reconciling the fault suite', () => {
  it('counts nothing when every acknowledged write is held and every manifest agrees', () => {
    const { counts, problems } = reconcile(healthy());
    expect(problems).toEqual([]);
    expect(counts).toEqual({
      bookings: 3,
      acknowledged: 3,
      lost: 0,
      duplicated: 0,
      doubleAssigned: 0,
      cancelledButRouted: 0,
      unplanned: 0,
      manifestMismatch: 0,
    });
    expect(failed(counts)).toBe(false);
  });

  it('finds an acknowledged booking missing, a cancel not held and a planned ride off its route', () => {
    const input = healthy();
    input.bookings = input.bookings.filter((b) => b.id !== 'b2');
    input.bookings[1] = { ...input.bookings[1]!, status: 'scheduled', shiftId: SHIFT };
    input.routes = [{ shiftId: SHIFT, stops: [...stops('b1'), { kind: 'pickup', refId: 'b3' }] }];
    const { counts } = reconcile(input);
    // b2 missing; b3's cancel not held; b3 scheduled with no drop-off.
    expect(counts.lost).toBe(3);
    expect(failed(counts)).toBe(true);
  });

  it('finds a driver tap not held', () => {
    const input = healthy();
    input.client.tapped.set('b1', 'on-board');
    expect(reconcile(input).counts.lost).toBe(1);
  });

  it('finds two bookings for one request, and one key answered with two ids', () => {
    const input = healthy();
    input.bookings.push({ id: 'b4', status: 'refused', shiftId: null, request: 1 });
    input.client.answered.set(2, new Set(['b3', 'b4']));
    expect(reconcile(input).counts.duplicated).toBe(2);
  });

  it('finds a booking on two routes, twice on one, on a route its row does not name, or routed while pending', () => {
    const input = healthy();
    input.bookings.push(
      { id: 'b5', status: 'scheduled', shiftId: SHIFT, request: 5 },
      { id: 'b6', status: 'scheduled', shiftId: SHIFT, request: 6 },
      { id: 'b7', status: 'pending', shiftId: null, request: 7 },
    );
    input.routes = [
      { shiftId: SHIFT, stops: [...stops('b1', 'b5'), ...stops('b5')] },
      { shiftId: OTHER, stops: stops('b1', 'b6', 'b7') },
    ];
    const { counts } = reconcile(input);
    expect(counts.doubleAssigned).toBe(4);
    expect(counts.unplanned).toBe(1);
  });

  it('finds a cancelled ride still on a route', () => {
    const input = healthy();
    input.routes = [{ shiftId: SHIFT, stops: stops('b1', 'b3') }];
    expect(reconcile(input).counts.cancelledButRouted).toBe(1);
  });

  it('finds a manifest whose order, stops, statuses or shifts differ from the routes', () => {
    const reversed = healthy();
    const shift = reversed.manifests[0]!.shifts[0]!;
    reversed.manifests[0] = {
      ...reversed.manifests[0]!,
      shifts: [{ ...shift, stops: [...shift.stops].reverse() }],
    };
    expect(reconcile(reversed).counts.manifestMismatch).toBe(1);

    const status = healthy();
    status.manifests[0] = {
      ...status.manifests[0]!,
      shifts: [
        {
          ...shift,
          stops: shift.stops.map((s) => ({ ...s, status: 'completed' })),
        },
      ],
    };
    expect(reconcile(status).counts.manifestMismatch).toBe(1);

    const missingShift = healthy();
    missingShift.manifests[0] = { ...missingShift.manifests[0]!, shifts: [] };
    expect(reconcile(missingShift).counts.manifestMismatch).toBe(1);
  });
});
