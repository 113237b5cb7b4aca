import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { eligibleCitizen, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { DriverView, VehicleView } from './fleet.schema.js';

const ZONE = 'Europe/Istanbul';

interface ErrorAnswer {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
}
interface Withdrawal {
  shiftsCancelled: number;
  shiftsShortened: number;
  replanned: string[];
  refused: string[];
  pending: string[];
  kept: string[];
}

describe.each(DIALECTS)('administering vehicles and drivers on %s', (dialect) => {
  let t: TestService;
  let admin: string;
  let operator: string;
  // Counted from the real "now": the same story at 08:00, 16:00 and 23:30.
  const today = DateTime.now().setZone(ZONE).startOf('day');

  beforeAll(async () => {
    t = await startTestService(dialect);
    [admin, operator] = await Promise.all([t.login('admin'), t.login('operator')]);
  });
  afterAll(() => t?.close());

  it('edits a vehicle, refuses a taken plate, and names a bad field in the caller language', async () => {
    const [car] = await shiftsAroundNow(t, admin, [
      { label: 'Düzenlenecek', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] },
    ]);
    const changed = await t.api<VehicleView>('PATCH', `/vehicles/${car!.vehicleId}`, {
      token: admin,
      body: { label: 'Bebek koltuklu', infantSeats: 2, serviceIds: ['anne-taksi', 'asi-ulasim'] },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      label: 'Bebek koltuklu',
      infantSeats: 2,
      seats: 3,
      serviceIds: ['anne-taksi', 'asi-ulasim'],
      retiredAt: null,
    });
    const others = await t.api<VehicleView[]>('GET', '/vehicles', { token: admin });
    const taken = others.body.find((v) => v.id !== car!.vehicleId)!.plate;
    const clash = await t.api<ErrorAnswer>('PATCH', `/vehicles/${car!.vehicleId}`, {
      token: admin,
      body: { plate: taken },
    });
    expect(clash.status).toBe(409);
    const bad = await t.api<ErrorAnswer>('PATCH', `/vehicles/${car!.vehicleId}`, {
      token: admin,
      body: { seats: -1, plate: 'XYZ' },
      headers: { 'accept-language': 'tr' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.map((i) => i.field).sort()).toEqual(['body.plate', 'body.seats']);
    expect(bad.body.error.issues?.find((i) => i.field === 'body.plate')?.message).toMatch(/plaka/);
    const byOperator = await t.api('PATCH', `/vehicles/${car!.vehicleId}`, {
      token: operator,
      body: { label: 'x' },
    });
    expect(byOperator.status).toBe(403);
  });

  it('re-plans the rides of a car taken out of service, and refuses for the board those no car can take', async () => {
    // Two mothers' cars on duty now; every other car keeps away from Anne Taksi.
    const all = await t.api<VehicleView[]>('GET', '/vehicles', { token: admin });
    for (const v of all.body.filter((v) => v.serviceIds.includes('anne-taksi') && v.active)) {
      const res = await t.api('PATCH', `/vehicles/${v.id}`, {
        token: admin,
        body: { serviceIds: v.serviceIds.filter((s) => s !== 'anne-taksi') },
      });
      expect(res.status).toBe(200);
    }
    const cars = await shiftsAroundNow(t, admin, [
      { label: 'Anne 1', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] },
      { label: 'Anne 2', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] },
    ]);
    const mother = await eligibleCitizen(t, operator, admin, 'Zeynep Anne', ['anne-taksi']);
    const booked = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'anne-taksi',
        citizenId: mother,
        pickup: { placeId: 'kocaeli-devlet-hastanesi' },
        dropoff: { placeId: 'yahya-kaptan-mah' },
        asap: true,
        infants: 1,
      },
    });
    expect(booked.status).toBe(201);
    expect(booked.body.status).toBe('scheduled');
    const first = booked.body.planned!.vehicle.id;
    const other = cars.find((c) => c.vehicleId !== first)!;

    const out = await t.api<{ id: string; reason: string; withdrawal: Withdrawal }>(
      'POST',
      `/vehicles/${first}/out-of-service`,
      {
        token: admin,
        body: {
          startsAt: DateTime.now().toISO(),
          endsAt: DateTime.now().plus({ hours: 12 }).toISO(),
          reason: 'Fren arızası',
        },
      },
    );
    expect(out.status).toBe(201);
    expect(out.body.withdrawal).toMatchObject({
      shiftsShortened: 1,
      replanned: [booked.body.id],
      refused: [],
    });
    const moved = await t.api<BookingView>('GET', `/bookings/${booked.body.id}`, {
      token: operator,
    });
    expect(moved.body.status).toBe('scheduled');
    expect(moved.body.planned?.vehicle.id).toBe(other.vehicleId);
    // The promised window is kept.
    expect(moved.body.pickupWindow).toEqual(booked.body.pickupWindow);

    // No new shift on the car while it is in the garage.
    const shift = await t.api<ErrorAnswer>('POST', '/shifts', {
      token: admin,
      body: {
        driverId: cars[0]!.driverId,
        vehicleId: first,
        startsAt: DateTime.now().plus({ hours: 1 }).toISO(),
        endsAt: DateTime.now().plus({ hours: 3 }).toISO(),
      },
    });
    expect(shift.status).toBe(409);
    const periods = await t.api<{ reason: string }[]>('GET', `/vehicles/${first}/out-of-service`, {
      token: operator,
    });
    expect(periods.body.map((p) => p.reason)).toEqual(['Fren arızası']);

    // The last mothers' car breaks down too: the ride has nowhere to go, and the operators see why.
    const last = await t.api<{ withdrawal: Withdrawal }>(
      'POST',
      `/vehicles/${other.vehicleId}/out-of-service`,
      {
        token: admin,
        body: {
          startsAt: DateTime.now().toISO(),
          endsAt: DateTime.now().plus({ hours: 12 }).toISO(),
          reason: 'Kaza',
        },
      },
    );
    expect(last.body.withdrawal.refused).toEqual([booked.body.id]);
    const refused = await t.api<BookingView>('GET', `/bookings/${booked.body.id}`, {
      token: operator,
    });
    expect(refused.body.status).toBe('refused');
    expect(refused.body.refusal?.reason).toBeTruthy();
    const events = await t.database.db.query<{ type: string; details: { cause?: string } }>(
      'SELECT type, details FROM booking_events WHERE booking_id = $1 ORDER BY id',
      [booked.body.id],
    );
    expect(events.filter((e) => e.type === 'replanned').map((e) => e.details.cause)).toEqual([
      'vehicle-out-of-service',
      'vehicle-out-of-service',
    ]);
    expect(events.at(-1)?.type).toBe('refused');
    // The operators read the administrator's words in the ride's history.
    expect(
      events
        .filter((e) => e.type === 'replanned')
        .map((e) => (e.details as { reason?: string }).reason),
    ).toEqual(['Fren arızası', 'Kaza']);
  });

  it('retires a vehicle without deleting it: no shift from now, its history kept', async () => {
    const [car] = await shiftsAroundNow(
      t,
      admin,
      [{ label: 'Eski', seats: 3, serviceIds: ['asi-ulasim'] }],
      { day: 'tomorrow' },
    );
    const retired = await t.api<{ vehicle: VehicleView; withdrawal: Withdrawal }>(
      'POST',
      `/vehicles/${car!.vehicleId}/retire`,
      { token: admin },
    );
    expect(retired.status).toBe(200);
    expect(retired.body.vehicle.active).toBe(false);
    expect(retired.body.vehicle.retiredAt).not.toBeNull();
    expect(retired.body.withdrawal.shiftsCancelled).toBe(1);
    const tomorrow = today.plus({ days: 1 }).toISODate();
    const shifts = await t.api<{ vehicleId: string }[]>('GET', `/shifts?date=${tomorrow}`, {
      token: admin,
    });
    expect(shifts.body.map((s) => s.vehicleId)).not.toContain(car!.vehicleId);
    const list = await t.api<VehicleView[]>('GET', '/vehicles', { token: admin });
    expect(list.body.find((v) => v.id === car!.vehicleId)?.active).toBe(false);
  });

  it('cancels one shift as a one-off change to a day; only administrators, and once', async () => {
    const [car] = await shiftsAroundNow(
      t,
      admin,
      [{ label: 'Bir günlük', seats: 3, serviceIds: ['asi-ulasim'] }],
      { day: 'tomorrow' },
    );
    const byOperator = await t.api('POST', `/shifts/${car!.shiftId}/cancel`, {
      token: operator,
      body: { reason: 'Araç muayenede' },
    });
    expect(byOperator.status).toBe(403);
    const cancelled = await t.api<{ withdrawal: Withdrawal }>(
      'POST',
      `/shifts/${car!.shiftId}/cancel`,
      { token: admin, body: { reason: 'Araç muayenede' } },
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.withdrawal.shiftsCancelled).toBe(1);
    const again = await t.api<{ withdrawal: Withdrawal }>(
      'POST',
      `/shifts/${car!.shiftId}/cancel`,
      { token: admin, body: { reason: 'Araç muayenede' } },
    );
    expect(again.body.withdrawal.shiftsCancelled).toBe(0);
    const tomorrow = today.plus({ days: 1 }).toISODate();
    const shifts = await t.api<{ id: string }[]>('GET', `/shifts?date=${tomorrow}`, {
      token: admin,
    });
    expect(shifts.body.map((s) => s.id)).not.toContain(car!.shiftId);
  });

  it('keeps drivers: licence warned before it lapses, sickness withdraws their shifts, deactivation stops the login', async () => {
    const soon = today.plus({ days: 10 }).toISODate()!;
    const created = await t.api<DriverView>('POST', '/drivers', {
      token: admin,
      body: {
        fullName: 'Hasan Sürücü',
        phone: '0532 222 33 44',
        username: 'hasan.surucu',
        password: 'hasan-parolasi-1',
        licenceClass: 'd1',
        licenceExpiresOn: soon,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      licenceClass: 'D1',
      licenceExpiresOn: soon,
      licenceWarning: 'expiring',
      username: 'hasan.surucu',
    });
    const renewed = await t.api<DriverView>('PATCH', `/drivers/${created.body.id}`, {
      token: admin,
      body: { licenceExpiresOn: today.plus({ years: 5 }).toISODate() },
    });
    expect(renewed.body.licenceWarning).toBeNull();
    const bad = await t.api<ErrorAnswer>('PATCH', `/drivers/${created.body.id}`, {
      token: admin,
      body: { licenceClass: 'Z' },
      headers: { 'accept-language': 'en' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.[0]).toMatchObject({ field: 'body.licenceClass' });
    expect(bad.body.error.issues?.[0]?.message).toMatch(/licence class/);

    // A car of its own: another story takes cars out of service for the next 12 hours.
    const car = (
      await t.api<VehicleView>('POST', '/vehicles', {
        token: admin,
        body: {
          plate: '41 HS 555',
          label: 'Hastalık testi',
          seats: 3,
          wheelchairPlaces: 0,
          infantSeats: 0,
          depot: { placeId: 'sosyal-destek-garaji' },
        },
      })
    ).body;
    const tomorrow = today.plus({ days: 1 });
    // A quiet hour on a quiet car: 02:00–03:00 tomorrow.
    const shift = await t.api<{ id: string }>('POST', '/shifts', {
      token: admin,
      body: {
        driverId: created.body.id,
        vehicleId: car.id,
        startsAt: tomorrow.set({ hour: 2 }).toISO(),
        endsAt: tomorrow.set({ hour: 3 }).toISO(),
      },
    });
    expect(shift.status).toBe(201);
    const sick = await t.api<{ kind: string; withdrawal: Withdrawal }>(
      'POST',
      `/drivers/${created.body.id}/absences`,
      {
        token: admin,
        body: {
          kind: 'sickness',
          startsOn: tomorrow.toISODate(),
          endsOn: tomorrow.plus({ days: 2 }).toISODate(),
        },
      },
    );
    expect(sick.status).toBe(201);
    expect(sick.body.withdrawal.shiftsCancelled).toBe(1);
    const onDay = await t.api<{ id: string }[]>('GET', `/shifts?date=${tomorrow.toISODate()}`, {
      token: admin,
    });
    expect(onDay.body.map((s) => s.id)).not.toContain(shift.body.id);
    const again = await t.api('POST', '/shifts', {
      token: admin,
      body: {
        driverId: created.body.id,
        vehicleId: car.id,
        startsAt: tomorrow.set({ hour: 2 }).toISO(),
        endsAt: tomorrow.set({ hour: 3 }).toISO(),
      },
    });
    expect(again.status).toBe(409);
    const absences = await t.api<{ kind: string }[]>(
      'GET',
      `/drivers/${created.body.id}/absences`,
      { token: operator },
    );
    expect(absences.body.map((a) => a.kind)).toEqual(['sickness']);

    await t.login('hasan.surucu', 'hasan-parolasi-1');
    const off = await t.api<{ driver: DriverView }>(
      'POST',
      `/drivers/${created.body.id}/deactivate`,
      { token: admin },
    );
    expect(off.body.driver.active).toBe(false);
    await expect(t.login('hasan.surucu', 'hasan-parolasi-1')).rejects.toThrow(/401/);
  });
});
