import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientToServerEvents, ServerToClientEvents } from '../../src/realtime/events.js';
import type { ShiftAroundNow } from '../support/fleet-now.js';
import { onlyThisCar, wheelchairRide } from './driver-support.js';
import {
  expectAccessible,
  openOperator,
  type Suite,
  screenshots,
  startSuite,
  stopSuite,
} from './operator-support.js';

/*
 * The dispatcher's live map at the real hour: a car on shift now, a ride
 * booked on it, and its driver's phone played by the test over the socket
 * (positions as the app sends them). The operator sees the car move on the
 * map, its next stop, and — once it is far away — the late mark and the
 * alert read out in the alerts list.
 */

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let suite: Suite;
let car: ShiftAroundNow;
let driver: Client | undefined;

// Gültepe, near the pickup; then Gebze, some 50 km west: from there the pickup is late.
const NEAR = { lat: 40.7702, lng: 29.9326 };
const ALSO_NEAR = { lat: 40.7641, lng: 29.9502 };
const FAR = { lat: 40.8027, lng: 29.4307 };

describe('the dispatcher’s live map', () => {
  beforeAll(async () => {
    suite = await startSuite();
    car = await onlyThisCar(suite);
  });
  afterAll(async () => {
    driver?.disconnect();
    await stopSuite(suite);
  });

  /** A fix as the driver's app sends it; `secondsAgo` steps past the server's throttle. */
  const send = (fix: { lat: number; lng: number }, secondsAgo: number) =>
    new Promise<boolean>((resolve) =>
      driver!.emit(
        'driver:position',
        { ...fix, at: new Date(Date.now() - secondsAgo * 1000).toISOString() },
        (ack) => resolve(ack.ok && ack.data.accepted),
      ),
    );

  it('shows the car moving with its next stop, marks it late and alerts the operator', async () => {
    const ride = await wheelchairRide(suite, 'Harita Yolcusu', { asap: true });
    const page = await openOperator(suite);
    const section = page.getByRole('region', { name: 'Canlı harita' });
    // The list beside the map: the keyboard's and the screen reader's way to the cars.
    const row = section.getByRole('listitem').filter({ hasText: car.plate }).getByRole('button');
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('konum yok');

    driver = connect(suite.app.url, {
      auth: { token: await suite.app.login(car.username, car.password) },
      transports: ['websocket'],
    });
    await new Promise((resolve) => driver!.once('connect', () => resolve(undefined)));
    expect(await send(NEAR, 60)).toBe(true);

    const marker = section.locator('.leaflet-marker-icon', { hasText: car.plate });
    await marker.waitFor();
    await expect.poll(() => row.textContent()).toMatch(/konum \d\d:\d\d/);
    await expect.poll(() => row.textContent()).toContain('Sıradaki: ');
    const before = await marker.boundingBox();

    expect(await send(ALSO_NEAR, 30)).toBe(true);
    await expect
      .poll(async () => {
        const after = await marker.boundingBox();
        return Math.hypot((after?.x ?? 0) - before!.x, (after?.y ?? 0) - before!.y);
      })
      .toBeGreaterThan(5);

    // A click on the car shows its manifest: the ride's pickup is its next stop.
    await marker.click();
    const manifest = section.getByRole('region', {
      name: new RegExp(`${car.plate}.*kalan duraklar`),
    });
    await expect
      .poll(() => manifest.getByRole('listitem').first().textContent())
      .toContain('Alış · Harita Yolcusu');
    await expectAccessible(page, 'fleet-map');
    await screenshots(page, 'fleet-map');

    // Gebze: the pickup cannot be reached in its window any more.
    expect(await send(FAR, 0)).toBe(true);
    await row.getByText('Geç kalacak').waitFor();
    await expect
      .poll(() => section.locator('.yoldas-vehicle.is-late', { hasText: car.plate }).count())
      .toBe(1);
    const alerts = page.getByRole('region', { name: 'Uyarılar' });
    await alerts
      .getByText(new RegExp(`${car.plate}: Harita Yolcusu alışına geç kalacak`))
      .waitFor();
    expect(await alerts.locator('[aria-live="polite"]').count()).toBe(1);

    // The service filter hides a car that does not serve Anne Taksi.
    await section.getByLabel('Haritada hizmet').selectOption('anne-taksi');
    await expect.poll(() => row.count()).toBe(0);
    await section.getByLabel('Haritada hizmet').selectOption('engelsiz-taksi');
    await row.waitFor();

    await expectAccessible(page, 'fleet-late');
    await screenshots(page, 'fleet-late');
    expect(ride.status).toBe('scheduled');
  });
});
