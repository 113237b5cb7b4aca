import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { emitterPublisher } from './emitter-publisher.js';

describe('publishing for the Socket.IO emitter', () => {
  it('turns a publish on a closed connection into a logged error, not an unhandled rejection', async () => {
    // Never connected: every command fails at once with "Connection is closed".
    const redis = new Redis({ lazyConnect: true, enableOfflineQueue: false });
    redis.disconnect();
    const seen: Error[] = [];
    redis.on('error', (err: Error) => seen.push(err));
    const publisher = emitterPublisher(redis);
    await expect(publisher.publish('channel', 'message')).resolves.toBe(0);
    expect(seen.length).toBe(1);

    const quiet = new Redis({ lazyConnect: true, enableOfflineQueue: false });
    quiet.disconnect();
    await expect(emitterPublisher(quiet).publish('channel', 'message')).resolves.toBe(0);
  });
});
