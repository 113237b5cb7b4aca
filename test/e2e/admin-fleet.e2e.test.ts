import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  choosePlace,
  citizen,
  expectAccessible,
  izmitDate,
  izmitTime,
  openOperator,
  pickCitizen,
  type Suite,
  screenshots,
  startSuite,
  stopSuite,
  typeDate,
  typeTime,
} from './operator-support.js';

/*
 * A small fleet set up by hand through /admin in Chromium, at the real
 * current hour: a mothers' car, its driver, a shift around now, a holiday;
 * then an operator books a mother home on it from /operator. axe-core on
 * every admin screen, screenshots at 390 and 1280 px.
 */

const MIN = 60_000;
let suite: Suite;

async function openAdmin(): Promise<Page> {
  const context = await suite.browser.newContext({
    locale: 'tr-TR',
    timezoneId: 'Europe/Istanbul',
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  // The front door sends an administrator to /admin/.
  await page.goto(`${suite.app.url}/`);
  await page.getByLabel('Kullanıcı adı').fill('admin');
  await page.getByLabel('Parola').fill('yoldas-admin');
  await page.getByRole('button', { name: 'Giriş yap' }).click();
  await page.waitForURL(/\/admin\/$/);
  await page.getByRole('heading', { name: /^Yönetim/ }).waitFor();
  return page;
}

describe('administration: a fleet set up through /admin carries a ride booked in /operator', () => {
  beforeAll(async () => {
    suite = await startSuite();
    // The demo's mothers' cars serve other services only: the ride can go to the car made here alone.
    const vehicles = await suite.app.api<{ id: string; serviceIds: string[] }[]>(
      'GET',
      '/vehicles',
      { token: suite.admin },
    );
    for (const v of vehicles.body.filter((v) => v.serviceIds.includes('anne-taksi'))) {
      const res = await suite.app.api('PATCH', `/vehicles/${v.id}`, {
        token: suite.admin,
        body: { serviceIds: v.serviceIds.filter((s) => s !== 'anne-taksi') },
      });
      expect(res.status).toBe(200);
    }
  });
  afterAll(() => stopSuite(suite));

  it('adds a car, a driver, a shift around now and a holiday, then the operator books a mother home on that car', async () => {
    const page = await openAdmin();
    const plate = `41 AY ${String((Date.now() % 900) + 100)}`;

    // Vehicles
    await expectAccessible(page, 'admin vehicles');
    await page.getByRole('button', { name: 'Yeni araç' }).click();
    const vehicleDialog = page.getByRole('dialog');
    await vehicleDialog.getByLabel('Plaka').fill('41 bozuk');
    await vehicleDialog.getByLabel('Araç adı').fill('Anne Taksi (yönetimden)');
    await vehicleDialog.getByRole('button', { name: 'Kaydet' }).click();
    // The server's own words, in Turkish, under the field it names.
    await vehicleDialog.getByText('Geçerli bir plaka değil (ör. 41 ABC 123).').waitFor();
    await vehicleDialog.getByLabel('Plaka').fill(plate);
    await vehicleDialog.getByLabel('Koltuk').fill('3');
    await vehicleDialog.getByLabel('Bebek koltuğu').fill('1');
    await vehicleDialog.getByLabel('Anne Taksi').check();
    await expectAccessible(page, 'admin vehicle form');
    await screenshots(page, 'admin-vehicle-form');
    await vehicleDialog.getByRole('button', { name: 'Kaydet' }).click();
    await page.getByText(`${plate} kaydedildi.`).waitFor();
    await page.getByRole('cell', { name: plate, exact: true }).waitFor();
    await screenshots(page, 'admin-vehicles');

    // A period in the garage next month: nothing to re-plan, and the period is listed.
    await page.getByRole('button', { name: `Servis dışı bırak: ${plate}` }).click();
    const garage = page.getByRole('dialog');
    // Escape would close the dialog: Tab leaves each calendar instead.
    for (const [label, days] of [
      ['Başlangıç', 40],
      ['Bitiş', 41],
    ] as const) {
      const field = garage.getByRole('textbox', { name: label, exact: true });
      await field.fill(izmitDate(days).split('-').reverse().join('.'));
      await field.press('Tab');
    }
    await garage.getByLabel('Neden').fill('Periyodik bakım');
    await expectAccessible(page, 'admin out of service');
    await garage.getByRole('button', { name: 'Servis dışı bırak' }).click();
    await page.getByText(/^0 yolculuk başka araca planlandı/).waitFor();
    await page.getByRole('button', { name: `Servis dışı bırak: ${plate}` }).click();
    await page
      .getByRole('dialog')
      .getByText(/: Periyodik bakım$/)
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Vazgeç' }).first().click();

    // Drivers
    await page.getByRole('tab', { name: 'Sürücüler' }).click();
    await page.getByRole('button', { name: 'Yeni sürücü' }).click();
    const driverDialog = page.getByRole('dialog');
    await driverDialog.getByLabel('Ad soyad').fill('Selin Yönetimli');
    await driverDialog.getByLabel('Telefon').fill('0532 444 55 66');
    await driverDialog.getByLabel('Kullanıcı adı').fill('selin.yonetim');
    await driverDialog.getByLabel('İlk parola').fill('selin-parolasi-1');
    await driverDialog.getByLabel('Ehliyet sınıfı').fill('B');
    // Escape would close the dialog too: Tab leaves the calendar instead.
    const expiry = driverDialog.getByRole('textbox', { name: 'Ehliyet geçerlilik sonu' });
    await expiry.fill(izmitDate(20).split('-').reverse().join('.'));
    await expiry.press('Tab');
    await expectAccessible(page, 'admin driver form');
    await driverDialog.getByRole('button', { name: 'Kaydet' }).click();
    const row = page.getByRole('row', { name: /Selin Yönetimli/ });
    await row.waitFor();
    // Warned before the licence lapses.
    await row.getByText('Ehliyet 30 gün içinde bitiyor').waitFor();
    await expectAccessible(page, 'admin drivers');
    await screenshots(page, 'admin-drivers');

    // Shifts: one around now (across midnight when it is late).
    const now = Date.now();
    const start = now - 30 * MIN;
    const end = now + 4 * 60 * MIN;
    await page.getByRole('tab', { name: 'Vardiyalar' }).click();
    await typeDate(page, 'Gün', izmitDate(0, start));
    await page.getByRole('combobox', { name: 'Sürücü' }).click();
    await page.getByRole('option', { name: 'Selin Yönetimli' }).click();
    await page.getByRole('combobox', { name: 'Araç' }).click();
    await page.getByRole('option', { name: new RegExp(plate) }).click();
    await typeTime(page, 'Başlangıç saati', izmitTime(start));
    await typeTime(page, 'Bitiş saati', izmitTime(end));
    await page.getByLabel('Mola (dakika)').fill('0');
    if (izmitDate(0, end) !== izmitDate(0, start))
      await page.getByLabel('Bitiş ertesi gün (gece vardiyası)').check();
    await page.getByRole('button', { name: 'Ekle' }).click();
    await page.getByRole('row', { name: new RegExp(`${plate}.*Selin Yönetimli`) }).waitFor();
    await expectAccessible(page, 'admin shifts');
    await screenshots(page, 'admin-shifts');

    // A weekly roster line from tomorrow: four weeks of shifts generated.
    await page.getByRole('tab', { name: 'Haftalık plan' }).click();
    await page.getByRole('combobox', { name: 'Sürücü' }).click();
    await page.getByRole('option', { name: 'Selin Yönetimli' }).click();
    await page.getByRole('combobox', { name: 'Araç' }).click();
    await page.getByRole('option', { name: new RegExp(plate) }).click();
    for (const day of ['Cmt', 'Paz']) await page.getByLabel(day, { exact: true }).check();
    await typeDate(page, 'Başlangıç günü', izmitDate(1));
    await page.getByRole('button', { name: 'Ekle' }).click();
    await page.getByText(/^2[78] vardiya üretildi, 0 gün atlandı\.$/).waitFor();
    await page
      .getByRole('row', { name: new RegExp(`${plate}.*Selin Yönetimli.*08:00–16:00`) })
      .waitFor();
    await expectAccessible(page, 'admin rosters');
    await screenshots(page, 'admin-rosters');

    // Holidays
    await page.getByRole('tab', { name: 'Tatiller' }).click();
    const holiday = izmitDate(200);
    await typeDate(page, 'Tarih', holiday);
    await page.getByLabel('Adı').fill('Kocaeli Kurtuluş Günü');
    await page.getByRole('button', { name: 'Ekle' }).click();
    await page.getByRole('cell', { name: 'Kocaeli Kurtuluş Günü' }).waitFor();
    await expectAccessible(page, 'admin holidays');
    await screenshots(page, 'admin-holidays');

    // The operator books a mother home as soon as possible: it goes to the car made above.
    const mother = await citizen(suite, 'Melek Yönetimsever', 'yahya-kaptan-mah', ['anne-taksi']);
    const operator = await openOperator(suite);
    await pickCitizen(operator, 'Melek', mother.fullName);
    await choosePlace(operator, 'Alış yeri', 'seka', 'Seka Devlet Hastanesi');
    await operator.getByRole('button', { name: 'Varış yeri: Ev: Yahya Kaptan Mahallesi' }).click();
    await operator.getByText('En kısa sürede').click();
    await operator.getByLabel('Bebek sayısı').fill('1');
    await operator.getByRole('button', { name: 'Rezervasyon yap' }).click();
    await operator.getByRole('heading', { name: new RegExp(`^Atandı: .*${plate}`) }).waitFor();
  });

  it('changes a service rule, grants an eligibility, adds a user with a one-time code and searches the audit log', async () => {
    const page = await openAdmin();

    // Services: each rule explained; a change counts from now.
    await page.getByRole('tab', { name: 'Hizmetler' }).click();
    await page.getByRole('combobox', { name: 'Hizmet' }).click();
    await page.getByRole('option', { name: 'Engelsiz Taksi' }).click();
    await page.getByText('Vatandaşa söz verilen alış aralığının genişliği.').waitFor();
    await page.getByLabel('Alış penceresi (dakika)').fill('25');
    await expectAccessible(page, 'admin services');
    await screenshots(page, 'admin-services');
    await page.getByRole('button', { name: 'Kaydet', exact: true }).click();
    await page.getByText('Engelsiz Taksi kaydedildi.').waitFor();
    const services = await suite.app.api<{ id: string; pickupWindowMinutes: number }[]>(
      'GET',
      '/services',
      { token: suite.admin },
    );
    expect(services.body.find((s) => s.id === 'engelsiz-taksi')?.pickupWindowMinutes).toBe(25);

    // Eligibility: granted with its document, and listed as ending soon.
    const citizenRes = await suite.app.api<{ id: string }>('POST', '/citizens', {
      token: suite.operator,
      body: { fullName: 'Nermin Hakverilen', phone: '0532 321 54 76' },
    });
    expect(citizenRes.status).toBe(201);
    await page.getByRole('tab', { name: 'Hak sahipliği' }).click();
    await page.getByRole('combobox', { name: 'Vatandaş' }).fill('Nermin');
    await page.getByRole('option', { name: /Nermin Hakverilen/ }).click();
    await page.getByRole('combobox', { name: 'Hizmet' }).click();
    await page.getByRole('option', { name: 'Engelsiz Taksi' }).click();
    await typeDate(page, 'Geçerlilik sonu', izmitDate(12));
    await page.getByLabel('Dayanak').fill('Engelli sağlık kurulu raporu');
    await page.getByLabel('Belge numarası').fill('ESKR-77');
    await page.getByRole('button', { name: 'Hak ver' }).click();
    await page.getByRole('row', { name: /Nermin Hakverilen.*ESKR-77/ }).waitFor();
    await expectAccessible(page, 'admin eligibility');
    await screenshots(page, 'admin-eligibility');

    // Users: the code is shown once; the password never.
    await page.getByRole('tab', { name: 'Kullanıcılar' }).click();
    await page.getByLabel('Kullanıcı adı').fill('deniz.operator');
    await page.getByLabel('Ad soyad').fill('Deniz Operatör');
    await page.getByRole('button', { name: 'Ekle' }).click();
    const code = (await page.locator('code').textContent()) ?? '';
    expect(code.length).toBeGreaterThan(15);
    const set = await suite.app.api('POST', '/auth/password-reset', {
      body: { code, newPassword: 'deniz-parolasi-1' },
    });
    expect(set.status).toBe(204);
    await suite.app.login('deniz.operator', 'deniz-parolasi-1');
    await expectAccessible(page, 'admin users');
    await screenshots(page, 'admin-users');

    // Audit: the grant above is there.
    await page.getByRole('tab', { name: 'Denetim kaydı' }).click();
    await page.getByRole('combobox', { name: 'Kullanıcı' }).click();
    await page.getByRole('option', { name: 'admin', exact: true }).click();
    await typeDate(page, 'Başlangıç', izmitDate(0));
    await typeDate(page, 'Bitiş', izmitDate(0));
    await page.getByLabel('İşlem').fill('eligibility.');
    await page.getByRole('button', { name: 'Ara', exact: true }).click();
    await page.getByRole('cell', { name: 'eligibility.create' }).first().waitFor();
    await expectAccessible(page, 'admin audit');
    await screenshots(page, 'admin-audit');
  });
});
