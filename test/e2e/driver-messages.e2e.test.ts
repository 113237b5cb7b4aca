import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShiftAroundNow } from '../support/fleet-now.js';
import { onlyThisCar, openDriver, phone } from './driver-support.js';
import {
  expectAccessible,
  openOperator,
  SHOTS_DIR,
  type Suite,
  screenshots,
  settled,
  startSuite,
  stopSuite,
} from './operator-support.js';
import { takeScreenshot } from './shot.js';

/*
 * Dispatch and a driver talking at the real hour: the driver (a phone)
 * taps a canned reply, the operator (a desk) reads it and answers with one
 * of theirs; then the driver presses the emergency button, every operator's
 * screen shows it with the car's position, one takes it and the driver sees
 * who did.
 */

let suite: Suite;
let car: ShiftAroundNow;

async function phoneShot(page: Page, name: string) {
  await settled(page);
  await takeScreenshot(page, { path: join(SHOTS_DIR, `${name}-390.png`), fullPage: true });
}

describe('messages and the emergency button between a driver and dispatch', () => {
  beforeAll(async () => {
    suite = await startSuite();
    car = await onlyThisCar(suite);
  });
  afterAll(() => stopSuite(suite));

  it('carries a canned reply each way, and an emergency that one operator takes', async () => {
    const operator = await openOperator(suite);
    const driver = await openDriver(await phone(suite), suite.app.url, car);
    const driverName = `Sürücü ${'Rampalı (vardiya)'}`;

    // The driver: one tap on a canned text.
    const thread = driver.getByRole('region', { name: 'Mesajlar' });
    await thread.getByRole('button', { name: 'Trafik, 10 dk gecikme' }).click();
    await thread.getByRole('listitem').filter({ hasText: 'Trafik, 10 dk gecikme' }).waitFor();

    // The operator reads it in the inbox and answers with one of dispatch's.
    const inbox = operator.getByRole('region', { name: 'Sürücülerden mesajlar' });
    const line = inbox.getByRole('listitem').filter({ hasText: 'Trafik, 10 dk gecikme' });
    await line.waitFor();
    expect(await line.textContent()).toContain(`${driverName} (${car.plate})`);
    await line.getByRole('button', { name: `${driverName} ile yazış` }).click();
    const conversation = inbox.getByRole('region', { name: `${driverName} ile mesajlar` });
    await conversation.getByRole('button', { name: 'Yolcuyu arıyoruz, bekleyin' }).click();
    await conversation
      .getByRole('listitem')
      .filter({ hasText: 'Yolcuyu arıyoruz, bekleyin' })
      .waitFor();

    await thread.getByRole('listitem').filter({ hasText: 'Yolcuyu arıyoruz, bekleyin' }).waitFor();
    expect(await thread.getByRole('listitem').last().textContent()).toContain(
      'Merkez · Ayşe Operatör',
    );
    await expectAccessible(driver, 'driver-messages');
    await phoneShot(driver, 'driver-messages');
    await expectAccessible(operator, 'operator-messages');
    await screenshots(operator, 'operator-messages');

    // The emergency: one press, one confirmation.
    await driver.getByRole('button', { name: 'ACİL DURUM' }).click();
    await expectAccessible(driver, 'driver-emergency-confirm');
    await driver.getByRole('button', { name: 'Evet, bildir' }).click();
    await driver.getByText(/Acil durum \d\d:\d\d itibarıyla merkeze bildirildi/).waitFor();

    const alarm = operator.getByRole('alert').filter({ hasText: 'ACİL DURUM' });
    await alarm.waitFor();
    // The phone's position (the test's geolocation) travels with it.
    expect(await alarm.textContent()).toContain(`${driverName} (${car.plate})`);
    expect(await alarm.textContent()).toContain('40.76540, 29.94080');
    await expectAccessible(operator, 'operator-emergency');
    await screenshots(operator, 'operator-emergency');

    // Where is it? The live map picks the car, marked, with its stops and the conversation.
    await alarm.getByRole('button', { name: 'Haritada göster' }).click();
    const map = operator.getByRole('region', { name: 'Canlı harita' });
    const vehicleRow = map.getByRole('listitem').filter({ hasText: car.plate }).getByRole('button');
    await expect.poll(() => vehicleRow.getAttribute('aria-pressed')).toBe('true');
    await vehicleRow.getByText('Acil durum', { exact: true }).waitFor();
    await map.getByRole('region', { name: new RegExp(`${car.plate}.*kalan duraklar`) }).waitFor();

    await alarm.getByRole('button', { name: 'Üstlen' }).click();
    await expect.poll(() => vehicleRow.getByText('Acil durum', { exact: true }).count()).toBe(0);
    await operator.getByText(/acil durumu: Ayşe Operatör \d\d:\d\d itibarıyla üstlendi/).waitFor();
    await driver
      .getByText(/Ayşe Operatör \d\d:\d\d itibarıyla acil durumunuzla ilgileniyor/)
      .waitFor();
    await expectAccessible(driver, 'driver-emergency-taken');
    await phoneShot(driver, 'driver-emergency-taken');

    // Stored: the office's record says who took it and when.
    const [row] = await suite.app.database.db.query<{ by: string }>(
      `SELECT u.display_name AS by FROM emergencies e JOIN users u ON u.id = e.acknowledged_by
       WHERE e.vehicle_id = $1`,
      [car.vehicleId],
    );
    expect(row?.by).toBe('Ayşe Operatör');
  });
});
