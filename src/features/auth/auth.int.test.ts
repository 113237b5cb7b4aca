import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';

interface SessionBody {
  accessToken: string;
  refreshToken: string;
}

describe.each(DIALECTS)('sessions and login limits on %s', (dialect) => {
  let t: TestService;
  let skew = 0;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // The harness lifts the per-address limit for suites that log in often; this one sets it.
    t = await startTestService(
      dialect,
      { LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_SECONDS: '120' },
      // The server's clock, moved forward past the refresh retry grace by a test.
      { loginRateLimit: 8, now: () => new Date(Date.now() + skew) },
    );
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  async function login(username: string, password: string, headers: Record<string, string> = {}) {
    return t.api<SessionBody & { error?: { code: string; message: string } }>(
      'POST',
      '/auth/login',
      { body: { username, password }, headers: { 'accept-language': 'en', ...headers } },
    );
  }
  const open = (token: string) => {
    const socket = connect(t.url, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    return socket;
  };
  const connected = (socket: Socket) =>
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });

  it('stops an access token working at logout, and closes its sockets', async () => {
    const session = (await login('supervisor', 'yoldas-supervisor')).body;
    const other = (await login('supervisor', 'yoldas-supervisor')).body;
    expect((await t.api('GET', '/vehicles', { token: session.accessToken })).status).toBe(200);
    const socket = open(session.accessToken);
    await connected(socket);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    const out = await t.api('POST', '/auth/logout', {
      body: { refreshToken: session.refreshToken },
    });
    expect(out.status).toBe(204);

    expect((await t.api('GET', '/vehicles', { token: session.accessToken })).status).toBe(401);
    expect(await closed).toBe('io server disconnect');
    const again = open(session.accessToken);
    await expect(connected(again)).rejects.toThrow('UNAUTHENTICATED');
    const renewed = await t.api('POST', '/auth/refresh', {
      body: { refreshToken: session.refreshToken },
    });
    expect(renewed.status).toBe(401);
    // Another login of the same user is a session of its own.
    expect((await t.api('GET', '/vehicles', { token: other.accessToken })).status).toBe(200);
  });

  it('revokes the whole family when a spent refresh token comes back', async () => {
    const first = (await login('operator', 'yoldas-operator')).body;
    const second = await t.api<SessionBody>('POST', '/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(second.status).toBe(200);
    expect((await t.api('GET', '/vehicles', { token: second.body.accessToken })).status).toBe(200);

    // The first token again at once: a retry whose answer was lost, answered again.
    const retry = await t.api<SessionBody>('POST', '/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(retry.status).toBe(200);
    expect((await t.api('GET', '/vehicles', { token: second.body.accessToken })).status).toBe(200);

    // The first token again a minute later: someone else holds a copy.
    skew = 60_000;
    const replay = await t.api('POST', '/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    skew = 0;
    expect(replay.status).toBe(401);

    expect((await t.api('GET', '/vehicles', { token: second.body.accessToken })).status).toBe(401);
    expect((await t.api('GET', '/vehicles', { token: first.accessToken })).status).toBe(401);
    const third = await t.api('POST', '/auth/refresh', {
      body: { refreshToken: second.body.refreshToken },
    });
    expect(third.status).toBe(401);
    const audited = await t.database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'session.refresh-reuse'`,
    );
    expect(audited[0]?.n).toBe(1);
  });

  it('locks an account after repeated failures, with the time to wait, even for the right password', async () => {
    for (let i = 0; i < 3; i++) expect((await login('surucu3', `wrong-${i}`)).status).toBe(401);
    const locked = await login('surucu3', 'yoldas-surucu');
    expect(locked.status).toBe(429);
    expect(locked.body.error?.code).toBe('LOGIN_LOCKED');
    expect(locked.body.error?.message).toMatch(/Try again in 2 minutes/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(100);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(120);
    // Another account is not locked by it.
    expect((await login('surucu4', 'yoldas-surucu')).status).toBe(200);
  });

  it('counts failures per address whatever X-Forwarded-For says (no proxy trusted by default)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await login(`nobody-${i}`, 'guess', { 'x-forwarded-for': `203.0.113.${i + 1}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses).toContain(429);
  });
});

describe('the login limit across API processes sharing Redis', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService('pglite', { LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => t?.close());

  it('holds the limit across API processes sharing Redis', async () => {
    const second = await startTestService(
      'pglite',
      { LOGIN_MAX_FAILURES: '3' },
      {
        database: t.database,
        redisPrefix: t.prefix,
        loginRateLimit: 1000,
      },
    );
    try {
      const a = await fetch(`${t.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'surucu5', password: 'x' }),
      });
      expect(a.status).toBe(401);
      for (let i = 0; i < 2; i++)
        expect(
          (
            await second.api('POST', '/auth/login', {
              body: { username: 'surucu5', password: 'y' },
            })
          ).status,
        ).toBe(401);
      const locked = await fetch(`${t.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'surucu5', password: 'yoldas-surucu' }),
      });
      expect(locked.status).toBe(429);
    } finally {
      await second.service.close();
    }
  });
});

describe('a trusted proxy (TRUST_PROXY)', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService(
      'pglite',
      { TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES: '100' },
      { loginRateLimit: 2 },
    );
  });
  afterAll(() => t?.close());

  it("is believed: the client's forwarded address is the one locked out", async () => {
    const from = (ip: string) =>
      t.api('POST', '/auth/login', {
        body: { username: 'someone', password: 'guess' },
        headers: { 'x-forwarded-for': ip },
      });
    expect((await from('198.51.100.7')).status).toBe(401);
    expect((await from('198.51.100.7')).status).toBe(401);
    expect((await from('198.51.100.7')).status).toBe(429);
    expect((await from('198.51.100.8')).status).toBe(401);
  });
});
