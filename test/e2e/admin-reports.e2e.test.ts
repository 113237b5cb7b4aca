import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlace } from '../../src/domain/places/izmit-gazetteer.js';
import {
  expectAccessible,
  izmitDate,
  SHOTS_DIR,
  type Suite,
  startSuite,
  stopSuite,
} from './operator-support.js';
import { takeScreenshot } from './shot.js';

/*
 * The supervisor reads the year's figures at /admin/reports in Chromium:
 * sentences to paste, tables, charts and the map; narrows to a month and a
 * custom period typed the Turkish way; the print layout hides the controls.
 * Rides are written on 15 January of the current year (before or after
 * today, the year's report counts them). axe-core; 375 px and desktop.
 */

let suite: Suite;
const YEAR = Number(izmitDate(0).slice(0, 4));
const DAY = `${YEAR}-01-15`;

async function seedRides(): Promise<void> {
  const db = suite.app.database.db;
  const [op] = await db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'operator'`);
  const citizens = (
    await db.query<{ id: string }>('SELECT id FROM citizens ORDER BY created_at, id LIMIT 3')
  ).map((c) => c.id);
  const rides = [
    { place: 'gultepe-mah', status: 'completed', citizen: 0 },
    { place: 'yahya-kaptan-mah', status: 'completed', citizen: 1 },
    { place: 'eseler-koy', status: 'completed', citizen: 2 },
    { place: 'eseler-koy', status: 'cancelled', citizen: 2 },
    { place: 'cedit-mah', status: 'refused', citizen: 0 },
  ];
  const to = findPlace('kocaeli-devlet-hastanesi')!;
  for (const [i, ride] of rides.entries()) {
    const from = findPlace(ride.place)!;
    const start = new Date(`${DAY}T${String(6 + i).padStart(2, '0')}:00:00Z`);
    await db.query(
      `INSERT INTO bookings (id, service_id, citizen_id, status, pickup_place_id, pickup_label, pickup_lat,
         pickup_lng, dropoff_place_id, dropoff_label, dropoff_lat, dropoff_lng, requested_pickup_at,
         pickup_window_start, pickup_window_end, planned_pickup_at, planned_dropoff_at, refusal_reason,
         service_date, created_by)
       VALUES ($1, 'anne-taksi', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12,
         $12::timestamptz + interval '20 minutes', $12, $12::timestamptz + interval '25 minutes', $13, $14, $15)`,
      [
        randomUUID(),
        citizens[ride.citizen],
        ride.status,
        from.id,
        from.name,
        from.lat,
        from.lng,
        to.id,
        to.name,
        to.lat,
        to.lng,
        start,
        ride.status === 'refused' ? 'no-vehicle' : null,
        DAY,
        op!.id,
      ],
    );
  }
}

async function shots(page: Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    await takeScreenshot(page, { path: join(SHOTS_DIR, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('reports: the directorate’s figures at /admin/reports', () => {
  beforeAll(async () => {
    suite = await startSuite();
    await seedRides();
  });
  afterAll(() => stopSuite(suite));

  it('shows the year’s sentences, tables, charts and map to a supervisor, filtered and printable', async () => {
    const context = await suite.browser.newContext({
      locale: 'tr-TR',
      timezoneId: 'Europe/Istanbul',
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${suite.app.url}/admin/reports`);
    await page.getByLabel('Kullanıcı adı').fill('supervisor');
    await page.getByLabel('Parola').fill('yoldas-supervisor');
    await page.getByRole('button', { name: 'Giriş yap' }).click();
    await page.getByRole('heading', { name: /^Raporlar/ }).waitFor();

    const sentences = page.getByTestId('sentences');
    await sentences.getByText(`${YEAR}'`, { exact: false }).first().waitFor();
    const lines = await sentences.getByRole('listitem').allInnerTexts();
    expect(lines[0]).toMatch(
      new RegExp(`^${YEAR}'(de|da|te|ta) 3 anne Anne Taksi'yi kullandı\\.$`),
    );
    expect(lines).toContain("2 mahalle ve 1 köyden 3 vatandaş Anne Taksi'yi kullandı.");
    await page.getByRole('button', { name: 'Kopyala' }).click();
    await page.getByText('Kopyalandı').waitFor();
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      ),
    ).toContain('3 anne');

    await page.getByRole('cell', { name: 'Eseler Köyü' }).waitFor();
    await page.getByRole('region', { name: /Yolculukların başladığı/ }).waitFor();
    await page.getByText('Hizmete göre tamamlanan', { exact: false }).waitFor();
    await expectAccessible(page, 'reports year');
    await shots(page, 'admin-reports-year');

    // January of this year, then a custom period typed as 01.01–31.01.
    await page.getByText('Ay', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Ay' }).click();
    await page.getByRole('option', { name: 'Ocak' }).click();
    await page.getByRole('button', { name: 'Göster' }).click();
    await sentences.getByText(`Ocak ${YEAR}'`, { exact: false }).first().waitFor();

    await page.getByText('Özel', { exact: true }).click();
    for (const [label, date] of [
      ['Başlangıç', `01.01.${YEAR}`],
      ['Bitiş', `31.01.${YEAR}`],
    ] as const) {
      const field = page.getByRole('textbox', { name: label, exact: true });
      await field.fill(date);
      await field.press('Tab');
    }
    await page.getByRole('button', { name: 'Göster' }).click();
    await sentences
      .getByText(`1 Ocak ${YEAR} – 31 Ocak ${YEAR} arasında`, { exact: false })
      .first()
      .waitFor();
    await expectAccessible(page, 'reports custom period');

    // English, and the print layout without the controls.
    await page.getByText('English').click();
    await page.getByRole('heading', { name: /^Reports/ }).waitFor();
    await sentences.getByText('3 mothers used Mother Taxi', { exact: false }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Show' }).isVisible()).toBe(false);
    expect(await page.getByRole('table').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });

  it('turns an operator away', async () => {
    const context = await suite.browser.newContext({ locale: 'tr-TR' });
    const page = await context.newPage();
    await page.goto(`${suite.app.url}/admin/reports/`);
    await page.getByLabel('Kullanıcı adı').fill('operator');
    await page.getByLabel('Parola').fill('yoldas-operator');
    await page.getByRole('button', { name: 'Giriş yap' }).click();
    await page.getByRole('alert').getByText('Raporları yalnız yöneticiler').waitFor();
    await context.close();
  });
});
