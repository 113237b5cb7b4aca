import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingStatus } from '../../domain/booking-status.js';
import { findPlace } from '../../domain/places/izmit-gazetteer.js';
import type { LatLng } from '../../domain/places/place.js';
import { haversineMetres } from '../../infra/maps/great-circle.js';
import { DEFAULT_OFFLINE_SETTINGS } from '../../infra/maps/offline-model-settings.js';
import { createBookingsStore } from '../bookings/bookings.store.js';

/*
 * A hand-counted March 2025 on one shift (08:00–12:00 local, 05:00–09:00Z)
 * of a demo car, far from the demo data's days:
 *
 *   A1 anne-taksi     Gültepe → Kocaeli Devlet H.   completed, on time
 *   A2 anne-taksi     Yahya Kaptan → Seka D.H.      completed, 10 min late, shares with A3
 *   A3 asi-ulasim     Eseler Köyü → Yahya Kaptan ASM completed before the appointment, shares with A2
 *   A4 anne-taksi     a pin by Kozluk → Gültepe     completed, dropped off 15 min after the shift's end
 *   X1 anne-taksi     cancelled by the citizen a day ahead (not late)
 *   X2 engelsiz-taksi cancelled by an operator 10 min before (late, derived: booked before the policy)
 *   X3 anne-taksi     cancelled by the citizen, flagged late by the no-show policy
 *   X4 engelsiz-taksi cancelled for a holiday (the system)
 *   N1 engelsiz-taksi no-show after the driver arrived on time
 *   R1, R2 engelsiz   refused (no vehicle), R1's offered times turned down
 *   R3 asi-ulasim     refused (shift ends)
 */
const DAY = '2025-03-10';
const at = (hhmm: string, day = DAY) => new Date(`${day}T${hhmm}:00Z`);

interface Ride {
  key: string;
  service: string;
  citizen: number;
  pickup: string | LatLng;
  dropoff: string;
  window: [string, string];
  status: BookingStatus;
  arriveBy?: string;
  taps?: { arrived?: string; pickedUp?: string; droppedOff?: string };
  planned?: [string, string];
  cancel?: { role: string; at: Date; reason: string; lateFlag?: boolean };
  refusal?: string;
  declined?: boolean;
}

const KOZLUK_PIN = { lat: 40.7726, lng: 29.9331 };

const RIDES: Ride[] = [
  {
    key: 'A1',
    service: 'anne-taksi',
    citizen: 0,
    pickup: 'gultepe-mah',
    dropoff: 'kocaeli-devlet-hastanesi',
    window: ['06:00', '06:20'],
    status: 'completed',
    planned: ['06:05', '06:20'],
    taps: { arrived: '06:10', pickedUp: '06:12', droppedOff: '06:30' },
  },
  {
    key: 'A2',
    service: 'anne-taksi',
    citizen: 1,
    pickup: 'yahya-kaptan-mah',
    dropoff: 'seka-devlet-hastanesi',
    window: ['06:15', '06:35'],
    status: 'completed',
    planned: ['06:30', '06:50'],
    taps: { arrived: '06:45', pickedUp: '06:47', droppedOff: '07:05' },
  },
  {
    key: 'A3',
    service: 'asi-ulasim',
    citizen: 2,
    pickup: 'eseler-koy',
    dropoff: 'yahya-kaptan-asm',
    window: ['06:30', '06:50'],
    arriveBy: '07:30',
    status: 'completed',
    planned: ['06:45', '07:15'],
    taps: { arrived: '06:50', pickedUp: '06:52', droppedOff: '07:20' },
  },
  {
    key: 'A4',
    service: 'anne-taksi',
    citizen: 3,
    pickup: KOZLUK_PIN,
    dropoff: 'gultepe-mah',
    window: ['08:30', '08:50'],
    status: 'completed',
    planned: ['08:35', '08:50'],
    taps: { arrived: '08:40', pickedUp: '08:42', droppedOff: '09:15' },
  },
  {
    key: 'X1',
    service: 'anne-taksi',
    citizen: 0,
    pickup: 'gultepe-mah',
    dropoff: 'seka-devlet-hastanesi',
    window: ['10:00', '10:20'],
    status: 'cancelled',
    cancel: { role: 'citizen', at: at('10:00', '2025-03-09'), reason: 'plans changed' },
  },
  {
    key: 'X2',
    service: 'engelsiz-taksi',
    citizen: 1,
    pickup: 'gultepe-mah',
    dropoff: 'kocaeli-devlet-hastanesi',
    window: ['10:00', '10:20'],
    status: 'cancelled',
    cancel: { role: 'operator', at: at('09:50'), reason: 'called to cancel' },
  },
  {
    key: 'X3',
    service: 'anne-taksi',
    citizen: 2,
    pickup: 'yahya-kaptan-mah',
    dropoff: 'seka-devlet-hastanesi',
    window: ['11:00', '11:20'],
    status: 'cancelled',
    cancel: { role: 'citizen', at: at('10:30'), reason: 'not needed', lateFlag: true },
  },
  {
    key: 'X4',
    service: 'engelsiz-taksi',
    citizen: 3,
    pickup: 'eseler-koy',
    dropoff: 'kocaeli-devlet-hastanesi',
    window: ['07:00', '07:20'],
    status: 'cancelled',
    cancel: { role: 'operator', at: at('12:00', '2025-03-03'), reason: 'holiday' },
  },
  {
    key: 'N1',
    service: 'engelsiz-taksi',
    citizen: 0,
    pickup: 'eseler-koy',
    dropoff: 'kocaeli-devlet-hastanesi',
    window: ['06:50', '07:10'],
    status: 'no-show',
    taps: { arrived: '07:00' },
  },
  {
    key: 'R1',
    service: 'engelsiz-taksi',
    citizen: 1,
    pickup: 'cedit-mah',
    dropoff: 'kocaeli-devlet-hastanesi',
    window: ['07:00', '07:20'],
    status: 'refused',
    refusal: 'no-vehicle',
    declined: true,
  },
  {
    key: 'R2',
    service: 'engelsiz-taksi',
    citizen: 2,
    pickup: 'cedit-mah',
    dropoff: 'kocaeli-devlet-hastanesi',
    window: ['07:30', '07:50'],
    status: 'refused',
    refusal: 'no-vehicle',
  },
  {
    key: 'R3',
    service: 'asi-ulasim',
    citizen: 3,
    pickup: 'eseler-koy',
    dropoff: 'izmit-asi-merkezi',
    window: ['08:00', '08:20'],
    arriveBy: '08:40',
    status: 'refused',
    refusal: 'shift-ends',
  },
];

const point = (p: string | LatLng): LatLng => (typeof p === 'string' ? findPlace(p)! : p);
const roadKm = (a: LatLng, b: LatLng) =>
  (haversineMetres(a, b) / 1000) * DEFAULT_OFFLINE_SETTINGS.detourFactor;

describe.each(DIALECTS)('the directorate’s reports on %s', (dialect) => {
  let t: TestService;
  let admin: string;
  let supervisor: string;
  let depot: LatLng;
  const march = '/reports/activity?year=2025&month=3';

  beforeAll(async () => {
    t = await startTestService(dialect);
    admin = await t.login('admin');
    supervisor = await t.login('supervisor');
    const db = t.database.db;
    const store = createBookingsStore(db);
    const users = new Map(
      (await db.query<{ id: string; role: string }>('SELECT id, role FROM users')).map((u) => [
        u.role,
        u.id,
      ]),
    );
    const operatorId = users.get('operator')!;
    const citizens = (
      await db.query<{ id: string }>('SELECT id FROM citizens ORDER BY created_at, id LIMIT 4')
    ).map((c) => c.id);
    expect(citizens).toHaveLength(4);
    const [car] = await db.query<{
      driver_id: string;
      vehicle_id: string;
      lat: number;
      lng: number;
    }>(
      `SELECT s.driver_id, s.vehicle_id, v.depot_lat AS lat, v.depot_lng AS lng
       FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id ORDER BY v.plate LIMIT 1`,
    );
    depot = { lat: car!.lat, lng: car!.lng };
    const shiftId = randomUUID();
    await db.query(
      `INSERT INTO shifts (id, driver_id, vehicle_id, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5)`,
      [shiftId, car!.driver_id, car!.vehicle_id, at('05:00'), at('09:00')],
    );

    for (const r of RIDES) {
      const id = randomUUID();
      const from = point(r.pickup);
      const to = point(r.dropoff);
      await store.insert({
        id,
        serviceId: r.service,
        citizenId: citizens[r.citizen]!,
        status: 'pending',
        pickup: {
          placeId: typeof r.pickup === 'string' ? r.pickup : null,
          label: typeof r.pickup === 'string' ? findPlace(r.pickup)!.name : 'Konum',
          lat: from.lat,
          lng: from.lng,
        },
        dropoff: {
          placeId: r.dropoff,
          label: findPlace(r.dropoff)!.name,
          lat: to.lat,
          lng: to.lng,
        },
        requestedPickupAt: r.arriveBy ? null : at(r.window[0]),
        arriveBy: r.arriveBy ? at(r.arriveBy) : null,
        asap: false,
        wheelchair: 'none',
        walkingAid: false,
        companions: 0,
        infants: 0,
        notes: null,
        eligibilityOverride: false,
        overlapOverride: false,
        pickupWindowStart: at(r.window[0]),
        pickupWindowEnd: at(r.window[1]),
        dropoffEarliest: null,
        dropoffDeadline: null,
        returnOf: null,
        returnReadyAfterMinutes: null,
        standingOrderId: null,
        serviceDate: DAY,
        idempotencyKey: null,
        requestFingerprint: null,
        createdBy: operatorId,
      });
      await db.query(
        `UPDATE bookings SET status = $2, refusal_reason = $3, shift_id = $4, vehicle_id = $5,
           planned_pickup_at = $6, planned_dropoff_at = $7, late_cancel = $8,
           late_cancel_minutes = $9, cancelled_by_role = $10
         WHERE id = $1`,
        [
          id,
          r.status,
          r.refusal ?? null,
          r.planned || r.taps ? shiftId : null,
          r.planned || r.taps ? car!.vehicle_id : null,
          r.planned ? at(r.planned[0]) : null,
          r.planned ? at(r.planned[1]) : null,
          r.cancel?.lateFlag ?? false,
          r.cancel?.lateFlag ? 60 : null,
          r.cancel?.lateFlag ? r.cancel.role : null,
        ],
      );
      const tap = async (type: string, hhmm: string | undefined) => {
        if (!hhmm) return;
        await store.insertEvent({
          bookingId: id,
          type,
          fromStatus: null,
          toStatus: null,
          actorUserId: null,
          actorRole: 'driver',
          details: { at: at(hhmm).toISOString() },
        });
      };
      await tap('arrived', r.taps?.arrived);
      await tap('picked-up', r.taps?.pickedUp);
      await tap('dropped-off', r.taps?.droppedOff);
      if (r.cancel)
        // Written with its own time: the store stamps events with now().
        await db.query(
          `INSERT INTO booking_events (booking_id, type, from_status, to_status, actor_user_id, actor_role, at, details)
           VALUES ($1, 'cancelled', 'scheduled', 'cancelled', $2, $3, $4, $5)`,
          [
            id,
            users.get(r.cancel.role) ?? null,
            r.cancel.role,
            r.cancel.at,
            { reason: r.cancel.reason },
          ],
        );
      if (r.declined)
        await store.insertEvent({
          bookingId: id,
          type: 'alternatives-declined',
          fromStatus: 'refused',
          toStatus: 'refused',
          actorUserId: operatorId,
          actorRole: 'operator',
          details: { reason: 'too late for her' },
        });
    }
  });
  afterAll(() => t?.close());

  it('counts the month’s activity per service and in all', async () => {
    const res = await t.api<{ rows: Record<string, unknown>[] }>('GET', march, { token: admin });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const row = (id: string | null) => res.body.rows.find((r) => r.serviceId === id);
    expect(row(null)).toEqual({
      serviceId: null,
      requested: 12,
      completed: 4,
      cancelled: 4,
      cancelledByCitizen: 2,
      cancelledByOperator: 1,
      cancelledBySystem: 1,
      lateCancels: 2,
      noShows: 1,
      refused: 3,
      turnedDown: 1,
      citizensServed: 4,
      neighbourhoods: 3,
      villages: 1,
      firstRide: '2025-03-10T06:12:00Z',
      lastRide: '2025-03-10T08:42:00Z',
    });
    expect(row('anne-taksi')).toMatchObject({
      requested: 5,
      completed: 3,
      cancelled: 2,
      cancelledByCitizen: 2,
      lateCancels: 1,
      citizensServed: 3,
      neighbourhoods: 3,
      villages: 0,
    });
    expect(row('engelsiz-taksi')).toMatchObject({
      requested: 5,
      completed: 0,
      cancelledByOperator: 1,
      cancelledBySystem: 1,
      lateCancels: 1,
      noShows: 1,
      refused: 2,
      turnedDown: 1,
    });
    expect(row('asi-ulasim')).toMatchObject({
      requested: 2,
      completed: 1,
      refused: 1,
      citizensServed: 1,
      neighbourhoods: 0,
      villages: 1,
    });
  });

  it('writes the sentences from the figures, in Turkish and English', async () => {
    const month = await t.api<{ sentences: { tr: string[]; en: string[] } }>('GET', march, {
      token: supervisor,
    });
    expect(month.body.sentences.tr).toEqual([
      "Mart 2025'te 3 anne Anne Taksi'yi kullandı.",
      "Anne Taksi, Mart 2025'te 3 kez hizmet verdi.",
      "3 mahalleden 3 vatandaş Anne Taksi'yi kullandı.",
      "Mart 2025'te 1 vatandaş Aşı Ulaşım'ı kullandı.",
      "Aşı Ulaşım, Mart 2025'te 1 kez hizmet verdi.",
      '1 köyden 1 vatandaş aşı randevularına götürüldü.',
      "Engelsiz Taksi, Mart 2025'te hizmet vermedi.",
    ]);
    expect(month.body.sentences.en).toContain('3 mothers used Mother Taxi in March 2025.');
    expect(month.body.sentences.en).toContain(
      '1 citizen from 1 village were taken to their vaccine appointments.',
    );
    const year = await t.api<{ sentences: { tr: string[] } }>(
      'GET',
      '/reports/activity?year=2025&serviceId=anne-taksi',
      { token: admin },
    );
    expect(year.body.sentences.tr).toEqual([
      "2025'te 3 anne Anne Taksi'yi kullandı.",
      "Anne Taksi, Mart'ta başladı, 3 kez hizmet verdi.",
      "3 mahalleden 3 vatandaş Anne Taksi'yi kullandı.",
    ]);
  });

  it('lists refusals by reason and the offers turned down', async () => {
    const res = await t.api<{ rows: unknown[] }>(
      'GET',
      '/reports/refusals?from=2025-03-01&to=2025-03-31',
      { token: admin },
    );
    expect(res.body.rows).toEqual([
      { serviceId: 'asi-ulasim', reason: 'shift-ends', refused: 1, turnedDown: 0 },
      { serviceId: 'engelsiz-taksi', reason: 'no-vehicle', refused: 2, turnedDown: 1 },
    ]);
  });

  it('measures the service’s quality', async () => {
    const res = await t.api<{ rows: Record<string, number | null | string>[] }>(
      'GET',
      '/reports/quality?year=2025&month=3',
      { token: admin },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const row = (id: string | null) => res.body.rows.find((r) => r.serviceId === id)!;
    const p = (key: string) => point(RIDES.find((r) => r.key === key)!.pickup);
    const d = (key: string) => point(RIDES.find((r) => r.key === key)!.dropoff);
    const emptyKm =
      roadKm(depot, p('A1')) +
      roadKm(d('A1'), p('A2')) +
      roadKm(d('A3'), p('A4')) +
      roadKm(d('A4'), depot);
    const total = row(null);
    expect(total).toMatchObject({
      pickups: 5,
      onTimePickups: 4,
      latePickups: 1,
      meanLateMinutes: 10,
      p95LateMinutes: 10,
      arriveByRides: 1,
      arrivedBeforeAppointment: 1,
      rideRatioActual: 4,
      rideRatioPlanned: 0,
      completed: 4,
      shared: 2,
      // 18 + 18 + 28 + 33 minutes aboard
      passengerHours: 1.62,
      vehicleHours: 4,
      utilisation: 0.405,
      overtimeShifts: 1,
      overtimeHours: 0.25,
    });
    expect(total.emptyKm).toBeCloseTo(emptyKm, 0);
    expect(row('anne-taksi')).toMatchObject({ shared: 1, passengerHours: 1.15, overtimeShifts: 1 });
    expect(row('asi-ulasim')).toMatchObject({ shared: 1, emptyKm: 0, overtimeShifts: 0 });

    // Ride time against the model's free-flow direct time, ride by ride.
    const s = DEFAULT_OFFLINE_SETTINGS;
    const speed = (q: LatLng) => {
      const m = haversineMetres(q, s.centre);
      return m <= s.centreRadiusM
        ? s.speedKmh.centre
        : m <= s.districtRadiusM
          ? s.speedKmh.district
          : s.speedKmh.village;
    };
    const ratios = ['A1', 'A2', 'A3', 'A4'].map((key) => {
      const r = RIDES.find((x) => x.key === key)!;
      const direct =
        roadKm(p(key), d(key)) * (0.5 / speed(p(key)) + 0.5 / speed(d(key))) * 60 +
        s.tripOverheadSec / 60;
      const ride = (at(r.taps!.droppedOff!).getTime() - at(r.taps!.pickedUp!).getTime()) / 60_000;
      return ride / direct;
    });
    expect(total.rideRatioMean).toBeCloseTo(ratios.reduce((a, b) => a + b) / 4, 1);
  });

  it('counts where rides start, with a point for each place', async () => {
    const res = await t.api<{ rows: Record<string, unknown>[] }>(
      'GET',
      '/reports/places?year=2025&month=3',
      { token: admin },
    );
    const counts = Object.fromEntries(
      res.body.rows.map((r) => [r.placeId, [r.kind, r.requested, r.completed]]),
    );
    expect(counts).toEqual({
      'eseler-koy': ['koy', 4, 1],
      'gultepe-mah': ['mahalle', 3, 1],
      'cedit-mah': ['mahalle', 2, 0],
      'yahya-kaptan-mah': ['mahalle', 2, 1],
      // the dropped pin counts at its nearest neighbourhood
      'kozluk-mah': ['mahalle', 1, 1],
    });
    const eseler = res.body.rows.find((r) => r.placeId === 'eseler-koy')!;
    expect([eseler.lat, eseler.lng]).toEqual([
      findPlace('eseler-koy')!.lat,
      findPlace('eseler-koy')!.lng,
    ]);
  });

  it('exports each table as CSV', async () => {
    // fetch's text() drops the byte order mark; the bytes keep it.
    const body = async (res: Response) =>
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    const byFormat = await fetch(`${t.url}/api/reports/refusals?year=2025&month=3&format=csv`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(byFormat.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(byFormat.headers.get('content-disposition')).toContain(
      'yoldas-refusals-2025-03-01-2025-03-31.csv',
    );
    expect(await body(byFormat)).toBe(
      '\uFEFFserviceId,reason,refused,turnedDown\r\nasi-ulasim,shift-ends,1,0\r\nengelsiz-taksi,no-vehicle,2,1\r\n',
    );
    const byAccept = await fetch(`${t.url}/api/reports/places?year=2025&month=3`, {
      headers: { authorization: `Bearer ${admin}`, accept: 'text/csv' },
    });
    const lines = (await body(byAccept)).replace(/\r\n$/, '').split('\r\n');
    expect(lines[0]).toBe('\uFEFFplaceId,name,kind,lat,lng,requested,completed');
    expect(lines[1]).toBe(`eseler-koy,Eseler Köyü,koy,40.86,30.08,4,1`);
    expect(lines).toHaveLength(6);
    const activity = await (
      await fetch(`${t.url}/api/reports/activity?year=2025&month=3&format=csv`, {
        headers: { authorization: `Bearer ${admin}` },
      })
    ).text();
    expect(activity.split('\r\n').at(-2)).toBe(
      ',12,4,4,2,1,1,2,1,3,1,4,3,1,2025-03-10T06:12:00Z,2025-03-10T08:42:00Z',
    );
  });

  it('keeps the driver’s taps on the booking through the history’s trigger, a malformed tap time included', async () => {
    const db = t.database.db;
    const [row] = await db.query<{ id: string }>(
      `SELECT id FROM bookings WHERE service_date = $1 AND status = 'cancelled' ORDER BY id LIMIT 1`,
      [DAY],
    );
    const store = createBookingsStore(db);
    await store.insertEvent({
      bookingId: row!.id,
      type: 'arrived',
      fromStatus: null,
      toStatus: null,
      actorUserId: null,
      actorRole: 'driver',
      details: { at: 'not a time' },
    });
    const [facts] = await db.query<{ reached: boolean }>(
      `SELECT b.reached_at = e.at AS reached FROM bookings b
       JOIN booking_events e ON e.booking_id = b.id AND e.type = 'arrived' WHERE b.id = $1`,
      [row!.id],
    );
    expect(facts?.reached).toBe(true);
  });

  it('is for supervisors and administrators only', async () => {
    const operator = await t.login('operator');
    const driver = await t.login('surucu1', 'yoldas-surucu');
    for (const token of [operator, driver]) {
      for (const path of ['activity', 'refusals', 'quality', 'places'])
        expect((await t.api('GET', `/reports/${path}?year=2025`, { token })).status).toBe(403);
    }
    expect((await t.api('GET', '/reports/activity?year=2025')).status).toBe(401);
  });

  it('refuses a bad period or service with the field and the reason, in the caller’s language', async () => {
    const bad = async (query: string, lang = 'en') =>
      (
        await t.api<{ error: { issues?: { field: string; message: string }[] } }>(
          'GET',
          `/reports/activity?${query}`,
          { token: admin, headers: { 'accept-language': lang } },
        )
      ).body;
    const fields = async (query: string) =>
      ((await bad(query)).error.issues ?? []).map((d) => d.field);
    expect(await fields('')).toEqual(['query.year']);
    expect(await fields('month=3')).toContain('query.year');
    expect(await fields('year=2025&from=2025-01-01&to=2025-02-01')).toEqual(['query.from']);
    expect(await fields('from=2025-01-01')).toEqual(['query.to']);
    expect(await fields('from=2025-03-01&to=2025-02-01')).toEqual(['query.to']);
    expect(await fields('from=2020-01-01&to=2025-02-01')).toEqual(['query.to']);
    expect(await fields('year=2025&month=13')).toEqual(['query.month']);
    expect(await fields('year=2025&serviceId=yok')).toEqual(['query.serviceId']);
    const tr = await bad('year=2025&serviceId=yok', 'tr');
    expect(JSON.stringify(tr)).toContain('Böyle bir hizmet yok.');
  });
});
