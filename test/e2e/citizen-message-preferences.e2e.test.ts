import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { captureLogger } from '../fakes/capture-logger.js';
import { lastCodeFor } from '../support/citizen-login.js';
import { startTestService } from '../support/service-harness.js';
import {
  expectAccessible,
  izmitDate,
  SHOTS_DIR,
  type Suite,
  settled,
  stopSuite,
  ZONE,
} from './operator-support.js';
import { takeScreenshot } from './shot.js';

/*
 * The citizen's own choice of messages on /request, in Chromium at 375 px:
 * she signs in with the code the development SMS sender logs, turns on
 * "only the messages I need", reloads, and finds it still on (the office
 * sees the same). axe-core on the page with the switch off and on.
 */
const log = captureLogger();
let suite: Suite | undefined;

async function shots(page: Page, name: string) {
  const size = page.viewportSize()!;
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await settled(page);
    await takeScreenshot(page, {
      path: join(SHOTS_DIR, `${name}-${width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize(size);
}

describe('a citizen chooses only the messages she needs', () => {
  beforeAll(async () => {
    const [app, browser] = await Promise.all([
      startTestService('pglite', {}, { webDir: inject('webDir'), logger: log.logger }),
      chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      }),
    ]);
    suite = {
      app,
      browser,
      admin: await app.login('admin'),
      operator: await app.login('operator'),
    };
  });
  afterAll(() => stopSuite(suite));

  it('turns on essential messages only, and after a reload the switch is still on', async () => {
    const phone = '0555 700 00 42';
    const res = await suite!.app.api<{ id: string }>('POST', '/citizens', {
      token: suite!.admin,
      body: {
        fullName: 'Gül Sessiz',
        phone,
        home: { placeId: 'yahya-kaptan-mah' },
        eligibility: [
          {
            serviceId: 'anne-taksi',
            validFrom: izmitDate(-1),
            validUntil: izmitDate(365),
            basis: 'Test raporu',
          },
        ],
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const citizenId = res.body.id;

    const context = await suite!.browser.newContext({
      locale: 'tr-TR',
      timezoneId: ZONE,
      viewport: { width: 375, height: 800 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${suite!.app.url}/request/`);
    await page.getByLabel('Cep telefonu numaranız').fill(phone);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Numara kayıtlıysa' }).waitFor();
    const code = lastCodeFor(log.records, `+90${phone.replace(/\D/g, '').slice(-10)}`);
    expect(code).toMatch(/^\d{6}$/);
    await page.keyboard.type(code!);
    await page.keyboard.press('Enter');

    const openRides = async () => {
      await page.getByRole('link', { name: 'Yolculuklarım' }).click();
      const toggle = page.getByRole('switch', { name: 'Yalnız gerekli mesajları gönder' });
      await toggle.waitFor();
      return toggle;
    };
    let toggle = await openRides();
    expect(await toggle.isChecked()).toBe(false);
    await expectAccessible(page, 'messages switch off');

    await toggle.check();
    await page.getByText('Kaydedildi.').waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await expectAccessible(page, 'messages switch on');
    await shots(page, 'request-essential-only');

    // The choice is the server's, not the page's: a reload reads it back, the office sees it.
    await page.reload();
    toggle = await openRides();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    const seen = await suite!.app.api<{ essentialOnly: boolean }>(
      'GET',
      `/citizens/${citizenId}/notification-preferences`,
      { token: suite!.operator },
    );
    expect(seen.body.essentialOnly).toBe(true);

    // And back: every message again, kept after a reload too.
    await toggle.uncheck();
    await page.getByText('Kaydedildi.').waitFor();
    await page.reload();
    toggle = await openRides();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await context.close();
  });

  it('lets an administrator give a service its own quiet hours, refusing a time that does not read HH:mm-HH:mm', async () => {
    const context = await suite!.browser.newContext({
      locale: 'tr-TR',
      timezoneId: ZONE,
      viewport: { width: 375, height: 812 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${suite!.app.url}/`);
    await page.getByLabel('Kullanıcı adı').fill('admin');
    await page.getByLabel('Parola').fill('yoldas-admin');
    await page.getByRole('button', { name: 'Giriş yap' }).click();
    await page.waitForURL(/\/admin\/$/);
    await page.getByRole('tab', { name: 'Hizmetler' }).click();
    await page.getByRole('combobox', { name: 'Hizmet' }).click();
    await page.getByRole('option', { name: 'Anne Taksi' }).click();

    const rules = page.getByRole('form', { name: /./ }).first();
    const quiet = page.getByRole('textbox', { name: 'Bu hizmetin sessiz saatleri' });
    await page.getByText(/Boş: şehrin genel ayarı/).waitFor();
    await quiet.fill('22-08');
    await rules.getByRole('button', { name: 'Kaydet' }).click();
    await page.getByText(/SS:dd-SS:dd biçiminde yazın/).waitFor();
    await expectAccessible(page, 'quiet hours refused');
    const before = await suite!.app.api<{ id: string; quietHours: string | null }[]>(
      'GET',
      '/services',
      { token: suite!.admin },
    );
    expect(before.body.find((x) => x.id === 'anne-taksi')?.quietHours).toBe(null);

    await quiet.fill('20:00-06:00');
    await rules.getByRole('button', { name: 'Kaydet' }).click();
    await page.getByText('Anne Taksi kaydedildi.').waitFor();
    await expectAccessible(page, 'quiet hours saved');
    await quiet.scrollIntoViewIfNeeded();
    await shots(page, 'admin-service-quiet-hours');
    const after = await suite!.app.api<{ id: string; quietHours: string | null }[]>(
      'GET',
      '/services',
      { token: suite!.admin },
    );
    expect(after.body.find((x) => x.id === 'anne-taksi')?.quietHours).toBe('20:00-06:00');
    await context.close();
  });
});
