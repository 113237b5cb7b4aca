import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { eligibleCitizen, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { VehicleView } from './fleet.schema.js';

interface Recheck {
  checked: number;
  replanned: string[];
  refused: string[];
  pending: string[];
}
type Patched = VehicleView & { recheck: Recheck };

describe.each(DIALECTS)("a vehicle's capacity lowered on %s", (dialect) => {
  let t: TestService;
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    t = await startTestService(dialect);
    [admin, operator] = await Promise.all([t.login('admin'), t.login('operator')]);
    // Only the cars this story makes serve Engelsiz Taksi.
    const all = await t.api<VehicleView[]>('GET', '/vehicles', { token: admin });
    for (const v of all.body.filter((v) => v.serviceIds.includes('engelsiz-taksi'))) {
      const res = await t.api<Patched>('PATCH', `/vehicles/${v.id}`, {
        token: admin,
        body: { serviceIds: v.serviceIds.filter((s) => s !== 'engelsiz-taksi') },
      });
      expect(res.status).toBe(200);
    }
  });
  afterAll(() => t?.close());

  it('re-plans the ride a car can no longer carry onto another, then refuses it for the board when none can', async () => {
    const ramp = { seats: 3, wheelchairPlaces: 1, hasRamp: true, serviceIds: ['engelsiz-taksi'] };
    const [first] = await shiftsAroundNow(t, admin, [{ label: 'Rampalı 1', ...ramp }]);
    const osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
    const walker = await eligibleCitizen(t, operator, admin, 'Ayşe Yürüyen', ['engelsiz-taksi']);
    // Counted from the real "now": the same story at 08:00 and at 23:30.
    const soon = (minutes: number) => DateTime.now().plus({ minutes }).toISO();
    const book = async (citizenId: string, pickupAt: string, wheelchair: string) => {
      const res = await t.api<BookingView>('POST', '/bookings', {
        token: operator,
        body: {
          serviceId: 'engelsiz-taksi',
          citizenId,
          pickup: { placeId: 'gultepe-mah' },
          dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
          pickupAt,
          wheelchair,
        },
      });
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('scheduled');
      expect(res.body.planned?.vehicle.id).toBe(first!.vehicleId);
      return res.body;
    };
    const wheelchairRide = await book(osman, soon(60), 'manual');
    const walkingRide = await book(walker, soon(90), 'none');
    const [second] = await shiftsAroundNow(t, admin, [{ label: 'Rampalı 2', ...ramp }]);

    // More seats take nothing away: nothing is checked, nothing moves.
    const more = await t.api<Patched>('PATCH', `/vehicles/${first!.vehicleId}`, {
      token: admin,
      body: { seats: 4 },
    });
    expect(more.status).toBe(200);
    expect(more.body.recheck).toEqual({ checked: 0, replanned: [], refused: [], pending: [] });

    // The wheelchair place is taken out for seats: the wheelchair ride moves to the other ramp car.
    const noPlace = await t.api<Patched>('PATCH', `/vehicles/${first!.vehicleId}`, {
      token: admin,
      body: { wheelchairPlaces: 0 },
    });
    expect(noPlace.status).toBe(200);
    expect(noPlace.body).toMatchObject({ hasRamp: true, wheelchairPlaces: 0 });
    expect(noPlace.body.recheck).toEqual({
      checked: 2,
      replanned: [wheelchairRide.id],
      refused: [],
      pending: [],
    });
    const moved = await t.api<BookingView>('GET', `/bookings/${wheelchairRide.id}`, {
      token: operator,
    });
    expect(moved.body.status).toBe('scheduled');
    expect(moved.body.planned?.vehicle.id).toBe(second!.vehicleId);
    // The window promised to the citizen is kept; the walking passenger keeps the car.
    expect(moved.body.pickupWindow).toEqual(wheelchairRide.pickupWindow);
    const stays = await t.api<BookingView>('GET', `/bookings/${walkingRide.id}`, {
      token: operator,
    });
    expect(stays.body.planned?.vehicle.id).toBe(first!.vehicleId);

    // The second car's ramp breaks: no car can take the ride now, and the board says so.
    const none = await t.api<Patched>('PATCH', `/vehicles/${second!.vehicleId}`, {
      token: admin,
      body: { hasRamp: false },
    });
    expect(none.body.recheck).toMatchObject({ replanned: [], refused: [wheelchairRide.id] });
    const refused = await t.api<BookingView>('GET', `/bookings/${wheelchairRide.id}`, {
      token: operator,
    });
    expect(refused.body.status).toBe('refused');
    expect(refused.body.refusal?.reason).toBeTruthy();
    const events = await t.database.db.query<{ type: string; details: { cause?: string } }>(
      'SELECT type, details FROM booking_events WHERE booking_id = $1 ORDER BY id',
      [wheelchairRide.id],
    );
    expect(events.filter((e) => e.type === 'replanned').map((e) => e.details.cause)).toEqual([
      'vehicle-capacity-lowered',
      'vehicle-capacity-lowered',
    ]);
  });

  it('takes a service away from a car: that service’s planned rides leave it', async () => {
    const [car] = await shiftsAroundNow(t, admin, [
      { label: 'İki hizmet', seats: 3, serviceIds: ['engelsiz-taksi', 'asi-ulasim'] },
    ]);
    const walker = await eligibleCitizen(t, operator, admin, 'Hasan Yürüyen', ['engelsiz-taksi']);
    const ride = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: walker,
        pickup: { placeId: 'yahya-kaptan-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        pickupAt: DateTime.now().plus({ minutes: 120 }).toISO(),
      },
    });
    expect(ride.body.status).toBe('scheduled');
    const onCar = ride.body.planned?.vehicle.id === car!.vehicleId;
    const changed = await t.api<Patched>('PATCH', `/vehicles/${car!.vehicleId}`, {
      token: admin,
      body: { serviceIds: ['asi-ulasim'] },
    });
    expect(changed.status).toBe(200);
    if (onCar) {
      expect([...changed.body.recheck.replanned, ...changed.body.recheck.refused]).toEqual([
        ride.body.id,
      ]);
    } else {
      expect(changed.body.recheck.replanned).toEqual([]);
    }
    const after = await t.api<BookingView>('GET', `/bookings/${ride.body.id}`, {
      token: operator,
    });
    expect(after.body.planned?.vehicle.id ?? null).not.toBe(car!.vehicleId);
  });
});
