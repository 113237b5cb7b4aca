import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { emitterPublisher } from '../../realtime/emitter-publisher.js';

/** The Socket.IO room of one session's connections. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/**
 * Closes every socket of a revoked session, on whichever API instance it is
 * connected (through the Redis adapter the gateway shares under `key`).
 */
export function createSessionDisconnector(redis: Redis, key: string): (sessionId: string) => void {
  const emitter = new Emitter(emitterPublisher(redis), { key });
  return (sessionId) => {
    emitter.in(sessionRoom(sessionId)).disconnectSockets(true);
  };
}
