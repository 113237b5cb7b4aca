import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dmy,
  expectAccessible,
  izmitDate,
  openOperator,
  type Suite,
  screenshots,
  startSuite,
  stopSuite,
  typeDate,
  typeTime,
} from './operator-support.js';

/*
 * Issue 11's leftovers in Chromium at the real hour: an operator asks for a
 * citizen's eligibility on the citizen's card and a supervisor grants it in
 * /admin; an administrator gives tomorrow its own hours for Engelsiz Taksi
 * and the operator console refuses a ride after closing time, saying the
 * hours. axe-core on every touched screen, at 375 px as well.
 */

let suite: Suite;

async function openAdminAs(username: string, password: string, width = 1280): Promise<Page> {
  const context = await suite.browser.newContext({
    locale: 'tr-TR',
    timezoneId: 'Europe/Istanbul',
    viewport: { width, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${suite.app.url}/admin/`);
  await page.getByLabel('Kullanıcı adı').fill(username);
  await page.getByLabel('Parola').fill(password);
  await page.getByRole('button', { name: 'Giriş yap' }).click();
  await page.getByRole('heading', { name: /^Yönetim/ }).waitFor();
  return page;
}

describe('administration leftovers in the browser', () => {
  beforeAll(async () => {
    suite = await startSuite();
  });
  afterAll(() => stopSuite(suite));

  it('an operator asks for an eligibility on the citizen’s card, and a supervisor grants it in /admin', async () => {
    const registered = await suite.app.api<{ id: string }>('POST', '/citizens', {
      token: suite.operator,
      body: { fullName: 'Gülsüm Talepli', phone: '0532 909 80 70', mobility: 'manual-wheelchair' },
    });
    expect(registered.status).toBe(201);
    const operator = await openOperator(suite, 375);
    await operator.goto(`${suite.app.url}/operator/#/citizens/${registered.body.id}`);
    const form = operator.getByRole('form', { name: 'Hak sahipliği iste' });
    await form.getByLabel('Hizmet').selectOption('engelsiz-taksi');
    await form.getByLabel('Dayanak (rapor, inceleme)').fill('Engelli sağlık kurulu raporu');
    await form.getByLabel('Belge numarası').fill('ESKR-2026-42');
    await form.getByLabel('Not (amir için)').fill('Haftada üç gün diyaliz');
    await form.getByRole('button', { name: 'Talebi gönder' }).click();
    await form.getByText('Talep gönderildi; amirin kararını bekliyor.').waitFor();
    const requests = operator.getByRole('list', { name: 'Hak sahipliği talepleri' });
    await requests.getByText('karar bekliyor').waitFor();
    await expectAccessible(operator, 'citizen card with a request');
    await screenshots(operator, 'citizen-eligibility-request');

    // The supervisor's /admin is the eligibility screen, with the request waiting.
    const supervisor = await openAdminAs('supervisor', 'yoldas-supervisor', 375);
    await supervisor.getByRole('heading', { name: 'Bekleyen talepler' }).waitFor();
    await expect.poll(() => supervisor.getByRole('tab').count()).toBe(0);
    await supervisor
      .getByRole('row', { name: /Gülsüm Talepli.*ESKR-2026-42.*Ayşe Operatör/ })
      .waitFor();
    await expectAccessible(supervisor, 'pending requests');
    await supervisor
      .getByRole('button', { name: 'Gülsüm Talepli için Engelsiz Taksi talebini onayla' })
      .click();
    const dialog = supervisor.getByRole('dialog');
    const until = izmitDate(180);
    // Escape would close the dialog: Tab leaves the calendar instead.
    const untilField = dialog.getByRole('textbox', { name: 'Geçerlilik sonu' });
    await untilField.fill(dmy(until));
    await untilField.press('Tab');
    await expectAccessible(supervisor, 'grant dialog');
    await screenshots(supervisor, 'admin-grant-request');
    await dialog.getByRole('button', { name: 'Onayla' }).click();
    await supervisor.getByText('Gülsüm Talepli için Engelsiz Taksi hakkı verildi.').waitFor();
    await expect
      .poll(() => supervisor.getByRole('row', { name: /Gülsüm Talepli.*ESKR-2026-42/ }).count())
      .toBe(0);

    // The card shows the eligibility, valid until the supervisor's date, and the request granted.
    await operator.reload();
    await operator
      .getByRole('region', { name: 'Hak sahipliği' })
      .getByText(new RegExp(`${dmy(until)} \\(Engelli sağlık kurulu raporu\\)`))
      .waitFor();
    await requests.getByText('onaylandı').waitFor();
    await expectAccessible(operator, 'citizen card granted');
  });

  it('tomorrow’s own hours for Engelsiz Taksi refuse a ride after closing time at the operator console', async () => {
    const admin = await openAdminAs('admin', 'yoldas-admin');
    await admin.getByRole('tab', { name: 'Tatiller' }).click();
    const day = izmitDate(1);
    await typeDate(admin, 'Gün', day);
    await admin.getByRole('combobox', { name: 'Hizmet' }).click();
    await admin.getByRole('option', { name: 'Engelsiz Taksi' }).click();
    await admin.getByLabel('Açılış (SS:DD)').fill('08:00');
    await admin.getByLabel('Kapanış (SS:DD)').fill('14:00');
    await admin.getByLabel('Açıklama').fill('Yılbaşı arifesi');
    await admin.getByRole('button', { name: 'Saatleri kaydet' }).click();
    await admin.getByText(/^Kaydedildi\. Saat dışında kalan 0 düzenli yolculuk/).waitFor();
    await admin
      .getByRole('row', { name: new RegExp(`${dmy(day)}.*Engelsiz Taksi.*08:00–14:00`) })
      .waitFor();
    await expectAccessible(admin, 'admin day hours');
    await admin.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(admin, 'admin day hours 375');
    await screenshots(admin, 'admin-day-hours');

    const operator = await openOperator(suite);
    await operator.getByLabel('Vatandaş ara (ad, telefon, TC)').fill('Osman');
    await operator.getByRole('button', { name: 'Osman Koç seç' }).click();
    await expect
      .poll(() => operator.getByRole('combobox', { name: 'Alış yeri' }).inputValue())
      .toBe('Gültepe Mahallesi');
    await operator.getByLabel('Hizmet', { exact: true }).selectOption('engelsiz-taksi');
    await operator.getByRole('combobox', { name: 'Varış yeri' }).fill('kocaeli devlet');
    await operator.getByRole('option', { name: 'Kocaeli Devlet Hastanesi' }).click();
    await typeDate(operator, 'Tarih', day);
    await typeTime(operator, 'Alış saati', '15:30');
    await operator.getByRole('button', { name: 'Rezervasyon yap' }).click();
    await operator
      .getByText(`Bu hizmet ${dmy(day)} günü yalnızca 08:00–14:00 saatleri arasında çalışıyor.`)
      .waitFor();
    await expectAccessible(operator, 'booking refused by the day’s hours');
    await operator.setViewportSize({ width: 375, height: 812 });
    await expectAccessible(operator, 'booking refused by the day’s hours, 375 px');
    await screenshots(operator, 'operator-day-hours-refusal');
  });
});
