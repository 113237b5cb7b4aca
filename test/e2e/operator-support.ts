import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
import { startTestService, type TestService } from '../support/service-harness.js';
import { takeScreenshot } from './shot.js';

/*
 * What the operator-console browser suites share: one service (demo data,
 * in-memory PGlite, the test Redis) and one Chromium per file, shifts made
 * around the real current time, axe-core on every screen, screenshots at a
 * phone's and a desk's width into test/e2e/screenshots (git-ignored).
 */

export const ZONE = 'Europe/Istanbul';
export const SHOTS_DIR = join(import.meta.dirname, 'screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Suite {
  app: TestService;
  browser: Browser;
  admin: string;
  operator: string;
}

export async function startSuite(): Promise<Suite> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const [app, browser] = await Promise.all([
    startTestService('pglite', { SEED_DEMO_DATA: 'true' }, { webDir: inject('webDir') }),
    chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--disable-dev-shm-usage',
      ],
    }),
  ]);
  return { app, browser, admin: await app.login('admin'), operator: await app.login('operator') };
}

export async function stopSuite(suite: Suite | undefined): Promise<void> {
  await suite?.browser.close();
  await suite?.app.close();
}

/** A local date in İzmit, `days` from today. */
export function izmitDate(days = 0, from = Date.now()): string {
  return new Date(from + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: ZONE });
}

/** 2026-11-27 → 27.11.2026, as the operator types it. */
export const dmy = (iso: string) => iso.split('-').reverse().join('.');

/** The local date and HH:mm in İzmit of an instant, as the form takes them. */
export function izmitParts(at: number): { date: string; time: string } {
  return { date: izmitDate(0, at), time: izmitTime(at) };
}

/** The local HH:mm in İzmit of an instant. */
export function izmitTime(at: number): string {
  return new Date(at).toLocaleTimeString('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

let plates = 0;
/**
 * A vehicle able to carry anyone (seats, wheelchair places, infant seats, a
 * ramp), its driver and a shift from `startsAt` to `endsAt`, made through
 * the admin API as an office would. Around "now", the shift crosses midnight
 * when the test runs late in the evening.
 */
export async function vehicleWithShift(
  suite: Suite,
  startsAt: number,
  endsAt: number,
  serviceIds = ['anne-taksi', 'engelsiz-taksi', 'asi-ulasim'],
): Promise<{ plate: string; vehicleId: string; shiftId: string }> {
  const { app, admin } = suite;
  plates += 1;
  const tag = `${(process.pid % 900) + 100}${plates}`.slice(0, 5);
  const plate = `41 T ${tag}`;
  const vehicle = await app.api<{ id: string; plate: string }>('POST', '/vehicles', {
    token: admin,
    body: {
      plate,
      label: `Test aracı ${tag}`,
      seats: 4,
      wheelchairPlaces: 2,
      infantSeats: 2,
      hasRamp: true,
      depot: { placeId: 'sosyal-destek-garaji' },
      serviceIds,
    },
  });
  expect(vehicle.status, JSON.stringify(vehicle.body)).toBe(201);
  const driver = await app.api<{ id: string }>('POST', '/drivers', {
    token: admin,
    body: {
      fullName: `Sürücü ${tag}`,
      phone: `0532 555 ${tag.padStart(4, '0').slice(-4)}`,
      username: `surucu-t${tag}`,
      password: 'test-surucu-parola',
    },
  });
  expect(driver.status, JSON.stringify(driver.body)).toBe(201);
  const shift = await app.api<{ id: string }>('POST', '/shifts', {
    token: admin,
    body: {
      driverId: driver.body.id,
      vehicleId: vehicle.body.id,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(endsAt).toISOString(),
    },
  });
  expect(shift.status, JSON.stringify(shift.body)).toBe(201);
  return { plate: vehicle.body.plate, vehicleId: vehicle.body.id, shiftId: shift.body.id };
}

/** A citizen registered by the office, eligible for `services` from yesterday for a year. */
export async function citizen(
  suite: Suite,
  fullName: string,
  homePlaceId: string,
  services: string[],
  mobility: 'none' | 'walking-aid' | 'manual-wheelchair' | 'electric-wheelchair' = 'none',
): Promise<{ id: string; fullName: string }> {
  const phone = `0555 ${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const res = await suite.app.api<{ id: string; fullName: string }>('POST', '/citizens', {
    token: suite.admin,
    body: {
      fullName,
      phone,
      mobility,
      home: { placeId: homePlaceId },
      eligibility: services.map((serviceId) => ({
        serviceId,
        validFrom: izmitDate(-1),
        validUntil: izmitDate(365),
        basis: 'Test raporu',
      })),
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

export async function openOperator(
  suite: Suite,
  width = 1280,
  user = ['operator', 'yoldas-operator'],
  options: { clock?: boolean } = {},
): Promise<Page> {
  const context = await suite.browser.newContext({
    locale: 'tr-TR',
    timezoneId: ZONE,
    viewport: { width, height: 900 },
    // The service's CSP allows only its own scripts; axe-core is injected inline by the test.
    bypassCSP: true,
  });
  // The page's clock, to move it forward (a ride turning late) while the server keeps real time.
  if (options.clock) await context.clock.install();
  // No internet here: the address picker's map tiles (OpenStreetMap by default) are refused at once.
  await context.route('https://tile.openstreetmap.org/**', (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${suite.app.url}/operator/`);
  await page.getByLabel('Kullanıcı adı').fill(user[0]!);
  await page.getByLabel('Parola').fill(user[1]!);
  await page.getByRole('button', { name: 'Giriş yap' }).click();
  await page.getByText('Bağlı', { exact: true }).waitFor();
  return page;
}

/**
 * Waits until no transition runs: a dialog fading in is half transparent, and
 * axe would measure the contrast of its text against what shows through.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
      .getAnimations()
      .every((a) => a.playState !== 'running'),
  );
}

/** axe-core on the page as it is: no WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              help: string;
              nodes: { target: string[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}) ${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    );
  });
  expect(violations, `axe on ${name}`).toEqual([]);
}

/**
 * The page at a phone's width (390 px) and a desk's (1280 px): full length,
 * or the screen as seen while a dialog or drawer is open (a full-length
 * picture would show its fixed overlay somewhere down the page).
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  const overlay = (await page.getByRole('dialog').count()) > 0;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: overlay ? 844 : 900 });
    await settled(page);
    await takeScreenshot(page, {
      path: join(SHOTS_DIR, `${name}-${width}.png`),
      fullPage: !overlay,
    });
  }
  await page.setViewportSize(size);
}

/** Picks a citizen by name in the call form. */
export async function pickCitizen(page: Page, query: string, fullName: string) {
  await page.getByLabel('Vatandaş ara (ad, telefon, TC)').fill(query);
  await page.getByRole('button', { name: `${fullName} seç` }).click();
}

/** Chooses a gazetteer place in the "from" or "to" field by typing part of its name. */
export async function choosePlace(
  page: Page,
  field: 'Alış yeri' | 'Varış yeri',
  typed: string,
  name: string,
) {
  await page.getByRole('combobox', { name: field }).fill(typed);
  await page.getByRole('option', { name }).click();
}

/** Types a 24-hour time into a time field (hours, then minutes). */
export async function typeTime(page: Page, label: string | RegExp, time: string) {
  const hours = page
    .getByRole('spinbutton', { name: typeof label === 'string' ? `${label}: saat` : label })
    .first();
  await hours.click();
  await page.keyboard.type(time.replace(':', ''));
}

/** Types a Turkish date (27.11.2026) into a date field. */
export async function typeDate(page: Page, label: string, isoDate: string) {
  const input = page.getByRole('textbox', { name: label }).first();
  await input.fill(dmy(isoDate));
  await input.press('Escape');
}

/** A booking made through the API as the office's operator would (the story's setting, not its subject). */
export async function bookRide(suite: Suite, body: Record<string, unknown>): Promise<BookingView> {
  const res = await suite.app.api<BookingView>('POST', '/bookings', {
    token: suite.operator,
    body,
    headers: { 'Idempotency-Key': `e2e-${randomUUID()}` },
  });
  expect([201, 202], JSON.stringify(res.body)).toContain(res.status);
  return res.body;
}

/** Turns the day's board to a local date (typed as dd.mm.yyyy). */
export async function showDay(page: Page, isoDate: string): Promise<void> {
  const day = page.getByRole('textbox', { name: /^Gün/ });
  await day.fill(dmy(isoDate));
  await day.press('Escape');
}
