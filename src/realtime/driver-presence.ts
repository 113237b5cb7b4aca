import type { Redis } from 'ioredis';

/**
 * Which drivers may have an app connected to some API process, kept in
 * Redis: one hash per driver, a field per socket holding until when it
 * counts. A process refreshes its sockets while they live; one killed
 * without a word lets them lapse. A socket that drops keeps counting for
 * the recovery window, in which Socket.IO keeps the packets it missed.
 *
 * Only a hint that saves work: a manifest push or resend is loaded from the
 * database and sent only to a driver who may be listening. A driver found
 * absent loses nothing: their app asks for the days it lacks on connecting,
 * and the redelivery sweep still counts and alerts as before.
 */
export interface DriverPresence {
  connected(driverId: string, socketId: string): Promise<void>;
  /** The socket dropped: it counts for `lingerMs` more (a recovered connection gets what it missed). */
  disconnected(driverId: string, socketId: string): Promise<void>;
  /** Keeps live sockets counting (each process, every third of the lifetime). */
  refresh(sockets: readonly { driverId: string; socketId: string }[]): Promise<void>;
  mayBeConnected(driverId: string): Promise<boolean>;
}

/** How long a live socket counts without a refresh. */
export const PRESENCE_LIFETIME_MS = 60_000;

export interface PresenceSettings {
  /** Redis key prefix. */
  prefix: string;
  /** How long a live socket counts without a refresh. */
  lifetimeMs: number;
  /** How long a dropped socket still counts. */
  lingerMs: number;
  now: () => Date;
}

export function createDriverPresence(redis: Redis, settings: PresenceSettings): DriverPresence {
  const keyOf = (driverId: string) => `${settings.prefix}:presence:driver:${driverId}`;
  const longest = Math.max(settings.lifetimeMs, settings.lingerMs);
  const until = (ms: number) => String(settings.now().getTime() + ms);

  /** The socket counts for `ms` from now; the driver's hash lives as long as its longest field may. */
  async function countFor(driverId: string, socketId: string, ms: number): Promise<void> {
    await redis
      .multi()
      .hset(keyOf(driverId), socketId, until(ms))
      .pexpire(keyOf(driverId), longest)
      .exec();
  }

  return {
    connected: (driverId, socketId) => countFor(driverId, socketId, settings.lifetimeMs),
    disconnected: (driverId, socketId) => countFor(driverId, socketId, settings.lingerMs),
    async refresh(sockets) {
      if (sockets.length === 0) return;
      const batch = redis.multi();
      for (const { driverId, socketId } of sockets)
        batch
          .hset(keyOf(driverId), socketId, until(settings.lifetimeMs))
          .pexpire(keyOf(driverId), longest);
      await batch.exec();
    },
    async mayBeConnected(driverId) {
      const now = settings.now().getTime();
      const untils = await redis.hvals(keyOf(driverId));
      return untils.some((u) => Number(u) > now);
    },
  };
}
