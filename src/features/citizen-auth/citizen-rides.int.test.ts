import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogger } from '../../../test/fakes/capture-logger.js';
import { citizenLogin } from '../../../test/support/citizen-login.js';
import { DIALECTS } from '../../../test/support/database.js';
import { type ShiftAroundNow, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../realtime/events.js';
import type { BookingView } from '../bookings/bookings.schema.js';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

// Demo citizens: Zeynep (Anne Taksi) books; Elif (Anne Taksi too) must see none of it.
const ZEYNEP = '+905551230001';
const ELIF = '+905551230005';
const NEAR = { lat: 40.7702, lng: 29.9326 };

interface CarView {
  plate: string | null;
  driverFirstName: string | null;
  position: { lat: number; lng: number } | null;
  eta: string | null;
  etaSource: 'gps' | 'plan' | null;
}

describe.each(DIALECTS)('a citizen follows their own ride, on %s', (dialect) => {
  let t: TestService;
  let car: ShiftAroundNow;
  let zeynep: string;
  let elif: string;
  let ride: BookingView;
  const log = captureLogger();
  const sockets: Client[] = [];

  beforeAll(async () => {
    t = await startTestService(dialect, { POSITION_INTERVAL_SECONDS: '1' }, { logger: log.logger });
    const admin = await t.login('admin');
    [car] = (await shiftsAroundNow(t, admin, [
      { label: 'Anne (izlenen)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] },
    ])) as [ShiftAroundNow];
    // Only this car works now: the ride below is its own.
    await t.database.db.query('UPDATE shifts SET cancelled = true WHERE id <> $1', [car.shiftId]);
    zeynep = (await citizenLogin(t, log.records, ZEYNEP)).accessToken;
    elif = (await citizenLogin(t, log.records, ELIF)).accessToken;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  it('books her own ride as soon as possible through the operators’ API and sees the driver by first name only', async () => {
    const me = await t.api<{ citizens: { id: string }[] }>('GET', '/me', { token: zeynep });
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: zeynep,
      body: {
        serviceId: 'anne-taksi',
        citizenId: me.body.citizens[0]!.id,
        pickup: { placeId: 'kocaeli-devlet-hastanesi' },
        dropoff: { placeId: 'gultepe-mah' },
        asap: true,
        infants: 1,
      },
      headers: { 'idempotency-key': 'citizen-ride-0001' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ride = res.body;
    expect(ride.status).toBe('scheduled');
    expect(ride.planned?.driverName).toBe('Sürücü');
    expect(ride.createdByName).toBe('');
    const again = await t.api<BookingView>('GET', `/me/rides/${ride.id}`, { token: zeynep });
    expect(again.body.planned?.vehicle.plate).toBe(car.plate);
  });

  it('shows the planned time until the car’s phone sends a position, then the ETA from it', async () => {
    const planned = await t.api<CarView>('GET', `/me/rides/${ride.id}/vehicle`, { token: zeynep });
    expect(planned.body).toMatchObject({
      plate: car.plate,
      driverFirstName: 'Sürücü',
      position: null,
      etaSource: 'plan',
      eta: ride.planned?.pickupAt,
    });
    const driver: Client = connect(t.url, {
      auth: { token: await t.login(car.username, car.password) },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(driver);
    await new Promise((resolve) => driver.on('connect', () => resolve(undefined)));
    const accepted = await new Promise<boolean>((resolve) =>
      driver.emit('driver:position', NEAR, (ack) => resolve(ack.ok && ack.data.accepted)),
    );
    expect(accepted).toBe(true);
    const live = await t.api<CarView>('GET', `/me/rides/${ride.id}/vehicle`, { token: zeynep });
    expect(live.body).toMatchObject({ position: NEAR, etaSource: 'gps' });
    expect(Date.parse(live.body.eta!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('another citizen cannot read, follow or cancel it (as if it did not exist)', async () => {
    for (const path of [
      `/me/rides/${ride.id}`,
      `/me/rides/${ride.id}/vehicle`,
      `/bookings/${ride.id}`,
    ])
      expect((await t.api('GET', path, { token: elif })).status, path).toBe(404);
    const cancel = await t.api('POST', `/me/rides/${ride.id}/cancel`, {
      token: elif,
      body: { reason: 'başkasının yolculuğu' },
    });
    expect(cancel.status).toBe(404);
    const [row] = await t.database.db.query<{ status: string }>(
      'SELECT status FROM bookings WHERE id = $1',
      [ride.id],
    );
    expect(row?.status).toBe('scheduled');
  });

  it('she cancels it; the car is then no longer shown', async () => {
    const res = await t.api<BookingView>('POST', `/me/rides/${ride.id}/cancel`, {
      token: zeynep,
      body: { reason: 'Taburcu ertelendi' },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('cancelled');
    const car = await t.api<CarView>('GET', `/me/rides/${ride.id}/vehicle`, { token: zeynep });
    expect(car.body).toMatchObject({ position: null, eta: null });
    const events = await t.database.db.query<{ actor_role: string }>(
      `SELECT actor_role FROM booking_events WHERE booking_id = $1 AND to_status = 'cancelled'`,
      [ride.id],
    );
    expect(events.map((e) => e.actor_role)).toEqual(['citizen']);
  });
});
