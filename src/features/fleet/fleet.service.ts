import { DateTime } from 'luxon';
import type { z } from 'zod';
import { AppError, notFound } from '../../domain/errors.js';
import { type FitVehicle, takesCapacityAway } from '../../domain/vehicle-fit.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthStore } from '../auth/auth.store.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hashPassword } from '../auth/password.js';
import type { CapacityRecheck, CapacityRecheckOutcome } from './capacity-recheck.js';
import type {
  absenceBody,
  createDriverBody,
  createShiftBody,
  createVehicleBody,
  DriverView,
  ShiftView,
  unavailabilityBody,
  updateDriverBody,
  updateVehicleBody,
  VehicleView,
} from './fleet.schema.js';
import {
  type AbsenceRow,
  type DriverRow,
  type FleetStore,
  shiftToView,
  type UnavailabilityRow,
  type VehicleRow,
  vehicleToView,
} from './fleet.store.js';
import type { ShiftWithdrawal } from './shift-withdrawal.js';

/** What the vehicle offers, as the capacity check compares it before and after a change. */
const fitOf = (v: VehicleRow): FitVehicle => ({
  capacity: { seats: v.seats, wheelchairs: v.wheelchair_places, infantSeats: v.infant_seats },
  hasRamp: v.has_ramp,
  hasLift: v.has_lift,
  serviceIds: v.service_ids,
});

export interface FleetServiceDeps {
  db: Db;
  store: FleetStore;
  authStore: AuthStore;
  timeZone: string;
  /** Takes shifts off the road and re-plans their rides (out of service, leave, retirement). */
  withdraw: ShiftWithdrawal;
  /** Re-plans the rides a vehicle can no longer carry after losing places, a ramp or a service. */
  recheckCapacity?: CapacityRecheck | undefined;
  now: () => Date;
}

/** A licence that lapses within this many days is flagged to the administrators. */
export const LICENCE_WARNING_DAYS = 30;

export function licenceWarningOf(
  expiresOn: string | null,
  today: string,
): 'expired' | 'expiring' | null {
  if (!expiresOn) return null;
  if (expiresOn < today) return 'expired';
  const limit = DateTime.fromISO(today).plus({ days: LICENCE_WARNING_DAYS }).toISODate()!;
  return expiresOn <= limit ? 'expiring' : null;
}

const unavailabilityToView = (u: UnavailabilityRow) => ({
  id: u.id,
  vehicleId: u.vehicle_id,
  startsAt: u.starts_at.toISOString(),
  endsAt: u.ends_at.toISOString(),
  reason: u.reason,
});

const absenceToView = (a: AbsenceRow) => ({
  id: a.id,
  driverId: a.driver_id,
  kind: a.kind,
  startsOn: a.starts_on,
  endsOn: a.ends_on,
  note: a.note,
});

// Far enough ahead to cover every shift a roster has generated.
const FOREVER = new Date('9999-01-01T00:00:00Z');

async function activeServiceIds(db: Db): Promise<string[]> {
  const rows = await db.query<{ id: string }>('SELECT id FROM services WHERE active ORDER BY id');
  return rows.map((r) => r.id);
}

export function createFleetService({
  db,
  store,
  authStore,
  timeZone,
  withdraw,
  recheckCapacity,
  now,
}: FleetServiceDeps) {
  const today = () => DateTime.fromJSDate(now(), { zone: timeZone }).toISODate()!;
  const driverToView = (d: DriverRow): DriverView => ({
    id: d.id,
    fullName: d.full_name,
    phone: d.phone,
    active: d.active,
    licenceClass: d.licence_class,
    licenceExpiresOn: d.licence_expires_on,
    licenceWarning: licenceWarningOf(d.licence_expires_on, today()),
    username: d.username,
  });
  const vehicleOrThrow = async (id: string) => {
    const row = await store.findVehicle(id);
    if (!row) throw notFound('vehicle');
    return row;
  };
  const driverOrThrow = async (id: string) => {
    const row = await store.findDriver(id);
    if (!row) throw notFound('driver');
    return row;
  };
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
      return driverToView((await store.findDriver(id))!);
    },
    listDrivers: async () => (await store.listDrivers()).map(driverToView),

    async updateVehicle(
      id: string,
      input: z.output<typeof updateVehicleBody>,
      actor: AuthUser,
    ): Promise<VehicleView & { recheck: CapacityRecheckOutcome }> {
      const current = await vehicleOrThrow(id);
      const plate = input.plate?.replace(/\s+/g, ' ');
      if (plate && plate !== current.plate) {
        if ((await store.listVehicles()).some((v) => v.plate === plate))
          throw new AppError('CONFLICT');
      }
      const before = fitOf(current);
      // A change that takes something away (places, a ramp, a service) is checked against the
      // routes already planned on the car, in the same transaction; a mere addition plans on.
      const write = async (tx: Db): Promise<FitVehicle | null> => {
        await store.updateVehicle(
          id,
          {
            plate,
            label: input.label,
            seats: input.seats,
            wheelchair_places: input.wheelchairPlaces,
            infant_seats: input.infantSeats,
            has_ramp: input.hasRamp,
            has_lift: input.hasLift,
            depot_label: input.depot?.label,
            depot_lat: input.depot?.lat,
            depot_lng: input.depot?.lng,
            service_ids: input.serviceIds,
          },
          tx,
        );
        await recordAudit(tx, actor, {
          action: 'vehicle.update',
          entity: 'vehicle',
          entityId: id,
          details: { fields: Object.keys(input) },
        });
        const after = fitOf((await store.findVehicle(id, tx))!);
        return takesCapacityAway(before, after) ? after : null;
      };
      const recheck: CapacityRecheckOutcome = recheckCapacity
        ? await recheckCapacity(id, actor, write)
        : await db.transaction(async (tx) => {
            await write(tx);
            return { checked: 0, replanned: [], refused: [], pending: [] };
          });
      return { ...vehicleToView((await store.findVehicle(id))!), recheck };
    },

    /** Out of the fleet for good: its shifts from now are withdrawn and their rides re-planned. */
    async retireVehicle(id: string, actor: AuthUser) {
      const current = await vehicleOrThrow(id);
      if (!current.active)
        return { vehicle: vehicleToView(current), withdrawal: emptyWithdrawal() };
      const withdrawal = await withdraw(
        { vehicleId: id },
        now(),
        FOREVER,
        'vehicle-retired',
        actor,
        async (tx) => {
          await store.updateVehicle(id, { active: false, retired_at: now() }, tx);
          await recordAudit(tx, actor, {
            action: 'vehicle.retire',
            entity: 'vehicle',
            entityId: id,
          });
        },
      );
      return { vehicle: vehicleToView((await store.findVehicle(id))!), withdrawal };
    },

    /** Maintenance or a breakdown: no shift of the vehicle runs in the period. */
    async takeOutOfService(
      id: string,
      input: z.output<typeof unavailabilityBody>,
      actor: AuthUser,
    ) {
      await vehicleOrThrow(id);
      let periodId = '';
      const withdrawal = await withdraw(
        { vehicleId: id },
        input.startsAt,
        input.endsAt,
        'vehicle-out-of-service',
        actor,
        async (tx) => {
          periodId = await store.insertUnavailability(
            { vehicleId: id, ...input, createdBy: actor.id },
            tx,
          );
          await recordAudit(tx, actor, {
            action: 'vehicle.out-of-service',
            entity: 'vehicle',
            entityId: id,
            details: { periodId, reason: input.reason },
          });
        },
        input.reason,
      );
      const period = (await store.unavailabilityOf(id)).find((u) => u.id === periodId)!;
      return { ...unavailabilityToView(period), withdrawal };
    },
    async unavailabilityOf(id: string) {
      await vehicleOrThrow(id);
      return (await store.unavailabilityOf(id)).map(unavailabilityToView);
    },

    async updateDriver(
      id: string,
      input: z.output<typeof updateDriverBody>,
      actor: AuthUser,
    ): Promise<DriverView> {
      const current = await driverOrThrow(id);
      await db.transaction(async (tx) => {
        await store.updateDriver(
          id,
          {
            full_name: input.fullName,
            phone: input.phone,
            licence_class: input.licenceClass,
            licence_expires_on: input.licenceExpiresOn,
          },
          tx,
        );
        // The login shows the driver's name too.
        if (input.fullName && current.username)
          await tx.query('UPDATE users SET display_name = $2 WHERE driver_id = $1', [
            id,
            input.fullName,
          ]);
        await recordAudit(tx, actor, {
          action: 'driver.update',
          entity: 'driver',
          entityId: id,
          details: { fields: Object.keys(input) },
        });
      });
      return driverToView((await store.findDriver(id))!);
    },

    /** A driver who leaves: the login stops working, shifts from now are withdrawn and re-planned. */
    async deactivateDriver(id: string, actor: AuthUser) {
      const current = await driverOrThrow(id);
      if (!current.active) return { driver: driverToView(current), withdrawal: emptyWithdrawal() };
      const withdrawal = await withdraw(
        { driverId: id },
        now(),
        FOREVER,
        'driver-deactivated',
        actor,
        async (tx) => {
          await store.updateDriver(id, { active: false }, tx);
          await tx.query('UPDATE users SET active = false WHERE driver_id = $1', [id]);
          await recordAudit(tx, actor, {
            action: 'driver.deactivate',
            entity: 'driver',
            entityId: id,
          });
        },
      );
      return { driver: driverToView((await store.findDriver(id))!), withdrawal };
    },

    /** Leave or sickness: the driver's shifts on those local dates are withdrawn and re-planned. */
    async recordAbsence(id: string, input: z.output<typeof absenceBody>, actor: AuthUser) {
      await driverOrThrow(id);
      let absenceId = '';
      const from = DateTime.fromISO(input.startsOn, { zone: timeZone }).toJSDate();
      const until = DateTime.fromISO(input.endsOn, { zone: timeZone }).plus({ days: 1 }).toJSDate();
      const withdrawal = await withdraw(
        { driverId: id },
        from,
        until,
        input.kind === 'leave' ? 'driver-leave' : 'driver-sickness',
        actor,
        async (tx) => {
          absenceId = await store.insertAbsence(
            { driverId: id, ...input, createdBy: actor.id },
            tx,
          );
          await recordAudit(tx, actor, {
            action: `driver.${input.kind}`,
            entity: 'driver',
            entityId: id,
            details: { absenceId, startsOn: input.startsOn, endsOn: input.endsOn },
          });
        },
        input.note,
      );
      const absence = (await store.absencesOf(id)).find((a) => a.id === absenceId)!;
      return { ...absenceToView(absence), withdrawal };
    },
    async absencesOf(id: string) {
      await driverOrThrow(id);
      return (await store.absencesOf(id)).map(absenceToView);
    },

    async createShift(
      input: z.output<typeof createShiftBody>,
      actor: AuthUser,
    ): Promise<ShiftView> {
      if (!(await store.driverExists(input.driverId))) throw notFound('driver');
      if (!(await store.findVehicle(input.vehicleId))) throw notFound('vehicle');
      if (await store.overlaps(input.driverId, input.vehicleId, input.startsAt, input.endsAt)) {
        throw new AppError('CONFLICT');
      }
      // A retired or out-of-service vehicle, an inactive or absent driver: no shift then.
      const local = (d: Date) => DateTime.fromJSDate(d, { zone: timeZone }).toISODate()!;
      if (
        await store.unavailableFor(
          input.driverId,
          input.vehicleId,
          input.startsAt,
          input.endsAt,
          local(input.startsAt),
          local(new Date(input.endsAt.getTime() - 1)),
        )
      )
        throw new AppError('CONFLICT');
      const id = await store.insertShift(input);
      await recordAudit(db, actor, { action: 'shift.create', entity: 'shift', entityId: id });
      return shiftToView((await store.findShift(id))!);
    },
    /**
     * A one-off change to a day: the shift is withdrawn (ended now if under
     * way) and its rides planned again on other cars.
     */
    async cancelShift(id: string, reason: string, actor: AuthUser) {
      const shift = await store.findShift(id);
      if (!shift) throw notFound('shift');
      if (shift.ends_at <= now()) throw new AppError('CONFLICT');
      const withdrawal = await withdraw(
        { vehicleId: shift.vehicle_id },
        shift.starts_at,
        shift.ends_at,
        'shift-cancelled',
        actor,
        (tx) =>
          recordAudit(tx, actor, {
            action: 'shift.cancel',
            entity: 'shift',
            entityId: id,
            details: { reason },
          }),
        reason,
      );
      return { withdrawal };
    },
    /** Shifts working on a local date. */
    async shiftsOn(date: string): Promise<ShiftView[]> {
      const day = DateTime.fromISO(date, { zone: timeZone });
      const rows = await store.shiftsBetween(day.toJSDate(), day.plus({ days: 1 }).toJSDate());
      return rows.map(shiftToView);
    },
  };
}

function emptyWithdrawal() {
  return {
    shiftsCancelled: 0,
    shiftsShortened: 0,
    replanned: [],
    refused: [],
    pending: [],
    kept: [],
  };
}

export type FleetService = ReturnType<typeof createFleetService>;
