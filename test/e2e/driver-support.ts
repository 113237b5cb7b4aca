import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
import { eligibleCitizen, type ShiftAroundNow, shiftsAroundNow } from '../support/fleet-now.js';
import { type Suite, ZONE } from './operator-support.js';

/*
 * What the driver's browser stories share: a car of their own whose shift
 * runs around now (the demo fleet's shifts are called off, so every ride
 * goes to it), rides booked as the office would, and the driver's phone.
 */

export const RAMP_CAR = {
  label: 'Rampalı (vardiya)',
  seats: 3,
  wheelchairPlaces: 1,
  hasRamp: true,
  serviceIds: ['engelsiz-taksi'],
};

/** Only `car` works now: the demo fleet's shifts are called off (the story's setting, not its subject). */
export async function onlyThisCar(suite: Suite): Promise<ShiftAroundNow> {
  const [car] = await shiftsAroundNow(suite.app, suite.admin, [RAMP_CAR], { hoursAfter: 6 });
  await suite.app.database.db.query('UPDATE shifts SET cancelled = true WHERE id <> $1', [
    car!.shiftId,
  ]);
  return car!;
}

/** A wheelchair ride for a new citizen, as soon as possible or at `pickupAt`. */
export async function wheelchairRide(
  suite: Suite,
  name: string,
  when: { asap: true } | { pickupAt: string },
): Promise<BookingView> {
  const citizen = await eligibleCitizen(suite.app, suite.operator, suite.admin, name, [
    'engelsiz-taksi',
  ]);
  const res = await suite.app.api<BookingView>('POST', '/bookings', {
    token: suite.operator,
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

/** A phone (390 px) in İzmit's time zone, with the map tiles refused (no internet here). */
export async function phone(suite: Suite): Promise<BrowserContext> {
  const context = await suite.browser.newContext({
    locale: 'tr-TR',
    timezoneId: ZONE,
    viewport: { width: 390, height: 844 },
    bypassCSP: true,
    geolocation: { latitude: 40.7654, longitude: 29.9408 },
    permissions: ['geolocation'],
  });
  await context.route('https://tile.openstreetmap.org/**', (route) => route.abort());
  return context;
}

/** The driver's page, logged in, connected. */
export async function openDriver(
  context: BrowserContext,
  url: string,
  car: { username: string; password: string },
): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${url}/driver/`);
  await page.getByLabel('Kullanıcı adı').fill(car.username);
  await page.getByLabel('Parola').fill(car.password);
  await page.getByRole('button', { name: 'Giriş yap' }).click();
  await page.getByText('Bağlı', { exact: true }).waitFor();
  return page;
}

/** The card of one stop: its kind (Alış, Bırakış) and the passenger's name. */
export function stopCard(page: Page, kind: 'Alış' | 'Bırakış', name: string) {
  return page.getByRole('listitem').filter({ hasText: kind }).filter({ hasText: name });
}
