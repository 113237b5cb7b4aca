import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import {
  eligibleCitizen,
  type ShiftAroundNow,
  shiftsAroundNow,
} from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type {
  ClientToServerEvents,
  FleetAlert,
  ServerToClientEvents,
  VehicleLiveView,
} from '../../realtime/events.js';
import type { BookingView } from '../bookings/bookings.schema.js';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const RAMP = { seats: 3, wheelchairPlaces: 1, hasRamp: true, serviceIds: ['engelsiz-taksi'] };
// Gebze, some 50 km west of İzmit: from there no pickup in Gültepe is on time.
const FAR = { lat: 40.8027, lng: 29.4307 };
const NEAR = { lat: 40.7702, lng: 29.9326 };

describe.each(DIALECTS)('where the vehicles are, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let admin: string;
  let car: ShiftAroundNow;
  let later: ShiftAroundNow;
  const sockets: Client[] = [];

  beforeAll(async () => {
    t = await startTestService(dialect, {
      POSITION_INTERVAL_SECONDS: '1',
      POSITION_TRAIL_MINUTES: '10',
    });
    operator = await t.login('operator');
    admin = await t.login('admin');
    [car] = (await shiftsAroundNow(t, admin, [{ label: 'Rampalı (konum)', ...RAMP }])) as [
      ShiftAroundNow,
    ];
    [later] = (await shiftsAroundNow(t, admin, [{ label: 'Rampalı (yarın)', ...RAMP }], {
      day: 'tomorrow',
    })) as [ShiftAroundNow];
    // Only this car works now: the ride below is its own.
    await t.database.db.query('UPDATE shifts SET cancelled = true WHERE id NOT IN ($1, $2)', [
      car.shiftId,
      later.shiftId,
    ]);
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  const open = async (token: string): Promise<Client> => {
    const socket: Client = connect(t.url, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise((resolve) => socket.on('connect', () => resolve(undefined)));
    return socket;
  };
  const send = (socket: Client, fix: { lat: number; lng: number }) =>
    new Promise<boolean>((resolve) =>
      socket.emit('driver:position', fix, (ack) => resolve(ack.ok && ack.data.accepted)),
    );
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('keeps a shift’s positions, throttled, and shows the vehicle moving with its trail', async () => {
    const staff = await open(operator);
    const moves: VehicleLiveView[] = [];
    staff.on('vehicle:position', (v) => moves.push(v));
    const driver = await open(await t.login(car.username, car.password));

    expect(await send(driver, { lat: 40.766, lng: 29.92 })).toBe(true);
    // Sooner than POSITION_INTERVAL_SECONDS: dropped.
    expect(await send(driver, { lat: 40.767, lng: 29.921 })).toBe(false);
    await pause(1100);
    expect(await send(driver, NEAR)).toBe(true);

    await expect.poll(() => moves.filter((m) => m.shiftId === car.shiftId).length).toBe(2);
    const live = await t.api<VehicleLiveView[]>('GET', '/fleet/live', { token: operator });
    const mine = live.body.find((v) => v.shiftId === car.shiftId)!;
    expect(mine.position).toMatchObject(NEAR);
    expect(mine.trail.map((p) => [p.lat, p.lng])).toEqual([
      [40.766, 29.92],
      [NEAR.lat, NEAR.lng],
    ]);
    expect(mine).toMatchObject({ plate: car.plate, serviceIds: ['engelsiz-taksi'] });
    // By service: an Anne Taksi filter leaves the ramp car out.
    const mothers = await t.api<VehicleLiveView[]>('GET', '/fleet/live?serviceId=anne-taksi', {
      token: operator,
    });
    expect(mothers.body.some((v) => v.shiftId === car.shiftId)).toBe(false);
    // Drivers do not read the map.
    expect(
      (await t.api('GET', '/fleet/live', { token: await t.login(car.username, car.password) }))
        .status,
    ).toBe(403);
  });

  it('keeps nothing outside a shift', async () => {
    const driver = await open(await t.login(later.username, later.password));
    expect(await send(driver, NEAR)).toBe(false);
    const rows = await t.database.db.query('SELECT 1 FROM vehicle_positions WHERE driver_id = $1', [
      later.driverId,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('estimates the next stops from the position and tells the operators once when a pickup will be late', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Gecikecek Yolcu', [
      'engelsiz-taksi',
    ]);
    const booked = await t.api<BookingView>('POST', '/bookings', {
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
    expect(booked.body.planned?.vehicle.plate, JSON.stringify(booked.body)).toBe(car.plate);
    const staff = await open(operator);
    const alerts: FleetAlert[] = [];
    staff.on('fleet:alert', (a) => alerts.push(a));
    const driver = await open(await t.login(car.username, car.password));
    await pause(1100);

    // Near the door: on time, with an ETA for each stop ahead.
    expect(await send(driver, NEAR)).toBe(true);
    let live = await t.api<VehicleLiveView[]>('GET', '/fleet/live', { token: operator });
    let mine = live.body.find((v) => v.shiftId === car.shiftId)!;
    const pickup = mine.nextStops.find(
      (s) => s.bookingId === booked.body.id && s.kind === 'pickup',
    )!;
    expect(pickup.eta).not.toBeNull();
    expect(pickup.lateMinutes).toBe(0);
    expect(mine.late).toBe(false);

    // Far away (the app says so): the pickup will be late, and the operators hear of it once.
    await pause(1100);
    expect(await send(driver, FAR)).toBe(true);
    await expect.poll(() => alerts.filter((a) => a.kind === 'late').length).toBe(1);
    expect(alerts.find((a) => a.kind === 'late')).toMatchObject({
      bookingId: booked.body.id,
      plate: car.plate,
      passengerName: 'Gecikecek Yolcu',
    });
    live = await t.api<VehicleLiveView[]>('GET', '/fleet/live', { token: operator });
    mine = live.body.find((v) => v.shiftId === car.shiftId)!;
    expect(mine.late).toBe(true);
    await pause(1100);
    expect(await send(driver, { lat: FAR.lat + 0.001, lng: FAR.lng })).toBe(true);
    await pause(300);
    expect(alerts.filter((a) => a.kind === 'late')).toHaveLength(1);
  });
});
