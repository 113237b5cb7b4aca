import { DateTime } from 'luxon';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service-harness.js';
import { createAnswerValidator } from './openapi-validator.js';
import { checkTypes, lintProblems } from './served-document.js';
import type { paths } from './yoldas-api.js';

const ZONE = 'Europe/Istanbul';

/**
 * The contract a third party codes against, checked as one would: the
 * served document passes Redocly's linter, a client generated from it
 * (openapi-typescript + openapi-fetch) plays the booking, cancel, driver and
 * admin stories, and every answer — errors included — is validated against
 * the document with Ajv: its status documented, its body matching, its
 * headers declared.
 */
describe('the API contract, played by a generated client', () => {
  let t: TestService;
  let document: Record<string, unknown>;
  let api: Client<paths>;
  const problems: string[] = [];
  const answered = new Set<string>();

  beforeAll(async () => {
    t = await startTestService('pglite', { PUBLIC_URL: 'https://yoldas.test' });
    document = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as Record<string, unknown>;
    const problemsOf = createAnswerValidator(document);
    const validate: Middleware = {
      async onResponse({ request, response, schemaPath }) {
        const text = await response.clone().text();
        const found = problemsOf({
          method: request.method,
          path: schemaPath,
          status: response.status,
          headers: response.headers,
          text,
        });
        answered.add(`${request.method} ${schemaPath} ${response.status}`);
        problems.push(...found);
        if (found.length > 0) throw new Error(found.join('\n'));
        return undefined;
      },
    };
    api = createClient<paths>({ baseUrl: `${t.url}/api` });
    api.use(validate);
  });
  afterAll(async () => {
    await t?.close();
  });

  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
  const login = async (username: string, password: string) => {
    const { data } = await api.POST('/auth/login', { body: { username, password } });
    if (!data) throw new Error(`login ${username} failed`);
    return data.accessToken;
  };

  it('is served with an absolute server URL and passes Redocly lint with no problem', async () => {
    expect((document.servers as { url: string }[])[0]?.url).toBe('https://yoldas.test/api');
    expect(await lintProblems(document)).toEqual([]);
  });

  it('plays the admin story: a vehicle, a driver and a shift around now; conflicts and holidays', async () => {
    const admin = await login('admin', 'yoldas-admin');
    const plate = `41 K${String.fromCharCode(65 + Math.floor(Math.random() * 26))} ${100 + Math.floor(Math.random() * 900)}`;
    const vehicle = await api.POST('/vehicles', {
      ...bearer(admin),
      body: {
        plate,
        label: 'Sözleşme testi',
        seats: 3,
        wheelchairPlaces: 0,
        infantSeats: 1,
        serviceIds: ['anne-taksi'],
        depot: { placeId: 'sosyal-destek-garaji' },
      },
    });
    expect(vehicle.response.status).toBe(201);
    const again = await api.POST('/vehicles', {
      ...bearer(admin),
      body: {
        plate,
        label: 'x',
        seats: 1,
        wheelchairPlaces: 0,
        infantSeats: 0,
        depot: { placeId: 'sosyal-destek-garaji' },
      },
    });
    expect(again.error?.error.code).toBe('CONFLICT');
    const username = `sozlesme-${Date.now().toString(36)}`;
    const driver = await api.POST('/drivers', {
      ...bearer(admin),
      body: {
        fullName: 'Sözleşme Sürücüsü',
        phone: '0532 000 00 01',
        username,
        password: 'sozlesme-parola-1',
      },
    });
    expect(driver.response.status).toBe(201);
    const now = DateTime.now().setZone(ZONE);
    const shift = await api.POST('/shifts', {
      ...bearer(admin),
      body: {
        driverId: driver.data?.id ?? '',
        vehicleId: vehicle.data?.id ?? '',
        startsAt: now.minus({ hours: 2 }).toISO() ?? '',
        endsAt: now.plus({ hours: 8 }).toISO() ?? '',
      },
    });
    expect(shift.response.status).toBe(201);
    const listed = await api.GET('/shifts', {
      ...bearer(admin),
      params: { query: { date: now.toISODate() ?? '' } },
    });
    expect(listed.data?.some((s) => s.id === shift.data?.id)).toBe(true);
    await api.GET('/vehicles', bearer(admin));
    await api.GET('/drivers', bearer(admin));
    await api.GET('/services', bearer(admin));

    // A holiday far ahead: declared (201), renamed (200), removed (204), gone (404).
    const date = now.plus({ years: 3 }).toISODate() ?? '';
    expect(
      (await api.POST('/holidays', { ...bearer(admin), body: { date, name: 'Sözleşme günü' } }))
        .response.status,
    ).toBe(201);
    expect(
      (await api.POST('/holidays', { ...bearer(admin), body: { date, name: 'Sözleşme bayramı' } }))
        .response.status,
    ).toBe(200);
    await api.GET('/holidays', { ...bearer(admin), params: { query: { from: date, to: date } } });
    expect(
      (await api.DELETE('/holidays/{date}', { ...bearer(admin), params: { path: { date } } }))
        .response.status,
    ).toBe(204);
    expect(
      (await api.DELETE('/holidays/{date}', { ...bearer(admin), params: { path: { date } } }))
        .response.status,
    ).toBe(404);

    // Errors are part of the contract too.
    expect((await api.GET('/vehicles', {})).response.status).toBe(401);
    const operator = await login('operator', 'yoldas-operator');
    expect(
      (await api.POST('/holidays', { ...bearer(operator), body: { date, name: 'Yetkisiz' } }))
        .response.status,
    ).toBe(403);
    expect(
      (
        await api.POST('/vehicles', {
          ...bearer(admin),
          body: { plate: 'yok', label: '', seats: -1 } as never,
        })
      ).error?.error.code,
    ).toBe('VALIDATION_FAILED');
  });

  it('plays the booking, cancel and driver stories, errors included', async () => {
    const operator = await login('operator', 'yoldas-operator');
    const admin = await login('admin', 'yoldas-admin');
    const today = DateTime.now().setZone(ZONE);

    expect(
      (await api.POST('/citizens', { ...bearer(operator), body: {} as never })).response.status,
    ).toBe(400);
    const citizen = await api.POST('/citizens', {
      ...bearer(operator),
      body: { fullName: 'Sözleşme Annesi', phone: '0532 123 45 67' },
    });
    expect(citizen.response.status).toBe(201);
    const citizenId = citizen.data?.id ?? '';
    const unknownService = await api.POST('/citizens/{id}/eligibility', {
      ...bearer(admin),
      params: { path: { id: citizenId } },
      body: {
        serviceId: 'yok-boyle-hizmet',
        validFrom: today.toISODate() ?? '',
        validUntil: today.plus({ years: 1 }).toISODate() ?? '',
        basis: 'test',
      },
    });
    expect(unknownService.response.status).toBe(404);
    const eligible = await api.POST('/citizens/{id}/eligibility', {
      ...bearer(admin),
      params: { path: { id: citizenId } },
      body: {
        serviceId: 'anne-taksi',
        validFrom: today.minus({ days: 1 }).toISODate() ?? '',
        validUntil: today.plus({ years: 1 }).toISODate() ?? '',
        basis: 'sosyal inceleme',
      },
    });
    expect(eligible.response.status).toBe(201);
    await api.GET('/citizens', { ...bearer(operator), params: { query: { q: 'Sözleşme' } } });
    await api.GET('/citizens/{id}', { ...bearer(operator), params: { path: { id: citizenId } } });

    const body = {
      serviceId: 'anne-taksi',
      citizenId,
      pickup: { placeId: 'seka-devlet-hastanesi' },
      dropoff: {
        placeId: 'yahya-kaptan-mah',
        address: { street: 'Sözleşme Sk.', buildingNo: '3' },
      },
      asap: true as const,
      infants: 1,
    };
    const key = `sozlesme-${Date.now()}`;
    const created = await api.POST('/bookings', {
      ...bearer(operator),
      params: { header: { 'idempotency-key': key } },
      body,
    });
    expect([201, 202]).toContain(created.response.status);
    const booking = created.data;
    if (!booking) throw new Error('no booking');
    expect(created.response.headers.get('location')).toBe(`/api/bookings/${booking.id}`);
    const replay = await api.POST('/bookings', {
      ...bearer(operator),
      params: { header: { 'idempotency-key': key } },
      body,
    });
    expect(replay.response.status).toBe(200);
    const reused = await api.POST('/bookings', {
      ...bearer(operator),
      params: { header: { 'idempotency-key': key } },
      body: { ...body, infants: 0 },
    });
    expect(reused.error?.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(
      (await api.POST('/bookings', { ...bearer(operator), body: { ...body, pickup: {} } as never }))
        .response.status,
    ).toBe(400);
    expect((await api.POST('/bookings', { body })).response.status).toBe(401);

    // Wait for the planner's answer when it came after the request's wait.
    let current = booking;
    for (let i = 0; i < 50 && current.status === 'pending'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      current =
        (
          await api.GET('/bookings/{id}', {
            ...bearer(operator),
            params: { path: { id: booking.id } },
          })
        ).data ?? current;
    }
    expect(current.status).toBe('scheduled');
    await api.GET('/bookings', {
      ...bearer(operator),
      params: { query: { date: today.toISODate() ?? '' } },
    });
    await api.GET('/bookings/{id}/events', {
      ...bearer(operator),
      params: { path: { id: booking.id } },
    });
    await api.GET('/citizens/{id}/bookings', {
      ...bearer(operator),
      params: { path: { id: citizenId }, query: { scope: 'upcoming' } },
    });

    // The driver whose manifest holds the ride taps "arrived"; any other driver cannot see it.
    const drivers = ['surucu1', 'surucu2', 'surucu7'];
    let own: string | undefined;
    let other: string | undefined;
    for (const username of drivers) {
      const token = await login(username, 'yoldas-surucu');
      const manifest = await api.GET('/driver/manifest', {
        ...bearer(token),
        params: { query: {} },
      });
      const holds = manifest.data?.shifts.some((s) =>
        s.stops.some((stop) => stop.bookingId === booking.id),
      );
      if (holds) own = token;
      else other = token;
    }
    if (other) {
      const hidden = await api.GET('/bookings/{id}', {
        ...bearer(other),
        params: { path: { id: booking.id } },
      });
      expect(hidden.response.status).toBe(404);
    }
    if (own) {
      const tap = {
        bookingId: booking.id,
        action: 'arrived' as const,
        clientEventId: `tap-${key}`,
      };
      const arrived = await api.POST('/driver/reports', { ...bearer(own), body: tap });
      expect(arrived.response.status).toBe(200);
      const twice = await api.POST('/driver/reports', { ...bearer(own), body: tap });
      expect(twice.response.status).toBe(200);
      const cancelled = await api.POST('/bookings/{id}/cancel', {
        ...bearer(operator),
        params: { path: { id: booking.id } },
        body: { reason: 'sözleşme testi' },
      });
      expect(cancelled.response.status).toBe(409);
    } else {
      // Planned on a car whose driver is not among the demo logins tried: cancel it, then again.
      const cancelled = await api.POST('/bookings/{id}/cancel', {
        ...bearer(operator),
        params: { path: { id: booking.id } },
        body: { reason: 'sözleşme testi' },
      });
      expect(cancelled.data?.status).toBe('cancelled');
    }
    const missing = await api.POST('/driver/reports', {
      ...bearer(other ?? own ?? ''),
      body: {
        bookingId: '00000000-0000-4000-8000-000000000000',
        action: 'arrived',
        clientEventId: `nobody-${key}`,
      },
    });
    expect(missing.response.status).toBe(404);

    // A second booking, cancelled before its ride: the cancel story.
    const second = await api.POST('/bookings', {
      ...bearer(operator),
      body: { ...body, overlapOverride: { reason: 'ikinci çocuk için' } },
    });
    expect([201, 202]).toContain(second.response.status);
    const id = second.data?.id ?? '';
    const cancel = await api.POST('/bookings/{id}/cancel', {
      ...bearer(operator),
      params: { path: { id } },
      body: { reason: 'taburcu ertelendi' },
    });
    expect(cancel.data?.status).toBe('cancelled');
    const twice = await api.POST('/bookings/{id}/cancel', {
      ...bearer(operator),
      params: { path: { id } },
      body: { reason: 'taburcu ertelendi' },
    });
    // Cancelling again changes nothing, whichever documented answer says so.
    expect(twice.data?.status ?? twice.error?.error.code).toMatch(
      /^(cancelled|INVALID_TRANSITION)$/,
    );
    const unknown = await api.GET('/bookings/{id}', {
      ...bearer(operator),
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(unknown.error?.error.code).toBe('NOT_FOUND');
  });

  it('answers login, refresh and logout as documented, a wrong password included', async () => {
    const wrong = await api.POST('/auth/login', {
      body: { username: 'operator', password: 'yanlis-parola' },
    });
    expect(wrong.response.status).toBe(401);
    const session = await api.POST('/auth/login', {
      body: { username: 'operator', password: 'yoldas-operator' },
    });
    const refreshed = await api.POST('/auth/refresh', {
      body: { refreshToken: session.data?.refreshToken ?? '' },
    });
    expect(refreshed.response.status).toBe(200);
    const out = await api.POST('/auth/logout', {
      body: { refreshToken: refreshed.data?.refreshToken ?? '' },
    });
    expect(out.response.status).toBe(204);
  });

  it('found every answer in the document', () => {
    expect(problems).toEqual([]);
    expect(answered.size).toBeGreaterThan(35);
  });

  it('generates the committed client types (npm run contract:types when stale)', async () => {
    const { stale } = await checkTypes(document);
    expect(stale, 'test/contract/yoldas-api.d.ts is stale: run npm run contract:types').toBe(false);
  });
});
