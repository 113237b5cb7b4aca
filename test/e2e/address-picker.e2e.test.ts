import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service-harness.js';
import { takeScreenshot } from './shot.js';

/*
 * The address picker alone, in Debian's chromium against the whole service
 * (gazetteer geocoding, PGlite, the test Redis): type an address, take the
 * candidate, drop and move the pin, and read the value the booking API
 * would get. No tile ever loads here (no internet; the test also refuses the
 * tile server), so this is the "tiles cannot load" case by construction.
 */

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SHOTS = root('test-results/address-picker');

let app: TestService;
let browser: Browser;
let webDir: string;

interface Value {
  placeId?: string;
  label?: string;
  lat?: number;
  lng?: number;
  address?: Record<string, string>;
}

/** The picker page (web/e2e/address-picker.html) built on its own: it is no product page. */
async function buildPickerPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'yoldas-picker-'));
  await build({
    configFile: false,
    root: root('web'),
    base: '/',
    oxc: { jsx: { runtime: 'automatic' } },
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: { picker: root('web/e2e/address-picker.html') },
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  return outDir;
}

async function openPicker(width: number): Promise<{ page: Page; errors: string[] }> {
  const login = await app.api('POST', '/auth/login', {
    body: { username: 'operator', password: 'yoldas-operator' },
  });
  const context = await browser.newContext({
    locale: 'tr-TR',
    timezoneId: 'Europe/Istanbul',
    viewport: { width, height: 900 },
    // The API's CSP allows no inline script: let the test inject axe-core.
    bypassCSP: true,
  });
  await context.addInitScript((session) => {
    const storage = (
      globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }
    ).sessionStorage;
    storage.setItem('yoldas.session', session);
  }, JSON.stringify(login.body));
  // The default MAP_TILE_URL is OpenStreetMap's server: refuse it outright.
  await context.route('https://tile.openstreetmap.org/**', (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${app.url}/e2e/address-picker.html`);
  await page.getByRole('application', { name: /Harita/ }).waitFor();
  return { page, errors };
}

const readValue = async (page: Page): Promise<Value> =>
  JSON.parse((await page.getByTestId('value').textContent()) ?? '{}') as Value;

describe('address picker in the browser', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [webDir, browser] = await Promise.all([
      buildPickerPage(),
      chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      }),
    ]);
    app = await startTestService('pglite', {}, { webDir });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  it('finds a typed address, takes a dropped and moved pin, and passes axe', async () => {
    const { page, errors } = await openPicker(1280);

    await page.getByLabel('Adresi yazın').fill('Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3 D. 5');
    await page.getByRole('button', { name: 'Adresi bul' }).click();
    const line = 'Cumhuriyet Cad. No: 12, Kat 3, Daire 5, Kadıköy Mahallesi, İzmit';
    await page.getByText(line).waitFor();
    await page.getByText('Yalnız mahalle bulundu: kapıyı haritada işaretleyin').waitFor();
    await page.getByRole('button', { name: `Bunu kullan: ${line}` }).click();
    await expect.poll(async () => (await readValue(page)).placeId).toBe('kadikoy-mah');
    expect(await readValue(page)).toMatchObject({
      label: 'Kadıköy Mahallesi, İzmit',
      address: { street: 'Cumhuriyet Cad.', buildingNo: '12', floor: '3', flat: '5' },
    });
    expect(await page.getByLabel('Cadde / sokak').inputValue()).toBe('Cumhuriyet Cad.');
    await page.getByLabel('Tarif (sürücü için)').fill('Rampa arka bahçede');

    // The neighbourhood's centre is not the door: the operator drops the pin.
    const map = page.getByRole('application', { name: /Harita/ });
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40);
    await expect.poll(async () => (await readValue(page)).placeId).toBeUndefined();
    const dropped = await readValue(page);
    expect(dropped.lat).toBeLessThan(40.77);
    expect(dropped.lng).toBeGreaterThan(29.931);
    await expect.poll(async () => (await readValue(page)).label).toBe('Kadıköy Mahallesi, İzmit');

    // Dragging the pin moves the point.
    const pin = page.getByRole('button', { name: 'Kapının yeri' });
    // Grabbed where it rests: a pin still moving with the map (a busy machine) is missed, and
    // the drag pans the map instead.
    let p = (await pin.boundingBox())!;
    await expect
      .poll(async () => {
        const before = p;
        await page.waitForTimeout(150);
        p = (await pin.boundingBox())!;
        return p.x === before.x && p.y === before.y;
      })
      .toBe(true);
    await page.mouse.move(p.x + p.width / 2, p.y + p.height / 2);
    await page.mouse.down();
    await page.mouse.move(p.x + p.width / 2 - 40, p.y + p.height / 2 - 30, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await readValue(page)).lat).toBeGreaterThan(dropped.lat!);

    // Keyboard only: skip past the map to the button that pins its centre.
    await page.getByRole('link', { name: 'Haritayı atla' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').textContent()).toBe('İğneyi harita ortasına koy');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readValue(page)).lat).toBeCloseTo(40.77, 2);

    const value = await readValue(page);
    expect(value).toEqual({
      label: 'Kadıköy Mahallesi, İzmit',
      lat: expect.any(Number),
      lng: expect.any(Number),
      address: {
        street: 'Cumhuriyet Cad.',
        buildingNo: '12',
        floor: '3',
        flat: '5',
        directions: 'Rampa arka bahçede',
      },
    });
    // The value is the booking API's location body as it is.
    const saved = await app.api('POST', `/citizens/${await osmanId()}/addresses`, {
      token: await app.login('operator'),
      body: value,
    });
    expect(saved.status).toBe(201);

    await page.getByText('Harita görüntüsü yüklenemedi').waitFor();
    await takeScreenshot(page, { path: join(SHOTS, 'address-picker-1280.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('fits a 390 px phone and passes axe there too', async () => {
    const { page, errors } = await openPicker(390);
    await page.getByLabel('Adresi yazın').fill('Arızlı Köyü Okul Sk. No 3');
    await page.getByRole('button', { name: 'Adresi bul' }).click();
    await page.getByText('Okul Sk. No: 3, Arızlı Köyü, İzmit').waitFor();
    const width = await page.locator('html').evaluate((html) => html.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await takeScreenshot(page, { path: join(SHOTS, 'address-picker-390.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

async function osmanId(): Promise<string> {
  const token = await app.login('operator');
  return (await app.api<{ id: string }[]>('GET', '/citizens?q=osman', { token })).body[0]!.id;
}

/** axe-core's violations on the page: rule id, impact and the offending nodes. */
async function axeViolations(page: Page): Promise<unknown[]> {
  await page.addScriptTag({ path: root('node_modules/axe-core/axe.min.js') });
  return page.locator('html').evaluate(async (html) => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(html);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}
