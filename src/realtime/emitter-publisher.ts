import type { Redis } from 'ioredis';

/**
 * The Redis client as the Socket.IO emitter uses it: `publish` only. The
 * emitter drops the promise `publish` returns, so a publish while Redis is
 * down or the process is stopping rejected with nobody listening (an
 * unhandled rejection: "Connection is closed"). A screen update that cannot
 * be published is lost either way; the app's acknowledgements and
 * redelivery bring manifests back, so it only goes to the connection's error log.
 */
export function emitterPublisher(redis: Redis): Pick<Redis, 'publish'> {
  return {
    publish: ((channel: string, message: string) =>
      redis.publish(channel, message).catch((err: unknown) => {
        // To the connection's own error log, where there is one (emitting 'error' with no
        // listener would throw).
        if (redis.listenerCount('error') > 0)
          redis.emit('error', err instanceof Error ? err : new Error(String(err)));
        return 0;
      })) as Redis['publish'],
  };
}
