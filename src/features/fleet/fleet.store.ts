import { randomUUID } from 'node:crypto';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
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
  retired_at: Date | null;
}

export interface DriverRow {
  id: string;
  full_name: string;
  phone: string;
  active: boolean;
  licence_class: string | null;
  licence_expires_on: string | null;
  username: string | null;
}

export interface UnavailabilityRow {
  id: string;
  vehicle_id: string;
  starts_at: Date;
  ends_at: Date;
  reason: string;
}

export interface AbsenceRow {
  id: string;
  driver_id: string;
  kind: 'leave' | 'sickness';
  starts_on: string;
  ends_on: string;
  note: string | null;
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
    retiredAt: v.retired_at?.toISOString() ?? null,
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

const DRIVER_SELECT = `SELECT d.id, d.full_name, d.phone, d.active, d.licence_class,
  to_char(d.licence_expires_on, 'YYYY-MM-DD') AS licence_expires_on, u.username
  FROM drivers d LEFT JOIN users u ON u.driver_id = d.id`;

async function updateColumns(
  tx: Db,
  table: 'vehicles' | 'drivers',
  id: string,
  changes: Record<string, unknown>,
): Promise<void> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return;
  const sets = entries.map(([column], i) => `${column} = $${i + 2}`).join(', ');
  await tx.query(`UPDATE ${table} SET ${sets} WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
}

const SHIFT_SELECT = `SELECT s.id, s.driver_id, d.full_name AS driver_name, s.vehicle_id, v.plate AS vehicle_plate,
  s.starts_at, s.ends_at, s.break_earliest, s.break_latest, s.break_minutes
  FROM shifts s JOIN drivers d ON d.id = s.driver_id JOIN vehicles v ON v.id = s.vehicle_id`;

export function createFleetStore(db: Db) {
  return {
    async insertVehicle(
      v: Omit<VehicleRow, 'id' | 'active' | 'retired_at'>,
      tx: Db = db,
    ): Promise<string> {
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
    async findVehicle(id: string, tx: Db = db): Promise<VehicleRow | undefined> {
      return (await tx.query<VehicleRow>('SELECT * FROM vehicles WHERE id = $1', [id]))[0];
    },
    async insertDriver(
      d: {
        fullName: string;
        phone: string;
        licenceClass?: string | undefined;
        licenceExpiresOn?: string | undefined;
      },
      tx: Db = db,
    ): Promise<string> {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO drivers (id, full_name, phone, licence_class, licence_expires_on)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, d.fullName, d.phone, d.licenceClass ?? null, d.licenceExpiresOn ?? null],
      );
      return id;
    },
    listDrivers: (tx: Db = db) => tx.query<DriverRow>(`${DRIVER_SELECT} ORDER BY d.full_name`),
    async findDriver(id: string, tx: Db = db): Promise<DriverRow | undefined> {
      return (await tx.query<DriverRow>(`${DRIVER_SELECT} WHERE d.id = $1`, [id]))[0];
    },
    /** Changes the listed columns of a vehicle (names are the code's own, never the caller's). */
    async updateVehicle(id: string, changes: Record<string, unknown>, tx: Db = db) {
      await updateColumns(tx, 'vehicles', id, changes);
    },
    async updateDriver(id: string, changes: Record<string, unknown>, tx: Db = db) {
      await updateColumns(tx, 'drivers', id, changes);
    },
    async insertUnavailability(
      p: { vehicleId: string; startsAt: Date; endsAt: Date; reason: string; createdBy: string },
      tx: Db,
    ): Promise<string> {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO vehicle_unavailability (id, vehicle_id, starts_at, ends_at, reason, created_by)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, p.vehicleId, p.startsAt, p.endsAt, p.reason, p.createdBy],
      );
      return id;
    },
    unavailabilityOf: (vehicleId: string) =>
      db.query<UnavailabilityRow>(
        `SELECT id, vehicle_id, starts_at, ends_at, reason FROM vehicle_unavailability
         WHERE vehicle_id = $1 ORDER BY starts_at DESC`,
        [vehicleId],
      ),
    async insertAbsence(
      a: {
        driverId: string;
        kind: 'leave' | 'sickness';
        startsOn: string;
        endsOn: string;
        note?: string | undefined;
        createdBy: string;
      },
      tx: Db,
    ): Promise<string> {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO driver_absences (id, driver_id, kind, starts_on, ends_on, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        // A sickness note is health data: encrypted at rest like citizens' (KVKK).
        [
          id,
          a.driverId,
          a.kind,
          a.startsOn,
          a.endsOn,
          dataCipher().encrypt(a.note ?? null),
          a.createdBy,
        ],
      );
      return id;
    },
    async absencesOf(driverId: string): Promise<AbsenceRow[]> {
      const rows = await db.query<AbsenceRow>(
        `SELECT id, driver_id, kind, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
           to_char(ends_on, 'YYYY-MM-DD') AS ends_on, note
         FROM driver_absences WHERE driver_id = $1 ORDER BY starts_on DESC`,
        [driverId],
      );
      const cipher = dataCipher();
      return rows.map((r) => ({ ...r, note: cipher.decrypt(r.note) }));
    },
    /**
     * Why a shift cannot be planned then: the vehicle is retired or out of
     * service, the driver inactive or absent (local dates of the shift's span).
     */
    async unavailableFor(
      driverId: string,
      vehicleId: string,
      from: Date,
      to: Date,
      fromDay: string,
      toDay: string,
    ): Promise<'vehicle' | 'driver' | null> {
      const vehicle = await db.query(
        `SELECT 1 FROM vehicles v WHERE v.id = $1 AND (NOT v.active OR EXISTS (
           SELECT 1 FROM vehicle_unavailability u WHERE u.vehicle_id = v.id AND u.starts_at < $3 AND u.ends_at > $2))`,
        [vehicleId, from, to],
      );
      if (vehicle.length > 0) return 'vehicle';
      const driver = await db.query(
        `SELECT 1 FROM drivers d WHERE d.id = $1 AND (NOT d.active OR EXISTS (
           SELECT 1 FROM driver_absences a WHERE a.driver_id = d.id AND a.starts_on <= $3::date AND a.ends_on >= $2::date))`,
        [driverId, fromDay, toDay],
      );
      return driver.length > 0 ? 'driver' : null;
    },
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
