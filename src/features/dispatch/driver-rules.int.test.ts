import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import {
  eligibleCitizen,
  type ShiftAroundNow,
  shiftsAroundNow,
} from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { DEMO_DRIVERS, DEMO_VEHICLES } from '../../demo/demo-data.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { DriverManifests } from './manifest.js';

const ZONE = 'Europe/Istanbul';
const RAMP = {
  seats: 3,
  wheelchairPlaces: 1,
  hasRamp: true,
  serviceIds: ['engelsiz-taksi'],
};

describe.each(DIALECTS)('the driver’s taps follow the day and the door, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let admin: string;
  // The service's clock runs ahead by this much: the waiting time at a door passes in a test.
  let ahead = 0;
  const cars: ShiftAroundNow[] = [];

  beforeAll(async () => {
    t = await startTestService(
      dialect,
      { NO_SHOW_WAIT_MINUTES: '5', DRIVER_DAY_TOLERANCE_MINUTES: '30' },
      { now: () => new Date(Date.now() + ahead) },
    );
    operator = await t.login('operator');
    admin = await t.login('admin');
    cars.push(...(await shiftsAroundNow(t, admin, [{ label: 'Rampalı (bugün)', ...RAMP }])));
    cars.push(
      ...(await shiftsAroundNow(t, admin, [{ label: 'Rampalı (yarın)', ...RAMP }], {
        day: 'tomorrow',
      })),
    );
  });
  afterAll(() => t?.close());

  /** The token of whoever drives the vehicle the ride went to: one of ours, or a demo car. */
  async function driverOf(booking: BookingView): Promise<string> {
    const plate = booking.planned!.vehicle.plate;
    const ours = cars.find((c) => c.plate === plate);
    if (ours) return t.login(ours.username, ours.password);
    const demo = DEMO_DRIVERS[DEMO_VEHICLES.findIndex((v) => v.plate === plate)]!;
    return t.login(demo.username, demo.password);
  }

  async function book(name: string, when: Record<string, unknown>): Promise<BookingView> {
    const citizen = await eligibleCitizen(t, operator, admin, name, ['engelsiz-taksi']);
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: citizen,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        wheelchair: 'manual',
        ...when,
      },
    });
    expect(res.body.status, JSON.stringify(res.body)).toBe('scheduled');
    return res.body;
  }

  const tap = (token: string, bookingId: string, action: string) =>
    t.api<BookingView & { error?: { code: string; params?: Record<string, string> } }>(
      'POST',
      '/driver/reports',
      { token, body: { bookingId, action, clientEventId: randomUUID() } },
    );

  async function stopsOf(token: string, booking: BookingView) {
    const date = DateTime.fromISO(booking.planned!.pickupAt, { zone: ZONE }).toISODate();
    const m = await t.api<DriverManifests>('GET', `/driver/manifest?date=${date}`, { token });
    const stops = m.body.shifts.flatMap((s) => s.stops).filter((s) => s.bookingId === booking.id);
    return {
      rules: m.body.rules,
      pickup: stops.find((s) => s.kind === 'pickup')!,
      dropoff: stops.find((s) => s.kind === 'dropoff')!,
    };
  }

  it('refuses any tap on tomorrow’s pickup today, and leaves the ride as it was', async () => {
    const pickupAt = DateTime.now().setZone(ZONE).plus({ days: 1 }).set({ hour: 12, minute: 0 });
    const booking = await book('Yarının Yolcusu', { pickupAt: pickupAt.toISO() });
    const driver = await driverOf(booking);
    for (const action of ['arrived', 'picked-up', 'no-show', 'dropped-off']) {
      const res = await tap(driver, booking.id, action);
      expect(res.status, action).toBe(409);
    }
    const arrived = await tap(driver, booking.id, 'arrived');
    expect(arrived.body.error).toMatchObject({
      code: 'STOP_NOT_ACTIONABLE',
      params: { reason: 'not-today' },
    });
    const { pickup, dropoff, rules } = await stopsOf(driver, booking);
    expect(rules).toEqual({ dayToleranceMinutes: 30, noShowWaitMinutes: 5 });
    expect([pickup.status, pickup.state, dropoff.state]).toEqual([
      'scheduled',
      'planned',
      'planned',
    ]);
    const seen = await t.api<BookingView>('GET', `/bookings/${booking.id}`, { token: operator });
    expect(seen.body.status).toBe('scheduled');
  });

  it('asks for the arrival first, gives each stop its own state, and a no-show only after the wait', async () => {
    const booking = await book('Kapıdaki Yolcu', { asap: true });
    const driver = await driverOf(booking);

    const early = await tap(driver, booking.id, 'picked-up');
    expect(early.status).toBe(409);
    expect(early.body.error?.code).toBe('INVALID_TRANSITION');
    expect((await tap(driver, booking.id, 'arrived')).body.status).toBe('arrived');

    const atDoor = await stopsOf(driver, booking);
    // The drop-off is still ahead: it never shows the pickup's "arrived".
    expect([atDoor.pickup.state, atDoor.dropoff.state]).toEqual(['arrived', 'planned']);
    const noShowFrom = Date.parse(atDoor.pickup.noShowFrom!);
    expect(noShowFrom - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(atDoor.dropoff.noShowFrom).toBeNull();

    const tooEarly = await tap(driver, booking.id, 'no-show');
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error).toMatchObject({
      code: 'STOP_NOT_ACTIONABLE',
      params: { reason: 'too-early' },
    });
    expect(tooEarly.body.error?.params?.time).toBe(
      DateTime.fromMillis(noShowFrom, { zone: ZONE }).toFormat('HH:mm'),
    );

    // Five minutes at the door later, nobody came.
    ahead = noShowFrom - Date.now() + 1000;
    expect((await tap(driver, booking.id, 'no-show')).body.status).toBe('no-show');
    const after = await stopsOf(driver, booking);
    expect([after.pickup.state, after.dropoff.state]).toEqual(['no-show', 'skipped']);
    ahead = 0;
  });

  it('lets a night driver forty minutes late after midnight still arrive at the 23:40 pickup', async () => {
    // The next 23:40 with the service's notice to spare: tonight's, or tomorrow night's.
    let pickupAt = DateTime.now().setZone(ZONE).set({ hour: 23, minute: 40, second: 0 });
    if (pickupAt < DateTime.now().plus({ minutes: 45 })) pickupAt = pickupAt.plus({ days: 1 });
    const booking = await book('Gece Yolcusu', { pickupAt: pickupAt.toISO() });
    const driver = await driverOf(booking);
    const planned = DateTime.fromISO(booking.planned!.pickupAt, { zone: ZONE });
    // Forty minutes past the planned pickup, on the next date: outside the day's tolerance, but
    // within the shift the ride is on (a shift that carries a 23:40 pickup runs past it).
    const late = planned.plus({ minutes: 40 });
    expect(late.toISODate()).not.toBe(planned.toISODate());
    try {
      ahead = late.toMillis() - Date.now();
      const arrived = await tap(driver, booking.id, 'arrived');
      expect(arrived.status, JSON.stringify(arrived.body)).toBe(200);
      expect(arrived.body.status).toBe('arrived');
    } finally {
      ahead = 0;
    }
  });

  it('lets the passenger off after the pickup, the drop-off marked done and the pickup picked up', async () => {
    const booking = await book('Yol Arkadaşı', { asap: true });
    const driver = await driverOf(booking);
    for (const action of ['arrived', 'picked-up']) {
      expect((await tap(driver, booking.id, action)).status, action).toBe(200);
    }
    const aboard = await stopsOf(driver, booking);
    expect([aboard.pickup.state, aboard.dropoff.state]).toEqual(['done', 'planned']);
    expect((await tap(driver, booking.id, 'dropped-off')).body.status).toBe('completed');
    const done = await stopsOf(driver, booking);
    expect([done.pickup.state, done.dropoff.state]).toEqual(['done', 'done']);
  });
});
