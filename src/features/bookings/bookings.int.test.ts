import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from './bookings.schema.js';

const tomorrowAt = (hour: number, minute = 0) =>
  DateTime.now()
    .setZone('Europe/Istanbul')
    .plus({ days: 1 })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toISO()!;

describe.each(DIALECTS)('booking API on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let osman: string;
  let zeynep: string;

  beforeAll(async () => {
    t = await startTestService(dialect);
    operator = await t.login('operator');
    const found = await t.api<{ id: string; fullName: string }[]>('GET', '/citizens?q=osman', {
      token: operator,
    });
    osman = found.body[0]!.id;
    zeynep = (await t.api<{ id: string }[]>('GET', '/citizens?q=zeynep', { token: operator }))
      .body[0]!.id;
  });
  afterAll(() => t?.close());

  const wheelchairRide = (overrides: Record<string, unknown> = {}) => ({
    serviceId: 'engelsiz-taksi',
    citizenId: osman,
    pickup: { placeId: 'gultepe-mah' },
    dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
    pickupAt: tomorrowAt(10),
    wheelchair: 'manual',
    // These stories book one citizen many times; one-ride-at-a-time has its own test.
    overlapOverride: { reason: 'ayrı test senaryoları' },
    ...overrides,
  });

  it('assigns a ramp vehicle and a pickup window within the answer', async () => {
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: wheelchairRide(),
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('scheduled');
    expect(res.body.planned?.vehicle.label).toMatch(/Engelsiz|Minibüs/);
    const pickup = Date.parse(res.body.planned!.pickupAt);
    expect(pickup).toBeGreaterThanOrEqual(Date.parse(res.body.pickupWindow.start));
    expect(pickup).toBeLessThanOrEqual(Date.parse(res.body.pickupWindow.end));
    expect(Date.parse(res.body.planned!.dropoffAt)).toBeGreaterThan(pickup);
    const events = await t.api<
      { fromStatus: string | null; toStatus: string; actorRole: string }[]
    >('GET', `/bookings/${res.body.id}/events`, {
      token: operator,
    });
    expect(events.body.map((e) => e.toStatus)).toEqual(['pending', 'scheduled']);
    // Written with the status change, in the commit's one statement.
    expect(events.body[1]).toMatchObject({ fromStatus: 'pending', actorRole: 'scheduler' });
  });

  it('never creates two bookings for one Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'same-key-0001' };
    const body = wheelchairRide({ pickupAt: tomorrowAt(11) });
    const [a, b] = await Promise.all([
      t.api<BookingView>('POST', '/bookings', { token: operator, body, headers }),
      t.api<BookingView>('POST', '/bookings', { token: operator, body, headers }),
    ]);
    expect(a.body.id).toBe(b.body.id);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const again = await t.api<BookingView>('POST', '/bookings', { token: operator, body, headers });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(a.body.id);
    const rows = await t.database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM bookings WHERE idempotency_key = 'same-key-0001'`,
    );
    expect(rows[0]?.n).toBe(1);
    const reused = await t.api<{ error: { code: string } }>('POST', '/bookings', {
      token: operator,
      body: wheelchairRide({ pickupAt: tomorrowAt(12) }),
      headers,
    });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('answers bad input with 400 naming each field, in Turkish or English, and stores nothing', async () => {
    const before = await t.database.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM bookings',
    );
    const bad = {
      serviceId: 'engelsiz-taksi',
      citizenId: 'not-a-uuid',
      pickup: {},
      dropoff: { placeId: 'atlantis' },
    };
    const en = await t.api<{
      error: { code: string; issues: { field: string; message: string }[] };
    }>('POST', '/bookings', {
      token: operator,
      body: bad,
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    expect(en.status).toBe(400);
    expect(en.body.error.code).toBe('VALIDATION_FAILED');
    const fields = en.body.error.issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.citizenId',
        'body.pickup',
        'body.dropoff.placeId',
        'body.pickupAt',
      ]),
    );
    expect(en.body.error.issues.find((i) => i.field === 'body.dropoff.placeId')?.message).toBe(
      'Unknown place.',
    );
    const missing = await t.api<{ error: { issues: { field: string; message: string }[] } }>(
      'POST',
      '/bookings',
      {
        token: operator,
        body: { serviceId: 'engelsiz-taksi', citizenId: osman, pickupAt: tomorrowAt(10) },
        headers: { 'Accept-Language': 'tr' },
      },
    );
    expect(missing.body.error.issues).toEqual(
      expect.arrayContaining([
        { field: 'body.pickup', message: 'Bu alan zorunlu.' },
        { field: 'body.dropoff', message: 'Bu alan zorunlu.' },
      ]),
    );
    const tr = await t.api<{
      error: { message: string; issues: { field: string; message: string }[] };
    }>('POST', '/bookings', {
      token: operator,
      body: bad,
      headers: { 'Accept-Language': 'tr-TR' },
    });
    expect(tr.body.error.message).toBe('Gönderilen bilgilerde hata var.');
    expect(tr.body.error.issues.find((i) => i.field === 'body.dropoff.placeId')?.message).toBe(
      'Bu yer kayıtlı değil.',
    );
    const malformed = await fetch(`${t.url}/api/bookings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operator}`, 'content-type': 'application/json' },
      body: '{"serviceId":',
    });
    expect(malformed.status).toBe(400);
    const after = await t.database.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM bookings',
    );
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('refuses a service the citizen is not eligible for, unless an operator overrides it on the record', async () => {
    const ride = wheelchairRide({
      citizenId: zeynep,
      wheelchair: 'none',
      pickupAt: tomorrowAt(13),
    });
    const refused = await t.api<{ error: { code: string; message: string } }>('POST', '/bookings', {
      token: operator,
      body: ride,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('NOT_ELIGIBLE');
    expect(refused.body.error.message).toContain('Engelsiz Taksi');
    const overridden = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: { ...ride, eligibilityOverride: { reason: 'Geçici rapor, sosyal hizmet onayı' } },
    });
    expect(overridden.status).toBe(201);
    expect(overridden.body.eligibilityOverride).toBe(true);
    const audit = await t.database.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1`,
      [overridden.body.id],
    );
    expect(audit.map((a) => a.action)).toContain('booking.eligibility-override');
  });

  it('refuses places outside the service area, except the hospitals on the allowed list', async () => {
    const outside = await t.api<{ error: { issues: { field: string; message: string }[] } }>(
      'POST',
      '/bookings',
      {
        token: operator,
        body: wheelchairRide({ dropoff: { label: 'Kadıköy, İstanbul', lat: 40.99, lng: 29.03 } }),
        headers: { 'Accept-Language': 'en' },
      },
    );
    expect(outside.status).toBe(400);
    expect(outside.body.error.issues).toEqual([
      { field: 'body.dropoff', message: 'The address is outside the service area.' },
    ]);
    const derince = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: wheelchairRide({
        dropoff: { placeId: 'derince-egitim-arastirma-hastanesi' },
        pickupAt: tomorrowAt(9),
      }),
    });
    expect(derince.status).toBe(201);
  });

  it('refuses times outside the booking horizon and unknown ids', async () => {
    const far = await t.api<{ error: { code: string } }>('POST', '/bookings', {
      token: operator,
      body: wheelchairRide({ pickupAt: DateTime.now().plus({ days: 60 }).toISO() }),
    });
    expect(far.status).toBe(422);
    expect(far.body.error.code).toBe('BOOKING_OUTSIDE_HORIZON');
    const ghost = await t.api('POST', '/bookings', {
      token: operator,
      body: wheelchairRide({ citizenId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(ghost.status).toBe(404);
    expect(
      (await t.api('GET', '/bookings/00000000-0000-4000-8000-000000000000', { token: operator }))
        .status,
    ).toBe(404);
  });

  it('offers feasible alternative times when no vehicle can take the ride', async () => {
    // 06:55 from the farthest village: the night ramp car ends at 07:00 and the
    // day ones start at 08:00, both within reach of the alternatives (±2 h).
    const early = { pickupAt: tomorrowAt(6, 55), pickup: { placeId: 'kisalar-koy' } };
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: wheelchairRide(early),
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('refused');
    expect(res.body.refusal?.reason).toBe('no-feasible-slot');
    expect(res.body.refusal?.alternatives.length).toBeGreaterThan(0);
    // Earlier with the night car, or later with the day ones: within two hours either way.
    for (const alt of res.body.refusal!.alternatives) {
      const shift = Math.abs(Date.parse(alt.requestedAt) - Date.parse(tomorrowAt(6, 55)));
      expect(shift).toBeGreaterThan(0);
      expect(shift).toBeLessThanOrEqual(2 * 3600_000);
    }
    const retry = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: wheelchairRide({ ...early, pickupAt: res.body.refusal!.alternatives[0]!.requestedAt }),
    });
    expect(retry.body.status, JSON.stringify(retry.body)).toBe('scheduled');
  });

  it('lists the day, cancels, and takes the stops off the route', async () => {
    const booked = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: wheelchairRide({ pickupAt: tomorrowAt(15) }),
    });
    const date = tomorrowAt(15).slice(0, 10);
    const listed = await t.api<BookingView[]>('GET', `/bookings?date=${date}&status=scheduled`, {
      token: operator,
    });
    expect(listed.body.map((b) => b.id)).toContain(booked.body.id);
    const cancelled = await t.api<BookingView>('POST', `/bookings/${booked.body.id}/cancel`, {
      token: operator,
      body: { reason: 'Vatandaş vazgeçti' },
    });
    expect(cancelled.body.status).toBe('cancelled');
    const route = await t.database.db.query<{ stops: { refId: string }[] }>(
      'SELECT stops FROM routes WHERE shift_id = $1',
      [booked.body.planned!.shiftId],
    );
    expect(route[0]?.stops.map((s) => s.refId)).not.toContain(booked.body.id);
    const again = await t.api('POST', `/bookings/${booked.body.id}/cancel`, {
      token: operator,
      body: { reason: 'iki kez' },
    });
    expect(again.status).toBe(200);
  });

  it('checks authentication and role on every route', async () => {
    expect((await t.api('GET', '/bookings?date=2026-01-01')).status).toBe(401);
    expect((await t.api('GET', '/bookings?date=2026-01-01', { token: 'garbage' })).status).toBe(
      401,
    );
    const driver = await t.login('surucu1');
    expect(
      (await t.api('POST', '/bookings', { token: driver, body: wheelchairRide() })).status,
    ).toBe(403);
    expect((await t.api('GET', '/citizens?q=osman', { token: driver })).status).toBe(403);
    expect((await t.api('POST', '/vehicles', { token: operator, body: {} })).status).toBe(403);
    expect(
      (await t.api('POST', '/auth/login', { body: { username: 'operator', password: 'wrong' } }))
        .status,
    ).toBe(401);
  });
});
