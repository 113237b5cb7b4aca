import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { CitizenView } from './citizens.schema.js';

describe.each(DIALECTS)('a citizen’s home door address on %s', (dialect) => {
  let t: TestService;
  let operator: string;

  beforeAll(async () => {
    t = await startTestService(dialect);
    operator = await t.login('operator');
  });
  afterAll(() => t?.close());

  it('is stored with the home and shown with the citizen', async () => {
    const created = await t.api<CitizenView>('POST', '/citizens', {
      token: operator,
      body: {
        fullName: 'Ayşe Demir',
        phone: '0532 111 22 33',
        mobility: 'manual-wheelchair',
        home: {
          placeId: 'kadikoy-mah',
          // The place decides the point; a stray pin does not move it.
          lat: 40.9,
          lng: 30.1,
          address: {
            street: 'Cumhuriyet Cad.',
            buildingNo: '12',
            floor: '3',
            flat: ' 5 ',
            directions: 'Asansör yok, rampa arka kapıda',
          },
        },
      },
    });
    expect(created.status).toBe(201);
    const home = {
      placeId: 'kadikoy-mah',
      label: 'Kadıköy Mahallesi',
      lat: 40.77,
      lng: 29.931,
      address: {
        street: 'Cumhuriyet Cad.',
        buildingNo: '12',
        floor: '3',
        flat: '5',
        directions: 'Asansör yok, rampa arka kapıda',
      },
    };
    expect(created.body.home).toEqual(home);
    const read = await t.api<CitizenView>('GET', `/citizens/${created.body.id}`, {
      token: operator,
    });
    expect(read.body.home).toEqual(home);
  });

  it('is null when only the point is known', async () => {
    const created = await t.api<CitizenView>('POST', '/citizens', {
      token: operator,
      body: {
        fullName: 'Mehmet Yıldız',
        phone: '0532 111 22 44',
        home: { label: 'Lale Sokak 7, Gültepe', lat: 40.7758, lng: 29.9365, address: {} },
      },
    });
    expect(created.body.home).toEqual({
      placeId: null,
      label: 'Lale Sokak 7, Gültepe',
      lat: 40.7758,
      lng: 29.9365,
      address: null,
    });
  });

  it('refuses an overlong or unknown part, in Turkish', async () => {
    const res = await t.api<{ error: { issues: { field: string; message: string }[] } }>(
      'POST',
      '/citizens',
      {
        token: operator,
        body: {
          fullName: 'Uzun Adres',
          phone: '0532 111 22 55',
          home: { placeId: 'gultepe-mah', address: { directions: 'x'.repeat(501), door: 'A' } },
        },
      },
    );
    expect(res.status).toBe(400);
    const messages = res.body.error.issues.map((i) => i.message);
    expect(messages).toContain('En fazla 500 karakter yazın.');
    expect(res.body.error.issues.some((i) => i.field.includes('address'))).toBe(true);
  });

  it('tells the operator a caller is already registered, by name, in the caller’s language', async () => {
    // The demo's Zeynep Arslan holds this national ID.
    const body = { fullName: 'Zeynep A.', phone: '0532 000 11 22', nationalId: '10000000146' };
    const tr = await t.api<{
      error: { code: string; message: string; params: { citizenId: string } };
    }>('POST', '/citizens', { token: operator, body });
    expect(tr.status).toBe(409);
    expect(tr.body.error.code).toBe('CITIZEN_EXISTS');
    expect(tr.body.error.message).toContain('Zeynep Arslan');
    expect(tr.body.error.message).toContain('kayıtlı bir vatandaş var');
    const card = await t.api<CitizenView>('GET', `/citizens/${tr.body.error.params.citizenId}`, {
      token: operator,
    });
    expect(card.body.fullName).toBe('Zeynep Arslan');
    const en = await t.api<{ error: { message: string } }>('POST', '/citizens', {
      token: operator,
      body,
      headers: { 'accept-language': 'en' },
    });
    expect(en.body.error.message).toContain('already registered (Zeynep Arslan)');
  });
});
