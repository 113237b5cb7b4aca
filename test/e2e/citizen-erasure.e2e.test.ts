import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookRide,
  citizen,
  expectAccessible,
  openOperator,
  pickCitizen,
  type Suite,
  screenshots,
  startSuite,
  stopSuite,
  vehicleWithShift,
} from './operator-support.js';

/*
 * A citizen's erasure (KVKK) at the operator console, in Chromium against
 * the whole service at the real hour: an operator sees no erase button; an
 * administrator reads what goes and what stays, gives the reason, and the
 * card then shows nobody, with the ride kept (cancelled) for the reports.
 */

const HOUR = 3_600_000;
let suite: Suite;

describe('operator console: erasing a citizen’s personal data (KVKK)', () => {
  beforeAll(async () => {
    suite = await startSuite();
    const now = Date.now();
    await vehicleWithShift(suite, now - HOUR / 2, now + 8 * HOUR, ['anne-taksi']);
  });
  afterAll(() => stopSuite(suite));

  it('an administrator erases a mother with a ride ahead: the dialog names the consequences and wants a reason', async () => {
    const mother = await citizen(suite, 'Nesrin Silinecek', 'gultepe-mah', ['anne-taksi']);
    const ride = await bookRide(suite, {
      serviceId: 'anne-taksi',
      citizenId: mother.id,
      asap: true,
      pickup: { placeId: 'kocaeli-devlet-hastanesi' },
      dropoff: { placeId: 'gultepe-mah', address: { street: 'Gizli Sokak', buildingNo: '7' } },
      infants: 1,
    });

    // An operator's card has no such button.
    const operatorPage = await openOperator(suite, 375);
    await pickCitizen(operatorPage, 'Nesrin Silinecek', mother.fullName);
    await operatorPage.getByRole('link', { name: 'Kartı aç' }).click();
    await operatorPage
      .getByRole('heading', { name: `Vatandaş kartı: ${mother.fullName}` })
      .waitFor();
    expect(await operatorPage.getByRole('button', { name: /Kişisel verileri sil/ }).count()).toBe(
      0,
    );
    await operatorPage.context().close();

    const page = await openOperator(suite, 375, ['admin', 'yoldas-admin']);
    await pickCitizen(page, 'Nesrin Silinecek', mother.fullName);
    await page.getByRole('link', { name: 'Kartı aç' }).click();
    await page.getByRole('heading', { name: `Vatandaş kartı: ${mother.fullName}` }).waitFor();
    await page.getByRole('button', { name: 'Kişisel verileri sil (KVKK)' }).click();
    const dialog = page.getByRole('dialog', { name: `Kişisel verileri sil: ${mother.fullName}` });
    await dialog.getByText('Bu işlem geri alınamaz', { exact: false }).waitFor();
    await dialog.getByText(/Yolculukları raporlar için adsız kalır/).waitFor();
    await dialog.getByText(/Bekleyen yolculukları ve düzenli yolculukları iptal edilir/).waitFor();
    expect(
      await dialog
        .getByRole('checkbox', { name: 'Bekleyen yolculukları ve düzenli yolculukları iptal et' })
        .isChecked(),
    ).toBe(true);
    await expectAccessible(page, 'erasure dialog');
    await screenshots(page, 'citizen-erasure-dialog');

    // The reason is required: the browser keeps the form until it is given.
    await dialog.getByRole('button', { name: 'Kalıcı olarak sil' }).click();
    expect(await page.getByRole('dialog').count()).toBe(1);
    await dialog.getByRole('textbox', { name: /Gerekçe/ }).fill('Dilekçe 26.11.2026, e-posta ile');
    await dialog.getByRole('button', { name: 'Kalıcı olarak sil' }).click();
    await page.getByRole('status').filter({ hasText: 'Kişisel veriler silindi' }).waitFor();
    await page.getByRole('heading', { name: 'Vatandaş kartı: Anonim' }).waitFor();
    // The record of messages sent to her is read again: nothing is left of it.
    await page
      .getByRole('region', { name: 'Gönderilen mesajlar' })
      .getByText('Bu vatandaşa henüz mesaj gönderilmedi.')
      .waitFor();
    expect(await page.getByText('Nesrin Silinecek').count()).toBe(0);
    expect(await page.getByText('Gizli Sokak').count()).toBe(0);
    await expectAccessible(page, 'erased card');
    await screenshots(page, 'citizen-erased');

    const [row] = await suite.app.database.db.query<{ status: string; dropoff_address: unknown }>(
      'SELECT status, dropoff_address FROM bookings WHERE id = $1',
      [ride.id],
    );
    expect(row).toEqual({ status: 'cancelled', dropoff_address: null });
  });
});
