import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
import {
  bookRide,
  choosePlace,
  citizen,
  dmy,
  expectAccessible,
  izmitDate,
  izmitParts,
  openOperator,
  pickCitizen,
  type Suite,
  screenshots,
  startSuite,
  stopSuite,
  typeDate,
  typeTime,
  vehicleWithShift,
  ZONE,
} from './operator-support.js';

/*
 * Rides beyond the simple call, in Chromium against the whole service at the
 * real current hour: a vaccination appointment from a village shared with a
 * neighbour and its return, a wheelchair user fetched from a door with a
 * saved address as the destination, and a standing order over a holiday.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
let suite: Suite;

/** Tomorrow in İzmit at a local time (appointment services take no same-day rides). */
function tomorrowAt(hour: number, minute = 0): DateTime {
  return DateTime.now()
    .setZone(ZONE)
    .plus({ days: 1 })
    .set({ hour, minute, second: 0, millisecond: 0 });
}

describe('operator console: rides with appointments, doors and series', () => {
  beforeAll(async () => {
    suite = await startSuite();
    const now = Date.now();
    // Today around now for the wheelchair ride; tomorrow's working day for the appointments.
    await vehicleWithShift(suite, now - HOUR / 2, now + 10 * HOUR, ['engelsiz-taksi']);
    await vehicleWithShift(suite, tomorrowAt(6).toMillis(), tomorrowAt(21).toMillis(), [
      'asi-ulasim',
    ]);
  });
  afterAll(() => stopSuite(suite));

  it('two villagers to the same vaccination appointment ride together; the answer names the neighbour, the arrival window and the return', async () => {
    // The appointment follows the clock (tomorrow at this hour, kept inside the working day).
    const hour = Math.min(16, Math.max(9, DateTime.now().setZone(ZONE).hour));
    const appointment = tomorrowAt(hour, 30);
    const neighbour = await citizen(suite, 'Emine Komşu', 'arizli-koy', ['asi-ulasim']);
    const villager = await citizen(suite, 'Hüseyin Köylü', 'arizli-koy', ['asi-ulasim']);
    const first = await bookRide(suite, {
      serviceId: 'asi-ulasim',
      citizenId: neighbour.id,
      pickup: { placeId: 'arizli-koy' },
      dropoff: { placeId: 'izmit-asi-merkezi' },
      arriveBy: appointment.toISO(),
      returnTrip: { readyAfterMinutes: 45 },
    });
    expect(first.status, JSON.stringify(first.explanation)).toBe('scheduled');

    const page = await openOperator(suite);
    await pickCitizen(page, 'Hüseyin', villager.fullName);
    expect(await page.getByLabel('Hizmet', { exact: true }).inputValue()).toBe('asi-ulasim');
    expect(await page.getByRole('combobox', { name: 'Alış yeri' }).inputValue()).toBe(
      'Arızlı Köyü',
    );
    await choosePlace(page, 'Varış yeri', 'aşı merkezi', 'İzmit İlçe Sağlık Müdürlüğü Aşı Merkezi');
    await page.getByText('Randevuya yetişsin').waitFor();
    await typeDate(page, 'Tarih', appointment.toISODate()!);
    await typeTime(page, 'Randevu (varış) saati', appointment.toFormat('HH:mm'));
    await page.getByRole('radio', { name: 'N dakika sonra hazır' }).check();
    await page.getByLabel('Kaç dakika sonra hazır').fill('45');
    await expectAccessible(page, 'appointment form');
    await page.getByRole('button', { name: 'Rezervasyon yap' }).click();

    await page.getByRole('heading', { name: /^Atandı: / }).waitFor();
    const answer = page.getByRole('status').filter({ hasText: 'Atandı' });
    await answer
      .getByText(
        new RegExp(
          `^Randevu ${appointment.toFormat('HH:mm')}; varış \\d\\d:\\d\\d–\\d\\d:\\d\\d arasında\\.$`,
        ),
      )
      .waitFor();
    await answer.getByText(`Aynı araçta: ${neighbour.fullName}.`).waitFor();
    await answer.getByText(/^Dönüş: .+, alış \d\d:\d\d–\d\d:\d\d\.$/).waitFor();
    await expectAccessible(page, 'shared appointment answer');
    await screenshots(page, 'call-vaccine-shared');

    // The neighbour's ride now names the villager too.
    const neighbours = await suite.app.api<BookingView>('GET', `/bookings/${first.id}`, {
      token: suite.operator,
    });
    expect(neighbours.body.sharedWith.map((s) => s.citizenName)).toContain(villager.fullName);
  });

  it('a wheelchair user is fetched from a door typed in the address picker and taken to a saved address', async () => {
    const sukru = await citizen(
      suite,
      'Şükrü Kapıcı',
      'gultepe-mah',
      ['engelsiz-taksi'],
      'manual-wheelchair',
    );
    const daughters = {
      street: 'Cumhuriyet Cad.',
      buildingNo: '12',
      floor: '3',
      flat: '5',
      directions: 'Asansör arka girişte',
    };
    const saved = await suite.app.api('POST', `/citizens/${sukru.id}/addresses`, {
      token: suite.operator,
      body: {
        label: 'Kızının evi',
        placeId: 'kadikoy-mah',
        lat: 40.77,
        lng: 29.931,
        address: daughters,
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);

    const page = await openOperator(suite);
    await pickCitizen(page, 'Şükrü', sukru.fullName);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Alış yeri' }).inputValue())
      .toBe('Gültepe Mahallesi');
    // The door of today's pickup, typed into the picker (the street is not his home's record).
    await page.getByRole('button', { name: 'Alış yeri: Kapı bilgisi' }).click();
    const door = page.getByRole('group', { name: 'Alış yeri: Kapı bilgisi' });
    await door.getByLabel('Cadde / sokak').fill('Şehit Er Sk.');
    await door.getByLabel('Bina no').fill('7');
    await door.getByLabel('Kat').fill('Zemin');
    await door.getByLabel('Daire').fill('2');
    await door.getByLabel('Tarif (sürücü için)').fill('Sarı kapı; iki basamak, rampa yok');
    await door.getByRole('application', { name: /Harita/ }).waitFor();
    await expectAccessible(page, 'door address picker');
    await screenshots(page, 'call-door-picker');
    await page.getByRole('button', { name: 'Alış yeri: Kapı bilgisi' }).click();
    await page.getByText('Şehit Er Sk., 7, Zemin, 2, Sarı kapı; iki basamak, rampa yok').waitFor();

    // The daughter's flat in one click: the saved door comes with it.
    await page.getByRole('button', { name: 'Varış yeri: Kızının evi' }).click();
    await page.getByText('Cumhuriyet Cad., 12, 3, 5, Asansör arka girişte').waitFor();
    // Engelsiz Taksi wants 30 minutes' notice: 45 minutes from now (tomorrow, near midnight).
    const { date, time } = izmitParts(Date.now() + 45 * MIN);
    await typeDate(page, 'Tarih', date);
    await typeTime(page, 'Alış saati', time);
    await page.getByRole('button', { name: 'Rezervasyon yap' }).click();
    await page.getByRole('heading', { name: /^Atandı: / }).waitFor();
    await screenshots(page, 'call-door-booked');

    const rides = await suite.app.api<BookingView[]>(
      'GET',
      `/citizens/${sukru.id}/bookings?scope=upcoming`,
      { token: suite.operator },
    );
    expect(rides.body).toHaveLength(1);
    expect(rides.body[0]!.pickup).toMatchObject({
      placeId: 'gultepe-mah',
      address: {
        street: 'Şehit Er Sk.',
        buildingNo: '7',
        floor: 'Zemin',
        flat: '2',
        directions: 'Sarı kapı; iki basamak, rampa yok',
      },
    });
    expect(rides.body[0]!.dropoff).toMatchObject({ label: 'Kızının evi', address: daughters });
    expect(rides.body[0]!.passengers.wheelchair).toBe('manual');
  });

  it('a standing order skips the holiday the administrator declared; the card lists the series and ends it', async () => {
    const gonul = await citizen(suite, 'Gönül Diyaliz', 'gultepe-mah', ['engelsiz-taksi']);
    // Two weeks from the day after tomorrow, on that weekday and two days later; the
    // second week's first day is a holiday.
    const startsOn = izmitDate(2);
    const endsOn = izmitDate(15);
    const holiday = izmitDate(9);
    const weekdays = [startsOn, izmitDate(4)].map(
      (d) => DateTime.fromISO(d, { zone: ZONE }).weekday,
    );
    const declared = await suite.app.api('POST', '/holidays', {
      token: suite.admin,
      body: { date: holiday, name: 'Test Bayramı' },
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);

    const page = await openOperator(suite);
    await pickCitizen(page, 'Gönül', gonul.fullName);
    await page.getByRole('button', { name: 'Varış yeri: Hastaneler' }).click();
    await page.getByRole('menuitem', { name: 'Kocaeli Devlet Hastanesi' }).click();
    await page.getByLabel('Düzenli yolculuk (haftanın günleri)').check();
    const days = page.getByRole('group', { name: 'Günler' });
    const names = ['', 'Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'];
    for (const d of weekdays) await days.getByText(names[d]!, { exact: true }).click();
    await typeDate(page, 'Başlangıç', startsOn);
    await typeDate(page, 'Bitiş', endsOn);
    await typeTime(page, 'Alış saati', '08:00');
    await page.getByRole('radio', { name: 'Saatinde', exact: true }).check();
    await typeTime(page, 'Dönüş alış saati', '12:30');
    await expectAccessible(page, 'standing order form');
    await screenshots(page, 'call-standing-order-form');
    await page.getByRole('button', { name: 'Düzenli yolculuğu kaydet' }).click();

    await page
      .getByRole('heading', { name: /^Düzenli yolculuk kaydedildi: \d+ yolculuk\.$/ })
      .waitFor();
    await page
      .getByText(`Tatil nedeniyle atlanan günler: ${dmy(holiday)} (Test Bayramı)`)
      .waitFor();
    const heading = await page
      .getByRole('heading', { name: /^Düzenli yolculuk kaydedildi/ })
      .textContent();
    // Four days over two weeks, one of them the holiday.
    expect(heading).toBe('Düzenli yolculuk kaydedildi: 3 yolculuk.');
    await expectAccessible(page, 'standing order saved');
    await screenshots(page, 'call-standing-order-saved');

    // The citizen's card lists the series; ending it asks for a reason.
    await page.getByRole('link', { name: 'Kartı aç' }).click();
    const series = page.getByRole('region', { name: 'Düzenli yolculuklar' });
    const item = series.getByRole('listitem').filter({
      hasText: `08:00 · Gültepe Mahallesi → Kocaeli Devlet Hastanesi · ${dmy(startsOn)} – ${dmy(endsOn)}`,
    });
    await item.waitFor();
    await item.getByRole('button', { name: 'Sonlandır' }).click();
    await item.getByLabel('Neden').fill('Tedavi merkezi değişti');
    await expectAccessible(page, 'end standing order');
    await item.getByRole('button', { name: 'Sonlandır' }).click();
    await item.getByText('sona erdi').waitFor();
    await screenshots(page, 'citizen-card-series-ended');
  });
});
