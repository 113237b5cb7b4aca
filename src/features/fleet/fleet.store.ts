import { randomUUID } from 'node:crypto';
import type { Db } from '../../infra/db/database.js';
import type { ShiftView, VehicleView } from './fleet.schema.js';

export interface VehicleRow {
  id: string;
  plate: string;
  label: string;
  seats: number;
  wheelchair_places: number;
  infant_seats: number;
  has_ramp: boolean;
  has_lift: boolean;
  depot_label: string;
  depot_lat: number;
  depot_lng: number;
  /** The services it may serve; none listed, none served. */
  service_ids: string[];
  active: boolean;
}

export interface ShiftRow {
  id: string;
  driver_id: string;
  driver_name: string;
  vehicle_id: string;
  vehicle_plate: string;
  starts_at: Date;
  ends_at: Date;
  break_earliest: Date | null;
  break_latest: Date | null;
  break_minutes: number;
}

export function vehicleToView(v: VehicleRow): VehicleView {
  return {
    id: v.id,
    plate: v.plate,
    label: v.label,
    seats: v.seats,
    wheelchairPlaces: v.wheelchair_places,
    infantSeats: v.infant_seats,
    hasRamp: v.has_ramp,
    hasLift: v.has_lift,
    depot: { label: v.depot_label, lat: v.depot_lat, lng: v.depot_lng },
    serviceIds: v.service_ids,
    active: v.active,
  };
}

export function shiftToView(s: ShiftRow): ShiftView {
  return {
    id: s.id,
    driverId: s.driver_id,
    driverName: s.driver_name,
    vehicleId: s.vehicle_id,
    vehiclePlate: s.vehicle_plate,
    startsAt: s.starts_at.toISOString(),
    endsAt: s.ends_at.toISOString(),
    breakEarliest: s.break_earliest?.toISOString() ?? null,
    breakLatest: s.break_latest?.toISOString() ?? null,
    breakMinutes: s.break_minutes,
  };
}

const SHIFT_SELECT = `SELECT s.id, s.driver_id, d.full_name AS driver_name, s.vehicle_id, v.plate AS vehicle_plate,
  s.starts_at, s.ends_at, s.break_earliest, s.break_latest, s.break_minutes
  FROM shifts s JOIN drivers d ON d.id = s.driver_id JOIN vehicles v ON v.id = s.vehicle_id`;

export function createFleetStore(db: Db) {
  return {
    async insertVehicle(v: Omit<VehicleRow, 'id' | 'active'>, tx: Db = db): Promise<string> {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO vehicles (id, plate, label, seats, wheelchair_places, infant_seats, has_ramp, has_lift,
           depot_label, depot_lat, depot_lng, service_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          id,
          v.plate,
          v.label,
          v.seats,
          v.wheelchair_places,
          v.infant_seats,
          v.has_ramp,
          v.has_lift,
          v.depot_label,
          v.depot_lat,
          v.depot_lng,
          v.service_ids,
        ],
      );
      return id;
    },
    listVehicles: () => db.query<VehicleRow>('SELECT * FROM vehicles ORDER BY plate'),
    async findVehicle(id: string): Promise<VehicleRow | undefined> {
      return (await db.query<VehicleRow>('SELECT * FROM vehicles WHERE id = $1', [id]))[0];
    },
    async insertDriver(d: { fullName: string; phone: string }, tx: Db = db): Promise<string> {
      const id = randomUUID();
      await tx.query('INSERT INTO drivers (id, full_name, phone) VALUES ($1, $2, $3)', [
        id,
        d.fullName,
        d.phone,
      ]);
      return id;
    },
    listDrivers: () =>
      db.query<{ id: string; full_name: string; phone: string; active: boolean }>(
        'SELECT id, full_name, phone, active FROM drivers ORDER BY full_name',
      ),
    async driverExists(id: string): Promise<boolean> {
      return (await db.query('SELECT 1 FROM drivers WHERE id = $1', [id])).length > 0;
    },
    async insertShift(
      s: {
        driverId: string;
        vehicleId: string;
        startsAt: Date;
        endsAt: Date;
        breakEarliest?: Date | undefined;
        breakLatest?: Date | undefined;
        breakMinutes: number;
      },
      tx: Db = db,
    ): Promise<string> {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO shifts (id, driver_id, vehicle_id, starts_at, ends_at, break_earliest, break_latest, break_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          s.driverId,
          s.vehicleId,
          s.startsAt,
          s.endsAt,
          s.breakEarliest ?? null,
          s.breakLatest ?? null,
          s.breakMinutes,
        ],
      );
      return id;
    },
    async findShift(id: string): Promise<ShiftRow | undefined> {
      return (await db.query<ShiftRow>(`${SHIFT_SELECT} WHERE s.id = $1`, [id]))[0];
    },
    /** Shifts that overlap [from, to). */
    shiftsBetween: (from: Date, to: Date, tx: Db = db) =>
      tx.query<ShiftRow>(
        `${SHIFT_SELECT} WHERE NOT s.cancelled AND s.starts_at < $2 AND s.ends_at > $1 ORDER BY s.starts_at, v.plate`,
        [from, to],
      ),
    /** Whether the vehicle or the driver already works in [from, to). */
    async overlaps(driverId: string, vehicleId: string, from: Date, to: Date): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM shifts WHERE NOT cancelled AND (driver_id = $1 OR vehicle_id = $2)
           AND starts_at < $4 AND ends_at > $3 LIMIT 1`,
        [driverId, vehicleId, from, to],
      );
      return rows.length > 0;
    },
  };
}

export type FleetStore = ReturnType<typeof createFleetStore>;
