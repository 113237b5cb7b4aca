import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { until } from '../../../test/support/until.js';

/*
 * Two API processes on one database and Redis, each trusting a session it saw
 * open for a minute: only the revocation's announcement through Redis can
 * make the second refuse a token ended on the first.
 */
describe('a session ended on one API process', () => {
  let a: TestService;
  let b: TestService;
  const env = { SESSION_CHECK_CACHE_MS: '60000' };

  beforeAll(async () => {
    a = await startTestService('pglite', env);
    b = await startTestService('pglite', env, { database: a.database, redisPrefix: a.prefix });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const refusedOnB = (token: string) =>
    until(
      'the other process to refuse the token',
      async () => ((await b.api('GET', '/vehicles', { token })).status === 401 ? true : undefined),
      5_000,
    );

  it('is refused on the other at once after a logout', async () => {
    const session = (
      await a.api<{ accessToken: string; refreshToken: string }>('POST', '/auth/login', {
        body: { username: 'supervisor', password: 'yoldas-supervisor' },
      })
    ).body;
    expect((await b.api('GET', '/vehicles', { token: session.accessToken })).status).toBe(200);
    const out = await a.api('POST', '/auth/logout', {
      body: { refreshToken: session.refreshToken },
    });
    expect(out.status).toBe(204);
    expect((await a.api('GET', '/vehicles', { token: session.accessToken })).status).toBe(401);
    await refusedOnB(session.accessToken);
  });

  it('is refused on the other when an administrator deactivates the user', async () => {
    const admin = await a.login('admin');
    const created = await a.api<{ user: { id: string }; reset: { code: string } }>(
      'POST',
      '/users',
      {
        token: admin,
        body: { username: 'gece-operatoru', displayName: 'Gece Operatörü', role: 'operator' },
      },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const password = 'gece-parolasi-2026';
    const reset = await a.api('POST', '/auth/password-reset', {
      body: { code: created.body.reset.code, newPassword: password, username: 'gece-operatoru' },
    });
    expect(reset.status, JSON.stringify(reset.body)).toBeLessThan(300);
    const token = await a.login('gece-operatoru', password);
    expect((await b.api('GET', '/vehicles', { token })).status).toBe(200);
    const off = await a.api('POST', `/users/${created.body.user.id}/deactivate`, { token: admin });
    expect(off.status).toBe(200);
    await refusedOnB(token);
  });
});
