import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { PlaceView } from './places.schema.js';

describe('address search and saved addresses', () => {
  let t: TestService;
  let operator: string;
  let osman: string;

  beforeAll(async () => {
    t = await startTestService('pglite');
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
  });
});
