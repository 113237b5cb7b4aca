import { join } from 'node:path';
import { DateTime } from 'luxon';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
import { captureLogger } from '../fakes/capture-logger.js';
import { lastCodeFor } from '../support/citizen-login.js';
import type { ShiftAroundNow } from '../support/fleet-now.js';
import { startTestService } from '../support/service-harness.js';
import { onlyThisCar, openDriver, stopCard, wheelchairRide } from './driver-support.js';
import {
  citizen,
  expectAccessible,
  izmitDate,
  openOperator,
  pickCitizen,
  SHOTS_DIR,
  type Suite,
  screenshots,
  settled,
  showDay,
  stopSuite,
  typeDate,
  ZONE,
} from './operator-support.js';
import { takeScreenshot } from './shot.js';

/*
 * The no-show and late-cancel policy in the browser, at the real hour: the
 * driver at the door sees "Yolcu gelmedi" disabled with a countdown until the
 * service's waiting time is over (the server refusing until then), and an
 * operator suspends a citizen's self-booking from the citizen's card, sees it
 * in the history with the late cancel that came before, and lifts it.
 */

let suite: Suite;
let car: ShiftAroundNow;
const log = captureLogger();

describe('the no-show and late-cancel policy on screen', () => {
  beforeAll(async () => {
    // The suite of the other browser stories, with the log kept: the citizen signs in with the texted code.
    const [app, browser] = await Promise.all([
      startTestService(
        'pglite',
        { SEED_DEMO_DATA: 'true' },
        { webDir: inject('webDir'), logger: log.logger },
      ),
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
    car = await onlyThisCar(suite);
    // A waiting time of its own, so the countdown is the service's, not the default.
    const set = await suite.app.api('PATCH', '/services/engelsiz-taksi', {
      token: suite.admin,
      body: { noShowWaitMinutes: 7, lateCancelMinutes: 90 },
    });
    expect(set.status).toBe(200);
  });
  afterAll(() => stopSuite(suite));

  it('keeps the driver’s no-show button disabled with a countdown until the wait is over', async () => {
    const ride = await wheelchairRide(suite, 'Bekir Beklenen', { asap: true });
    expect(ride.planned!.vehicle.plate).toBe(car.plate);
    const context = await suite.browser.newContext({
      locale: 'tr-TR',
      timezoneId: ZONE,
      viewport: { width: 375, height: 812 },
      bypassCSP: true,
    });
    await context.route('https://tile.openstreetmap.org/**', (route) => route.abort());
    const page = await openDriver(context, suite.app.url, car);
    const pickup = stopCard(page, 'Alış', 'Bekir Beklenen');
    await pickup.getByRole('button', { name: 'Vardım' }).click();
    await pickup.getByText('Kapıdasınız').waitFor();

    const noShow = pickup.getByRole('button', { name: 'Yolcu gelmedi' });
    await noShow.waitFor();
    expect(await noShow.isDisabled()).toBe(true);
    const countdown = pickup.getByTestId('no-show-countdown');
    const first = await countdown.textContent();
    // Seven minutes from "arrived" (or the window's start): 6:5x or 7:00 now.
    expect(first).toMatch(/^(6:[0-5]\d|7:00)$/);
    await expect.poll(() => countdown.textContent(), { timeout: 5000 }).not.toBe(first);
    const from = DateTime.now().setZone(ZONE).plus({ minutes: 7 });
    await pickup
      .getByText(
        new RegExp(
          `Yolcu gelmezse (${from.toFormat('HH:mm')}|${from.minus({ minutes: 1 }).toFormat('HH:mm')}) itibarıyla`,
        ),
      )
      .waitFor();
    // The hint says when: screen readers hear it with the disabled button.
    expect(await noShow.getAttribute('aria-describedby')).toBe(`no-show-hint-${ride.id}`);
    await expectAccessible(page, 'driver no-show countdown');
    await settled(page);
    await takeScreenshot(page, {
      path: join(SHOTS_DIR, 'driver-no-show-countdown-375.png'),
      fullPage: true,
    });

    // The server decides too: a no-show sent now is refused with the time.
    const early = await suite.app.api<{ error: { code: string } }>(
      'POST',
      `/bookings/${ride.id}/no-show`,
      { token: suite.operator, body: { reason: 'erken' } },
    );
    expect([early.status, early.body.error.code]).toEqual([409, 'STOP_NOT_ACTIONABLE']);

    // Eight minutes at the door later (the "arrived" tap moved back), the button opens and counts.
    await suite.app.database.db.query(
      `UPDATE booking_events SET at = at - interval '8 minutes',
         details = jsonb_set(details, '{at}', to_jsonb((now() - interval '8 minutes')::text))
       WHERE booking_id = $1 AND type = 'arrived'`,
      [ride.id],
    );
    await suite.app.database.db.query(
      `UPDATE bookings SET pickup_window_start = pickup_window_start - interval '8 minutes' WHERE id = $1`,
      [ride.id],
    );
    await page.reload();
    await page.getByText('Bağlı', { exact: true }).waitFor();
    await expect.poll(() => noShow.isDisabled(), { timeout: 20_000 }).toBe(false);
    await noShow.click();
    await pickup.getByText('Gelmedi', { exact: true }).waitFor();
    await expect
      .poll(async () => {
        const b = await suite.app.api<BookingView>('GET', `/bookings/${ride.id}`, {
          token: suite.operator,
        });
        return b.body.status;
      })
      .toBe('no-show');
    await context.close();
  });

  it('lets an operator suspend self-booking from the citizen’s card, shows the history, and lifts it', async () => {
    const hilmi = await citizen(
      suite,
      'Hilmi İptalci',
      'gultepe-mah',
      ['engelsiz-taksi'],
      'manual-wheelchair',
    );
    // A cancel half an hour before the window: late under the service's 90 minutes.
    const soon = await suite.app.api<BookingView>('POST', '/bookings', {
      token: suite.operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: hilmi.id,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        wheelchair: 'manual',
        pickupAt: DateTime.now().setZone(ZONE).plus({ minutes: 40 }).toISO(),
      },
    });
    expect(soon.status, JSON.stringify(soon.body)).toBeLessThan(300);

    // The operator cancels it on the board: the dialog says it counts as late before it is confirmed.
    const page = await openOperator(suite, 1280);
    await showDay(page, izmitDate(0, Date.parse(soon.body.pickupWindow.start)));
    const board = page.getByRole('region', { name: /^Rezervasyonlar/ });
    await board
      .getByRole('row')
      .filter({ hasText: hilmi.fullName })
      .getByRole('button', { name: /^İptal et: / })
      .click();
    const dialog = page.getByRole('dialog', { name: `Rezervasyonu iptal et: ${hilmi.fullName}` });
    await dialog
      .getByText(
        'Bu iptal geç iptal sayılır (alış penceresine 90 dakikadan az kaldı) ve vatandaşın geçmişine yazılır.',
      )
      .waitFor();
    await dialog.getByLabel('İptal nedeni').fill('Vatandaş gelemeyeceğini söyledi');
    await expectAccessible(page, 'late cancel dialog');
    await screenshots(page, 'board-late-cancel');
    await dialog.getByRole('button', { name: 'İptali onayla' }).click();
    await dialog.waitFor({ state: 'detached' });
    const cancelled = await suite.app.api<BookingView>('GET', `/bookings/${soon.body.id}`, {
      token: suite.operator,
    });
    expect([cancelled.body.status, cancelled.body.lateCancel]).toEqual(['cancelled', true]);

    await page.setViewportSize({ width: 375, height: 812 });
    await pickCitizen(page, 'Hilmi', hilmi.fullName);
    await page.getByRole('link', { name: 'Kartı aç' }).click();
    const policy = page.getByRole('region', { name: 'Gelmeme ve geç iptal geçmişi' });
    await policy
      .getByRole('row')
      .filter({ hasText: 'Geç iptal' })
      .filter({ hasText: 'Vatandaş gelemeyeceğini söyledi' })
      .waitFor();
    await policy.getByText('Kendi başına yolculuk isteyebilir (/request).').waitFor();

    const lastDay = izmitDate(14);
    const form = policy.getByRole('form', { name: 'Kendi rezervasyonunu durdur' });
    await typeDate(page, 'Son gün', lastDay);
    await form.getByLabel('Neden').fill('Üç ayda iki geç iptal, bir gelmeme');
    await expectAccessible(page, 'suspend self-booking');
    await form.getByRole('button', { name: 'Kendi rezervasyonunu durdur' }).click();
    const until = `${lastDay.split('-').reverse().join('.')} 23:59`;
    await policy
      .getByText(`Kendi başına yolculuk isteyemez: ${until} tarihine kadar.`, { exact: false })
      .waitFor();
    await policy
      .getByRole('row')
      .filter({ hasText: `Kendi rezervasyonu durduruldu (${until} tarihine kadar)` })
      .filter({ hasText: 'Üç ayda iki geç iptal, bir gelmeme' })
      .waitFor();
    await expectAccessible(page, 'suspended citizen card');
    await screenshots(page, 'citizen-card-suspended');
    const held = await suite.app.api<{ suspension: { endsAt: string } | null }>(
      'GET',
      `/citizens/${hilmi.id}/policy-history`,
      { token: suite.operator },
    );
    expect(
      DateTime.fromISO(held.body.suspension!.endsAt, { zone: ZONE }).toFormat('dd.MM.yyyy HH:mm'),
    ).toBe(until);

    await policy.getByLabel('Kaldırma nedeni').fill('Kızı aradı, durumu anlattı');
    await policy.getByRole('button', { name: 'Durdurmayı kaldır' }).click();
    await policy.getByText('Kendi başına yolculuk isteyebilir (/request).').waitFor();
    await policy
      .getByRole('row')
      .filter({ hasText: 'Durdurma kaldırıldı' })
      .filter({ hasText: 'Kızı aradı' })
      .waitFor();
    await expectAccessible(page, 'lifted suspension');
  });
  it('tells a suspended citizen on /request until when and whom to call, and says a cancel is late before it is confirmed', async () => {
    const phone = '0555 701 22 33';
    const nazan = await suite.app.api<{ id: string }>('POST', '/citizens', {
      token: suite.admin,
      body: {
        fullName: 'Nazan Erteler',
        phone,
        mobility: 'manual-wheelchair',
        home: { placeId: 'gultepe-mah' },
        eligibility: [
          {
            serviceId: 'engelsiz-taksi',
            validFrom: izmitDate(-1),
            validUntil: izmitDate(365),
            basis: 'Test raporu',
          },
        ],
      },
    });
    expect(nazan.status, JSON.stringify(nazan.body)).toBe(201);
    const until = DateTime.now().setZone(ZONE).plus({ days: 10 }).endOf('day');
    const suspended = await suite.app.api(
      'POST',
      `/citizens/${nazan.body.id}/self-booking-suspension`,
      {
        token: suite.operator,
        body: { until: until.toISO(), reason: 'İki kez haber vermeden gelmedi' },
      },
    );
    expect(suspended.status).toBe(201);
    // The operators book for her all the same: in 40 minutes, inside the 90-minute deadline.
    const ride = await suite.app.api<BookingView>('POST', '/bookings', {
      token: suite.operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: nazan.body.id,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        wheelchair: 'manual',
        pickupAt: DateTime.now().setZone(ZONE).plus({ minutes: 40 }).toISO(),
      },
    });
    expect(ride.status, JSON.stringify(ride.body)).toBeLessThan(300);

    const context = await suite.browser.newContext({
      locale: 'tr-TR',
      timezoneId: ZONE,
      viewport: { width: 375, height: 812 },
      bypassCSP: true,
    });
    await context.route('https://tile.openstreetmap.org/**', (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${suite.app.url}/request/`);
    await page.getByLabel('Cep telefonu numaranız').fill(phone);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Numara kayıtlıysa' }).waitFor();
    const code = lastCodeFor(log.records, `+90${phone.replace(/\D/g, '').slice(-10)}`);
    expect(code).toMatch(/^\d{6}$/);
    await page.keyboard.type(code!);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Yolculuklarım' }).waitFor();

    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Şu an buradan yolculuk isteyemezsiniz' });
    await notice
      .getByText(until.setLocale('tr').toFormat('d MMMM cccc'), { exact: false })
      .waitFor();
    expect(
      await notice.getByRole('link', { name: '153 numarasını ara' }).getAttribute('href'),
    ).toBe('tel:153');
    await expectAccessible(page, 'request while suspended');
    await settled(page);
    await takeScreenshot(page, {
      path: join(SHOTS_DIR, 'request-suspended-375.png'),
      fullPage: true,
    });

    await page.goto(`${suite.app.url}/request/#/rides/${ride.body.id}`);
    await page.getByRole('button', { name: 'Yolculuğu iptal et' }).click();
    await page
      .getByText('Bu iptal geç iptal sayılır: alınma saatinize 90 dakikadan az kaldı.', {
        exact: false,
      })
      .waitFor();
    await expectAccessible(page, 'late cancel on the ride page');
    await takeScreenshot(page, {
      path: join(SHOTS_DIR, 'request-late-cancel-375.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Evet, iptal et' }).click();
    await page.getByText('Durum: İptal edildi').waitFor();
    const after = await suite.app.api<BookingView>('GET', `/bookings/${ride.body.id}`, {
      token: suite.operator,
    });
    expect([after.body.lateCancel, after.body.cancelledByRole]).toEqual([true, 'citizen']);
    await context.close();
  });
});
