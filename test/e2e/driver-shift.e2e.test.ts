import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
import type { ShiftAroundNow } from '../support/fleet-now.js';
import { onlyThisCar, openDriver, phone, stopCard, wheelchairRide } from './driver-support.js';
import {
  expectAccessible,
  SHOTS_DIR,
  type Suite,
  settled,
  startSuite,
  stopSuite,
  ZONE,
} from './operator-support.js';
import { takeScreenshot } from './shot.js';

/*
 * A driver's shift on the phone, at the real hour: two rides and a break,
 * every action in its order (arrived, picked up, dropped off), each stop with
 * its own state, tomorrow's ride to read but not to mark, a tap made in a dead
 * spot recorded once, and the app that keeps its session when the tab closes
 * and opens with no connection at all.
 */

let suite: Suite;
let car: ShiftAroundNow;

async function shot(page: Page, name: string, options: { spinning?: boolean } = {}) {
  // A queued tap's spinner never stops: then the picture is taken as it is.
  if (!options.spinning) await settled(page);
  await takeScreenshot(page, { path: join(SHOTS_DIR, `${name}-390.png`), fullPage: true });
}

/** Resolves in the page once its service worker is active (then it controls a reload). */
const swReady = () =>
  (
    globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }
  ).navigator.serviceWorker.ready.then(() => undefined);

describe('the driver’s shift on the phone', () => {
  beforeAll(async () => {
    suite = await startSuite();
    car = await onlyThisCar(suite);
  });
  afterAll(() => stopSuite(suite));

  it('drives two rides and a break in order; tomorrow’s stop is read-only; a tap offline counts once', async () => {
    const { app } = suite;
    const now = DateTime.now().setZone(ZONE);
    // Tomorrow the same driver works the same car from noon.
    const tomorrowNoon = now.plus({ days: 1 }).set({ hour: 12, minute: 0, second: 0 });
    const shift = await app.api('POST', '/shifts', {
      token: suite.admin,
      body: {
        driverId: car.driverId,
        vehicleId: car.vehicleId,
        startsAt: tomorrowNoon.toISO(),
        endsAt: tomorrowNoon.plus({ hours: 8 }).toISO(),
      },
    });
    expect(shift.status, JSON.stringify(shift.body)).toBe(201);
    const first = await wheelchairRide(suite, 'Ayşe Birinci', { asap: true });
    const second = await wheelchairRide(suite, 'Fatma İkinci', { asap: true });
    const later = await wheelchairRide(suite, 'Hasan Yarın', {
      pickupAt: tomorrowNoon.plus({ hours: 2 }).toISO()!,
    });
    for (const b of [first, second, later]) expect(b.planned!.vehicle.plate).toBe(car.plate);

    const context = await phone(suite);
    const page = await openDriver(context, app.url, car);
    // Near midnight an ASAP ride can fall on tomorrow's manifest: then both pages are "today" by the rule.
    const sameDay = (b: BookingView) =>
      DateTime.fromISO(b.planned!.pickupAt, { zone: ZONE }).toISODate() === now.toISODate();
    expect(sameDay(first) && sameDay(second), 'both rides on today’s page').toBe(true);

    const pickupA = stopCard(page, 'Alış', 'Ayşe Birinci');
    const dropoffA = stopCard(page, 'Bırakış', 'Ayşe Birinci');
    await pickupA.waitFor();
    // The first step only: "arrived"; no pickup, no no-show before the driver is at the door.
    expect(
      await pickupA
        .getByRole('button')
        .filter({ hasText: /^Vardım$/ })
        .count(),
    ).toBe(1);
    expect(await pickupA.getByRole('button', { name: 'Yolcu alındı' }).count()).toBe(0);
    expect(await pickupA.getByRole('button', { name: 'Yolcu gelmedi' }).count()).toBe(0);
    expect(await dropoffA.getByRole('button', { name: 'Yolcu bırakıldı' }).count()).toBe(0);
    // On shift, the driver is told the position is sent, and dispatch sees the car where the phone is.
    await page.getByText(/konumunuz her 10 saniyede bir merkeze gönderilir/).waitFor();
    await expect
      .poll(
        async () => {
          const live = await app.api<{ shiftId: string; position: { lat: number } | null }[]>(
            'GET',
            '/fleet/live',
            { token: suite.operator },
          );
          return live.body.find((v) => v.shiftId === car.shiftId)?.position?.lat;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(40.7654);
    await expectAccessible(page, 'driver shift start');
    await shot(page, 'driver-shift-start');

    // Tomorrow's ride: everything to read, nothing to tap.
    await page.getByText('Yarın', { exact: true }).click();
    const tomorrowCard = stopCard(page, 'Alış', 'Hasan Yarın');
    await tomorrowCard.getByText(/gününün işi; o gün işaretlenir/).waitFor();
    expect(await tomorrowCard.getByRole('button', { name: 'Vardım' }).count()).toBe(0);
    await expectAccessible(page, 'driver tomorrow');
    await shot(page, 'driver-tomorrow-read-only');
    await page.getByText('Bugün', { exact: true }).click();

    await pickupA.getByRole('button', { name: 'Vardım' }).click();
    await pickupA.getByText('Kapıdasınız').waitFor();
    // The drop-off card keeps its own state: not the pickup's "arrived".
    await dropoffA.getByText('Sırada').waitFor();
    expect(await dropoffA.getByText('Kapıdasınız').count()).toBe(0);
    // A no-show only once the waiting time at the door is over: the button waits, disabled.
    await pickupA.getByText(/Yolcu gelmezse \d\d:\d\d itibarıyla/).waitFor();
    expect(await pickupA.getByRole('button', { name: 'Yolcu gelmedi' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'driver at the door');
    await shot(page, 'driver-at-the-door');

    // A dead spot while picking up: the tap waits, goes out when the network is back, once.
    await context.setOffline(true);
    await page.getByText('Bağlantı yok', { exact: true }).waitFor();
    await pickupA.getByRole('button', { name: 'Yolcu alındı' }).click();
    const queued = page.getByText(/^1 bildirim gönderilmeyi bekliyor/);
    await queued.waitFor();
    await shot(page, 'driver-offline-tap', { spinning: true });
    await context.setOffline(false);
    await queued.waitFor({ state: 'detached' });
    await pickupA.getByText('Alındı', { exact: true }).waitFor();

    await dropoffA.getByRole('button', { name: 'Yolcu bırakıldı' }).click();
    await dropoffA.getByText('Bırakıldı', { exact: true }).waitFor();

    // The break between the rides: a stop of its own, started and ended.
    await page.getByRole('button', { name: 'Mola başlat' }).click();
    await page.getByText(/^Moladasınız/).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Mola' }).first().waitFor();
    await page.getByRole('button', { name: 'Molayı bitir' }).click();
    await page.getByText(/^Mola alındı/).waitFor();

    const pickupB = stopCard(page, 'Alış', 'Fatma İkinci');
    const dropoffB = stopCard(page, 'Bırakış', 'Fatma İkinci');
    await pickupB.getByRole('button', { name: 'Vardım' }).click();
    await pickupB.getByRole('button', { name: 'Yolcu alındı' }).click();
    await pickupB.getByText('Alındı', { exact: true }).waitFor();
    await dropoffB.getByRole('button', { name: 'Yolcu bırakıldı' }).click();
    await dropoffB.getByText('Bırakıldı', { exact: true }).waitFor();
    await expectAccessible(page, 'driver shift done');
    await shot(page, 'driver-shift-done');

    // The office sees both rides completed; the tap made offline is recorded once.
    for (const ride of [first, second]) {
      const seen = await app.api<BookingView>('GET', `/bookings/${ride.id}`, {
        token: suite.operator,
      });
      expect(seen.body.status).toBe('completed');
    }
    const events = await app.api<{ type: string }[]>('GET', `/bookings/${first.id}/events`, {
      token: suite.operator,
    });
    expect(events.body.filter((e) => e.type === 'picked-up')).toHaveLength(1);
    expect(events.body.map((e) => e.type)).toEqual(
      expect.arrayContaining(['arrived', 'picked-up', 'dropped-off']),
    );
    const stillTomorrow = await app.api<BookingView>('GET', `/bookings/${later.id}`, {
      token: suite.operator,
    });
    expect(stillTomorrow.body.status).toBe('scheduled');

    // The tab closes; the app opened again is still logged in for the shift.
    await page.evaluate(swReady);
    await page.close();
    const reopened = await context.newPage();
    reopened.setDefaultTimeout(10_000);
    await reopened.goto(`${app.url}/driver/`);
    await stopCard(reopened, 'Bırakış', 'Fatma İkinci').getByText('Bırakıldı').waitFor();
    expect(await reopened.getByLabel('Parola').count()).toBe(0);

    // No connection at all: the app still opens, with the list the phone kept.
    await reopened.evaluate(swReady);
    await context.setOffline(true);
    await reopened.reload();
    await reopened.getByText(/^Bağlantı yok: \d\d:\d\d itibarıyla kaydedilen liste/).waitFor();
    await stopCard(reopened, 'Alış', 'Ayşe Birinci').getByText('Alındı').waitFor();
    await expectAccessible(reopened, 'driver offline reopened');
    await shot(reopened, 'driver-offline-reopened');
    await context.setOffline(false);
    await context.close();
  });

  it('is an installable web app: a manifest with icons and a service worker for /driver/', async () => {
    const res = await fetch(`${suite.app.url}/driver/manifest.webmanifest`);
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as {
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({
      start_url: '/driver/',
      scope: '/driver/',
      display: 'standalone',
    });
    for (const icon of manifest.icons) {
      const png = await fetch(`${suite.app.url}${icon.src}`);
      expect(png.headers.get('content-type')).toBe('image/png');
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    const sw = await fetch(`${suite.app.url}/driver/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
  });
});
