import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { TestService } from './service-harness.js';

/** A vehicle a story needs, and the services it may serve. */
export interface VehicleSpec {
  label: string;
  seats: number;
  wheelchairPlaces?: number;
  infantSeats?: number;
  hasRamp?: boolean;
  hasLift?: boolean;
  serviceIds: string[];
  /** The gazetteer place the vehicle starts from (default: the directorate's garage). */
  depotPlaceId?: string;
}

export interface ShiftAroundNow {
  shiftId: string;
  vehicleId: string;
  driverId: string;
  plate: string;
  username: string;
  password: string;
}

const ZONE = 'Europe/Istanbul';

/** A plate no other test has: 41 + three letters + digits. */
function uniquePlate(): string {
  const letters = 'ABCDEFGHJKLMNPRSTUVYZ';
  const bytes = randomBytes(6);
  const l = [0, 1, 2].map((i) => letters[bytes[i]! % letters.length]).join('');
  return `41 ${l} ${100 + (bytes.readUInt16BE(3) % 900)}`;
}

/**
 * Creates vehicles, drivers and shifts that cover "now" (and, with
 * `day: 'tomorrow'`, tomorrow's working day), so a story test plays at the
 * real hour: at 08:00, 16:00 or 23:30 alike. Each shift has a break whose
 * window has already passed, as in the afternoon that once refused every
 * mother: a past break must never block a ride.
 */
export async function shiftsAroundNow(
  t: TestService,
  admin: string,
  specs: readonly VehicleSpec[],
  options: { day?: 'now' | 'tomorrow'; hoursAfter?: number } = {},
): Promise<ShiftAroundNow[]> {
  const now = DateTime.now().setZone(ZONE);
  const startsAt =
    options.day === 'tomorrow'
      ? now.plus({ days: 1 }).set({ hour: 6, minute: 0, second: 0, millisecond: 0 })
      : now.minus({ hours: 3 });
  const endsAt =
    options.day === 'tomorrow'
      ? startsAt.set({ hour: 21 })
      : now.plus({ hours: options.hoursAfter ?? 8 });
  const out: ShiftAroundNow[] = [];
  for (const spec of specs) {
    const plate = uniquePlate();
    const vehicle = await t.api<{ id: string }>('POST', '/vehicles', {
      token: admin,
      body: {
        plate,
        label: spec.label,
        seats: spec.seats,
        wheelchairPlaces: spec.wheelchairPlaces ?? 0,
        infantSeats: spec.infantSeats ?? 0,
        hasRamp: spec.hasRamp ?? false,
        hasLift: spec.hasLift ?? false,
        serviceIds: spec.serviceIds,
        depot: { placeId: spec.depotPlaceId ?? 'sosyal-destek-garaji' },
      },
    });
    if (vehicle.status !== 201) throw new Error(`vehicle: ${JSON.stringify(vehicle.body)}`);
    const username = `surucu-${randomBytes(4).toString('hex')}`;
    const password = 'surucu-parolasi-123';
    const driver = await t.api<{ id: string }>('POST', '/drivers', {
      token: admin,
      body: { fullName: `Sürücü ${spec.label}`, phone: '0532 000 00 00', username, password },
    });
    if (driver.status !== 201) throw new Error(`driver: ${JSON.stringify(driver.body)}`);
    const breakEarliest = startsAt.plus({ minutes: 30 });
    const shift = await t.api<{ id: string }>('POST', '/shifts', {
      token: admin,
      body: {
        driverId: driver.body.id,
        vehicleId: vehicle.body.id,
        startsAt: startsAt.toISO(),
        endsAt: endsAt.toISO(),
        breakEarliest: breakEarliest.toISO(),
        breakLatest: breakEarliest.plus({ hours: 1 }).toISO(),
        breakMinutes: 30,
      },
    });
    if (shift.status !== 201) throw new Error(`shift: ${JSON.stringify(shift.body)}`);
    out.push({
      shiftId: shift.body.id,
      vehicleId: vehicle.body.id,
      driverId: driver.body.id,
      plate,
      username,
      password,
    });
  }
  return out;
}

/** Registers a citizen eligible for the given services from today for a year. */
export async function eligibleCitizen(
  t: TestService,
  operator: string,
  admin: string,
  name: string,
  serviceIds: readonly string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.api<{ id: string }>('POST', '/citizens', {
    token: operator,
    body: { fullName: name, phone: '0532 111 22 33', ...extra },
  });
  if (res.status !== 201) throw new Error(`citizen: ${JSON.stringify(res.body)}`);
  const today = DateTime.now().setZone(ZONE);
  for (const serviceId of serviceIds) {
    const e = await t.api('POST', `/citizens/${res.body.id}/eligibility`, {
      token: admin,
      body: {
        serviceId,
        validFrom: today.minus({ days: 1 }).toISODate(),
        validUntil: today.plus({ years: 1 }).toISODate(),
        basis: 'sosyal inceleme',
      },
    });
    if (e.status !== 201) throw new Error(`eligibility: ${JSON.stringify(e.body)}`);
  }
  return res.body.id;
}
