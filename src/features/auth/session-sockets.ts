import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';

/** The Socket.IO room of one session's connections. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * Closes every socket of a revoked session, on whichever API instance it is
 * connected (through the Redis adapter the gateway shares under `key`).
 */
export function createSessionDisconnector(redis: Redis, key: string): (sessionId: string) => void {
  const emitter = new Emitter(redis, { key });
  return (sessionId) => {
    emitter.in(sessionRoom(sessionId)).disconnectSockets(true);
  };
}
