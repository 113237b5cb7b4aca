import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { UserView } from './users.schema.js';

interface ErrorAnswer {
  error: { code: string; issues?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('users and their passwords on %s', (dialect) => {
  let t: TestService;
  let admin: string;

  beforeAll(async () => {
    t = await startTestService(dialect);
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  const setPassword = (code: string, newPassword: string) =>
    t.api('POST', '/auth/password-reset', { body: { code, newPassword } });

  it('a new supervisor sets their own password with a one-time code; nobody else ever sees it', async () => {
    const created = await t.api<{ user: UserView; reset: { code: string; expiresAt: string } }>(
      'POST',
      '/users',
      {
        token: admin,
        body: { username: 'sevgi.denetci', displayName: 'Sevgi Denetçi', role: 'supervisor' },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      role: 'supervisor',
      active: true,
      lastLoginAt: null,
    });
    expect(JSON.stringify(created.body)).not.toMatch(/password/i);
    const stored = await t.database.db.query<{ code_hash: string }>(
      'SELECT code_hash FROM password_resets WHERE user_id = $1',
      [created.body.user.id],
    );
    expect(stored[0]?.code_hash).not.toContain(created.body.reset.code);

    expect((await setPassword(created.body.reset.code, 'sevgi-yeni-parola')).status).toBe(204);
    // Once only.
    expect((await setPassword(created.body.reset.code, 'baska-bir-parola')).status).toBe(401);
    await t.login('sevgi.denetci', 'sevgi-yeni-parola');
    const list = await t.api<UserView[]>('GET', '/users', { token: admin });
    const sevgi = list.body.find((u) => u.username === 'sevgi.denetci')!;
    expect(sevgi.lastLoginAt).not.toBeNull();

    // A forgotten password: a new code; the older one (had it not been used) stops working.
    const first = await t.api<{ code: string }>('POST', `/users/${sevgi.id}/reset-code`, {
      token: admin,
    });
    const second = await t.api<{ code: string }>('POST', `/users/${sevgi.id}/reset-code`, {
      token: admin,
    });
    expect(first.status).toBe(201);
    expect((await setPassword(first.body.code, 'eski-kod-parola')).status).toBe(401);
    expect((await setPassword(second.body.code, 'sevgi-ikinci-parola')).status).toBe(204);
    await t.login('sevgi.denetci', 'sevgi-ikinci-parola');
  });

  it('a code given with a username works only for that user; another’s is refused and stays unspent', async () => {
    const created = await t.api<{ user: UserView; reset: { code: string } }>('POST', '/users', {
      token: admin,
      body: { username: 'nur.operator', displayName: 'Nur Operatör', role: 'operator' },
    });
    const withName = (username: string, code: string, newPassword: string) =>
      t.api('POST', '/auth/password-reset', { body: { username, code, newPassword } });
    expect((await withName('admin', created.body.reset.code, 'ele-gecirme-1')).status).toBe(401);
    expect((await withName('nur.operator', created.body.reset.code, 'nur-parolasi-1')).status).toBe(
      204,
    );
    await t.login('nur.operator', 'nur-parolasi-1');
    await t.login('admin');
    const short = await t.api<ErrorAnswer>('POST', '/auth/password-reset', {
      headers: { 'accept-language': 'en' },
      body: { username: 'nur.operator', code: 'x'.repeat(22), newPassword: 'kisa' },
    });
    expect(short.status).toBe(400);
    expect(short.body.error.issues?.map((i) => i.field)).toEqual(['body.newPassword']);
  });

  it('deactivates a login at once, never one’s own; roles and fields are checked', async () => {
    const created = await t.api<{ user: UserView; reset: { code: string } }>('POST', '/users', {
      token: admin,
      body: { username: 'okan.operator', displayName: 'Okan Operatör', role: 'operator' },
    });
    await setPassword(created.body.reset.code, 'okan-parolasi-1');
    const token = await t.login('okan.operator', 'okan-parolasi-1');
    expect((await t.api('GET', '/services', { token })).status).toBe(200);
    expect((await t.api('GET', '/users', { token })).status).toBe(403);
    const off = await t.api<UserView>('POST', `/users/${created.body.user.id}/deactivate`, {
      token: admin,
    });
    expect(off.body.active).toBe(false);
    // Its open session is revoked with it.
    expect((await t.api('GET', '/services', { token })).status).toBe(401);
    await expect(t.login('okan.operator', 'okan-parolasi-1')).rejects.toThrow(/401/);

    const me = (await t.api<UserView[]>('GET', '/users', { token: admin })).body.find(
      (u) => u.username === 'admin',
    )!;
    expect((await t.api('POST', `/users/${me.id}/deactivate`, { token: admin })).status).toBe(409);
    const taken = await t.api('POST', '/users', {
      token: admin,
      body: { username: 'admin', displayName: 'İkinci', role: 'admin' },
    });
    expect(taken.status).toBe(409);
    const bad = await t.api<ErrorAnswer>('POST', '/users', {
      token: admin,
      headers: { 'accept-language': 'en' },
      body: { username: 'X Y', displayName: 'Z', role: 'citizen' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.map((i) => i.field).sort()).toEqual([
      'body.displayName',
      'body.role',
      'body.username',
    ]);
  });
});
