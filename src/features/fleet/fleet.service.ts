import { DateTime } from 'luxon';
import type { z } from 'zod';
import { AppError, notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthStore } from '../auth/auth.store.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hashPassword } from '../auth/password.js';
import type {
  createDriverBody,
  createShiftBody,
  createVehicleBody,
  ShiftView,
  VehicleView,
} from './fleet.schema.js';
import { type FleetStore, shiftToView, vehicleToView } from './fleet.store.js';

export interface FleetServiceDeps {
  db: Db;
  store: FleetStore;
  authStore: AuthStore;
  timeZone: string;
}

async function activeServiceIds(db: Db): Promise<string[]> {
  const rows = await db.query<{ id: string }>('SELECT id FROM services WHERE active ORDER BY id');
  return rows.map((r) => r.id);
}

export function createFleetService({ db, store, authStore, timeZone }: FleetServiceDeps) {
  return {
    async createVehicle(
      input: z.output<typeof createVehicleBody>,
      actor: AuthUser,
    ): Promise<VehicleView> {
      const plate = input.plate.replace(/\s+/g, ' ');
      if ((await store.listVehicles()).some((v) => v.plate === plate))
        throw new AppError('CONFLICT');
      const id = await store.insertVehicle({
        plate,
        label: input.label,
        seats: input.seats,
        wheelchair_places: input.wheelchairPlaces,
        infant_seats: input.infantSeats,
        has_ramp: input.hasRamp,
        has_lift: input.hasLift,
        depot_label: input.depot.label,
        depot_lat: input.depot.lat,
        depot_lng: input.depot.lng,
        service_ids: input.serviceIds ?? (await activeServiceIds(db)),
      });
      await recordAudit(db, actor, { action: 'vehicle.create', entity: 'vehicle', entityId: id });
      const row = await store.findVehicle(id);
      return vehicleToView(row!);
    },
    listVehicles: async () => (await store.listVehicles()).map(vehicleToView),

    async createDriver(input: z.output<typeof createDriverBody>, actor: AuthUser) {
      if (await authStore.findByUsername(input.username)) throw new AppError('CONFLICT');
      const passwordHash = await hashPassword(input.password);
      const id = await db.transaction(async (tx) => {
        const driverId = await store.insertDriver(input, tx);
        await tx.query(
          `INSERT INTO users (id, username, password_hash, role, display_name, driver_id)
           VALUES (gen_random_uuid(), $1, $2, 'driver', $3, $4)`,
          [input.username, passwordHash, input.fullName, driverId],
        );
        await recordAudit(tx, actor, {
          action: 'driver.create',
          entity: 'driver',
          entityId: driverId,
        });
        return driverId;
      });
      return { id, fullName: input.fullName, phone: input.phone, active: true };
    },
    listDrivers: async () =>
      (await store.listDrivers()).map((d) => ({
        id: d.id,
        fullName: d.full_name,
        phone: d.phone,
        active: d.active,
      })),

    async createShift(
      input: z.output<typeof createShiftBody>,
      actor: AuthUser,
    ): Promise<ShiftView> {
      if (!(await store.driverExists(input.driverId))) throw notFound('driver');
      if (!(await store.findVehicle(input.vehicleId))) throw notFound('vehicle');
      if (await store.overlaps(input.driverId, input.vehicleId, input.startsAt, input.endsAt)) {
        throw new AppError('CONFLICT');
      }
      const id = await store.insertShift(input);
      await recordAudit(db, actor, { action: 'shift.create', entity: 'shift', entityId: id });
      return shiftToView((await store.findShift(id))!);
    },
    /** Shifts working on a local date. */
    async shiftsOn(date: string): Promise<ShiftView[]> {
      const day = DateTime.fromISO(date, { zone: timeZone });
      const rows = await store.shiftsBetween(day.toJSDate(), day.plus({ days: 1 }).toJSDate());
      return rows.map(shiftToView);
    },
  };
}

export type FleetService = ReturnType<typeof createFleetService>;
