import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeNominatim, startFakeNominatim } from '../../../test/fakes/fake-nominatim.js';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { MapSettingsView, PlaceView } from './places.schema.js';

interface SavedView {
  id: string;
  label: string;
  address: Record<string, string> | null;
}

describe.each(DIALECTS)('address search and saved addresses on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let osman: string;

  beforeAll(async () => {
    t = await startTestService(dialect);
    operator = await t.login('operator');
    osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
  });
  afterAll(() => t?.close());

  it('finds gazetteer places with Turkish-aware matching', async () => {
    const res = await t.api<PlaceView[]>('GET', `/places?q=${encodeURIComponent('GULTEPE mah')}`, {
      token: operator,
    });
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({
      placeId: 'gultepe-mah',
      source: 'gazetteer',
      refusal: null,
    });
  });

  it('lists a citizen’s saved addresses first, and refuses to save one outside the service area', async () => {
    const saved = await t.api<{ id: string }>('POST', `/citizens/${osman}/addresses`, {
      token: operator,
      body: { label: 'Kızının evi, Gültepe Sokak 12', lat: 40.7752, lng: 29.9371 },
    });
    expect(saved.status).toBe(201);
    const outside = await t.api<{ error: { issues: { message: string }[] } }>(
      'POST',
      `/citizens/${osman}/addresses`,
      {
        token: operator,
        body: { label: 'İstanbul', lat: 41.01, lng: 28.97 },
        headers: { 'Accept-Language': 'en' },
      },
    );
    expect(outside.status).toBe(400);
    expect(outside.body.error.issues[0]?.message).toBe('The address is outside the service area.');
    const found = await t.api<PlaceView[]>('GET', `/places?q=gultepe&citizenId=${osman}`, {
      token: operator,
    });
    expect(found.body[0]).toMatchObject({
      source: 'saved',
      label: 'Kızının evi, Gültepe Sokak 12',
    });
    const list = await t.api<unknown[]>('GET', `/citizens/${osman}/addresses`, { token: operator });
    const nobody = await t.api('GET', '/citizens/00000000-0000-4000-8000-000000000000/addresses', {
      token: operator,
    });
    expect(nobody.status).toBe(404);
    expect(list.body).toHaveLength(1);
  });

  it('resolves an allowed hospital outside the district without a refusal', async () => {
    const res = await t.api<PlaceView>('GET', '/places/derince-egitim-arastirma-hastanesi', {
      token: operator,
    });
    expect(res.body.refusal).toBeNull();
    expect((await t.api('GET', '/places/no-such-place', { token: operator })).status).toBe(404);
  });

  it('is for staff only', async () => {
    const driver = await t.login('surucu1');
    expect((await t.api('GET', '/places?q=gultepe', { token: driver })).status).toBe(403);
    const geocode = `/places/geocode?q=${encodeURIComponent('Gültepe Mah. Lale Sk. 3')}`;
    expect((await t.api('GET', geocode, { token: driver })).status).toBe(403);
    expect((await t.api('GET', '/places/reverse?lat=40.77&lng=29.93')).status).toBe(401);
  });

  it('takes a typed door address to its neighbourhood, door parts carried', async () => {
    const typed = 'Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3 D. 5';
    const candidates = await t.api<PlaceView[]>(
      'GET',
      `/places/geocode?q=${encodeURIComponent(typed)}`,
      { token: operator },
    );
    expect(candidates.status).toBe(200);
    expect(candidates.body[0]).toEqual({
      label: 'Kadıköy Mahallesi, İzmit',
      lat: expect.any(Number),
      lng: expect.any(Number),
      placeId: 'kadikoy-mah',
      source: 'gazetteer',
      kind: 'mahalle',
      refusal: null,
      address: { street: 'Cumhuriyet Cad.', buildingNo: '12', floor: '3', flat: '5' },
      precision: 'neighbourhood',
    });
    // The place box no longer says "not found" to a full address.
    const search = await t.api<PlaceView[]>('GET', `/places?q=${encodeURIComponent(typed)}`, {
      token: operator,
    });
    expect(search.body[0]).toMatchObject({ placeId: 'kadikoy-mah', precision: 'neighbourhood' });
    expect((await t.api('GET', '/places/geocode?q=ab', { token: operator })).status).toBe(400);
  });

  it('names a dropped pin by its nearest neighbourhood, keeping the point', async () => {
    const res = await t.api<PlaceView>('GET', '/places/reverse?lat=40.7756&lng=29.9362', {
      token: operator,
    });
    expect(res.body).toMatchObject({
      label: 'Gültepe Mahallesi, İzmit',
      lat: 40.7756,
      lng: 29.9362,
      placeId: null,
      refusal: null,
      precision: 'neighbourhood',
    });
    const sea = await t.api<PlaceView>('GET', '/places/reverse?lat=41.01&lng=28.97', {
      token: operator,
    });
    expect(sea.body.refusal?.code).toBe('outside-service-area');
    expect((await t.api('GET', '/places/reverse?lat=91&lng=0', { token: operator })).status).toBe(
      400,
    );
  });

  it('saves and lists the door address of a saved address, with length limits in plain words', async () => {
    const address = {
      street: ' Lale Sokak ',
      buildingNo: '7',
      floor: '2',
      flat: '',
      directions: 'Bakkalın yanındaki mavi kapı',
    };
    const saved = await t.api<SavedView>('POST', `/citizens/${osman}/addresses`, {
      token: operator,
      body: { label: 'Gültepe Mahallesi', lat: 40.7758, lng: 29.9365, address },
    });
    expect(saved.status).toBe(201);
    const expected = {
      street: 'Lale Sokak',
      buildingNo: '7',
      floor: '2',
      directions: 'Bakkalın yanındaki mavi kapı',
    };
    expect(saved.body.address).toEqual(expected);
    const list = await t.api<SavedView[]>('GET', `/citizens/${osman}/addresses`, {
      token: operator,
    });
    expect(list.body.find((a) => a.id === saved.body.id)?.address).toEqual(expected);
    const found = await t.api<PlaceView[]>('GET', `/places?q=gultepe&citizenId=${osman}`, {
      token: operator,
    });
    expect(found.body.find((p) => p.address !== null)?.address).toEqual(expected);

    const tooLong = await t.api<{ error: { issues: { field: string; message: string }[] } }>(
      'POST',
      `/citizens/${osman}/addresses`,
      {
        token: operator,
        body: { label: 'Ev', lat: 40.7758, lng: 29.9365, address: { flat: 'x'.repeat(21) } },
        headers: { 'Accept-Language': 'en' },
      },
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.issues[0]).toMatchObject({
      field: expect.stringContaining('flat'),
      message: 'Write at most 20 characters.',
    });
  });

  it('tells the pages which tiles to draw, without a login', async () => {
    const res = await t.api<MapSettingsView>('GET', '/places/map-settings');
    expect(res.status).toBe(200);
    expect(res.body.tileUrl).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  });

  it('documents the new routes in OpenAPI', async () => {
    const doc = await t.api<{
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    }>('GET', '/openapi.json');
    expect(doc.body.paths['/places/geocode']?.get?.parameters?.map((p) => p.name)).toContain('q');
    expect(doc.body.paths['/places/reverse']?.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['lat', 'lng']),
    );
    expect(doc.body.paths['/places/map-settings']?.get).toBeDefined();
  });
});

describe('door addresses through a self-hosted Nominatim', () => {
  let t: TestService;
  let fake: FakeNominatim;
  let operator: string;

  beforeAll(async () => {
    fake = await startFakeNominatim();
    t = await startTestService('pglite', {
      NOMINATIM_URL: fake.url,
      MAP_TILE_URL: 'https://tiles.belediye.example/{z}/{x}/{y}.png',
    });
    operator = await t.login('operator');
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('finds the building, and names a pin by its street', async () => {
    const typed = 'Kadıköy Mah. Cumhuriyet Cad. No: 12 Kat 3';
    const [first] = (
      await t.api<PlaceView[]>('GET', `/places/geocode?q=${encodeURIComponent(typed)}`, {
        token: operator,
      })
    ).body;
    expect(first).toMatchObject({
      source: 'nominatim',
      precision: 'building',
      placeId: null,
      address: { street: 'Cumhuriyet Caddesi', buildingNo: '12', floor: '3' },
    });
    const pin = await t.api<PlaceView>('GET', '/places/reverse?lat=40.77&lng=29.9322', {
      token: operator,
    });
    expect(pin.body).toMatchObject({
      precision: 'street',
      address: { street: 'Cumhuriyet Caddesi' },
      lat: 40.77,
    });
    expect((await t.api<MapSettingsView>('GET', '/places/map-settings')).body.tileUrl).toBe(
      'https://tiles.belediye.example/{z}/{x}/{y}.png',
    );
  });
});
