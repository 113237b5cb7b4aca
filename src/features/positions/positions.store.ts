import type { Db } from '../../infra/db/database.js';

export interface StoredPosition {
  lat: number;
  lng: number;
  at: Date;
}

export interface ShiftNow {
  shift_id: string;
  vehicle_id: string;
  driver_id: string;
  plate: string;
  label: string;
  driver_name: string;
  service_ids: string[];
}

/** GPS positions (table `vehicle_positions`): the one writer of it. */
export function createPositionsStore(db: Db) {
  const SHIFT_NOW = `SELECT s.id AS shift_id, s.vehicle_id, s.driver_id, v.plate, v.label,
      d.full_name AS driver_name, v.service_ids
    FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id JOIN drivers d ON d.id = s.driver_id
    WHERE NOT s.cancelled AND s.starts_at <= $1 AND s.ends_at > $1`;
  return {
    /** The driver's shift running at `at`, if any. */
    async shiftOf(driverId: string, at: Date): Promise<ShiftNow | undefined> {
      return (
        await db.query<ShiftNow>(`${SHIFT_NOW} AND s.driver_id = $2 ORDER BY s.starts_at LIMIT 1`, [
          at,
          driverId,
        ])
      )[0];
    },
    /** Every shift running at `at`. */
    shiftsAt(at: Date): Promise<ShiftNow[]> {
      return db.query<ShiftNow>(`${SHIFT_NOW} ORDER BY v.plate`, [at]);
    },
    async insert(
      shift: ShiftNow,
      p: {
        lat: number;
        lng: number;
        at: Date;
        accuracy?: number;
        speed?: number;
        heading?: number;
      },
    ): Promise<void> {
      await db.query(
        `INSERT INTO vehicle_positions (vehicle_id, shift_id, driver_id, at, lat, lng, accuracy, speed, heading)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          shift.vehicle_id,
          shift.shift_id,
          shift.driver_id,
          p.at,
          p.lat,
          p.lng,
          p.accuracy ?? null,
          p.speed ?? null,
          p.heading ?? null,
        ],
      );
    },
    /** The shift's positions since `since`, oldest first. */
    trail(shiftId: string, since: Date): Promise<StoredPosition[]> {
      return db.query<StoredPosition>(
        'SELECT lat, lng, at FROM vehicle_positions WHERE shift_id = $1 AND at >= $2 ORDER BY at',
        [shiftId, since],
      );
    },
    async last(shiftId: string): Promise<StoredPosition | undefined> {
      return (
        await db.query<StoredPosition>(
          'SELECT lat, lng, at FROM vehicle_positions WHERE shift_id = $1 ORDER BY at DESC LIMIT 1',
          [shiftId],
        )
      )[0];
    },
    /** Deletes positions older than `before` (the retention setting). */
    async deleteOlderThan(before: Date): Promise<number> {
      const rows = await db.query<{ id: string }>(
        'DELETE FROM vehicle_positions WHERE at < $1 RETURNING id',
        [before],
      );
      return rows.length;
    },
  };
}

export type PositionsStore = ReturnType<typeof createPositionsStore>;
