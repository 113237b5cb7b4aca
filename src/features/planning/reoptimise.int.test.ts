import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { createOfflineTravelTimeProvider } from '../../infra/maps/create-travel-time-provider.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { createBookingsStore } from '../bookings/bookings.store.js';
import { createServicesStore } from '../services/services.store.js';
import { createPlanningStore, partitionKeyOf } from './planning.store.js';
import { createReoptimiseService } from './reoptimise.service.js';

const tomorrow = DateTime.now().setZone('Europe/Istanbul').plus({ days: 1 }).startOf('day');

describe.each(DIALECTS)('re-optimisation on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let booking: BookingView;

  /** Moves the booking's route onto the shift of another vehicle: a plan the optimiser must improve. */
  async function moveTo(plate: string): Promise<void> {
    const shift = await t.database.db.query<{ id: string; vehicle_id: string }>(
      `SELECT s.id, s.vehicle_id FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id
       WHERE v.plate = $1 AND s.starts_at > $2 ORDER BY s.starts_at LIMIT 1`,
      [plate, tomorrow.toJSDate()],
    );
    const target = shift[0]!;
    await t.database.db.transaction(async (tx) => {
      const [route] = await tx.query<{ stops: unknown }>(
        'SELECT stops FROM routes WHERE shift_id = $1',
        [booking.planned!.shiftId],
      );
      await tx.query('DELETE FROM routes WHERE shift_id = $1', [booking.planned!.shiftId]);
      await tx.query(
        'INSERT INTO routes (shift_id, stops) VALUES ($1, $2) ON CONFLICT (shift_id) DO UPDATE SET stops = EXCLUDED.stops',
        [target.id, JSON.stringify(route!.stops)],
      );
      await tx.query('UPDATE bookings SET shift_id = $2, vehicle_id = $3 WHERE id = $1', [
        booking.id,
        target.id,
        target.vehicle_id,
      ]);
    });
  }

  beforeAll(async () => {
    t = await startTestService(dialect);
    operator = await t.login('operator');
    const osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: osman,
        pickup: { placeId: 'kemalpasa-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        pickupAt: tomorrow.set({ hour: 10 }).toISO(),
        wheelchair: 'manual',
      },
    });
    booking = res.body;
    expect(booking.planned?.vehicle.plate).toBe('41 ET 201');
  });
  afterAll(() => t?.close());

  it('moves a ride to a cheaper vehicle, records it, and keeps the plan feasible', async () => {
    await moveTo('41 ET 203');
    const outcome = await t.service.reoptimise!.reoptimiseDay(tomorrow.toISODate()!, {
      seconds: 1,
      seed: 7,
    });
    expect(outcome.kind).toBe('improved');
    if (outcome.kind === 'improved') {
      expect(outcome.after).toBeLessThan(outcome.before);
      expect(outcome.movedBookings).toBe(1);
    }
    const now = await t.api<BookingView>('GET', `/bookings/${booking.id}`, { token: operator });
    expect(now.body.planned?.vehicle.plate).not.toBe('41 ET 203');
    const events = await t.api<{ type: string }[]>('GET', `/bookings/${booking.id}/events`, {
      token: operator,
    });
    expect(events.body.map((e) => e.type)).toContain('replanned');
    // A second run finds nothing better.
    const again = await t.service.reoptimise!.reoptimiseDay(tomorrow.toISODate()!, {
      seconds: 0.3,
      seed: 8,
    });
    expect(again.kind).toBe('no-improvement');
  });

  it('merges a booking made while it was thinking into its result, and keeps it', async () => {
    const current = await t.api<BookingView>('GET', `/bookings/${booking.id}`, { token: operator });
    booking = current.body;
    await moveTo('41 ET 203');
    const db = t.database.db;
    const services = createServicesStore(db);
    const store = createPlanningStore(db, services, 'Europe/Istanbul');
    const bookings = createBookingsStore(db);
    const hatice = (await t.api<{ id: string }[]>('GET', '/citizens?q=hatice', { token: operator }))
      .body[0]!.id;
    let meanwhile: BookingView | undefined;
    const racing = createReoptimiseService({
      db,
      store,
      bookings,
      travelTimes: createOfflineTravelTimeProvider(),
      notifier: { bookingChanged: () => {}, manifestChanged: () => {} },
      now: () => new Date(),
      // An operator books a ride while the optimiser runs (once: the merge then commits).
      beforeCommit: async () => {
        if (meanwhile) return;
        const res = await t.api<BookingView>('POST', '/bookings', {
          token: operator,
          body: {
            serviceId: 'engelsiz-taksi',
            citizenId: hatice,
            pickup: { placeId: 'kabaoglu-mah' },
            dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
            pickupAt: tomorrow.set({ hour: 14 }).toISO(),
          },
        });
        meanwhile = res.body;
      },
    });
    const outcome = await racing.reoptimiseDay(tomorrow.toISODate()!, { seconds: 0.5, seed: 3 });
    expect(meanwhile?.status).toBe('scheduled');
    expect(outcome).toMatchObject({ kind: 'improved', merged: true });
    const moved = await t.api<BookingView>('GET', `/bookings/${booking.id}`, { token: operator });
    expect(moved.body.planned?.vehicle.plate).not.toBe('41 ET 203');
    const kept = await t.api<BookingView>('GET', `/bookings/${meanwhile!.id}`, { token: operator });
    expect(kept.body.status).toBe('scheduled');
    const routed = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM routes r, jsonb_array_elements(r.stops) s
       WHERE s->>'refId' = $1`,
      [meanwhile!.id],
    );
    expect(routed[0]!.n).toBe(2);
  });

  it('commits nothing when the day keeps changing while it thinks and merges', async () => {
    const current = await t.api<BookingView>('GET', `/bookings/${booking.id}`, { token: operator });
    booking = current.body;
    await moveTo('41 ET 203');
    const db = t.database.db;
    const services = createServicesStore(db);
    const store = createPlanningStore(db, services, 'Europe/Istanbul');
    const bookings = createBookingsStore(db);
    const racing = createReoptimiseService({
      db,
      store,
      bookings,
      travelTimes: createOfflineTravelTimeProvider(),
      notifier: { bookingChanged: () => {}, manifestChanged: () => {} },
      now: () => new Date(),
      // Someone books or a driver reports while the optimiser runs.
      beforeCommit: () =>
        db.transaction((tx) => store.bumpPartition(partitionKeyOf(tomorrow.toISODate()!), tx)),
    });
    const outcome = await racing.reoptimiseDay(tomorrow.toISODate()!, { seconds: 0.5, seed: 3 });
    expect(outcome.kind).toBe('conflict');
    const after = await t.api<BookingView>('GET', `/bookings/${booking.id}`, { token: operator });
    expect(after.body.planned?.vehicle.plate).toBe('41 ET 203');
  });
});
