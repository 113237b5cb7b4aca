import type { Emitter } from '@socket.io/redis-emitter';
import { DateTime } from 'luxon';
import type { DriverStopRules } from '../domain/driver-stops.js';
import type { FleetAlert } from '../features/dispatch/dispatch.schema.js';
import { loadManifests } from '../features/dispatch/manifest.js';
import type { ManifestDeliveries } from '../features/dispatch/manifest-deliveries.js';
import type { Db } from '../infra/db/database.js';
import type { Logger } from '../infra/logging/logger.js';
import type { DriverPresence } from './driver-presence.js';
import { rooms, type ServerToClientEvents } from './events.js';

export interface RedeliveryDeps {
  db: Db;
  deliveries: ManifestDeliveries;
  emitter: Emitter<ServerToClientEvents>;
  timeZone: string;
  rules: DriverStopRules;
  /** An unacknowledged push is sent again after this many seconds… */
  resendSeconds: number;
  /** …and after this many sends the operators are alerted. */
  alertAfterSends: number;
  logger: Logger;
  now: () => Date;
  /** Whose app may be listening (absent: every due day is loaded and sent). */
  presence?: DriverPresence;
}

// Days a sweep sends at most: the rest wait for the next sweep.
const BATCH = 500;

/**
 * Sends again every manifest a driver's app has not acknowledged within
 * `resendSeconds` (the driver's room gets the day as it stands now, with
 * the same version), and alerts the operators once per version when it has
 * gone unacknowledged `alertAfterSends` times. Yesterday's and older days
 * are left alone. Any number of processes may sweep: each day is claimed by
 * one (manifest-deliveries.ts).
 */
export function createRedelivery(deps: RedeliveryDeps) {
  async function who(driverId: string, date: string) {
    const [row] = await deps.db.query<{ full_name: string; plate: string | null }>(
      `SELECT d.full_name,
         (SELECT v.plate FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id
          WHERE s.driver_id = d.id AND NOT s.cancelled
            AND s.starts_at < ($2::date + 1)::timestamp AT TIME ZONE $3
            AND s.ends_at > $2::date::timestamp AT TIME ZONE $3
          ORDER BY s.starts_at LIMIT 1) AS plate
       FROM drivers d WHERE d.id = $1`,
      [driverId, date, deps.timeZone],
    );
    return { driverId, driverName: row?.full_name ?? '', plate: row?.plate ?? null };
  }

  return {
    /** One pass; answers how many days were sent again. */
    async sweep(): Promise<number> {
      const now = deps.now();
      const today = DateTime.fromJSDate(now, { zone: deps.timeZone }).toISODate()!;
      const due = await deps.deliveries.claimUnacked({
        now,
        resendSeconds: deps.resendSeconds,
        fromDate: today,
        limit: BATCH,
      });
      for (const d of due) {
        // A send to nobody still counts toward the operators' alert: a driver whose app went
        // silent mid-shift is exactly whom they must call. Only the reading is saved.
        if (!deps.presence || (await deps.presence.mayBeConnected(d.driverId))) {
          const manifests = await loadManifests(
            deps.db,
            d.driverId,
            d.date,
            deps.timeZone,
            deps.rules,
            d.version,
          );
          deps.emitter.to(rooms.driver(d.driverId)).emit('manifest', manifests);
        }
        if (d.sends >= deps.alertAfterSends && d.alertedVersion < d.version) {
          const alert: FleetAlert = {
            kind: 'manifest-unseen',
            ...(await who(d.driverId, d.date)),
            date: d.date,
            version: d.version,
            sends: d.sends,
          };
          deps.emitter.to(rooms.staff).emit('fleet:alert', alert);
          await deps.deliveries.markAlerted(d.driverId, d.date, d.version);
          deps.logger.warn(
            { driverId: d.driverId, date: d.date, version: d.version, sends: d.sends },
            'a driver has not acknowledged a manifest change',
          );
        }
      }
      return due.length;
    },

    /** The driver's app acknowledged a day the operators were alerted about: tell them. */
    async seen(driverId: string, date: string, version: number): Promise<void> {
      const alert: FleetAlert = {
        kind: 'manifest-seen',
        ...(await who(driverId, date)),
        date,
        version,
      };
      deps.emitter.to(rooms.staff).emit('fleet:alert', alert);
    },
  };
}

export type Redelivery = ReturnType<typeof createRedelivery>;
