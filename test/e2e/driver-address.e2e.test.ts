import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_DRIVERS, DEMO_VEHICLES } from '../../src/demo/demo-data.js';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
import { eligibleCitizen, shiftsAroundNow } from '../support/fleet-now.js';
import { startTestService, type TestService } from '../support/service-harness.js';
import { takeScreenshot } from './shot.js';

/*
 * The driver finds the door: a ride booked "as soon as possible" with a door
 * address (at the real hour, on a car that works now) shows on the driver's
 * phone with the full address in large type, the directions, and a button
 * that opens the navigation app.
 */

const ZONE = 'Europe/Istanbul';
const SHOTS = fileURLToPath(new URL('../../test-results/driver-address', import.meta.url));
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let app: TestService;
let browser: Browser;

describe('door address on the driver’s phone', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [app, browser] = await Promise.all([
      startTestService('pglite', {}, { webDir: inject('webDir') }),
      chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the full address, the directions and a geo: navigation link', async () => {
    const operator = await app.login('operator');
    const admin = await app.login('admin');
    const [car] = await shiftsAroundNow(app, admin, [
      {
        label: 'Rampalı (kapı)',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi'],
      },
    ]);
    const citizen = await eligibleCitizen(app, operator, admin, 'Kapı Arayan', ['engelsiz-taksi']);
    const booked = await app.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: citizen,
        pickup: {
          label: 'Kadıköy Mahallesi, İzmit',
          lat: 40.77042,
          lng: 29.93161,
          address: {
            street: 'Cumhuriyet Cad.',
            buildingNo: '12',
            floor: '3',
            flat: '5',
            directions: 'Rampa arka bahçede',
          },
        },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        asap: true,
        wheelchair: 'manual',
      },
    });
    expect(booked.body.status).toBe('scheduled');
    const plate = booked.body.planned!.vehicle.plate;
    const demo = DEMO_DRIVERS[DEMO_VEHICLES.findIndex((v) => v.plate === plate)];
    const [username, password] =
      plate === car!.plate ? [car!.username, car!.password] : [demo!.username, demo!.password];

    const context = await browser.newContext({
      locale: 'tr-TR',
      timezoneId: ZONE,
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.url}/driver/`);
    await page.getByLabel('Kullanıcı adı').fill(username);
    await page.getByLabel('Parola').fill(password);
    await page.getByRole('button', { name: 'Giriş yap' }).click();
    await page.getByText('Bağlı', { exact: true }).waitFor();
    // Near midnight an ASAP pickup can fall on tomorrow's manifest.
    const pickupDay = DateTime.fromISO(booked.body.planned!.pickupAt, { zone: ZONE }).toISODate();
    if (pickupDay !== DateTime.now().setZone(ZONE).toISODate()) {
      await page.getByText('Yarın', { exact: true }).click();
    }

    const line = 'Cumhuriyet Cad. No: 12, Kat 3, Daire 5, Kadıköy Mahallesi, İzmit';
    await page.getByText(line).waitFor();
    await page.getByText('Tarif: Rampa arka bahçede').waitFor();
    const navigate = page.getByRole('link', { name: `Yol tarifi: ${line}` });
    expect(await navigate.getAttribute('href')).toMatch(
      /^geo:40\.77042,29\.93161\?q=40\.77042,29\.93161\(Cumhuriyet%20Cad\./,
    );
    await takeScreenshot(page, { path: join(SHOTS, 'driver-address-390.png'), fullPage: true });

    // axe on the stop card: the rest of the page belongs to other screens' tests.
    await page.addScriptTag({ path: AXE });
    const card = page.getByRole('listitem').filter({ hasText: line });
    const violations = await card.evaluate(async (element) => {
      const axe = (
        globalThis as unknown as {
          axe: { run: (ctx: unknown) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      return (await axe.run(element)).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
