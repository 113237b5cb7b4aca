import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPartitionLeases } from './partition-lease.js';

describe('partition leases', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
  });
  afterAll(() => redis.quit());

  const settings = (prefix: string) => ({ prefix, ttlMs: 300, waitMs: 3000, pollMs: 10 });

  // Seen in bench:day: every 20 s or so, the planner waited 5 s (the lease's lifetime) for a
  // lease of its own. A watch from an earlier idle spell outlived it and dropped the lease.
  it('keeps a busy owner’s lease across idle spells: no job waits for its own lease', async () => {
    const leases = createPartitionLeases(redis, settings(`lease-test-${randomUUID()}`));
    const waits: number[] = [];
    // Idle gaps of uneven length, as bookings arrive: the lease is idle, and watched, in each.
    const gaps = [7, 23, 41, 13, 59, 31, 3, 47, 17, 37];
    const end = Date.now() + 2000; // several lifetimes of the lease
    for (let i = 0; Date.now() < end; i++) {
      const asked = performance.now();
      await leases.hold('2026-12-01', async () => {
        waits.push(performance.now() - asked);
        await sleep(5);
      });
      await sleep(gaps[i % gaps.length]!);
    }
    expect(leases.stats.acquired).toBe(1);
    expect(leases.stats.waited).toBe(0);
    // A wait for expiry would be the lease's whole lifetime (300 ms).
    expect(Math.max(...waits)).toBeLessThan(150);
    await leases.close();
  });

  it('lets an idle lease lapse after its lifetime, and a second worker take it at once when asked', async () => {
    const prefix = `lease-test-${randomUUID()}`;
    const a = createPartitionLeases(redis, settings(prefix));
    const b = createPartitionLeases(redis, settings(prefix));
    let tokenA = 0;
    await a.hold('p', async (token) => {
      tokenA = token;
    });
    // B asks while A is idle: A lets go without waiting for expiry.
    const asked = performance.now();
    let tokenB = 0;
    await b.hold('p', async (token) => {
      tokenB = token;
    });
    expect(performance.now() - asked).toBeLessThan(250);
    expect(tokenB).toBeGreaterThan(tokenA);
    expect(b.stats.waited).toBe(1);
    // Idle past its lifetime: gone from Redis, and A takes it anew with a new token.
    await sleep(450);
    expect(await redis.exists(`${prefix}:lease:p`)).toBe(0);
    let tokenAgain = 0;
    await a.hold('p', async (token) => {
      tokenAgain = token;
    });
    expect(tokenAgain).toBeGreaterThan(tokenB);
    await a.close();
    await b.close();
  });
});
