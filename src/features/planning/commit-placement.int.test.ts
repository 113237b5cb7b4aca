import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { eligibleCitizen, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { TRANSITIONS } from '../../domain/booking-status.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { createServicesStore } from '../services/services.store.js';
import {
  createPlanningStore,
  type Placement,
  partitionDayOf,
  partitionKeyOf,
} from './planning.store.js';
import type { StoredStop } from './planning-snapshot.js';

const ZONE = 'Europe/Istanbul';
const tomorrowAt = (hour: number) =>
  DateTime.now().setZone(ZONE).plus({ days: 1 }).set({ hour, minute: 0 }).toISO();

/**
 * The planner commits a placed booking in one statement, without a
 * transaction around it: it must write everything or nothing. A stale day
 * and a cancel that won each leave the database as it was.
 */
describe.each(DIALECTS)('committing a placed booking in one statement, on %s', (dialect) => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService(dialect);
  });
  afterAll(() => t?.close());

  it('writes all of it on a current day, and nothing on a stale day or after a cancel', async () => {
    const admin = await t.login('admin');
    const operator = await t.login('operator');
    const [car] = await shiftsAroundNow(
      t,
      admin,
      [
        {
          label: 'Tek (commit)',
          seats: 3,
          wheelchairPlaces: 1,
          hasRamp: true,
          serviceIds: ['engelsiz-taksi'],
        },
      ],
      { day: 'tomorrow' },
    );
    const citizenId = await eligibleCitizen(t, operator, admin, 'Tek Deneme', ['engelsiz-taksi']);
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        pickupAt: tomorrowAt(10),
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.planned?.shiftId).toBe(car!.shiftId);
    const id = res.body.id;
    const { db } = t.database;
    const [route] = await db.query<{ stops: StoredStop[] }>(
      'SELECT stops FROM routes WHERE shift_id = $1',
      [car!.shiftId],
    );
    const [planned] = await db.query<{ service_date: string; p: Date; d: Date }>(
      `SELECT service_date::text AS service_date, planned_pickup_at AS p, planned_dropoff_at AS d
         FROM bookings WHERE id = $1`,
      [id],
    );
    // The booking as the planner finds it: pending, on no route.
    const unplan = async (status = 'pending') => {
      await db.query(
        `UPDATE bookings SET status = $2, shift_id = NULL, vehicle_id = NULL,
           planned_pickup_at = NULL, planned_dropoff_at = NULL WHERE id = $1`,
        [id, status],
      );
      await db.query(`UPDATE routes SET stops = '[]' WHERE shift_id = $1`, [car!.shiftId]);
    };
    await unplan();

    const store = createPlanningStore(db, createServicesStore(db), ZONE);
    const day = partitionDayOf(planned!.service_date, undefined);
    const placement: Placement = {
      booking: {
        id,
        from: TRANSITIONS.schedule.from,
        explanation: [{ code: 'chosen', params: { plate: car!.plate } }],
        details: { shiftId: car!.shiftId, vehicleId: car!.vehicleId },
      },
      route: {
        shiftId: car!.shiftId,
        vehicleId: car!.vehicleId,
        stops: route!.stops,
        times: [{ id, pickupAt: planned!.p, dropoffAt: planned!.d }],
      },
    };
    const state = async () => ({
      booking: (
        await db.query<{ status: string; shift_id: string | null; p: Date | null }>(
          'SELECT status, shift_id, planned_pickup_at AS p FROM bookings WHERE id = $1',
          [id],
        )
      )[0],
      stops: (
        await db.query<{ stops: StoredStop[] }>('SELECT stops FROM routes WHERE shift_id = $1', [
          car!.shiftId,
        ])
      )[0]?.stops.length,
      events: (
        await db.query(
          `SELECT 1 FROM booking_events WHERE booking_id = $1 AND type = 'scheduled'`,
          [id],
        )
      ).length,
      version: (await store.dayVersions(day, [])).versions.get(partitionKeyOf(day)),
    });

    // Stale: another writer moved the day since it was read.
    const stale = await store.snapshot(day, []);
    await db.transaction((tx) => store.bumpPartition(partitionKeyOf(day), tx));
    const before = await state();
    expect(await store.commitPlacement(stale, placement)).toBe('conflict');
    expect(await state()).toEqual(before);

    // A cancel won: the day is current, the booking is not pending any more.
    const fresh = await store.snapshot(day, []);
    await unplan('cancelled');
    const cancelled = await state();
    expect(await store.commitPlacement(fresh, placement)).toBe('not-pending');
    expect(await state()).toEqual(cancelled);

    // Current and pending: scheduled on the route, its event written, the day one version on.
    await unplan();
    expect(await store.commitPlacement(fresh, placement)).toEqual({ changed: [] });
    expect(await state()).toEqual({
      booking: { status: 'scheduled', shift_id: car!.shiftId, p: planned!.p },
      stops: route!.stops.length,
      events: before.events + 1,
      version: before.version! + 1,
    });
    // The same commit again: the day moved on, so it is a conflict, and nothing is written twice.
    expect(await store.commitPlacement(fresh, placement)).toBe('conflict');
    expect((await state()).events).toBe(before.events + 1);

    // A pending ride given a new time moves its day on, naming it: a planner that read its old
    // time loses its commit and reads it again (a ride on a route moved the day as it left it).
    await unplan();
    const moved = await t.api<BookingView>('PATCH', `/bookings/${id}`, {
      token: operator,
      body: {
        pickupAt: tomorrowAt(11),
      },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const named = await db.query(
      `SELECT 1 FROM planning_changes
        WHERE partition_key = $1 AND cardinality(shift_ids) = 0 AND booking_ids = ARRAY[$2::uuid]`,
      [partitionKeyOf(day), id],
    );
    expect(named).toHaveLength(1);
  });
});
