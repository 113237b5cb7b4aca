import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  choosePlace,
  citizen,
  expectAccessible,
  izmitDate,
  openOperator,
  pickCitizen,
  type Suite,
  screenshots,
  startSuite,
  stopSuite,
  typeDate,
  typeTime,
  vehicleWithShift,
} from './operator-support.js';

/*
 * The calls an operator takes, in Chromium against the whole service, at the
 * real current hour: every test makes the shifts it needs around "now" (a
 * shift crosses midnight when the suite runs at 23:30).
 */

const HOUR = 3_600_000;
let suite: Suite;

describe('operator console: calls', () => {
  beforeAll(async () => {
    suite = await startSuite();
    const now = Date.now();
    // Two vehicles working from half an hour ago for ten hours: today's rides at any hour.
    await vehicleWithShift(suite, now - HOUR / 2, now + 10 * HOUR);
    await vehicleWithShift(suite, now - HOUR / 2, now + 10 * HOUR);
  });
  afterAll(() => stopSuite(suite));

  it('a mother discharged now goes home as soon as possible; the answer gives the vehicle and its ETA in Turkish formats', async () => {
    const mother = await citizen(suite, 'Ayten Doğan', 'yahya-kaptan-mah', ['anne-taksi']);
    const page = await openOperator(suite);
    await pickCitizen(page, 'Ayten', mother.fullName);
    // Focus follows the call: after the citizen, the service.
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as {
            document: { activeElement: { getAttribute(n: string): string | null } | null };
          }
        ).document.activeElement?.getAttribute('id'),
      ),
    ).toBe(await page.getByLabel('Hizmet', { exact: true }).getAttribute('id'));
    expect(await page.getByLabel('Hizmet', { exact: true }).inputValue()).toBe('anne-taksi');
    await page.getByRole('button', { name: 'Varış yeri: Hastaneler' }).click();
    await page.getByRole('menuitem', { name: 'Seka Devlet Hastanesi' }).click();
    // From the hospital home: swap by choosing the hospital as pickup and home as drop-off.
    await choosePlace(page, 'Alış yeri', 'seka', 'Seka Devlet Hastanesi');
    await page.getByRole('button', { name: 'Varış yeri: Ev: Yahya Kaptan Mahallesi' }).click();
    await page.getByText('En kısa sürede').click();
    await page.getByLabel('Bebek sayısı').fill('1');
    await page.getByLabel('Not (sürücü için)').fill('Doğum servisi, 3. kat');
    await expectAccessible(page, 'call form');
    await page.getByRole('button', { name: 'Rezervasyon yap' }).click();
    // The answer while the caller is on the line: assigned, not "still planning" (how fast is
    // measured by bench:api, not asserted on a shared machine).
    const answer = page.getByRole('heading', { name: /^Atandı: / });
    await answer.waitFor({ timeout: 20_000 });
    await page.getByText(/^Araç yaklaşık \d+ dakikada alışta \(\d\d:\d\d\)\.$/).waitFor();
    // dd.mm.yyyy and 24-hour.
    await page
      .getByText(
        new RegExp(
          `^${izmitDate().split('-').reverse().join('\\.')}, alış \\d\\d:\\d\\d–\\d\\d:\\d\\d$`,
        ),
      )
      .waitFor();
    await page.getByText('Neden').waitFor();
    await expectAccessible(page, 'ASAP answer');
    await screenshots(page, 'call-asap');

    // A new call starts clean: no previous citizen, babies, drop-off or time.
    await page.keyboard.press('Alt+N');
    await page.getByLabel('Vatandaş ara (ad, telefon, TC)').waitFor();
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as {
            document: { activeElement: { getAttribute(n: string): string | null } | null };
          }
        ).document.activeElement?.getAttribute('type'),
      ),
    ).toBe('search');
    expect(await page.getByLabel('Bebek sayısı').inputValue()).toBe('0');
    expect(await page.getByRole('combobox', { name: 'Varış yeri' }).inputValue()).toBe('');
    expect(await page.getByLabel('Not (sürücü için)').inputValue()).toBe('');
    expect(await page.getByRole('heading', { name: /^Atandı: / }).count()).toBe(0);
  });

  it('a first-time caller is registered and booked with an eligibility override, nothing retyped', async () => {
    const page = await openOperator(suite);
    await page.getByLabel('Vatandaş ara (ad, telefon, TC)').fill('Gülsüm Ilgaz');
    await page.getByText('Eşleşen vatandaş yok.').waitFor();
    await page.getByRole('button', { name: 'Yeni vatandaş kaydet' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Ad soyad').inputValue()).toBe('Gülsüm Ilgaz');
    await dialog.getByLabel('Telefon').fill('0532 765 43 21');
    await dialog.getByLabel('Hareket durumu').selectOption('manual-wheelchair');
    await expectAccessible(page, 'register dialog');
    await dialog.getByRole('button', { name: 'Kaydet ve seç' }).click();
    await page.getByText(/^Vatandaş: Gülsüm Ilgaz/).waitFor();
    await page.getByLabel('Hizmet', { exact: true }).selectOption('engelsiz-taksi');
    await choosePlace(page, 'Alış yeri', 'gultepe', 'Gültepe Mahallesi');
    await choosePlace(page, 'Varış yeri', 'kocaeli devlet', 'Kocaeli Devlet Hastanesi');
    // Engelsiz Taksi needs 30 minutes' notice: an hour from now (today or, near midnight, tomorrow).
    const at = Date.now() + HOUR;
    await typeDate(page, 'Tarih', izmitDate(0, at));
    await typeTime(
      page,
      'Alış saati',
      new Date(at).toLocaleTimeString('en-GB', {
        timeZone: 'Europe/Istanbul',
        hour: '2-digit',
        minute: '2-digit',
      }),
    );
    await page.getByRole('button', { name: 'Rezervasyon yap' }).click();
    await page.getByText('Hak sahipliği yok', { exact: true }).first().waitFor();
    await page.getByLabel('Gerekçe').fill('İlk arama, rapor yolda');
    await expectAccessible(page, 'eligibility override');
    await page.getByRole('button', { name: 'Gerekçeyle yine de ayır' }).click();
    await page.getByRole('heading', { name: /^(Atandı: |Bu saat için araç atanamadı)/ }).waitFor();
    await screenshots(page, 'call-first-time');
  });

  it('a double booking is refused with the existing ride shown, then confirmed with a reason', async () => {
    const osman = await citizen(
      suite,
      'Necati Tunç',
      'gultepe-mah',
      ['engelsiz-taksi'],
      'manual-wheelchair',
    );
    const page = await openOperator(suite);
    const at = Date.now() + HOUR;
    for (const attempt of [1, 2]) {
      if (attempt === 2) await page.keyboard.press('Alt+N');
      await pickCitizen(page, 'Necati', osman.fullName);
      await choosePlace(page, 'Varış yeri', 'seka', 'Seka Devlet Hastanesi');
      await typeDate(page, 'Tarih', izmitDate(0, at));
      await typeTime(
        page,
        'Alış saati',
        new Date(at).toLocaleTimeString('en-GB', {
          timeZone: 'Europe/Istanbul',
          hour: '2-digit',
          minute: '2-digit',
        }),
      );
      await page.getByRole('button', { name: 'Rezervasyon yap' }).click();
      if (attempt === 1) await page.getByRole('heading', { name: /^Atandı: / }).waitFor();
    }
    await page.getByText('Vatandaşın bu saatte başka yolculuğu var').waitFor();
    await page.getByText(/^Mevcut yolculuk: /).waitFor();
    await expectAccessible(page, 'overlap');
    await screenshots(page, 'call-overlap');
    await page.getByLabel('Gerekçe').fill('Eşi için ikinci araç');
    await page.getByRole('button', { name: 'Gerekçeyle ikinci yolculuğu onayla' }).click();
    await page.getByRole('heading', { name: /^(Atandı: |Bu saat için araç atanamadı)/ }).waitFor();
  });

  it('keyboard: "?" shows the shortcuts, Alt+V goes to the search, "?" typed in a box stays a question mark', async () => {
    const page = await openOperator(suite);
    await page.locator('body').press('?');
    await page.getByRole('dialog', { name: 'Klavye kısayolları' }).waitFor();
    await expectAccessible(page, 'shortcut help');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Klavye kısayolları' }).waitFor({ state: 'hidden' });
    await page.keyboard.press('Alt+V');
    await page.keyboard.type('Ali?');
    expect(await page.getByLabel('Vatandaş ara (ad, telefon, TC)').inputValue()).toBe('Ali?');
    expect(await page.getByRole('dialog', { name: 'Klavye kısayolları' }).isVisible()).toBe(false);
  });
});
