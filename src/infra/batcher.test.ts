import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('batcher', () => {
  it('handles items arriving together as one batch, each getting its own result', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher<number, number>({
      handle: async (items) => {
        batches.push(items);
        return items.map((n) => n * 10);
      },
      windowMs: 20,
      maxBatch: 100,
      maxWaiting: 1_000,
    });
    expect(await Promise.all([1, 2, 3].map((n) => batcher.add(n)))).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('handles one batch at a time: what arrives meanwhile leaves as the next batch', async () => {
    const batches: number[][] = [];
    let running = 0;
    let mostAtOnce = 0;
    const batcher = createBatcher<number, number>({
      handle: async (items) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        batches.push(items);
        await pause(30);
        running--;
        return items;
      },
      windowMs: 5,
      maxBatch: 100,
      maxWaiting: 1_000,
    });
    const first = batcher.add(1);
    await pause(15);
    const rest = [2, 3, 4].map((n) => batcher.add(n));
    await Promise.all([first, ...rest]);
    expect(mostAtOnce).toBe(1);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('leaves at once when a batch is full, and splits what is past the size', async () => {
    const batches: number[][] = [];
    const batcher = createBatcher<number, number>({
      handle: async (items) => {
        batches.push(items);
        return items;
      },
      windowMs: 10_000,
      maxBatch: 2,
      maxWaiting: 1_000,
    });
    const started = Date.now();
    await Promise.all([1, 2, 3, 4].map((n) => batcher.add(n)));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('resumes a large batch’s callers a few at a time, letting the event loop turn in between', async () => {
    const batcher = createBatcher<number, number>({
      handle: async (items) => items,
      windowMs: 1,
      maxBatch: 100,
      maxWaiting: 1_000,
    });
    const order: string[] = [];
    const items = Array.from({ length: 40 }, (_, n) =>
      batcher.add(n).then(() => {
        if (n === 0) setImmediate(() => order.push('turn'));
        order.push(`item ${n}`);
      }),
    );
    await Promise.all(items);
    const turn = order.indexOf('turn');
    expect(turn).toBeGreaterThan(0);
    expect(turn).toBeLessThan(order.length - 1);
  });

  it('turns items away past the waiting limit and counts them', async () => {
    let release = () => {};
    const batcher = createBatcher<number, number>({
      handle: async (items) => {
        await new Promise<void>((r) => {
          release = r;
        });
        return items;
      },
      windowMs: 1,
      maxBatch: 10,
      maxWaiting: 2,
    });
    const first = batcher.add(1);
    await pause(10);
    // The first batch is being handled; two may wait, a third is turned away.
    const waiting = [batcher.add(2), batcher.add(3)];
    expect(await batcher.add(4)).toBeUndefined();
    expect(batcher.turnedAway).toBe(1);
    release();
    expect(await first).toBe(1);
    await pause(5);
    release();
    expect(await Promise.all(waiting)).toEqual([2, 3]);
  });

  it('rejects every item of a batch that failed, and goes on with the next', async () => {
    let fail = true;
    const batcher = createBatcher<number, number>({
      handle: async (items) => {
        if (fail) throw new Error('database gone');
        return items;
      },
      windowMs: 1,
      maxBatch: 10,
      maxWaiting: 100,
    });
    const failed = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batcher.add(3)).toBe(3);
  });

  it('as a group commit (no window): the first item leaves alone, those arriving while it is written leave together', async () => {
    const batches: number[][] = [];
    let release: () => void = () => {};
    const batcher = createBatcher<number, number>({
      handle: async (items) => {
        batches.push(items);
        if (batches.length === 1) await new Promise<void>((r) => (release = r));
        return items;
      },
      windowMs: 0,
      maxBatch: 500,
      maxWaiting: Number.POSITIVE_INFINITY,
    });
    const first = batcher.add(1);
    await pause(5);
    const rest = Array.from({ length: 1_000 }, (_, i) => batcher.add(i + 2));
    release();
    expect(await first).toBe(1);
    expect((await Promise.all(rest)).length).toBe(1_000);
    expect(batcher.turnedAway).toBe(0);
    expect(batches.map((b) => b.length)).toEqual([1, 500, 500]);
  });
});
