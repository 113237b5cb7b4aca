import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';
import {
  bookRide,
  citizen,
  expectAccessible,
  izmitDate,
  openOperator,
  pickCitizen,
  type Suite,
  screenshots,
  showDay,
  startSuite,
  stopSuite,
  vehicleWithShift,
  ZONE,
} from './operator-support.js';

/*
 * The day's board and the citizen's card, in Chromium against the whole
 * service at the real current hour: rides are booked through the API around
 * "now" (the setting), the operator works them on the board (the story).
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
let suite: Suite;
let capable: { plate: string; shiftId: string }[];
let mothersCar: { plate: string; shiftId: string };

const iso = (at: number) => new Date(at).toISOString();

describe('operator console: the day’s board', () => {
  beforeAll(async () => {
    suite = await startSuite();
    const now = Date.now();
    capable = [
      await vehicleWithShift(suite, now - HOUR / 2, now + 10 * HOUR, ['engelsiz-taksi']),
      await vehicleWithShift(suite, now - HOUR / 2, now + 10 * HOUR, ['engelsiz-taksi']),
    ];
    // Reserved for mothers: a wheelchair ride must never go to it.
    mothersCar = await vehicleWithShift(suite, now - HOUR / 2, now + 10 * HOUR, ['anne-taksi']);
  });
  afterAll(() => stopSuite(suite));

  it('filters find a wheelchair ride; it goes to another vehicle, a mothers’ car is refused with the reason, the history names who did it, and the card shows the ride', async () => {
    const at = Date.now() + 50 * MIN;
    const day = izmitDate(0, at);
    const kemal = await citizen(
      suite,
      'Kemal Aktarma',
      'yahya-kaptan-mah',
      ['engelsiz-taksi'],
      'manual-wheelchair',
    );
    const mother = await citizen(suite, 'Derya Süzgeç', 'kozluk-mah', ['anne-taksi']);
    const ride = await bookRide(suite, {
      serviceId: 'engelsiz-taksi',
      citizenId: kemal.id,
      pickup: { placeId: 'yahya-kaptan-mah' },
      dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
      pickupAt: iso(at),
      wheelchair: 'manual',
    });
    expect(ride.status, JSON.stringify(ride.explanation)).toBe('scheduled');
    await bookRide(suite, {
      serviceId: 'anne-taksi',
      citizenId: mother.id,
      pickup: { placeId: 'seka-devlet-hastanesi' },
      dropoff: { placeId: 'kozluk-mah' },
      pickupAt: iso(at),
      infants: 1,
    });

    const page = await openOperator(suite);
    await showDay(page, day);
    const board = page.getByRole('region', { name: /^Rezervasyonlar/ });
    const kemalRow = board.getByRole('row').filter({ hasText: kemal.fullName });
    const motherRow = board.getByRole('row').filter({ hasText: mother.fullName });
    await kemalRow.waitFor();
    await motherRow.waitFor();

    // Filters: by service, then by Kemal's vehicle; the mother's ride leaves the view.
    await board.getByLabel('Hizmete göre').selectOption('engelsiz-taksi');
    await motherRow.waitFor({ state: 'detached' });
    await board.getByLabel('Hizmete göre').selectOption('');
    await motherRow.waitFor();
    await board.getByLabel('Araca göre').selectOption({ label: ride.planned!.vehicle.plate });
    await kemalRow.getByText(ride.planned!.vehicle.plate).waitFor();
    expect(await motherRow.count()).toBe(0);
    await board.getByLabel('Duruma göre').selectOption('cancelled');
    await kemalRow.waitFor({ state: 'detached' });
    await board.getByLabel('Duruma göre').selectOption('scheduled');
    await kemalRow.waitFor();
    await expectAccessible(page, 'board filtered');
    await screenshots(page, 'board-filtered');
    await board.getByLabel('Araca göre').selectOption('');

    // The mothers' car cannot take a wheelchair ride: the engine's reason is shown.
    await kemalRow.getByRole('button', { name: /^Araç değiştir: / }).click();
    const dialog = page.getByRole('dialog', { name: `Başka araca ver: ${kemal.fullName}` });
    await dialog.getByLabel('Vardiya (araç, sürücü)').selectOption(mothersCar.shiftId);
    await dialog.getByLabel('Gerekçe').fill('Sürücü hastaneye yakın');
    await dialog.getByRole('button', { name: 'Araca ver' }).click();
    await dialog
      .getByText(new RegExp(`^Yolculuk ${mothersCar.plate} aracına verilemez: .+`))
      .waitFor();
    await expectAccessible(page, 'reassign refused');
    await screenshots(page, 'board-reassign-refused');

    // Another wheelchair vehicle can: the row shows its plate.
    const target = capable.find((c) => c.plate !== ride.planned!.vehicle.plate)!;
    await dialog.getByLabel('Vardiya (araç, sürücü)').selectOption(target.shiftId);
    await dialog.getByRole('button', { name: 'Araca ver' }).click();
    await dialog.waitFor({ state: 'detached' });
    await kemalRow.getByText(target.plate).waitFor();

    // The history says who did what, by name.
    await kemalRow.getByRole('button', { name: /^Geçmiş: / }).click();
    const history = page.getByRole('dialog', { name: `Geçmiş: ${kemal.fullName}` });
    await history.getByText('Oluşturuldu').waitFor();
    await history.getByText('Başka araca verildi').waitFor();
    await history.getByText('Sürücü hastaneye yakın').waitFor();
    expect(await history.getByText(/· Ayşe Operatör \(operatör\)$/).count()).toBe(2);
    await history
      .getByText(/· planlayıcı \(otomatik\)$/)
      .first()
      .waitFor();
    await expectAccessible(page, 'history');
    await screenshots(page, 'board-history');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });

    // The citizen's card from the board: details, upcoming ride; an operator grants nothing.
    await kemalRow.getByRole('link', { name: `${kemal.fullName} kartını aç` }).click();
    await page.getByRole('heading', { name: `Vatandaş kartı: ${kemal.fullName}` }).waitFor();
    const upcoming = page.getByRole('region', { name: 'Yaklaşan yolculuklar' });
    await upcoming
      .getByRole('row')
      .filter({ hasText: 'Yahya Kaptan Mahallesi → Kocaeli Devlet Hastanesi' })
      .filter({ hasText: 'Planlandı' })
      .waitFor();
    await page.getByText('Manuel tekerlekli sandalye').waitFor();
    expect(await page.getByText('Hak sahipliği ver / onayla').count()).toBe(0);
    await expectAccessible(page, 'citizen card');
    await screenshots(page, 'citizen-card');
    // Booking from the card starts a call with the citizen already chosen.
    await page.getByRole('button', { name: 'Bu vatandaş için rezervasyon' }).click();
    await page.getByText(new RegExp(`^Vatandaş: ${kemal.fullName}`)).waitFor();
    expect(await page.getByLabel('Hizmet', { exact: true }).inputValue()).toBe('engelsiz-taksi');
  });

  it('cancelling asks about the return and keeps it when told; a no-show is recorded; a ride turns late when its window passes', async () => {
    const now = Date.now();
    // Three rides leave within ten minutes, each needing a wheelchair vehicle of its own.
    await vehicleWithShift(suite, now - HOUR / 2, now + 10 * HOUR, ['engelsiz-taksi']);
    await vehicleWithShift(suite, now - HOUR / 2, now + 10 * HOUR, ['engelsiz-taksi']);
    const hatice = await citizen(suite, 'Hatice Dönüş', 'gultepe-mah', ['engelsiz-taksi']);
    const riza = await citizen(suite, 'Rıza Gecikme', 'kadikoy-mah', ['engelsiz-taksi']);
    const nuri = await citizen(suite, 'Nuri Gelmedi', 'cedit-mah', ['engelsiz-taksi']);
    const ride = (citizenId: string, from: string, at: number, extra = {}) =>
      bookRide(suite, {
        serviceId: 'engelsiz-taksi',
        citizenId,
        pickup: { placeId: from },
        dropoff: { placeId: 'seka-devlet-hastanesi' },
        pickupAt: iso(at),
        ...extra,
      });
    // Engelsiz Taksi wants 30 minutes' notice: the rides leave 35 to 45 minutes from now,
    // all on one local day (just past midnight when they would straddle it).
    let base = now + 35 * MIN;
    if (izmitDate(0, base) !== izmitDate(0, base + 10 * MIN))
      base = DateTime.fromISO(izmitDate(0, base + 10 * MIN), { zone: ZONE })
        .plus({ minutes: 1 })
        .toMillis();
    const outbound = await ride(hatice.id, 'gultepe-mah', base + 5 * MIN, {
      returnTrip: { readyAfterMinutes: 60 },
    });
    const late = await ride(riza.id, 'kadikoy-mah', base);
    const absent = await ride(nuri.id, 'cedit-mah', base + 10 * MIN);
    for (const b of [outbound, late, absent])
      expect(b.status, `${b.citizenName}: ${JSON.stringify(b.explanation)}`).toBe('scheduled');
    expect(outbound.returnTrip).not.toBeNull();
    const returnId = outbound.returnTrip!.id;

    const page = await openOperator(suite, 1280, undefined, { clock: true });
    await showDay(page, izmitDate(0, base));
    const board = page.getByRole('region', { name: /^Rezervasyonlar/ });
    const rowOf = (name: string) =>
      board.getByRole('row').filter({ hasText: name }).filter({ hasNotText: '↩' });

    // Cancel the way there only: the dialog asks about the return, the operator keeps it.
    await rowOf(hatice.fullName)
      .getByRole('button', { name: /^İptal et: / })
      .click();
    const cancel = page.getByRole('dialog', { name: `Rezervasyonu iptal et: ${hatice.fullName}` });
    const keepReturn = cancel.getByRole('checkbox', { name: /^Dönüşü de iptal et \(\d\d:\d\d\)$/ });
    expect(await keepReturn.isChecked()).toBe(true);
    await keepReturn.uncheck();
    await cancel.getByLabel('İptal nedeni').fill('Randevu ertelendi, dönüşte alınacak');
    await expectAccessible(page, 'cancel dialog');
    await screenshots(page, 'board-cancel-return');
    await cancel.getByRole('button', { name: 'İptali onayla' }).click();
    await cancel.waitFor({ state: 'detached' });
    await rowOf(hatice.fullName).getByText('İptal edildi').waitFor();
    const kept = await suite.app.api<BookingView>('GET', `/bookings/${returnId}`, {
      token: suite.operator,
    });
    expect(['scheduled', 'pending']).toContain(kept.body.status);

    // Nuri is not at the door: a no-show with the driver's note.
    await rowOf(nuri.fullName)
      .getByRole('button', { name: /^Gelmedi: / })
      .click();
    const noShow = page.getByRole('dialog', { name: `Gelmedi olarak işaretle: ${nuri.fullName}` });
    await noShow.getByLabel('Not (isteğe bağlı)').fill('Kapıda 10 dakika beklendi');
    await expectAccessible(page, 'no-show dialog');
    await noShow.getByRole('button', { name: 'Gelmedi olarak işaretle' }).click();
    await noShow.waitFor({ state: 'detached' });
    await rowOf(nuri.fullName).locator('.mantine-Badge-root', { hasText: 'Gelmedi' }).waitFor();
    expect(
      await rowOf(nuri.fullName)
        .getByRole('button', { name: /^Gelmedi: / })
        .count(),
    ).toBe(0);

    // An hour and a half on (the page's clock only): Rıza's window is over and nobody
    // picked him up.
    const rizaRow = rowOf(riza.fullName);
    expect(await rizaRow.getByText('Gecikti', { exact: true }).count()).toBe(0);
    await page.clock.fastForward('01:30:00');
    await rizaRow.getByText('Gecikti', { exact: true }).waitFor();
    await board.getByText(/^\d+ gecikme$/).waitFor();
    expect(await rizaRow.getAttribute('data-late')).toBe('true');
    // Done, cancelled and no-show rides are never late.
    expect(await rowOf(nuri.fullName).getAttribute('data-late')).toBeNull();
    expect(await rowOf(hatice.fullName).getAttribute('data-late')).toBeNull();
    // The socket missed its pings during the jump; the console connects again by itself.
    await page.getByText('Bağlı', { exact: true }).waitFor();
    await expectAccessible(page, 'late ride');
    await screenshots(page, 'board-late');
  });

  it('a supervisor confirms a citizen’s eligibility on the card', async () => {
    const sevim = await citizen(suite, 'Sevim Onay', 'arizli-koy', []);
    const page = await openOperator(suite, 1280, ['supervisor', 'yoldas-supervisor']);
    await pickCitizen(page, 'Sevim', sevim.fullName);
    await page.getByRole('link', { name: 'Kartı aç' }).click();
    const eligibility = page.getByRole('region', { name: 'Hak sahipliği' });
    await eligibility.getByText('yok', { exact: true }).waitFor();
    const grant = page.getByRole('form', { name: 'Hak sahipliği ver / onayla' });
    await grant.getByLabel('Hizmet').selectOption('asi-ulasim');
    await grant.getByLabel('Dayanak (rapor, inceleme)').fill('Aile hekimi raporu');
    await grant.getByLabel('Engellilik oranı (%)').fill('60');
    await expectAccessible(page, 'grant eligibility');
    await grant.getByRole('button', { name: 'Kaydet' }).click();
    await page.getByText('Hak sahipliği kaydedildi.').waitFor();
    await eligibility
      .getByRole('listitem')
      .filter({ hasText: 'Aşı Ulaşım' })
      .getByText('geçerli')
      .waitFor();
    await screenshots(page, 'citizen-card-supervisor');
  });
});
