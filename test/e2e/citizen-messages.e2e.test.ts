import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
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
  ZONE,
} from './operator-support.js';

/*
 * Being told, on screen: the operator reads on a citizen's card every message
 * sent (a failure plainly) and sets "essential messages only" for them; an
 * administrator edits a service's message text with a preview, and an
 * unknown placeholder is refused by name. axe-core on each, at 375 px.
 */

let suite: Suite;

describe('the messages citizens get, on the operator’s card and in /admin', () => {
  beforeAll(async () => {
    suite = await startSuite();
    // A car of the story's own around now, whatever the demo's shifts are at this hour.
    await vehicleWithShift(suite, Date.now() - 3_600_000, Date.now() + 6 * 3_600_000, [
      'anne-taksi',
    ]);
  });
  afterAll(() => stopSuite(suite));

  it('lists a citizen’s messages with their state, a failure and its retries, and sets essential-only', async () => {
    const ayse = await citizen(suite, 'Ayşe Mesajlı', 'yahya-kaptan-mah', ['anne-taksi']);
    const ride: BookingView = await bookRide(suite, {
      serviceId: 'anne-taksi',
      citizenId: ayse.id,
      pickup: { placeId: 'seka-devlet-hastanesi' },
      dropoff: { placeId: 'yahya-kaptan-mah' },
      infants: 1,
      asap: true,
    });
    // The development sender "sends" the confirmation: it is recorded as sent.
    await expect
      .poll(
        async () =>
          (
            await suite.app.api<{ event: string; channel: string; state: string }[]>(
              'GET',
              `/citizens/${ayse.id}/notifications`,
              { token: suite.operator },
            )
          ).body.find((d) => d.event === 'confirmed' && d.channel === 'sms')?.state,
        { timeout: 20_000 },
      )
      .toBe('sent');
    // A reminder the provider kept refusing, as the worker records it after its last attempt.
    await suite.app.database.db.query(
      `INSERT INTO notification_deliveries (id, booking_id, citizen_id, service_id, event, version, channel,
         language, template, state, essential, attempts, last_error, recipient, body)
       VALUES ($1, $2, $3, 'anne-taksi', 'remind-soon', 'v1', 'sms', 'tr', 'default', 'failed', false, 6,
         'provider answered 503', '…42', 'Yoldaş: Aracınız yakında kapınızda olacak.')`,
      [randomUUID(), ride.id, ayse.id],
    );

    const page: Page = await openOperator(suite, 375);
    await pickCitizen(page, 'Ayşe Mesajlı', ayse.fullName);
    await page.getByRole('link', { name: 'Kartı aç' }).click();
    const panel = page.getByRole('region', { name: 'Gönderilen mesajlar' });
    const confirmed = panel.getByRole('row').filter({ hasText: 'Onay' }).filter({ hasText: 'SMS' });
    await confirmed.getByText('Gönderildi').waitFor();
    await confirmed.getByText(/Yolculuğunuz onaylandı/).waitFor();
    const failed = panel.getByRole('row').filter({ hasText: 'Hatırlatma (az önce)' });
    await failed.getByText('Gönderilemedi').waitFor();
    await failed.getByText('6. deneme').waitFor();
    await failed.getByText('Son hata: provider answered 503').waitFor();
    await expectAccessible(page, 'citizen messages');

    await panel.getByRole('switch', { name: 'Yalnız zorunlu mesajlar' }).check();
    await panel.getByText('Tercih kaydedildi.').waitFor();
    const prefs = await suite.app.api<{ essentialOnly: boolean }>(
      'GET',
      `/citizens/${ayse.id}/notification-preferences`,
      { token: suite.operator },
    );
    expect(prefs.body.essentialOnly).toBe(true);
    await panel.scrollIntoViewIfNeeded();
    await screenshots(page, 'citizen-messages');
    await page.context().close();
  });

  it('lets an administrator edit a service’s message text with a preview, refusing an unknown placeholder', async () => {
    const context = await suite.browser.newContext({
      locale: 'tr-TR',
      timezoneId: ZONE,
      viewport: { width: 375, height: 812 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${suite.app.url}/`);
    await page.getByLabel('Kullanıcı adı').fill('admin');
    await page.getByLabel('Parola').fill('yoldas-admin');
    await page.getByRole('button', { name: 'Giriş yap' }).click();
    await page.waitForURL(/\/admin\/$/);
    await page.getByRole('tab', { name: 'Hizmetler' }).click();
    await page.getByRole('combobox', { name: 'Hizmet' }).click();
    await page.getByRole('option', { name: 'Anne Taksi' }).click();

    const part = page.getByRole('region', { name: 'Mesaj şablonları' });
    const onTheWay = part.getByRole('textbox', { name: 'Araç yolda' });
    await onTheWay.fill('{service}: Aracınız {plaka} yolda, varış {eta}.');
    await part.getByRole('button', { name: 'Şablonları kaydet' }).click();
    await part
      .getByRole('alert')
      .getByText(/Bilinmeyen yer tutucu: \{plaka\}/)
      .first()
      .waitFor();
    await expectAccessible(page, 'message template refused');

    await onTheWay.fill('{service}: Aracınız {plate} yolda, varış {eta}.');
    await part.getByText('Önizleme: Anne Taksi: Aracınız 41 AT 101 yolda, varış 10:12.').waitFor();
    await part.getByRole('button', { name: 'Şablonları kaydet' }).click();
    await part.getByText('Şablonlar kaydedildi.').waitFor();
    await expectAccessible(page, 'message templates');
    await part.scrollIntoViewIfNeeded();
    await screenshots(page, 'admin-message-templates');
    const saved = await suite.app.api<{
      templates: { event: string; language: string; body: string; custom: boolean }[];
    }>('GET', '/services/anne-taksi/message-templates', { token: suite.admin });
    expect(
      saved.body.templates.find((t) => t.event === 'on-the-way' && t.language === 'tr'),
    ).toMatchObject({ body: '{service}: Aracınız {plate} yolda, varış {eta}.', custom: true });
    await context.close();
  });
});
