import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import type { DriverStopRules } from '../domain/driver-stops.js';
import type { ChangeNotifier } from '../features/bookings/bookings.service.js';
import { loadManifests } from '../features/dispatch/manifest.js';
import type { Db } from '../infra/db/database.js';
import type { Logger } from '../infra/logging/logger.js';
import { rooms, type ServerToClientEvents } from './events.js';

/**
 * Publishes changes to connected screens through Redis, so any process (an
 * API instance or a worker) reaches clients connected to any other.
 * Notifications are best effort: a screen that misses one gets the full
 * state again when it reconnects.
 */
export function createChangeNotifier(deps: {
  redis: Redis;
  db: Db;
  timeZone: string;
  rules: DriverStopRules;
  logger: Logger;
  /** Redis channel prefix shared with the gateway's adapter. */
  key: string;
}): ChangeNotifier {
  const emitter = new Emitter<ServerToClientEvents>(deps.redis, { key: deps.key });
  return {
    bookingChanged(booking) {
      emitter.to(rooms.staff).emit('booking:updated', booking);
    },
    manifestChanged(driverId, date) {
      loadManifests(deps.db, driverId, date, deps.timeZone, deps.rules)
        .then((manifests) => emitter.to(rooms.driver(driverId)).emit('manifest', manifests))
        .catch((err) => deps.logger.warn({ err, driverId }, 'could not push a manifest'));
    },
  };
}
