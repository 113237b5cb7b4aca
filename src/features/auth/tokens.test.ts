import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenIssuer } from './tokens.js';

const user = {
  id: randomUUID(),
  role: 'operator' as const,
  driverId: null,
  name: 'Ayşe Operatör',
  sessionId: randomUUID(),
};

function issuer(live = new Set<string>([user.sessionId])) {
  return createTokenIssuer({
    secret: 'a-secret-that-is-long-enough-for-hs256-0123',
    accessTokenTtlSeconds: 60,
    sessions: { isSessionLive: async (sid) => live.has(sid) },
  });
}

describe('access tokens', () => {
  afterEach(() => vi.useRealTimers());

  it('accepts a token again, but not one with a changed byte, after the original was verified', async () => {
    const tokens = issuer();
    const token = await tokens.issue(user);
    expect((await tokens.verify(token)).id).toBe(user.id);
    expect((await tokens.verify(token)).role).toBe('operator');
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    const forged = `${token.slice(0, -2)}${last}${token.at(-1)}`;
    await expect(tokens.verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a remembered token once its session is closed or it has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T06:00:00Z'));
    const live = new Set<string>([user.sessionId]);
    const tokens = issuer(live);
    const token = await tokens.issue(user);
    await tokens.verify(token);
    vi.setSystemTime(new Date('2026-11-27T06:01:01Z'));
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    vi.setSystemTime(new Date('2026-11-27T06:00:00Z'));
    const fresh = await tokens.issue(user);
    await tokens.verify(fresh);
    live.delete(user.sessionId);
    await expect(tokens.verify(fresh)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
