import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../redis/redis-server-process.js';
import { createSchedulingQueue, EnqueueTimeout } from './scheduling-queue.js';

describe('the scheduling queue while Redis is down', () => {
  const opened: Array<() => Promise<unknown> | unknown> = [];
  afterAll(async () => {
    for (const close of opened.reverse()) await close();
  });

  it('gives up on an enqueue within the configured bound instead of hanging', async () => {
    // Nobody listens on this port: the connection keeps reconnecting and queues
    // every command, as the service's does when Redis dies.
    const port = await freePort();
    const connection = new Redis(`redis://127.0.0.1:${port}`, {
      maxRetriesPerRequest: null,
      retryStrategy: () => 50,
    });
    connection.on('error', () => {});
    const queue = createSchedulingQueue(connection, 'down', { enqueueTimeoutMs: 300 });
    opened.push(() => connection.disconnect());

    const started = Date.now();
    const outcome = await queue.enqueue(randomUUID()).then(
      () => 'enqueued',
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(EnqueueTimeout);
    expect(Date.now() - started).toBeLessThan(2000);

    const waited = Date.now();
    await queue.waitForOutcome(randomUUID(), 300);
    expect(Date.now() - waited).toBeLessThan(2000);
  });
});
