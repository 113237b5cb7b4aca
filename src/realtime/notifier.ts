import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import type { DriverStopRules } from '../domain/driver-stops.js';
import type { ChangeNotifier } from '../features/bookings/bookings.service.js';
import { loadManifests } from '../features/dispatch/manifest.js';
import type { ManifestDeliveries } from '../features/dispatch/manifest-deliveries.js';
import type { Db } from '../infra/db/database.js';
import type { Logger } from '../infra/logging/logger.js';
import type { DriverPresence } from './driver-presence.js';
import { emitterPublisher } from './emitter-publisher.js';
import { rooms, type ServerToClientEvents } from './events.js';

/** Publishes to connected screens through Redis, from any process (an API instance or a worker). */
export function createEmitter(redis: Redis, key: string): Emitter<ServerToClientEvents> {
  return new Emitter<ServerToClientEvents>(emitterPublisher(redis), { key });
}

/**
 * Publishes changes to connected screens through Redis, so any process (an
 * API instance or a worker) reaches clients connected to any other.
 * A driver's manifest push takes the next delivery version first, then reads
 * the day: a push that overtakes an older one on the way carries the higher
 * version, and the app keeps it. The app acknowledges what it shows; a push
 * it missed is sent again (redelivery.ts) or on its next connection.
 */
export function createChangeNotifier(deps: {
  redis: Redis;
  db: Db;
  deliveries: ManifestDeliveries;
  timeZone: string;
  rules: DriverStopRules;
  logger: Logger;
  now: () => Date;
  /** Redis channel prefix shared with the gateway's adapter. */
  key: string;
  /** Whose app may be listening (absent: every push is loaded and sent). */
  presence?: DriverPresence;
}): ChangeNotifier {
  const emitter = createEmitter(deps.redis, deps.key);
  return {
    bookingChanged(booking) {
      emitter.to(rooms.staff).emit('booking:updated', booking);
    },
    manifestChanged(driverId, date) {
      push(driverId, date, true);
    },
  };

  // A night shift shows on both days' pages: a change to it is pushed to both.
  function push(driverId: string, date: string, spread: boolean): void {
    deps.deliveries
      .next(driverId, date, deps.now())
      .then(async (version) => {
        // The version moves on either way; the day is read and sent only to an app that may be
        // listening (one that is not asks for the days it lacks when it connects).
        if (deps.presence && !(await deps.presence.mayBeConnected(driverId))) return;
        const manifests = await loadManifests(
          deps.db,
          driverId,
          date,
          deps.timeZone,
          deps.rules,
          version,
        );
        emitter.to(rooms.driver(driverId)).emit('manifest', manifests);
        if (spread)
          for (const other of otherDaysOf(manifests, date, deps.timeZone))
            push(driverId, other, false);
      })
      .catch((err) => deps.logger.warn({ err, driverId }, 'could not push a manifest'));
  }
}

/** The other local dates the shifts of a day's manifest run into (a night shift: the next or the previous). */
export function otherDaysOf(
  manifests: { shifts: readonly { startsAt: string; endsAt: string }[] },
  date: string,
  timeZone: string,
): string[] {
  const days = new Set<string>();
  for (const shift of manifests.shifts) {
    const first = DateTime.fromISO(shift.startsAt, { zone: timeZone }).toISODate();
    const last = DateTime.fromMillis(Date.parse(shift.endsAt) - 1, { zone: timeZone }).toISODate();
    for (const day of [first, last]) if (day && day !== date) days.add(day);
  }
  return [...days];
}
