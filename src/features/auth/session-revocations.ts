import type { Redis } from 'ioredis';
import { createSessionDisconnector } from './session-sockets.js';

/**
 * A session revoked anywhere (logout, a reused refresh token, a deactivated
 * user, an erasure) reaches every API process at once: its sockets are
 * closed and each process forgets the session in its check cache.
 */
export interface SessionRevocations {
  /** Announces a revoked session to every process, this one included. */
  revoked(sessionId: string): void;
  /** Calls `listener` with each session revoked anywhere, until `close`. */
  subscribe(listener: (sessionId: string) => void): Promise<void>;
  close(): Promise<void>;
}

export function createSessionRevocations(redis: Redis, prefix: string): SessionRevocations {
  const channel = `${prefix}:sessions-revoked`;
  const disconnect = createSessionDisconnector(redis, `${prefix}-io`);
  const listeners: ((sessionId: string) => void)[] = [];
  let subscriber: Redis | undefined;
  const tell = (sessionId: string) => {
    for (const listener of listeners) listener(sessionId);
  };
  return {
    revoked(sessionId) {
      // This process at once, whatever Redis does; the others through the channel.
      tell(sessionId);
      disconnect(sessionId);
      redis.publish(channel, sessionId).catch(() => {});
    },
    async subscribe(listener) {
      listeners.push(listener);
      if (subscriber) return;
      subscriber = redis.duplicate();
      subscriber.on('message', (from: string, sessionId: string) => {
        if (from === channel) tell(sessionId);
      });
      // A subscriber that lost Redis re-subscribes on reconnect (ioredis's autoResubscribe).
      subscriber.on('error', () => {});
      await subscriber.subscribe(channel);
    },
    async close() {
      listeners.length = 0;
      await subscriber?.quit().catch(() => subscriber?.disconnect());
    },
  };
}
