import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import {
  eligibleCitizen,
  type ShiftAroundNow,
  shiftsAroundNow,
} from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { DEMO_VEHICLES } from '../../demo/demo-data.js';
import { createPlanningStore } from '../planning/planning.store.js';
import { createServicesStore } from '../services/services.store.js';
import type { BookingView } from './bookings.schema.js';

const ZONE = 'Europe/Istanbul';
const MIN = 60_000;
const ms = (iso: string) => Date.parse(iso);
/** A time tomorrow (local), for the appointment services that take no same-day rides. */
const tomorrowAt = (hour: number, minute = 0) =>
  DateTime.now()
    .setZone(ZONE)
    .plus({ days: 1 })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toISO()!;

describe.each(DIALECTS)('the rules of the three services, at the real hour, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let admin: string;
  let ramps: ShiftAroundNow[];
  let mothersCars: ShiftAroundNow[];

  beforeAll(async () => {
    t = await startTestService(dialect);
    operator = await t.login('operator');
    admin = await t.login('admin');
    // Cars that work now, whose break window has already passed.
    mothersCars = await shiftsAroundNow(t, admin, [
      { label: 'Anne Taksi (test)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] },
    ]);
    ramps = await shiftsAroundNow(t, admin, [
      {
        label: 'Rampalı (test) 1',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi', 'asi-ulasim'],
      },
      {
        label: 'Rampalı (test) 2',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi', 'asi-ulasim'],
      },
    ]);
    await shiftsAroundNow(
      t,
      admin,
      [{ label: 'Minibüs (test)', seats: 12, serviceIds: ['asi-ulasim'] }],
      { day: 'tomorrow' },
    );
  });
  afterAll(() => t?.close());

  const book = (body: Record<string, unknown>, token = operator) =>
    t.api<BookingView>('POST', '/bookings', { token, body });

  it('takes a mother home "as soon as possible", whatever the hour and past breaks', async () => {
    const mother = await eligibleCitizen(t, operator, admin, 'Ayşe Anne', ['anne-taksi']);
    const before = Date.now();
    const res = await book({
      serviceId: 'anne-taksi',
      citizenId: mother,
      pickup: { placeId: 'kocaeli-devlet-hastanesi' },
      dropoff: { placeId: 'yahya-kaptan-mah' },
      asap: true,
      infants: 1,
      companions: 1,
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('scheduled');
    expect(res.body.asap).toBe(true);
    // The ETA: within the hour, never in the past.
    const eta = ms(res.body.planned!.pickupAt);
    expect(eta).toBeGreaterThanOrEqual(before - MIN);
    expect(eta).toBeLessThan(before + 60 * MIN);
    expect(ms(res.body.pickupWindow.start)).toBeGreaterThanOrEqual(before - MIN);
    // The promise is the narrowest window the car can keep: its ETA, not the service's 20 minutes.
    expect(eta).toBeLessThanOrEqual(ms(res.body.pickupWindow.end));
    const width = ms(res.body.pickupWindow.end) - ms(res.body.pickupWindow.start);
    expect(width).toBeGreaterThanOrEqual(5 * MIN);
    expect(width).toBeLessThanOrEqual(20 * MIN);
    expect(res.body.explanation[0]?.code).toBe('chosen');
    // Only a car with an infant seat serving Anne Taksi may take her.
    const plates = [
      ...mothersCars.map((c) => c.plate),
      ...DEMO_VEHICLES.filter((v) =>
        (v.serviceIds as readonly string[]).includes('anne-taksi'),
      ).map((v) => v.plate),
    ];
    expect(plates).toContain(res.body.planned!.vehicle.plate);
  });

  it('drives a vaccine appointment to arrive inside its window, and brings the citizen back after it', async () => {
    const villager = await eligibleCitizen(t, operator, admin, 'Hatice Köylü', ['asi-ulasim']);
    const appointment = tomorrowAt(10, 30);
    const res = await book({
      serviceId: 'asi-ulasim',
      citizenId: villager,
      pickup: { placeId: 'sapakpinar-koy' },
      dropoff: { placeId: 'izmit-asi-merkezi' },
      arriveBy: appointment,
      returnTrip: { readyAfterMinutes: 40 },
    });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('scheduled');
    const arrival = ms(res.body.planned!.dropoffAt);
    expect(arrival).toBeLessThanOrEqual(ms(appointment) - 10 * MIN);
    expect(arrival).toBeGreaterThanOrEqual(ms(appointment) - 30 * MIN);
    expect(res.body.arrivalWindow).toEqual({
      earliest: new Date(ms(appointment) - 30 * MIN).toISOString(),
      latest: new Date(ms(appointment) - 10 * MIN).toISOString(),
    });
    const ret = res.body.returnTrip!;
    expect(ret.status).toBe('scheduled');
    expect(ms(ret.planned!.pickupAt)).toBeGreaterThanOrEqual(ms(appointment) + 40 * MIN);
    const back = await t.api<BookingView>('GET', `/bookings/${ret.id}`, { token: operator });
    expect(back.body.returnOf).toBe(res.body.id);
    expect(back.body.pickup.placeId).toBe('izmit-asi-merkezi');
    expect(back.body.dropoff.placeId).toBe('sapakpinar-koy');
  });

  it("picks a return up no sooner than the wait after the outbound's arrival, and tells that time, not the estimate made at booking", async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Nuri Dönüş', ['engelsiz-taksi']);
    const res = await book({
      serviceId: 'engelsiz-taksi',
      citizenId: citizen,
      pickup: { placeId: 'gultepe-mah' },
      dropoff: { placeId: 'seka-devlet-hastanesi' },
      pickupAt: DateTime.now().setZone(ZONE).plus({ minutes: 45 }).toISO(),
      wheelchair: 'manual',
      returnTrip: { readyAfterMinutes: 60 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const ret = await t.api<BookingView>('GET', `/bookings/${res.body.returnTrip!.id}`, {
      token: operator,
    });
    expect(ret.body.status).toBe('scheduled');
    // Read after both are planned: placing the return may re-time the outbound on the same car.
    const out = await t.api<BookingView>('GET', `/bookings/${res.body.id}`, { token: operator });
    const ready = ms(out.body.planned!.dropoffAt) + 60 * MIN;
    expect(ms(ret.body.planned!.pickupAt)).toBeGreaterThanOrEqual(ready);
    expect(ret.body.pickupAt).toBe(ret.body.pickupWindow.start);
    expect(ms(ret.body.pickupAt!)).toBeGreaterThanOrEqual(ready);
    // What the planner reads for the outbound from now on: it may not arrive later than the
    // return was told less the wait, so no later insertion makes the return come too soon.
    const store = createPlanningStore(t.database.db, createServicesStore(t.database.db), ZONE);
    const serviceDate = DateTime.fromISO(out.body.pickupWindow.start).setZone(ZONE).toISODate()!;
    const snapshot = await store.snapshot(serviceDate, [res.body.id]);
    const arriveBefore = snapshot.bookings.get(res.body.id)!.arriveBefore!;
    expect(arriveBefore.getTime()).toBe(ms(ret.body.pickupWindow.start) - 60 * MIN);
    expect(arriveBefore.getTime()).toBeGreaterThanOrEqual(ms(out.body.planned!.dropoffAt));
  });

  it('keeps a "will call" return open until the caller gives its time', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Kemal Arayacak', ['engelsiz-taksi']);
    const at = DateTime.now().setZone(ZONE).plus({ minutes: 45 });
    const res = await book({
      serviceId: 'engelsiz-taksi',
      citizenId: citizen,
      pickup: { placeId: 'gultepe-mah' },
      dropoff: { placeId: 'seka-devlet-hastanesi' },
      pickupAt: at.toISO(),
      wheelchair: 'manual',
      returnTrip: { willCall: true },
    });
    expect(res.status).toBe(201);
    expect(res.body.returnTrip).toMatchObject({ status: 'will-call', willCall: true });
    const confirmed = await t.api<BookingView>(
      'POST',
      `/bookings/${res.body.returnTrip!.id}/return`,
      {
        token: operator,
        body: { pickupAt: at.plus({ hours: 2 }).toISO() },
      },
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('scheduled');
    const early = await t.api<{ error: { issues: { field: string }[] } }>(
      'POST',
      `/bookings/${res.body.returnTrip!.id}/return`,
      { token: operator, body: { pickupAt: at.minus({ minutes: 5 }).toISO() } },
    );
    expect(early.status).toBe(409);
  });

  it('refuses a second ride of the same citizen at the same time, unless the operator gives a reason', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Osman Çift', ['engelsiz-taksi']);
    // A ramp car of its own: the stories before keep the others busy around this hour, and at
    // 06:45 the demo's night car no longer has the time to take it.
    await shiftsAroundNow(t, admin, [
      {
        label: 'Rampalı (çift)',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi'],
      },
    ]);
    const ride = {
      serviceId: 'engelsiz-taksi',
      citizenId: citizen,
      pickup: { placeId: 'gultepe-mah' },
      dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
      pickupAt: DateTime.now().setZone(ZONE).plus({ minutes: 50 }).toISO(),
      wheelchair: 'manual',
    };
    const first = await book(ride);
    expect(first.status).toBe(201);
    expect(first.body.status, JSON.stringify(first.body.explanation)).toBe('scheduled');
    const second = await t.api<{ error: { code: string; message: string } }>('POST', '/bookings', {
      token: operator,
      body: ride,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('OVERLAPPING_BOOKING');
    const third = await book({
      ...ride,
      overlapOverride: { reason: 'iki ayrı randevu, aynı bina' },
    });
    expect(third.status).toBe(201);
    expect(third.body.overlapOverride).toBe(true);
    const audit = await t.database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'booking.overlap-override' AND entity_id = $1`,
      [third.body.id],
    );
    expect(audit[0]?.n).toBe(1);
  });

  it('reassigns a ride to another capable vehicle, and says why it cannot go to an incapable one', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Fatma Aktarma', ['engelsiz-taksi']);
    const res = await book({
      serviceId: 'engelsiz-taksi',
      citizenId: citizen,
      pickup: { placeId: 'yahya-kaptan-mah' },
      dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
      // Later than the other stories' rides, inside the test shifts (now + 8 h).
      pickupAt: DateTime.now().setZone(ZONE).plus({ hours: 4 }).toISO(),
      wheelchair: 'electric',
    });
    expect(res.body.status).toBe('scheduled');
    const other = ramps.find((r) => r.shiftId !== res.body.planned!.shiftId)!;
    const moved = await t.api<BookingView>('POST', `/bookings/${res.body.id}/reassign`, {
      token: operator,
      body: { shiftId: other.shiftId, reason: 'sürücü yakında' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.planned!.shiftId).toBe(other.shiftId);
    const refused = await t.api<{
      error: { code: string; message: string; params: Record<string, string> };
    }>('POST', `/bookings/${res.body.id}/reassign`, {
      token: operator,
      body: { shiftId: mothersCars[0]!.shiftId, reason: 'deneme' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('REASSIGN_INFEASIBLE');
    // The engine's reason: that car is kept for mothers.
    expect(refused.body.error.params.reason).toBe('service-not-served');
    expect(refused.body.error.message).toMatch(/hizmete ayrılmamış/);
    const events = await t.api<{ type: string; actorName: string | null }[]>(
      'GET',
      `/bookings/${res.body.id}/events`,
      { token: operator },
    );
    const reassigned = events.body.find((e) => e.type === 'reassigned');
    expect(reassigned?.actorName).toBeTruthy();
  });

  it('cancels an outbound with its return when asked, and records a no-show and declined alternatives', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Emine İptal', ['asi-ulasim']);
    const res = await book({
      serviceId: 'asi-ulasim',
      citizenId: citizen,
      pickup: { placeId: 'arizli-koy' },
      dropoff: { placeId: 'izmit-asi-merkezi' },
      arriveBy: tomorrowAt(14),
      returnTrip: { readyAfterMinutes: 30 },
    });
    expect(res.status).toBe(201);
    const cancelled = await t.api<BookingView>('POST', `/bookings/${res.body.id}/cancel`, {
      token: operator,
      body: { reason: 'randevu iptal', cancelReturn: true },
    });
    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.returnTrip?.status).toBe('cancelled');

    const rider = await eligibleCitizen(t, operator, admin, 'Ali Gelmedi', ['engelsiz-taksi']);
    const ride = await book({
      serviceId: 'engelsiz-taksi',
      citizenId: rider,
      pickup: { placeId: 'gultepe-mah' },
      dropoff: { placeId: 'seka-devlet-hastanesi' },
      pickupAt: DateTime.now().setZone(ZONE).plus({ minutes: 35 }).toISO(),
    });
    const noShow = await t.api<BookingView>('POST', `/bookings/${ride.body.id}/no-show`, {
      token: operator,
      body: { reason: 'kapıda yoktu' },
    });
    expect(noShow.body.status).toBe('no-show');
  });

  it('moves an appointment and re-plans its return with it', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Zehra Taşıma', ['asi-ulasim']);
    const res = await book({
      serviceId: 'asi-ulasim',
      citizenId: citizen,
      pickup: { placeId: 'kulfalli-koy' },
      dropoff: { placeId: 'izmit-asi-merkezi' },
      arriveBy: tomorrowAt(11),
      returnTrip: { readyAfterMinutes: 30 },
    });
    expect(res.body.status).toBe('scheduled');
    const moved = await t.api<BookingView>('PATCH', `/bookings/${res.body.id}`, {
      token: operator,
      body: { arriveBy: tomorrowAt(15) },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.status, JSON.stringify(moved.body.explanation)).toBe('scheduled');
    expect(moved.body.arriveBy).toBe(new Date(tomorrowAt(15)).toISOString());
    expect(ms(moved.body.planned!.dropoffAt)).toBeLessThanOrEqual(ms(tomorrowAt(15)) - 10 * MIN);
    expect(moved.body.returnTrip?.status).toBe('scheduled');
    expect(ms(moved.body.returnTrip!.planned!.pickupAt)).toBeGreaterThanOrEqual(
      ms(tomorrowAt(15)) + 30 * MIN,
    );
  });

  it('explains a refusal by what rules out each kind of vehicle', async () => {
    // A mother in a wheelchair with her baby: Anne Taksi cars have no ramp,
    // the ramp cars are kept for other services.
    const citizen = await eligibleCitizen(t, operator, admin, 'Derya Rampa', ['anne-taksi']);
    const res = await book({
      serviceId: 'anne-taksi',
      citizenId: citizen,
      pickup: { placeId: 'seka-devlet-hastanesi' },
      dropoff: { placeId: 'gultepe-mah' },
      asap: true,
      infants: 1,
      wheelchair: 'manual',
    });
    expect(res.body.status).toBe('refused');
    const codes = res.body.explanation.map((e) => e.code);
    expect(codes).toContain('service-not-served');
    expect(codes).toContain('missing-feature');
    const missing = res.body.explanation.find((e) => e.code === 'missing-feature')!;
    expect(missing.params.feature).toBe('wheelchairAccess');
    expect(missing.params.plates).toContain(mothersCars[0]!.plate);
    const declined = await t.api<BookingView>('POST', `/bookings/${res.body.id}/decline`, {
      token: operator,
      body: { reason: 'arayan başka saat istemedi' },
    });
    expect(declined.status).toBe(200);
    const events = await t.api<{ type: string }[]>('GET', `/bookings/${res.body.id}/events`, {
      token: operator,
    });
    expect(events.body.map((e) => e.type)).toContain('alternatives-declined');
  });

  it('lets neighbours from one village share the ride to their vaccine appointments, and says so', async () => {
    const a = await eligibleCitizen(t, operator, admin, 'Cemile Komşu', ['asi-ulasim']);
    const b = await eligibleCitizen(t, operator, admin, 'Hüsnü Komşu', ['asi-ulasim']);
    const ride = (citizenId: string) =>
      book({
        serviceId: 'asi-ulasim',
        citizenId,
        pickup: { placeId: 'eseler-koy' },
        dropoff: { placeId: 'izmit-asi-merkezi' },
        arriveBy: tomorrowAt(13),
      });
    const first = await ride(a);
    const second = await ride(b);
    expect(second.body.status).toBe('scheduled');
    expect(second.body.planned!.shiftId).toBe(first.body.planned!.shiftId);
    expect(second.body.sharedWith.map((s) => s.citizenName)).toContain('Cemile Komşu');
    const again = await t.api<BookingView>('GET', `/bookings/${first.body.id}`, {
      token: operator,
    });
    expect(again.body.sharedWith.map((s) => s.citizenName)).toContain('Hüsnü Komşu');
  });

  it('takes a wheelchair user from her door, and the driver sees the door and the appointment', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Gülsüm Kapı', ['asi-ulasim']);
    const door = {
      street: 'Cumhuriyet Cad.',
      buildingNo: '12',
      floor: '3',
      directions: 'Eczanenin yanındaki mavi kapı',
    };
    const res = await book({
      serviceId: 'asi-ulasim',
      citizenId: citizen,
      pickup: { placeId: 'gultepe-mah', address: door },
      dropoff: { placeId: 'izmit-asi-merkezi' },
      arriveBy: tomorrowAt(16),
      wheelchair: 'manual',
      walkingAid: false,
    });
    expect(res.body.status).toBe('scheduled');
    expect(res.body.pickup.address).toMatchObject(door);
    const shift = await t.database.db.query<{ username: string }>(
      `SELECT u.username FROM shifts s JOIN users u ON u.driver_id = s.driver_id WHERE s.id = $1`,
      [res.body.planned!.shiftId],
    );
    // Test drivers share one password; demo drivers have the demo one.
    const username = shift[0]!.username;
    const driver = await t.login(
      username,
      username.startsWith('surucu-') ? ramps[0]!.password : undefined,
    );
    const manifests = await t.api<{
      shifts: {
        stops: {
          bookingId: string | null;
          kind: string;
          address: string;
          directions: string | null;
          navigationUrl: string | null;
          passenger: { appointmentAt: string | null } | null;
        }[];
      }[];
    }>('GET', `/driver/manifest?date=${DateTime.fromISO(tomorrowAt(16)).toISODate()}`, {
      token: driver,
    });
    const stop = manifests.body.shifts
      .flatMap((s) => s.stops)
      .find((s) => s.bookingId === res.body.id && s.kind === 'pickup')!;
    expect(stop.address).toContain('Cumhuriyet Cad.');
    expect(stop.address).toContain('12');
    expect(stop.directions).toBe(door.directions);
    expect(stop.navigationUrl).toMatch(/^geo:/);
    expect(stop.passenger?.appointmentAt).toBe(new Date(tomorrowAt(16)).toISOString());
  });

  it('lists a citizen’s upcoming rides', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Sevgi Liste', ['asi-ulasim']);
    await book({
      serviceId: 'asi-ulasim',
      citizenId: citizen,
      pickup: { placeId: 'tepekoy-koy' },
      dropoff: { placeId: 'izmit-asi-merkezi' },
      arriveBy: tomorrowAt(9, 30),
      returnTrip: { willCall: true },
    });
    const upcoming = await t.api<BookingView[]>('GET', `/citizens/${citizen}/bookings`, {
      token: operator,
    });
    expect(upcoming.status).toBe(200);
    expect(upcoming.body).toHaveLength(2);
    expect(upcoming.body[0]!.arriveBy).not.toBeNull();
  });
});
