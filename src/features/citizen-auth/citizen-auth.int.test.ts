import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { captureLogger } from '../../../test/fakes/capture-logger.js';
import { citizenLogin, lastCodeFor } from '../../../test/support/citizen-login.js';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';

// Demo citizens (src/demo/demo-data.ts): Zeynep is eligible for Anne Taksi, Osman for Engelsiz Taksi.
const ZEYNEP = '+905551230001';
const OSMAN = '+905551230002';
const STRANGER = '+905559999999';

interface ErrorBody {
  error: { code: string; message: string };
}

describe.each(DIALECTS)(
  'citizens sign in with a code, across two API processes, on %s',
  (dialect) => {
    let a: TestService;
    let b: TestService;
    let redis: Redis;
    const log = captureLogger();

    beforeAll(async () => {
      const env = { OTP_SENDS_PER_PHONE: '3', OTP_MAX_ATTEMPTS: '3', OTP_FAILURES_PER_IP: '50' };
      a = await startTestService(dialect, env, { logger: log.logger });
      // The second process shares the database and the Redis keys: the limits must hold across both.
      b = await startTestService(dialect, env, {
        logger: log.logger,
        database: a.database,
        redisPrefix: a.prefix,
      });
      redis = new Redis(inject('redisUrl'));
    });
    afterAll(async () => {
      redis?.disconnect();
      await b?.close();
      await a?.close();
    });

    it('signs in with the texted code once; the code is kept only as a hash and expires', async () => {
      await a.api('POST', '/auth/citizen/code', { body: { phone: '0555 123 00 01' } });
      const code = lastCodeFor(log.records, ZEYNEP)!;
      expect(code).toMatch(/^\d{6}$/);
      const keys = await redis.keys(`${a.prefix}:otp:code:*`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        expect(JSON.stringify(await redis.hgetall(key))).not.toContain(code);
        const ttl = await redis.ttl(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(300);
      }
      // Answered by the other process: the code lives in the shared Redis.
      const ok = await b.api<{ accessToken: string; user: { role: string; name: string } }>(
        'POST',
        '/auth/citizen/verify',
        { body: { phone: ZEYNEP, code } },
      );
      expect(ok.status).toBe(200);
      expect(ok.body.user).toMatchObject({ role: 'citizen', name: 'Zeynep Arslan' });
      const again = await a.api<ErrorBody>('POST', '/auth/citizen/verify', {
        body: { phone: ZEYNEP, code },
        headers: { 'accept-language': 'en' },
      });
      expect(again.status).toBe(401);
      expect(again.body.error.code).toBe('OTP_INVALID');
      const me = await a.api<{ citizens: { fullName: string; relation: string }[] }>('GET', '/me', {
        token: ok.body.accessToken,
      });
      expect(me.body.citizens).toEqual([
        expect.objectContaining({ fullName: 'Zeynep Arslan', relation: 'self' }),
      ]);
    });

    it('voids a code after too many wrong tries, and an expired code is refused', async () => {
      await a.api('POST', '/auth/citizen/code', { body: { phone: OSMAN } });
      const code = lastCodeFor(log.records, OSMAN)!;
      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 3; i++) {
        const res = await b.api('POST', '/auth/citizen/verify', {
          body: { phone: OSMAN, code: wrong },
        });
        expect(res.status).toBe(401);
      }
      const late = await a.api('POST', '/auth/citizen/verify', { body: { phone: OSMAN, code } });
      expect(late.status).toBe(401);

      await a.api('POST', '/auth/citizen/code', { body: { phone: OSMAN } });
      const fresh = lastCodeFor(log.records, OSMAN)!;
      for (const key of await redis.keys(`${a.prefix}:otp:code:*`)) await redis.pexpire(key, 1);
      await new Promise((r) => setTimeout(r, 20));
      const expired = await a.api('POST', '/auth/citizen/verify', {
        body: { phone: OSMAN, code: fresh },
      });
      expect(expired.status).toBe(401);
    });

    it('limits codes per phone across both processes, with the time to wait; unknown phones get no SMS', async () => {
      const before = log.records.length;
      const answers: number[] = [];
      for (const t of [a, b, a])
        answers.push(
          (await t.api('POST', '/auth/citizen/code', { body: { phone: STRANGER } })).status,
        );
      expect(answers).toEqual([202, 202, 202]);
      // Nothing was texted to a phone no citizen has.
      expect(log.records.slice(before).filter((r) => r.sms)).toEqual([]);
      const fourth = await b.api<ErrorBody>('POST', '/auth/citizen/code', {
        body: { phone: STRANGER },
        headers: { 'accept-language': 'tr' },
      });
      expect(fourth.status).toBe(429);
      expect(fourth.body.error.code).toBe('OTP_LIMITED');
      expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(fourth.body.error.message).toMatch(/sonra yeniden deneyin/);
    });

    it('a citizen sees only their own rides and books only for themselves or who named them', async () => {
      const admin = await a.login('admin');
      const elif = await citizenLogin(b, log.records, '+905551230005'); // Elif, Anne Taksi only
      const me = await a.api<{ citizens: { id: string }[] }>('GET', '/me', {
        token: elif.accessToken,
      });
      const own = me.body.citizens[0]!.id;
      const others = await a.api<{ id: string; phone: string }[]>('GET', '/citizens?q=Osman', {
        token: admin,
      });
      const osman = others.body[0]!.id;
      const hospital = { placeId: 'seka-devlet-hastanesi' };
      const body = (citizenId: string) => ({
        serviceId: 'engelsiz-taksi',
        citizenId,
        pickup: { placeId: 'kocaeli-devlet-hastanesi' },
        dropoff: hospital,
        pickupAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      });
      // Another citizen's id: as if it did not exist.
      const foreign = await a.api('POST', '/bookings', {
        token: elif.accessToken,
        body: body(osman),
      });
      expect(foreign.status).toBe(404);
      const theirs = await a.api('GET', `/me/citizens/${osman}/rides`, { token: elif.accessToken });
      expect(theirs.status).toBe(404);
      const override = await a.api('POST', '/bookings', {
        token: elif.accessToken,
        body: { ...body(own), eligibilityOverride: { reason: 'kendim istiyorum' } },
      });
      expect(override.status).toBe(403);
      // Her own record, but a service she is not eligible for: the operators' rule, no override.
      const notEligible = await a.api<ErrorBody>('POST', '/bookings', {
        token: elif.accessToken,
        body: body(own),
      });
      expect(notEligible.status).toBe(422);
      expect(notEligible.body.error.code).toBe('NOT_ELIGIBLE');
      const services = await a.api<{ id: string; eligible: boolean }[]>(
        'GET',
        `/me/citizens/${own}/services`,
        { token: elif.accessToken },
      );
      expect(services.body.filter((s) => s.eligible).map((s) => s.id)).toEqual(['anne-taksi']);
      const applied = await a.api('POST', `/me/citizens/${own}/applications`, {
        token: elif.accessToken,
        body: { serviceId: 'engelsiz-taksi', note: 'Eşim tekerlekli sandalye kullanıyor' },
      });
      expect(applied.status).toBe(201);
      const rows = await a.database.db.query(
        'SELECT * FROM service_applications WHERE citizen_id = $1',
        [own],
      );
      expect(rows).toHaveLength(1);
      // The operators see it, and a supervisor closes it.
      const operator = await a.login('operator');
      const open = await b.api<
        { id: string; citizenId: string; serviceId: string; note: string }[]
      >('GET', '/service-applications', { token: operator });
      const mine = open.body.find((x) => x.citizenId === own);
      expect(mine).toMatchObject({
        serviceId: 'engelsiz-taksi',
        note: 'Eşim tekerlekli sandalye kullanıyor',
      });
      const path = `/service-applications/${mine!.id}/decide`;
      expect(
        (await a.api('POST', path, { token: operator, body: { status: 'granted' } })).status,
      ).toBe(403);
      const supervisor = await a.login('supervisor');
      expect(
        (await a.api('POST', path, { token: supervisor, body: { status: 'granted' } })).status,
      ).toBe(204);
      expect(
        (await a.api('POST', path, { token: supervisor, body: { status: 'declined' } })).status,
      ).toBe(404);
      const after = await a.api<{ citizenId: string }[]>('GET', '/service-applications', {
        token: operator,
      });
      expect(after.body.some((x) => x.citizenId === own)).toBe(false);
    });

    it('a relative the citizen named acts for them until removed', async () => {
      const ibrahimLogin = await citizenLogin(a, log.records, '+905551230004');
      const me = await a.api<{ citizens: { id: string }[] }>('GET', '/me', {
        token: ibrahimLogin.accessToken,
      });
      const ibrahim = me.body.citizens[0]!.id;
      const relativePhone = '+905551230003'; // Hatice, a citizen herself
      const named = await a.api('POST', `/me/citizens/${ibrahim}/relatives`, {
        token: ibrahimLogin.accessToken,
        body: { phone: '0555 123 00 03', name: 'Hatice' },
      });
      expect(named.status).toBe(200);
      const hatice = await citizenLogin(b, log.records, relativePhone);
      const hers = await b.api<{ citizens: { id: string; relation: string }[] }>('GET', '/me', {
        token: hatice.accessToken,
      });
      expect(hers.body.citizens.map((c) => [c.id === ibrahim, c.relation])).toContainEqual([
        true,
        'relative',
      ]);
      expect(
        (await b.api('GET', `/me/citizens/${ibrahim}/rides`, { token: hatice.accessToken })).status,
      ).toBe(200);
      // A relative cannot name another.
      const chain = await b.api('POST', `/me/citizens/${ibrahim}/relatives`, {
        token: hatice.accessToken,
        body: { phone: '05551230002', name: 'Osman' },
      });
      expect(chain.status).toBe(403);
      const removed = await a.api(
        'DELETE',
        `/me/citizens/${ibrahim}/relatives/${encodeURIComponent(relativePhone)}`,
        {
          token: ibrahimLogin.accessToken,
        },
      );
      expect(removed.status).toBe(204);
      expect(
        (await b.api('GET', `/me/citizens/${ibrahim}/rides`, { token: hatice.accessToken })).status,
      ).toBe(404);
    });
  },
);
