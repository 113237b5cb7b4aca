import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * A forgotten password without anyone seeing it: the administrator gives a
 * one-time code on /admin, the user sets their own password with it on the
 * login page ("I have a reset code"), then logs in. Problems are said at
 * their field and in a summary read at once. axe on each state; screenshots
 * at 375 and 1280 px.
 */
let suite: Suite | undefined;

async function open(width: number): Promise<Page> {
  const context = await suite!.browser.newContext({
    locale: 'tr-TR',
    timezoneId: ZONE,
    viewport: { width, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${suite!.app.url}/`);
  return page;
}

async function shots(page: Page, name: string) {
  const size = page.viewportSize()!;
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await settled(page);
    await takeScreenshot(page, {
      path: join(SHOTS_DIR, `reset-${name}-${width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize(size);
}

async function logIn(page: Page, username: string, password: string) {
  await page.getByLabel('Kullanıcı adı').fill(username);
  await page.getByLabel('Parola').fill(password);
  await page.getByRole('button', { name: 'Giriş yap' }).click();
}

/** A field by its whole label (Mantine adds a "*" to required ones). */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\s*\\*?$`));

/** The field's error, as a screen reader reaches it: the element its aria-describedby names. */
async function errorOf(page: Page, label: string): Promise<string> {
  const input = field(page, label);
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  const ids = (await input.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
  const texts = await Promise.all(
    ids.map((id) =>
      page
        .locator(`[id="${id}"]`)
        .textContent()
        .catch(() => ''),
    ),
  );
  return texts.filter(Boolean).join(' | ');
}

describe('a user sets their own password with the administrator’s one-time code', () => {
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => stopSuite(suite));

  it('the administrator gives a code; the user sets a new password with it and logs in', async () => {
    const made = await suite!.app.api<{ user: { id: string } }>('POST', '/users', {
      token: suite!.admin,
      body: { username: 'deniz.operator', displayName: 'Deniz Operatör', role: 'operator' },
    });
    expect(made.status).toBe(201);

    // The administrator, on /admin: a code for Deniz, shown once.
    const admin = await open(1280);
    await logIn(admin, 'admin', 'yoldas-admin');
    await admin.waitForURL('**/admin/**');
    await admin.getByRole('tab', { name: 'Kullanıcılar' }).click();
    await admin.getByRole('button', { name: 'Parola kodu ver: deniz.operator' }).click();
    const shown = admin
      .getByRole('status')
      .filter({ hasText: 'deniz.operator için tek kullanımlık kod' });
    const code = (await shown.locator('code').textContent())!.trim();
    expect(code.length).toBeGreaterThanOrEqual(20);
    await admin.context().close();

    // Deniz, on the login page of another browser.
    const page = await open(375);
    await page.getByRole('button', { name: 'Parolamı sıfırla: kodum var' }).click();
    await page.getByRole('heading', { name: 'Yeni parola belirleyin' }).waitFor();
    await expectAccessible(page, 'reset form');
    await shots(page, 'form');

    // Sent empty: every field says what it needs, the summary is read out, the first field has the focus.
    await page.getByRole('button', { name: 'Parolamı değiştir' }).click();
    await page.getByRole('alert').filter({ hasText: 'Formda düzeltilecek 4 alan var.' }).waitFor();
    expect(await errorOf(page, 'Kullanıcı adı')).toContain('Bu alanı doldurun.');
    expect(await errorOf(page, 'Yeni parola (tekrar)')).toContain('Bu alanı doldurun.');
    expect(await page.evaluate('document.activeElement?.getAttribute("autocomplete")')).toBe(
      'username',
    );
    await expectAccessible(page, 'reset form with errors');
    await shots(page, 'errors');

    // The API's rule: at least 10 characters; and the two must match.
    await field(page, 'Kullanıcı adı').fill('deniz.operator');
    await field(page, 'Sıfırlama kodu').fill(code);
    await field(page, 'Yeni parola').fill('kisa');
    await field(page, 'Yeni parola (tekrar)').fill('kisa2');
    await page.getByRole('button', { name: 'Parolamı değiştir' }).click();
    expect(await errorOf(page, 'Yeni parola')).toContain('Parola en az 10 karakter olmalı.');
    expect(await errorOf(page, 'Yeni parola (tekrar)')).toContain('İki parola aynı değil.');

    // A wrong code: said at the code field; nothing changed.
    await field(page, 'Sıfırlama kodu').fill(`${code.slice(0, -2)}xx`);
    await field(page, 'Yeni parola').fill('deniz kahve sever');
    await field(page, 'Yeni parola (tekrar)').fill('deniz kahve sever');
    await page.getByRole('button', { name: 'Parolamı değiştir' }).click();
    await expect
      .poll(() => errorOf(page, 'Sıfırlama kodu').catch(() => ''))
      .toContain('Kod yanlış, kullanılmış ya da süresi geçmiş.');
    expect(await page.evaluate('document.activeElement?.getAttribute("autocomplete")')).toBe(
      'one-time-code',
    );

    // The right code: the password is hers, the login form says so.
    await field(page, 'Sıfırlama kodu').fill(code);
    await page.getByRole('button', { name: 'Parolamı değiştir' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Parolanız değişti. Şimdi yeni parolanızla giriş yapabilirsiniz.' })
      .waitFor();
    await expectAccessible(page, 'password changed');
    await shots(page, 'done');
    await logIn(page, 'deniz.operator', 'deniz kahve sever');
    await page.waitForURL('**/operator/**');

    // The code was spent.
    const again = await suite!.app.api('POST', '/auth/password-reset', {
      body: { username: 'deniz.operator', code, newPassword: 'baska bir parola' },
    });
    expect(again.status).toBe(401);
    await page.context().close();
  });

  it('opens on the reset form from a link (#reset), in English too', async () => {
    const page = await open(1280);
    await page.goto(`${suite!.app.url}/#reset`);
    await page.getByRole('heading', { name: 'Yeni parola belirleyin' }).waitFor();
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Set a new password' }).waitFor();
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: '4 fields in the form need fixing.' })
      .waitFor();
    await expectAccessible(page, 'reset form in English with errors');
    await page.getByRole('button', { name: 'Back to log in' }).click();
    await page.getByRole('button', { name: 'I have a reset code' }).waitFor();
    await page.context().close();
  });
});
