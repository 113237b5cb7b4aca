import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { eligibleCitizen, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from '../bookings/bookings.schema.js';

interface ErrorAnswer {
  error: { code: string; issues?: { field: string; message: string }[] };
}
interface Rules {
  id: string;
  pickupWindowMinutes: number;
  nameTr: string;
  sameDayAllowed: boolean;
}

const fourth = {
  id: 'yasli-ulasim',
  nameTr: 'Yaşlı Ulaşım',
  nameEn: 'Elderly Transport',
  active: true,
  requiredFeatures: [],
  timing: 'pickup',
  minNoticeMinutes: 0,
  maxDaysAhead: 7,
  sameDayAllowed: true,
  pickupWindowMinutes: 30,
  arrivalMarginMinutes: 0,
  arrivalWindowMinutes: 30,
  asapAllowed: true,
  returnReadyAfterMinutes: 60,
  maxRideFactor: 1.8,
  maxRideExtraMinutes: 15,
  sharedRides: true,
  maxCompanions: 1,
  returnTrip: false,
  dwellSeconds: 120,
  wheelchairDwellSeconds: 300,
};

describe.each(DIALECTS)("services' rules edited by administrators on %s", (dialect) => {
  let t: TestService;
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    t = await startTestService(dialect);
    [admin, operator] = await Promise.all([t.login('admin'), t.login('operator')]);
  });
  afterAll(() => t?.close());

  it('adds a fourth service without code, and a ride of it is booked and planned at the real hour', async () => {
    const created = await t.api<Rules>('POST', '/services', { token: admin, body: fourth });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'yasli-ulasim', nameTr: 'Yaşlı Ulaşım' });
    const again = await t.api('POST', '/services', { token: admin, body: fourth });
    expect(again.status).toBe(409);
    await shiftsAroundNow(t, admin, [
      { label: 'Yaşlı aracı', seats: 4, serviceIds: ['yasli-ulasim'] },
    ]);
    const citizen = await eligibleCitizen(t, operator, admin, 'Nuri Dede', ['yasli-ulasim']);
    const ride = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'yasli-ulasim',
        citizenId: citizen,
        pickup: { placeId: 'yahya-kaptan-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        asap: true,
      },
    });
    expect(ride.status).toBe(201);
    expect(ride.body.status).toBe('scheduled');
  });

  it('a changed pickup window counts for new bookings; a booked ride keeps its promise', async () => {
    await shiftsAroundNow(t, admin, [
      { label: 'Anne (kural)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] },
    ]);
    const mother = await eligibleCitizen(t, operator, admin, 'Aysel Anne', ['anne-taksi']);
    const at = DateTime.now().plus({ hours: 2 }).startOf('minute');
    const book = (pickupAt: DateTime) =>
      t.api<BookingView>('POST', '/bookings', {
        token: operator,
        body: {
          serviceId: 'anne-taksi',
          citizenId: mother,
          pickup: { placeId: 'kocaeli-devlet-hastanesi' },
          dropoff: { placeId: 'yahya-kaptan-mah' },
          pickupAt: pickupAt.toISO(),
          infants: 1,
        },
      });
    const before = await book(at);
    expect(before.status).toBe(201);
    const width = (b: BookingView) =>
      (Date.parse(b.pickupWindow.end) - Date.parse(b.pickupWindow.start)) / 60_000;
    expect(width(before.body)).toBe(20);
    const changed = await t.api<Rules>('PATCH', '/services/anne-taksi', {
      token: admin,
      body: { pickupWindowMinutes: 40 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.pickupWindowMinutes).toBe(40);
    const after = await book(at.plus({ hours: 3 }));
    expect(after.status).toBe(201);
    expect(width(after.body)).toBe(40);
    const kept = await t.api<BookingView>('GET', `/bookings/${before.body.id}`, {
      token: operator,
    });
    expect(width(kept.body)).toBe(20);
  });

  it('refuses rules that do not hold together, naming the field in the caller language; only administrators change them', async () => {
    const bad = await t.api<ErrorAnswer>('PATCH', '/services/anne-taksi', {
      token: admin,
      body: { sameDayAllowed: false, pickupWindowMinutes: 0 },
      headers: { 'accept-language': 'tr' },
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.issues?.map((i) => i.field).sort();
    expect(fields).toEqual(['body.pickupWindowMinutes']);
    // anne-taksi allows "as soon as possible": same day cannot be switched off alone.
    const clash = await t.api<ErrorAnswer>('PATCH', '/services/anne-taksi', {
      token: admin,
      body: { sameDayAllowed: false },
      headers: { 'accept-language': 'en' },
    });
    expect(clash.status).toBe(400);
    expect(clash.body.error.issues).toEqual([
      {
        field: 'body.asapAllowed',
        message: '"As soon as possible" rides need same-day booking allowed.',
      },
    ]);
    const byOperator = await t.api('PATCH', '/services/anne-taksi', {
      token: operator,
      body: { pickupWindowMinutes: 25 },
    });
    expect(byOperator.status).toBe(403);
    const missing = await t.api('PATCH', '/services/yok-boyle', {
      token: admin,
      body: { pickupWindowMinutes: 25 },
    });
    expect(missing.status).toBe(404);
  });
});
