import type { BookingStatus } from '../../domain/booking-status.js';
import type { Db } from '../../infra/db/database.js';
import type { StoredStop } from '../planning/planning-snapshot.js';

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

/** A booking on a shift's route, as the live map needs it. */
export interface RouteBooking {
  id: string;
  status: BookingStatus;
  pickup_window_end: Date;
  full_name: string;
}

/** What the live map shows of a shift, read in one go: its trail, its route, their bookings. */
export interface ShiftLive {
  trail: StoredPosition[];
  stops: StoredStop[];
  bookings: RouteBooking[];
}

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

// The route of the shift `sh.shift_id` and its bookings, as columns `stops` and `bookings`.
const ROUTE_COLUMNS = `r.stops,
  (SELECT json_agg(json_build_object('id', b.id, 'status', b.status,
     'pickup_window_end', b.pickup_window_end, 'full_name', c.full_name))
   FROM bookings b JOIN citizens c ON c.id = b.citizen_id
   WHERE b.id IN (SELECT (e->>'refId')::uuid FROM jsonb_array_elements(r.stops) e
                  WHERE e->>'kind' <> 'break')) AS bookings`;

/** A GPS fix as kept. */
export interface Fix {
  lat: number;
  lng: number;
  at: Date;
  accuracy?: number;
  speed?: number;
  heading?: number;
}

interface LiveRow {
  stops: StoredStop[] | null;
  bookings: Json<RouteBooking>[] | null;
  trail?: Json<StoredPosition>[] | null;
}

const liveOfRow = (row: LiveRow | undefined, trail: StoredPosition[]): ShiftLive => ({
  trail,
  stops: row?.stops ?? [],
  bookings: (row?.bookings ?? []).map((b) => ({
    ...b,
    pickup_window_end: new Date(b.pickup_window_end),
  })),
});

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
    /**
     * Keeps a batch of drivers' fixes, each on the driver's shift running at
     * its time, and reads what the live map shows of those shifts: one
     * statement, one round trip for the whole batch (every vehicle sends a
     * fix every few seconds; one statement per fix cost the API processes
     * and PostgreSQL more than everything else they do). The trail read
     * leaves out the fixes being written (they are the newest: added here).
     * Answers one entry per fix, in order: undefined for a fix outside any
     * shift of its driver (not kept).
     */
    async recordMany(
      fixes: readonly (Fix & { driverId: string })[],
      trailSince: Date,
    ): Promise<({ shift: ShiftNow; live: ShiftLive } | undefined)[]> {
      if (fixes.length === 0) return [];
      const rows = await db.query<ShiftNow & LiveRow & { n: number }>(
        `WITH fix AS (
           SELECT * FROM unnest($1::int[], $2::uuid[], $3::timestamptz[], $4::float8[], $5::float8[],
             $6::real[], $7::real[], $8::real[]) AS f(n, driver_id, at, lat, lng, accuracy, speed, heading)
         ),
         sh AS (
           SELECT f.n, f.at, f.lat, f.lng, f.accuracy, f.speed, f.heading, s.*
           FROM fix f CROSS JOIN LATERAL (
             ${SHIFT_NOW.replaceAll('$1', 'f.at')} AND s.driver_id = f.driver_id
             ORDER BY s.starts_at LIMIT 1) s
         ),
         kept AS (
           INSERT INTO vehicle_positions (vehicle_id, shift_id, driver_id, at, lat, lng, accuracy, speed, heading)
           SELECT vehicle_id, shift_id, driver_id, at, lat, lng, accuracy, speed, heading FROM sh
           RETURNING id
         )
         SELECT sh.n, sh.shift_id, sh.vehicle_id, sh.driver_id, sh.plate, sh.label, sh.driver_name,
           sh.service_ids, ${ROUTE_COLUMNS},
           (SELECT json_agg(json_build_object('lat', t.lat, 'lng', t.lng, 'at', t.at) ORDER BY t.at)
            FROM vehicle_positions t
            WHERE t.vehicle_id = sh.vehicle_id AND t.shift_id = sh.shift_id AND t.at >= $9) AS trail,
           (SELECT count(*) FROM kept) AS kept
         FROM sh LEFT JOIN routes r ON r.shift_id = sh.shift_id`,
        [
          fixes.map((_, n) => n),
          fixes.map((f) => f.driverId),
          fixes.map((f) => f.at),
          fixes.map((f) => f.lat),
          fixes.map((f) => f.lng),
          fixes.map((f) => f.accuracy ?? null),
          fixes.map((f) => f.speed ?? null),
          fixes.map((f) => f.heading ?? null),
          trailSince,
        ],
      );
      const out: ({ shift: ShiftNow; live: ShiftLive } | undefined)[] = fixes.map(() => undefined);
      for (const row of rows) {
        const {
          n,
          stops,
          bookings,
          trail,
          kept: _kept,
          ...shift
        } = row as typeof row & { kept: unknown };
        const p = fixes[n]!;
        const stored = (trail ?? []).map((t) => ({ lat: t.lat, lng: t.lng, at: new Date(t.at) }));
        const fix = { lat: p.lat, lng: p.lng, at: p.at };
        out[n] = {
          shift,
          live: liveOfRow(
            { stops, bookings },
            p.at.getTime() >= trailSince.getTime()
              ? [...stored, fix].sort((a, b) => a.at.getTime() - b.at.getTime())
              : stored,
          ),
        };
      }
      return out;
    },
    /** What the live map shows of a shift whose newest fix is stored. */
    async live(shift: ShiftNow, trailSince: Date): Promise<ShiftLive> {
      const [trail, [row]] = await Promise.all([
        this.trail(shift, trailSince),
        db.query<LiveRow>(
          `SELECT ${ROUTE_COLUMNS} FROM (SELECT $1::uuid AS shift_id) sh
           LEFT JOIN routes r ON r.shift_id = sh.shift_id`,
          [shift.shift_id],
        ),
      ]);
      return liveOfRow(row, trail);
    },
    /** Every shift running at `at`. */
    shiftsAt(at: Date): Promise<ShiftNow[]> {
      return db.query<ShiftNow>(`${SHIFT_NOW} ORDER BY v.plate`, [at]);
    },
    async insert(shift: ShiftNow, p: Fix): Promise<void> {
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
    /**
     * The shift's positions since `since`, oldest first. Read through the
     * vehicle's index (vehicle_id, at): by shift alone every vehicle's fixes
     * since `since` were scanned, on each fix of each vehicle.
     */
    trail(shift: ShiftNow, since: Date): Promise<StoredPosition[]> {
      return db.query<StoredPosition>(
        `SELECT lat, lng, at FROM vehicle_positions
         WHERE vehicle_id = $1 AND shift_id = $2 AND at >= $3 ORDER BY at`,
        [shift.vehicle_id, shift.shift_id, since],
      );
    },
    /** The shift's newest position (the vehicle's, when given: read through its index). */
    async last(shiftId: string, vehicleId?: string): Promise<StoredPosition | undefined> {
      return (
        await db.query<StoredPosition>(
          vehicleId
            ? `SELECT lat, lng, at FROM vehicle_positions WHERE vehicle_id = $2 AND shift_id = $1
               ORDER BY at DESC LIMIT 1`
            : 'SELECT lat, lng, at FROM vehicle_positions WHERE shift_id = $1 ORDER BY at DESC LIMIT 1',
          vehicleId ? [shiftId, vehicleId] : [shiftId],
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
