import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
import { captureLogger } from '../fakes/capture-logger.js';
import { lastCodeFor } from '../support/citizen-login.js';
import { startTestService } from '../support/service-harness.js';
import { onlyThisCar, openDriver, phone, stopCard } from './driver-support.js';
import {
  expectAccessible,
  izmitDate,
  SHOTS_DIR,
  type Suite,
  settled,
  stopSuite,
  vehicleWithShift,
  ZONE,
} from './operator-support.js';
import { takeScreenshot } from './shot.js';

/*
 * The citizen's own way in, in Chromium at a phone's width: sign in with the
 * code the development SMS sender logs, ask for a ride at the real current
 * time (cars on duty around now), keyboard only, get the answer, follow the
 * ride and cancel it. axe-core on every screen; screenshots at 320, 390 and
 * 1280 px in test/e2e/screenshots.
 */
const log = captureLogger();
let suite: Suite | undefined;

async function register(fullName: string, phone: string, services: string[]) {
  const res = await suite!.app.api<{ id: string }>('POST', '/citizens', {
    token: suite!.admin,
    body: {
      fullName,
      phone,
      home: { placeId: 'yahya-kaptan-mah' },
      eligibility: services.map((serviceId) => ({
        serviceId,
        validFrom: izmitDate(-1),
        validUntil: izmitDate(365),
        basis: 'Test raporu',
      })),
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function open(width: number): Promise<Page> {
  const context = await suite!.browser.newContext({
    locale: 'tr-TR',
    timezoneId: ZONE,
    viewport: { width, height: 800 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${suite!.app.url}/request/`);
  return page;
}

async function shots(page: Page, name: string) {
  const size = page.viewportSize()!;
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await settled(page);
    await takeScreenshot(page, {
      path: join(SHOTS_DIR, `request-${name}-${width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize(size);
}

/** Presses Tab until the focused element has this accessible name (keyboard only: no clicks). */
async function tabTo(page: Page, name: RegExp | string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    // The focused control's accessible name, roughly as a screen reader says it (the page's DOM, as a string).
    const focused = String(
      await page.evaluate(`(() => {
        const el = document.activeElement;
        if (!el) return '';
        const label = el.id ? document.querySelector('label[for="' + el.id + '"]')?.textContent : null;
        return (el.getAttribute('aria-label') ?? label ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim();
      })()`),
    );
    if (typeof name === 'string' ? focused.startsWith(name) : name.test(focused)) return;
  }
  throw new Error(`never reached ${String(name)} with Tab`);
}

async function signIn(page: Page, phone: string) {
  await page.getByLabel('Cep telefonu numaranız').fill(phone);
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Numara kayıtlıysa' }).waitFor();
  const code = lastCodeFor(log.records, `+90${phone.replace(/\D/g, '').slice(-10)}`);
  expect(code).toMatch(/^\d{6}$/);
  // The code field has the focus: typed, then Enter.
  await page.keyboard.type(code!);
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Yolculuklarım' }).waitFor();
}

describe('a citizen asks for a ride and follows it', () => {
  beforeAll(async () => {
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
    // A car for mothers on duty from an hour ago to six hours ahead, whatever the hour now.
    await vehicleWithShift(suite, Date.now() - 3_600_000, Date.now() + 6 * 3_600_000, [
      'anne-taksi',
    ]);
  });
  afterAll(() => stopSuite(suite));

  it('signs in with the texted code, asks for a ride as soon as possible by keyboard only, follows it and cancels it', async () => {
    await register('Ayşe Kılınç', '0555 700 00 01', ['anne-taksi']);
    const page = await open(390);
    await expectAccessible(page, 'sign-in');
    await shots(page, 'sign-in');
    await signIn(page, '0555 700 00 01');

    // 1. Service: the only one she may book is offered; the others can be applied for.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Adım 1 / 6' }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'service step');
    await shots(page, 'service');
    await tabTo(page, 'Anne Taksi');
    await page.keyboard.press('Space');
    await tabTo(page, 'İleri');
    await page.keyboard.press('Enter');

    // 2. From: her home, registered by the office.
    await page.getByRole('heading', { name: 'Adım 2 / 6' }).waitFor();
    await tabTo(page, /^Evim/);
    await page.keyboard.press('Space');
    await tabTo(page, 'İleri');
    await page.keyboard.press('Enter');

    // 3. To: a hospital from the list; a missing choice is said and tied to the field first.
    await page.getByRole('heading', { name: 'Adım 3 / 6' }).waitFor();
    await tabTo(page, 'İleri');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Lütfen bir yer seçin.' }).waitFor();
    await expectAccessible(page, 'to step with an error');
    await tabTo(page, 'Hastane');
    await page.keyboard.press('Space');
    await tabTo(page, /^Hastane ya da merkez\s*\*?$/);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'İleri');
    await page.keyboard.press('Enter');

    // 4. When: as soon as possible (the service allows it), 5. needs, 6. send.
    await page.getByRole('heading', { name: 'Adım 4 / 6' }).waitFor();
    await expectAccessible(page, 'when step');
    await tabTo(page, 'İleri');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Adım 5 / 6' }).waitFor();
    await expectAccessible(page, 'needs step');
    await shots(page, 'needs');
    await tabTo(page, 'İleri');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Adım 6 / 6' }).waitFor();
    await tabTo(page, 'İsteği gönder');
    await page.keyboard.press('Enter');

    await page
      .getByRole('heading', { name: 'Yolculuğunuz onaylandı.' })
      .waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.getByText(/Araç sizi .* ile .* arasında alacak\./).isVisible())
      .toBe(true);
    await expectAccessible(page, 'answer');
    await shots(page, 'answer');

    // Following it: the car's plate and the driver's first name only.
    await tabTo(page, 'Yolculuğu izle');
    await page.keyboard.press('Enter');
    await page.getByText('Durum: Onaylandı').waitFor();
    await page.getByText(/^Araç: 41 [A-Z0-9 ]+, sürücü \S+$/).waitFor();
    await page.getByText(/Araç planlanan saatte kapınızda: /).waitFor();
    await expectAccessible(page, 'ride');
    await shots(page, 'ride');

    // Cancelling: the rule is said before the cancel is confirmed.
    await tabTo(page, 'Yolculuğu iptal et');
    await page.keyboard.press('Enter');
    await page.getByText(/lütfen olabildiğince erken edin/).waitFor();
    await expectAccessible(page, 'cancel confirmation');
    await tabTo(page, 'Evet, iptal et');
    await page.keyboard.press('Enter');
    await page.getByText('Durum: İptal edildi').waitFor();

    // Past and coming rides: the cancelled one is in the list, and can be asked for again.
    await page.getByRole('link', { name: 'Yolculuklarım' }).click();
    await page.getByRole('heading', { name: 'Gelecek yolculuklar' }).waitFor();
    await expectAccessible(page, 'rides');
    await page.context().close();
  });

  it('at 320 px a citizen with no service sees how to apply, and the application reaches the operators', async () => {
    const id = await register('Mehmet Tan', '0555 700 00 02', []);
    const page = await open(320);
    await signIn(page, '0555 700 00 02');
    await page.getByText('Şu an hiçbir hizmet için hakkınız görünmüyor').waitFor();
    await expectAccessible(page, 'no service');
    await page.getByRole('button', { name: 'Engelsiz Taksi için başvur' }).click();
    await page.getByText('Engelsiz Taksi: başvurunuz alındı').waitFor();
    const rows = await suite!.app.database.db.query<{ service_id: string }>(
      'SELECT service_id FROM service_applications WHERE citizen_id = $1',
      [id],
    );
    expect(rows.map((r) => r.service_id)).toEqual(['engelsiz-taksi']);
    // English second: the switch changes the words and the page's language for screen readers.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: 'Apply for Vaccination Transport' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await expectAccessible(page, 'no service, in English');
    // Nothing overflows sideways at 320 px.
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  // Last: it calls off every other car's shift.
  it('follows the ride while the driver, on another phone, arrives and picks her up', async () => {
    const car = await onlyThisCar(suite!);
    const citizenId = await register('Nuriye Aksoy', '0555 700 00 03', ['engelsiz-taksi']);
    const page = await open(390);
    await signIn(page, '0555 700 00 03');
    // Booked with her own session, through the API the page uses.
    const session = JSON.parse(
      String(await page.evaluate('sessionStorage.getItem("yoldas.session")')),
    ) as { accessToken: string };
    const booked = await suite!.app.api<BookingView>('POST', '/bookings', {
      token: session.accessToken,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        wheelchair: 'manual',
        asap: true,
      },
    });
    expect(booked.body.status, JSON.stringify(booked.body)).toBe('scheduled');
    await page.goto(`${suite!.app.url}/request/#/rides/${booked.body.id}`);
    await page.getByText('Durum: Onaylandı').waitFor();
    await page.getByText(`Araç: ${car.plate}, sürücü Sürücü`).waitFor();

    const driverPhone = await phone(suite!);
    const driver = await openDriver(driverPhone, suite!.app.url, car);
    const pickup = stopCard(driver, 'Alış', 'Nuriye Aksoy');
    await pickup.getByRole('button', { name: 'Vardım' }).click();
    await page.reload();
    await page.getByText('Durum: Araç kapıda').waitFor();
    await expectAccessible(page, 'ride, car at the door');
    await pickup.getByRole('button', { name: 'Yolcu alındı' }).click();
    await page.reload();
    await page.getByText('Durum: Yolda').waitFor();
    // On board: nothing to cancel any more.
    expect(await page.getByRole('button', { name: 'Yolculuğu iptal et' }).count()).toBe(0);
    await driverPhone.close();
    await page.context().close();
  });
});
