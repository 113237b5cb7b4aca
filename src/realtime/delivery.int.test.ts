import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS } from '../../test/support/database.js';
import {
  eligibleCitizen,
  type ShiftAroundNow,
  shiftsAroundNow,
} from '../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../test/support/service-harness.js';
import type { BookingView } from '../features/bookings/bookings.schema.js';
import type { DriverManifests } from '../features/dispatch/manifest.js';
import type { ClientToServerEvents, FleetAlert, ServerToClientEvents } from './events.js';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const ZONE = 'Europe/Istanbul';

/*
 * Acknowledged delivery across processes: two API processes (each its own
 * Socket.IO server) and a worker share Redis and the database. Every manifest
 * push carries the next version; the app acknowledges; what it has not
 * acknowledged is sent again and, past a limit, the operators are alerted; on
 * reconnect the app gets what it missed, once.
 */
describe.each(DIALECTS)('manifest delivery across two API processes, on %s', (dialect) => {
  let apiA: TestService;
  let apiB: TestService;
  let worker: TestService;
  let car: ShiftAroundNow;
  let driverToken: string;
  let operator: string;
  let admin: string;
  const sockets: Client[] = [];

  beforeAll(async () => {
    const database = await createTestDatabase(dialect);
    const redisPrefix = `t${randomBytes(4).toString('hex')}`;
    const env = { MANIFEST_RESEND_SECONDS: '1', MANIFEST_ALERT_AFTER_SENDS: '3' };
    worker = await startTestService(dialect, { ...env, ROLE: 'worker' }, { database, redisPrefix });
    apiA = await startTestService(dialect, { ...env, ROLE: 'api' }, { database, redisPrefix });
    apiB = await startTestService(dialect, { ...env, ROLE: 'api' }, { database, redisPrefix });
    admin = await apiB.login('admin');
    operator = await apiB.login('operator');
    [car] = (await shiftsAroundNow(apiB, admin, [
      {
        label: 'Rampalı (teslim)',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi'],
      },
    ])) as [ShiftAroundNow];
    // Only this car works now: every ride of the story is its driver's.
    await database.db.query('UPDATE shifts SET cancelled = true WHERE id <> $1', [car.shiftId]);
    driverToken = await apiA.login(car.username, car.password);
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await apiA?.close();
    await apiB?.close();
    await worker?.close();
    await worker?.database.drop();
  });

  const open = (url: string, token: string, auth: Record<string, unknown> = {}): Client => {
    const socket: Client = connect(url, {
      auth: { token, ...auth },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    return socket;
  };

  /** Every payload of `event` from now on, for looking at later. */
  function record<E extends 'manifest' | 'fleet:alert'>(socket: Client, event: E) {
    const seen: Parameters<ServerToClientEvents[E]>[0][] = [];
    socket.on(event, ((p: Parameters<ServerToClientEvents[E]>[0]) => seen.push(p)) as never);
    return seen;
  }

  async function until<T>(what: string, probe: () => T | undefined, ms = 8000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function ride(name: string): Promise<BookingView> {
    const citizen = await eligibleCitizen(apiB, operator, admin, name, ['engelsiz-taksi']);
    const res = await apiB.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: citizen,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        asap: true,
        wheelchair: 'manual',
      },
    });
    expect(res.body.status, JSON.stringify(res.body)).toBe('scheduled');
    expect(res.body.planned!.vehicle.plate).toBe(car.plate);
    return res.body;
  }

  const dayOf = (b: BookingView) =>
    DateTime.fromISO(b.planned!.pickupAt, { zone: ZONE }).toISODate()!;
  const ack = (socket: Client, date: string, version: number) =>
    new Promise((resolve) => socket.emit('manifest:ack', { date, version }, resolve));

  it('brings a worker’s assignment to a driver on the other API process, versioned, and stops once acknowledged', async () => {
    const driver = open(apiA.url, driverToken);
    const pushes = record(driver, 'manifest');
    // On connect: today's and tomorrow's, never pushed yet (version 0).
    await until('the manifests on connect', () => (pushes.length >= 2 ? true : undefined));
    expect(pushes.map((m) => m.version)).toEqual([0, 0]);

    const booked = await ride('Aylin Teslim');
    // The ride's own day's page (after 23:00 a shift begun today also shows it on today's).
    const live = await until('the assignment', () =>
      pushes.find(
        (m) =>
          m.date === dayOf(booked) &&
          m.shifts.some((s) => s.stops.some((x) => x.bookingId === booked.id)),
      ),
    );
    expect(live.version).toBeGreaterThan(0);
    await ack(driver, live.date, live.version);
    const count = pushes.length;
    // Acknowledged: no resend after three resend periods.
    await new Promise((r) => setTimeout(r, 3000));
    expect(pushes.slice(count).filter((m) => m.date === live.date)).toEqual([]);
    driver.disconnect();
  });

  it('ends a driver offline while jobs changed with exactly the server’s manifest, sent once', async () => {
    const first = open(apiA.url, driverToken);
    const initial = record(first, 'manifest');
    await until('the manifests on connect', () => (initial.length >= 2 ? true : undefined));
    const held = Object.fromEntries(initial.map((m) => [m.date, m.version]));
    for (const m of initial) await ack(first, m.date, m.version);
    first.disconnect();

    // While the phone is away: two rides booked, one of them cancelled.
    const a = await ride('Bora Çevrimdışı');
    const b = await ride('Ceren Çevrimdışı');
    const cancel = await apiB.api('POST', `/bookings/${b.id}/cancel`, {
      token: operator,
      body: { reason: 'vazgeçti' },
    });
    expect(cancel.status).toBe(200);
    const date = dayOf(a);
    const server = await apiB.api<DriverManifests>('GET', `/driver/manifest?date=${date}`, {
      token: driverToken,
    });
    expect(server.body.version).toBeGreaterThan(held[date] ?? 0);

    // Back, on the other API process, saying what it holds.
    const again = open(apiB.url, driverToken, { versions: held });
    // Acknowledged as it arrives, as the app does: else a day sent first is sent again after
    // the resend period (1 s here) while a slow machine is still waiting for the other.
    const missed = record(again, 'manifest');
    again.on('manifest', (m) => void ack(again, m.date, m.version));
    await until('the missed day', () => (missed.length >= 1 ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    // Each day that changed, once, as the server has it (a shift built around now
    // may run past midnight, and then the next day's page changed too).
    const dates = missed.map((m) => m.date);
    expect(dates.filter((d) => d === date)).toHaveLength(1);
    expect(new Set(dates).size).toBe(dates.length);
    const mine = missed.find((m) => m.date === date)!;
    expect(mine).toEqual(server.body);
    const ids = mine.shifts.flatMap((s) => s.stops.map((x) => x.bookingId));
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(b.id);
    again.disconnect();
  });

  it('sends an unacknowledged change again and alerts the operators, then tells them it was seen', async () => {
    const staff = open(apiB.url, operator);
    const alerts = record(staff, 'fleet:alert');
    const driver = open(apiA.url, driverToken);
    const pushes = record(driver, 'manifest');
    await until('the manifests on connect', () => (pushes.length >= 2 ? true : undefined));

    const booked = await ride('Deniz Görmedi');
    const date = dayOf(booked);
    const version = await until('the push', () =>
      pushes.find(
        (m) =>
          m.date === date && m.shifts.some((s) => s.stops.some((x) => x.bookingId === booked.id)),
      ),
    ).then((m) => m.version);
    // The app never acknowledges: the same version comes again, and the operators hear of it.
    const alert = await until('the alert', () =>
      alerts.find(
        (a): a is Extract<FleetAlert, { kind: 'manifest-unseen' }> =>
          a.kind === 'manifest-unseen' && a.version === version && a.date === date,
      ),
    );
    expect(alert).toMatchObject({ driverId: car.driverId, plate: car.plate, date, sends: 3 });
    const resent = pushes.filter((m) => m.date === date && m.version === version);
    expect(resent.length).toBeGreaterThanOrEqual(3);
    expect(
      alerts.filter(
        (a) => a.kind === 'manifest-unseen' && a.version === version && a.date === date,
      ),
    ).toHaveLength(1);

    await ack(driver, date, version);
    await until('the all-clear', () =>
      alerts.find((a) => a.kind === 'manifest-seen' && a.version === version && a.date === date),
    );
    const after = pushes.length;
    await new Promise((r) => setTimeout(r, 2500));
    expect(pushes.slice(after).filter((m) => m.date === date)).toEqual([]);
  });
});
