import { gzipSync } from 'node:zlib';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlace } from '../../src/domain/places/izmit-gazetteer.js';
import {
  freePort,
  type RedisServerProcess,
  startRedisServer,
} from '../../src/infra/redis/redis-server-process.js';
import { startTestService, type TestService } from '../support/service-harness.js';

/**
 * The findings of the security probe (issue 8), each replayed against the
 * whole service: every one answered 500, hung, or let a caller through before.
 */
interface ErrorBody {
  error: { code: string; issues?: { field: string }[] };
}
const fields = (body: unknown) =>
  ((body as ErrorBody).error?.issues ?? []).map((issue) => issue.field);

/** A wheelchair ride for Osman a day ahead; its outcome does not matter to these tests. */
function ride(citizenId: string, extra: Record<string, unknown> = {}) {
  return {
    serviceId: 'engelsiz-taksi',
    citizenId,
    pickup: { placeId: 'gultepe-mah' },
    dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
    pickupAt: DateTime.now().plus({ hours: 26 }).startOf('minute').toISO(),
    wheelchair: 'manual',
    overlapOverride: { reason: 'güvenlik testi' },
    ...extra,
  };
}

describe('the probe’s findings, replayed', () => {
  let t: TestService;
  let operator: string;
  let driver: string;
  let osman: string;

  beforeAll(async () => {
    t = await startTestService('pglite');
    operator = await t.login('operator');
    driver = await t.login('surucu3');
    osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
  });
  afterAll(() => t?.close());

  const rows = async (table: string) =>
    (await t.database.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

  it('1. refuses a NUL character in any text field with a 400 naming it, writing nothing', async () => {
    const citizens = await rows('citizens');
    const named = await t.api('POST', '/citizens', {
      token: operator,
      body: { fullName: 'Ayşe\u0000Yılmaz', phone: '0532 111 22 33', notes: 'kat\u00002' },
    });
    expect(named.status).toBe(400);
    expect(fields(named.body).sort()).toEqual(['body.fullName', 'body.notes']);
    expect(await rows('citizens')).toBe(citizens);

    const login = await t.api('POST', '/auth/login', {
      body: { username: 'admin\u0000', password: 'x' },
    });
    expect(login.status).toBe(400);
    expect(fields(login.body)).toEqual(['body.username']);

    const tap = await t.api('POST', '/driver/reports', {
      token: driver,
      body: {
        bookingId: '00000000-0000-4000-8000-000000000000',
        action: 'arrived',
        clientEventId: 'tap-\u0000-0001',
      },
    });
    expect(tap.status).toBe(400);
    expect(fields(tap.body)).toEqual(['body.clientEventId']);

    const cancel = await t.api('POST', '/bookings/00000000-0000-4000-8000-000000000000/cancel', {
      token: operator,
      body: { reason: 'iptal\u0000' },
    });
    expect(cancel.status).toBe(400);
    expect(fields(cancel.body)).toEqual(['body.reason']);
  });

  it('2. answers body and URL faults with 413, 415 or 400, never 500', async () => {
    const big = await t.api('POST', '/citizens', {
      token: operator,
      body: { fullName: 'a'.repeat(1_000_000), phone: '0532 111 22 33' },
    });
    expect(big.status).toBe(413);
    const send = (body: Buffer | string, headers: Record<string, string>) =>
      fetch(`${t.url}/api/citizens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${operator}`, ...headers },
        body,
      });
    const bomb = gzipSync(JSON.stringify({ fullName: 'a'.repeat(5_000_000), phone: '1' }));
    expect(
      (await send(bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' })).status,
    ).toBe(413);
    expect(
      (await send('{"fullName":"x"}', { 'content-type': 'application/json; charset=latin1' }))
        .status,
    ).toBe(415);
    expect(
      (
        await send('{"fullName":"x"}', {
          'content-type': 'application/json',
          'content-encoding': 'br2',
        })
      ).status,
    ).toBe(415);
    expect(
      (await send('garbage', { 'content-type': 'application/json', 'content-encoding': 'gzip' }))
        .status,
    ).toBe(400);
    const path = await fetch(`${t.url}/api/bookings/%E0%A4%A`, {
      headers: { authorization: `Bearer ${operator}` },
    });
    expect(path.status).toBe(400);
  });

  it('3. takes a place id’s own point, whatever lat and lng come with it', async () => {
    const hospital = findPlace('kocaeli-devlet-hastanesi')!;
    for (const [lat, lng] of [
      [41.0082, 28.9784], // İstanbul
      [0, 0],
    ]) {
      const res = await t.api<{ dropoff: { lat: number; lng: number; placeId: string } }>(
        'POST',
        '/bookings',
        {
          token: operator,
          body: ride(osman, {
            dropoff: { placeId: hospital.id, lat, lng, label: 'Başka bir yer' },
          }),
        },
      );
      if (res.status >= 400) {
        // Refusing the mismatch outright is as good as ignoring it.
        expect(res.status).toBe(400);
        continue;
      }
      expect(res.body.dropoff).toMatchObject({
        placeId: hospital.id,
        lat: hospital.lat,
        lng: hospital.lng,
      });
    }
  });

  it('9. refuses unknown fields with a 400 naming each, so a typo is never a silent success', async () => {
    const bookings = await rows('bookings');
    const typo = await t.api('POST', '/bookings', {
      token: operator,
      body: {
        ...ride(osman),
        pickupAtt: '2030-01-01T10:00:00+03:00',
        pickup: { placeId: 'gultepe-mah', flor: 2 },
      },
    });
    expect(typo.status).toBe(400);
    expect(fields(typo.body).sort()).toEqual(['body.pickup.flor', 'body.pickupAtt']);
    expect(await rows('bookings')).toBe(bookings);
  });
});

describe('4. a booking while Redis is down', () => {
  let redis: RedisServerProcess;
  let t: TestService;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedisServer({ port });
    t = await startTestService('pglite', {
      REDIS_URL: redis.url,
      ENQUEUE_TIMEOUT_MS: '300',
      BOOKING_WAIT_MS: '1000',
    });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.stop();
  });

  it('answers 202 with its Location within the bound, and the relay plans it once Redis is back', async () => {
    const operator = await t.login('operator');
    const osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
    await redis.stop();

    const started = Date.now();
    const res = await t.api<{ id: string; status: string }>('POST', '/bookings', {
      token: operator,
      body: ride(osman),
    });
    const took = Date.now() - started;
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.status).toBe('pending');
    expect(res.headers.get('location')).toBe(`/api/bookings/${res.body.id}`);
    expect(took).toBeLessThan(5000);
    const [row] = await t.database.db.query<{ status: string }>(
      'SELECT status FROM bookings WHERE id = $1',
      [res.body.id],
    );
    expect(row?.status).toBe('pending');

    redis = await startRedisServer({ port });
    // The relay looks for bookings left pending; it runs every RELAY_INTERVAL_SECONDS in production.
    const deadline = Date.now() + 20_000;
    let status = 'pending';
    while (status === 'pending' && Date.now() < deadline) {
      await t.service.relay.sweep().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (
        await t.api<{ status: string }>('GET', `/bookings/${res.body.id}`, { token: operator })
      ).body.status;
    }
    expect(status).not.toBe('pending');
  });
});
