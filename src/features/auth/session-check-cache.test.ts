import { describe, expect, it } from 'vitest';
import { cachedSessionCheck } from './session-check-cache.js';

function sessions() {
  const open = new Set(['a', 'b']);
  let reads = 0;
  let hold: Promise<void> | undefined;
  return {
    open,
    reads: () => reads,
    holdNextRead(p: Promise<void>) {
      hold = p;
    },
    async isSessionLive(id: string) {
      reads++;
      const result = open.has(id);
      if (hold) {
        const h = hold;
        hold = undefined;
        await h;
      }
      return result;
    },
  };
}

describe('the session check cache', () => {
  it('reads an open session once within its time, and again after it', async () => {
    const store = sessions();
    let clock = 0;
    const check = cachedSessionCheck(store, { ttlMs: 2000, now: () => clock });
    expect(await check.isSessionLive('a')).toBe(true);
    expect(await check.isSessionLive('a')).toBe(true);
    expect(store.reads()).toBe(1);
    clock = 2001;
    expect(await check.isSessionLive('a')).toBe(true);
    expect(store.reads()).toBe(2);
  });

  it('never keeps a closed session, and drops a revoked one at once', async () => {
    const store = sessions();
    const check = cachedSessionCheck(store, { ttlMs: 60_000, now: () => 0 });
    expect(await check.isSessionLive('x')).toBe(false);
    expect(await check.isSessionLive('x')).toBe(false);
    expect(store.reads()).toBe(2);
    expect(await check.isSessionLive('a')).toBe(true);
    store.open.delete('a');
    check.forget('a');
    expect(await check.isSessionLive('a')).toBe(false);
  });

  it('does not keep what a read saw open when the session was revoked during that read', async () => {
    const store = sessions();
    const check = cachedSessionCheck(store, { ttlMs: 60_000, now: () => 0 });
    let release!: () => void;
    store.holdNextRead(new Promise<void>((r) => (release = r)));
    const inFlight = check.isSessionLive('b');
    store.open.delete('b');
    check.forget('b');
    release();
    expect(await inFlight).toBe(true);
    expect(await check.isSessionLive('b')).toBe(false);
  });

  it('with no time to keep, reads every time', async () => {
    const store = sessions();
    const check = cachedSessionCheck(store, { ttlMs: 0 });
    await check.isSessionLive('a');
    await check.isSessionLive('a');
    expect(store.reads()).toBe(2);
  });
});
