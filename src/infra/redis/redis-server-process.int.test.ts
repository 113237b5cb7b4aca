import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { RedisBinaryMissing, startRedisServer } from './redis-server-process.js';

describe('private redis-server', () => {
  it('is started again on the same port when it dies', async () => {
    let restarts = 0;
    const server = await startRedisServer({ onRestart: () => restarts++ });
    const client = new Redis(server.url, { maxRetriesPerRequest: null });
    client.on('error', () => {}); // refused connections while it restarts are expected
    try {
      await client.set('k', 'v');
      const first = server.pid;
      process.kill(first!, 'SIGKILL');
      const deadline = Date.now() + 10_000;
      while (server.pid === first && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(await client.ping()).toBe('PONG');
      expect(restarts).toBe(1);
      expect(server.pid).not.toBe(first);
    } finally {
      client.disconnect();
      await server.stop();
    }
  });

  it('says what to install when the binary is missing', async () => {
    await expect(
      startRedisServer({ binary: 'redis-server-that-does-not-exist' }),
    ).rejects.toBeInstanceOf(RedisBinaryMissing);
    await expect(startRedisServer({ binary: 'redis-server-that-does-not-exist' })).rejects.toThrow(
      /REDIS_URL/,
    );
  });
});
