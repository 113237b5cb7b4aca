import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { type ShiftAroundNow, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { DEMO_DRIVERS } from '../../demo/demo-data.js';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../realtime/events.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { BreakView } from './dispatch.schema.js';
import type { DriverManifests } from './manifest.js';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const todayAt = (hour: number, minute = 0) =>
  DateTime.now().setZone('Europe/Istanbul').set({ hour, minute, second: 0, millisecond: 0 });

function usernameOf(driverName: string): string {
  const driver = DEMO_DRIVERS.find((d) => d.fullName === driverName);
  if (!driver) throw new Error(`no demo driver named ${driverName}`);
  return driver.username;
}

/** Resolves with the first `event` payload that satisfies `match`. */
function next<E extends keyof ServerToClientEvents>(
  socket: Client,
  event: E,
  match: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching ${event} within 5 s`)), 5000);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}

describe.each(DIALECTS)('dispatch to drivers on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let osman: string;
  const sockets: Client[] = [];
  const cars: ShiftAroundNow[] = [];

  const open = (token: string, lang = 'tr'): Client => {
    const socket: Client = connect(t.url, {
      auth: { token },
      transports: ['websocket'],
      extraHeaders: { 'accept-language': lang },
      reconnection: false,
    });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestService(dialect);
    operator = await t.login('operator');
    osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  /** A wheelchair ride tomorrow (drivers get tomorrow's manifest live too). */
  async function book(hour = 10): Promise<BookingView> {
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: osman,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        pickupAt: todayAt(hour).plus({ days: 1 }).toISO(),
        wheelchair: 'manual',
        overlapOverride: { reason: 'ayrı test senaryoları' },
      },
    });
    expect(res.body.status, JSON.stringify(res.body)).toBe('scheduled');
    return res.body;
  }

  /** A wheelchair ride now, on a ramp car whose shift is around now (or a demo car). */
  async function bookNow(): Promise<BookingView> {
    const admin = await t.login('admin');
    cars.push(
      ...(await shiftsAroundNow(t, admin, [
        {
          label: 'Rampalı (şimdi)',
          seats: 3,
          wheelchairPlaces: 1,
          hasRamp: true,
          serviceIds: ['engelsiz-taksi'],
        },
      ])),
    );
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: osman,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        asap: true,
        wheelchair: 'manual',
        overlapOverride: { reason: 'ayrı test senaryoları' },
      },
    });
    expect(res.body.status, JSON.stringify(res.body)).toBe('scheduled');
    return res.body;
  }

  /** The token of whoever drives the ride's vehicle: a car made here or a demo car. */
  async function driverOf(booking: BookingView): Promise<string> {
    const plate = booking.planned!.vehicle.plate;
    const ours = cars.find((c) => c.plate === plate);
    if (ours) return t.login(ours.username, ours.password);
    return t.login(usernameOf(booking.planned!.driverName));
  }

  it('refuses a socket without a valid token', async () => {
    const socket = open('not-a-token');
    const error = await new Promise<Error>((resolve) => socket.on('connect_error', resolve));
    expect(error.message).toBe('UNAUTHENTICATED');
  });

  it('pushes the new job to its driver live, and only to that driver', async () => {
    const booking = await book();
    const username = usernameOf(booking.planned!.driverName);
    const driver = await t.login(username);
    const other = await t.login(DEMO_DRIVERS.find((d) => d.username !== username)!.username);
    const date = DateTime.fromISO(booking.planned!.pickupAt).setZone('Europe/Istanbul').toISODate();

    const manifest = await t.api<DriverManifests>('GET', `/driver/manifest?date=${date}`, {
      token: driver,
    });
    const stops = manifest.body.shifts.flatMap((s) => s.stops);
    expect(stops.filter((s) => s.bookingId === booking.id).map((s) => s.kind)).toEqual([
      'pickup',
      'dropoff',
    ]);
    const pickup = stops.find((s) => s.bookingId === booking.id)!;
    expect(pickup.passenger).toMatchObject({ name: 'Osman Koç', wheelchair: 'manual' });

    expect((await t.api('GET', `/bookings/${booking.id}`, { token: other })).status).toBe(404);
    expect((await t.api('GET', `/bookings/${booking.id}`, { token: driver })).status).toBe(200);
    const theirs = await t.api<DriverManifests>('GET', `/driver/manifest?date=${date}`, {
      token: other,
    });
    expect(theirs.body.shifts.flatMap((s) => s.stops).some((s) => s.bookingId === booking.id)).toBe(
      false,
    );

    // Live: every driver is connected before the booking; the one who gets it sees it arrive.
    const connected = await Promise.all(
      DEMO_DRIVERS.map(async (d) => {
        const socket = open(await t.login(d.username));
        await next(socket, 'manifest', (m) => m.date === date);
        return { name: d.fullName, socket };
      }),
    );
    const staff = open(operator);
    await new Promise((resolve) => staff.on('connect', () => resolve(undefined)));
    const staffSaw = next(staff, 'booking:updated', (b) => b.status === 'scheduled');
    const pushes = connected.map(({ name, socket }) =>
      next(
        socket,
        'manifest',
        (m) => m.date === date && m.shifts.some((s) => s.stops.length > 0),
      ).then((m) => ({
        name,
        m,
      })),
    );
    const second = await book(14);
    const live = await Promise.any(pushes);
    expect(live.name).toBe(second.planned!.driverName);
    expect(live.m.shifts.flatMap((s) => s.stops).some((s) => s.bookingId === second.id)).toBe(true);
    expect((await staffSaw).id).toBeDefined();
  });

  it('applies a driver report once, in order, and refuses steps out of order', async () => {
    // Taps are for today's stops: a ramp car on shift now takes Osman as soon as possible.
    const booking = await bookNow();
    const driver = await driverOf(booking);
    const report = (action: string, clientEventId = randomUUID()) =>
      t.api<BookingView & { error?: { code: string } }>('POST', '/driver/reports', {
        token: driver,
        body: { bookingId: booking.id, action, clientEventId },
      });
    const outOfOrder = await report('dropped-off');
    expect(outOfOrder.status).toBe(409);
    expect(outOfOrder.body.error?.code).toBe('INVALID_TRANSITION');
    const tap = randomUUID();
    expect((await report('arrived', tap)).body.status).toBe('arrived');
    // The same tap resent after a lost answer changes nothing.
    expect((await report('arrived', tap)).status).toBe(200);
    // The same tap sent twice at once (a double press on a flaky line) answers the same twice.
    const pickUp = randomUUID();
    const twice = await Promise.all([report('picked-up', pickUp), report('picked-up', pickUp)]);
    expect(twice.map((r) => r.status)).toEqual([200, 200]);
    expect(twice.map((r) => r.body.status)).toEqual(['on-board', 'on-board']);
    const cancel = await t.api('POST', `/bookings/${booking.id}/cancel`, {
      token: operator,
      body: { reason: 'geç' },
    });
    expect(cancel.status).toBe(409);
    expect((await report('dropped-off')).body.status).toBe('completed');
    const events = await t.api<{ toStatus: string; actorRole: string }[]>(
      'GET',
      `/bookings/${booking.id}/events`,
      {
        token: operator,
      },
    );
    expect(events.body.map((e) => e.toStatus)).toEqual([
      'pending',
      'scheduled',
      'arrived',
      'on-board',
      'completed',
    ]);
    expect(events.body.filter((e) => e.actorRole === 'driver')).toHaveLength(3);
  });

  it('validates socket reports and answers errors in the socket’s language', async () => {
    const booking = await bookNow();
    const driver = await driverOf(booking);
    const socket = open(driver, 'en');
    await next(socket, 'manifest', () => true);
    const emit = (report: unknown) =>
      new Promise<Ack<BookingView | BreakView>>((resolve) =>
        socket.emit('driver:report', report as never, resolve),
      );
    const unknownAction = await emit({ bookingId: 'nope', action: 'teleport', clientEventId: 'x' });
    expect(unknownAction.ok).toBe(false);
    if (!unknownAction.ok) {
      expect(unknownAction.error.code).toBe('VALIDATION_FAILED');
      expect(unknownAction.error.issues?.map((i) => i.field)).toEqual(['report.action']);
    }
    const bad = await emit({ bookingId: 'nope', action: 'arrived', clientEventId: 'x' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION_FAILED');
      expect(bad.error.issues?.map((i) => i.field)).toEqual(
        expect.arrayContaining(['report.bookingId', 'report.clientEventId']),
      );
    }
    const good = await new Promise<Ack<BookingView | BreakView>>((resolve) =>
      socket.emit(
        'driver:report',
        { bookingId: booking.id, action: 'arrived', clientEventId: randomUUID() },
        resolve,
      ),
    );
    expect(good.ok && 'status' in good.data && good.data.status).toBe('arrived');
  });

  it('lets a driver start and end the break of their own shift, once, and nobody else', async () => {
    const username = 'surucu5';
    const driver = await t.login(username);
    const other = await t.login('surucu6');
    const today = async (token: string) =>
      (await t.api<DriverManifests>('GET', '/driver/manifest', { token })).body.shifts[0]!;
    const shift = await today(driver);
    expect(shift.break).toMatchObject({ minutes: 30, startedAt: null, endedAt: null });
    const tap = (token: string, action: string, clientEventId = randomUUID()) =>
      t.api<BreakView & { error?: { code: string } }>('POST', '/driver/reports', {
        token,
        body: { shiftId: shift.shiftId, action, clientEventId },
      });

    // Another driver's tap on this shift: no such shift for them, and nothing changes.
    expect((await tap(other, 'break-started')).status).toBe(404);
    expect((await today(driver)).break?.startedAt).toBeNull();
    // Ending a break that never started is refused.
    const early = await tap(driver, 'break-ended');
    expect(early.status).toBe(409);
    expect(early.body.error?.code).toBe('BREAK_NOT_ALLOWED');

    const socket = open(driver);
    await next(socket, 'manifest', (m) => m.shifts.some((s) => s.shiftId === shift.shiftId));
    const pushed = next(socket, 'manifest', (m) =>
      m.shifts.some((s) => s.shiftId === shift.shiftId && s.break?.startedAt),
    );
    const id = randomUUID();
    const started = await tap(driver, 'break-started', id);
    expect(started.status).toBe(200);
    expect(started.body.breakStartedAt).not.toBeNull();
    // The driver's screen gets the break, and the route a stop for it.
    const live = (await pushed).shifts.find((s) => s.shiftId === shift.shiftId)!;
    expect(live.break?.startedAt).toBe(started.body.breakStartedAt);
    expect(live.stops.filter((s) => s.kind === 'break')).toHaveLength(1);
    // The same tap resent, or a second start, changes nothing.
    expect((await tap(driver, 'break-started', id)).body).toEqual(started.body);
    expect((await tap(driver, 'break-started')).body).toEqual(started.body);

    const ended = await new Promise<Ack<BookingView | BreakView>>((resolve) =>
      socket.emit(
        'driver:report',
        { shiftId: shift.shiftId, action: 'break-ended', clientEventId: randomUUID() },
        resolve,
      ),
    );
    expect(ended.ok).toBe(true);
    if (!ended.ok || !('shiftId' in ended.data)) throw new Error('expected the break back');
    expect(ended.data.breakStartedAt).toBe(started.body.breakStartedAt);
    expect(Date.parse(ended.data.breakEndedAt!)).toBeGreaterThanOrEqual(
      Date.parse(ended.data.breakStartedAt!),
    );
    expect((await tap(driver, 'break-ended')).body).toEqual(ended.data);
    expect((await today(driver)).break).toMatchObject({
      startedAt: ended.data.breakStartedAt,
      endedAt: ended.data.breakEndedAt,
    });
    // The other driver's own shift is untouched.
    expect((await today(other)).break?.startedAt).toBeNull();
  });
});
