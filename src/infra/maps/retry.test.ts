import { describe, expect, it } from 'vitest';
import { runPool, withRetries } from './retry.js';

const policy = { attempts: 3, baseDelayMs: 1, maxDelayMs: 4 };

describe('withRetries', () => {
  it('retries transient failures up to the attempts', async () => {
    let n = 0;
    const retried: number[] = [];
    await expect(
      withRetries(
        async () => {
          n++;
          throw new Error('blip');
        },
        policy,
        () => true,
        (_e, k) => retried.push(k),
      ),
    ).rejects.toThrow('blip');
    expect(n).toBe(3);
    expect(retried).toEqual([1, 2]);
  });

  it('does not retry a permanent failure', async () => {
    let n = 0;
    await expect(
      withRetries(
        async () => {
          n++;
          throw new Error('bad key');
        },
        policy,
        () => false,
      ),
    ).rejects.toThrow();
    expect(n).toBe(1);
  });

  it('returns the first success', async () => {
    let n = 0;
    const value = await withRetries(
      async () => (++n < 2 ? Promise.reject(new Error('x')) : n),
      policy,
      () => true,
    );
    expect(value).toBe(2);
  });
});

describe('runPool', () => {
  it('runs every task', async () => {
    const done: number[] = [];
    await runPool(
      [1, 2, 3, 4, 5].map((k) => async () => {
        done.push(k);
      }),
      2,
    );
    expect(done.sort()).toEqual([1, 2, 3, 4, 5]);
    await runPool([], 4);
  });
});
