import type { Db } from '../../infra/db/database.js';

/** A driver's day whose newest push the app has not acknowledged. */
export interface UnackedDelivery {
  driverId: string;
  date: string;
  version: number;
  /** How many times this version has been sent, this send included. */
  sends: number;
  /** The version the operators were last alerted about (0: never). */
  alertedVersion: number;
}

interface DeliveryRow {
  driver_id: string;
  service_date: string;
  version: string | number;
  sends: number;
  alerted_version: string | number;
  acked_version: string | number;
}

const toUnacked = (r: DeliveryRow): UnackedDelivery => ({
  driverId: r.driver_id,
  date: r.service_date,
  version: Number(r.version),
  sends: r.sends,
  alertedVersion: Number(r.alerted_version),
});

/**
 * Versions of the manifests pushed to drivers, and what their apps
 * acknowledged (table `manifest_deliveries`, one row per driver and local
 * day). Every push takes the next version; the app acknowledges the version
 * it shows; a sweep sends unacknowledged days again (see redelivery.ts).
 */
export function createManifestDeliveries(db: Db) {
  return {
    /** The next version of the driver's day, counted as sent once at `now`. */
    async next(driverId: string, date: string, now: Date): Promise<number> {
      const [row] = await db.query<{ version: string | number }>(
        `INSERT INTO manifest_deliveries (driver_id, service_date, version, sent_at, sends)
         VALUES ($1, $2, 1, $3, 1)
         ON CONFLICT (driver_id, service_date)
         DO UPDATE SET version = manifest_deliveries.version + 1, sent_at = $3, sends = 1
         RETURNING version`,
        [driverId, date, now],
      );
      return Number(row!.version);
    },

    /**
     * The app was just sent `version` of the day (on connecting): the
     * redelivery sweep waits a full resend period from now before sending
     * it again, so a reconnecting app does not get the same copy twice.
     */
    async sentNow(driverId: string, date: string, version: number, now: Date): Promise<void> {
      await db.query(
        `UPDATE manifest_deliveries SET sent_at = GREATEST(sent_at, $4)
         WHERE driver_id = $1 AND service_date = $2 AND version = $3 AND acked_version < version`,
        [driverId, date, version, now],
      );
    },

    /** The current version of each of the driver's days (0: never pushed). */
    async versions(driverId: string, dates: readonly string[]): Promise<Map<string, number>> {
      const rows = await db.query<{ service_date: string; version: string | number }>(
        `SELECT to_char(service_date, 'YYYY-MM-DD') AS service_date, version FROM manifest_deliveries
         WHERE driver_id = $1 AND service_date = ANY($2::date[])`,
        [driverId, dates],
      );
      const out = new Map(dates.map((d) => [d, 0]));
      for (const r of rows) out.set(r.service_date, Number(r.version));
      return out;
    },

    /**
     * The app shows `version` of the day. Answers whether the operators had
     * been alerted about a version it now covers (they are told it was seen).
     */
    async acknowledge(
      driverId: string,
      date: string,
      version: number,
      now: Date,
    ): Promise<{ wasAlerted: boolean }> {
      // The alert is cleared by the acknowledgement that covers it, and reported once.
      const [row] = await db.query<{ alerted_version: string | number }>(
        `WITH old AS (
           SELECT alerted_version FROM manifest_deliveries
           WHERE driver_id = $1 AND service_date = $2 FOR UPDATE
         )
         UPDATE manifest_deliveries d
         SET acked_version = LEAST($3, d.version), acked_at = $4,
           alerted_version = CASE WHEN d.alerted_version <= LEAST($3, d.version) THEN 0
             ELSE d.alerted_version END
         FROM old
         WHERE d.driver_id = $1 AND d.service_date = $2 AND d.acked_version < LEAST($3, d.version)
         RETURNING old.alerted_version`,
        [driverId, date, version, now],
      );
      const alerted = row ? Number(row.alerted_version) : 0;
      return { wasAlerted: alerted > 0 && alerted <= version };
    },

    /**
     * Claims the days whose push went unacknowledged for `resendSeconds`
     * (from `fromDate` on), counting one more send of each. Each row is
     * claimed by one process only (the update is the claim), so several
     * processes may sweep at once.
     */
    async claimUnacked(input: {
      now: Date;
      resendSeconds: number;
      fromDate: string;
      limit: number;
    }): Promise<UnackedDelivery[]> {
      const rows = await db.query<DeliveryRow>(
        `UPDATE manifest_deliveries d SET sent_at = $1, sends = d.sends + 1
         WHERE (d.driver_id, d.service_date) IN (
           SELECT driver_id, service_date FROM manifest_deliveries
           WHERE acked_version < version AND sent_at <= $2 AND service_date >= $3
           ORDER BY sent_at LIMIT $4
         ) AND d.acked_version < d.version AND d.sent_at <= $2
         RETURNING d.driver_id, to_char(d.service_date, 'YYYY-MM-DD') AS service_date, d.version,
           d.sends, d.alerted_version, d.acked_version`,
        [
          input.now,
          new Date(input.now.getTime() - input.resendSeconds * 1000),
          input.fromDate,
          input.limit,
        ],
      );
      return rows.map(toUnacked);
    },

    /** The operators were told the driver has not seen `version`. */
    async markAlerted(driverId: string, date: string, version: number): Promise<void> {
      await db.query(
        `UPDATE manifest_deliveries SET alerted_version = GREATEST(alerted_version, $3)
         WHERE driver_id = $1 AND service_date = $2`,
        [driverId, date, version],
      );
    },
  };
}

export type ManifestDeliveries = ReturnType<typeof createManifestDeliveries>;
