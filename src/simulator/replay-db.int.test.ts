import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/database.js';
import {
  type RequestedTime,
  returnOpensAt,
  UNPLANNED_RIDE_MINUTES,
  windowsFor,
} from '../domain/booking-windows.js';
import type { ServiceRules } from '../domain/services.js';
import { createBookingsStore } from '../features/bookings/bookings.store.js';
import { ensureDefaultServices } from '../features/services/default-services.js';
import { createServicesStore } from '../features/services/services.store.js';
import { installDataCipher } from '../infra/crypto/data-cipher.js';
import { derivedDataKeys } from '../infra/crypto/field-cipher.js';
import { migrate } from '../infra/db/migrate.js';
import { generateDay, type SimBooking, serviceDates } from './demand.js';
import { parseChange, rulesFor } from './fleet-and-rules.js';
import { bookingsFromDb } from './replay.js';
import { parseScenario } from './scenario.js';
import { compareRuns } from './simulate.js';

/*
 * `npm run simulate -- --replay-db` on a recorded week: the week's bookings
 * are written through the bookings store as the booking path writes them
 * (windows from the services' rules, returns linked to their outbound,
 * cancellations as events, no-shows as a status), then read back and
 * replayed with and without one more ramp van.
 */

const scenario = parseScenario({
  name: 'recorded-week',
  seed: 13,
  startDate: '2026-03-02',
  days: 7,
  reoptimise: { everyMinutes: 60, iterations: 20 },
  hindsightIterations: 0,
  demand: [
    {
      service: 'anne-taksi',
      perDay: 4,
      profile: [
        [9, 1],
        [17, 0],
      ],
      timing: { asap: 0.5, pickup: 0.5 },
      origin: { places: ['seka-devlet-hastanesi', 'kocaeli-devlet-hastanesi'] },
      destination: { kinds: ['mahalle'], jitterMetres: 300 },
      party: { infant: 1 },
      leadMinutes: { min: 60, max: 600 },
      cancelRate: 0.1,
    },
    {
      // More wheelchair users than one ramp van can carry at the peak: the change has work to do.
      service: 'engelsiz-taksi',
      perDay: 6,
      profile: [
        [9, 1],
        [11, 0],
      ],
      origin: { kinds: ['mahalle'], jitterMetres: 300 },
      destination: { places: ['kocaeli-sehir-hastanesi'] },
      party: { wheelchair: 1 },
      leadMinutes: { min: 120, max: 1440 },
      returns: { share: 1, readyAfterMinutes: 60 },
      noShowRate: 0.1,
    },
  ],
  fleet: [
    {
      type: 'mother-car',
      count: 2,
      seats: 3,
      infantSeats: 2,
      services: ['anne-taksi'],
      depots: ['sosyal-destek-garaji'],
      shifts: [
        { start: '08:00', end: '18:00', breakMinutes: 30, breakFrom: '12:00', breakTo: '14:00' },
      ],
    },
    {
      type: 'ramp-van',
      count: 1,
      seats: 3,
      wheelchairPlaces: 1,
      ramp: true,
      services: ['engelsiz-taksi'],
      depots: ['izmit-belediyesi-arac-parki'],
      shifts: [{ start: '08:00', end: '18:00' }],
    },
  ],
});

const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8000-${kind.toString(16).padStart(4, '0')}${n.toString(16).padStart(8, '0')}`;

const week = serviceDates(scenario);
const recorded: { day: string; booking: SimBooking }[] = week.flatMap((day) =>
  generateDay(scenario, day, rulesFor(scenario)).map((booking) => ({ day, booking })),
);

function opensOf(outbound: SimBooking, r: ServiceRules, ready: number): Date {
  const appointment = outbound.time.kind === 'arrive-by' ? outbound.time.appointment : null;
  const arrival = new Date(
    windowsFor(r, outbound.time).pickupWindowEnd.getTime() + UNPLANNED_RIDE_MINUTES * 60_000,
  );
  return returnOpensAt(r, { appointment, arrival }, { readyAfterMinutes: ready });
}

const readyOf = (b: SimBooking, r: ServiceRules) =>
  typeof b.returnReadyAfterMinutes === 'number'
    ? b.returnReadyAfterMinutes
    : r.returnReadyAfterMinutes;

/** The week written as the booking path writes it, with the clock of each moment. */
async function recordWeek(db: TestDatabase['db']) {
  await db.query(
    `INSERT INTO users (id, username, password_hash, role, display_name)
     VALUES ($1, 'replay-operator', 'x', 'operator', 'Replay')`,
    [uuid(0, 1)],
  );
  const store = createBookingsStore(db);
  const rules = rulesFor(scenario);
  const idOf = new Map(recorded.map(({ booking }, k) => [booking.id, uuid(2, k)]));
  const byId = new Map(recorded.map(({ booking }) => [booking.id, booking]));
  const citizenOf = new Map<string, string>();
  for (const { booking } of recorded) {
    if (citizenOf.has(booking.riderId)) continue;
    const id = uuid(1, citizenOf.size);
    citizenOf.set(booking.riderId, id);
    await db.query(
      `INSERT INTO citizens (id, full_name, search_key, phone, mobility) VALUES ($1, $2, $2, $3, 'none')`,
      [id, `Yolcu ${citizenOf.size}`, `05550000${String(citizenOf.size).padStart(3, '0')}`],
    );
  }
  for (const { day, booking: b } of recorded) {
    const r = rules.get(b.service)!;
    // Times as the booking path stores them: a return opens after its outbound's estimated arrival.
    const outbound = b.returnOf ? byId.get(b.returnOf)! : null;
    const time: RequestedTime = outbound
      ? { kind: 'pickup', at: opensOf(outbound, r, readyOf(b, r)) }
      : b.time;
    const windows = windowsFor(r, time);
    const id = idOf.get(b.id)!;
    await store.insert({
      id,
      serviceId: b.service,
      citizenId: citizenOf.get(b.riderId)!,
      status: 'pending',
      pickup: {
        placeId: b.pickup.placeId,
        label: b.pickup.label,
        lat: b.pickup.lat,
        lng: b.pickup.lng,
      },
      dropoff: {
        placeId: b.dropoff.placeId,
        label: b.dropoff.label,
        lat: b.dropoff.lat,
        lng: b.dropoff.lng,
      },
      requestedPickupAt: time.kind === 'pickup' ? time.at : time.kind === 'asap' ? time.now : null,
      arriveBy: time.kind === 'arrive-by' ? time.appointment : null,
      asap: time.kind === 'asap',
      wheelchair: b.wheelchair,
      walkingAid: false,
      companions: b.companions,
      infants: b.infants,
      notes: null,
      eligibilityOverride: false,
      overlapOverride: false,
      ...windows,
      returnOf: b.returnOf ? idOf.get(b.returnOf)! : null,
      returnReadyAfterMinutes: outbound ? readyOf(b, r) : null,
      standingOrderId: null,
      serviceDate: day,
      idempotencyKey: null,
      requestFingerprint: null,
      createdBy: uuid(0, 1),
    });
    // The call was taken then, not when this test runs.
    await db.query('UPDATE bookings SET created_at = $2 WHERE id = $1', [id, new Date(b.bookedAt)]);
    if (b.cancelAt !== undefined) {
      await db.query(`UPDATE bookings SET status = 'cancelled' WHERE id = $1`, [id]);
      await store.insertEvent({
        bookingId: id,
        type: 'cancelled',
        fromStatus: 'pending',
        toStatus: 'cancelled',
        actorUserId: uuid(0, 1),
        actorRole: 'operator',
      });
      await db.query('UPDATE booking_events SET at = $2 WHERE booking_id = $1', [
        id,
        new Date(b.cancelAt),
      ]);
    } else if (b.noShow) {
      await db.query(`UPDATE bookings SET status = 'no-show' WHERE id = $1`, [id]);
    }
  }
}

describe.each(DIALECTS)('replay of a recorded week from %s', { timeout: 120_000 }, (dialect) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await migrate(database.db);
    installDataCipher(derivedDataKeys('replay-test-secret'));
    await ensureDefaultServices(createServicesStore(database.db));
    await recordWeek(database.db);
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
  });

  it('replays every recorded booking once, and one more ramp van never serves fewer', async () => {
    const days = await bookingsFromDb(database.db, week[0]!, week.at(-1)!, scenario);
    expect([...days.keys()]).toEqual(week);
    const read = [...days.values()].flat();
    expect(read).toHaveLength(recorded.length);
    expect(read.filter((b) => b.returnOf).length).toBe(
      recorded.filter(({ booking }) => booking.returnOf).length,
    );
    expect(read.filter((b) => b.cancelAt !== undefined).length).toBe(
      recorded.filter(({ booking }) => booking.cancelAt !== undefined).length,
    );

    const [baseline, more] = compareRuns(scenario, {
      changes: [parseChange('add-vehicle:ramp-van')],
      hindsight: false,
      recorded: days,
    });
    const b = baseline!.summary;
    const m = more!.summary;
    expect(more!.name).toBe('add-vehicle:ramp-van');
    // Every recorded booking is accounted for, once, in both runs.
    for (const s of [b, m]) {
      expect(s.simulatedDays).toBe(7);
      expect(s.requested).toBe(recorded.length);
      expect(s.served + s.cancelled + s.refused).toBe(s.requested);
      expect(s.feasible).toBe(true);
    }
    // One ramp van is too few for the morning peak; a second one carries more, never fewer.
    expect(b.refusals['no-feasible-slot'] ?? 0).toBeGreaterThan(0);
    expect(m.served).toBeGreaterThan(b.served);
    expect(m.vehicles.byType['ramp-van']!.shifts).toBe(2 * b.vehicles.byType['ramp-van']!.shifts);
  });
});
