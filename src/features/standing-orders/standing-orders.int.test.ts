import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { STANDING_ORDERS_QUEUE } from '../../infra/queues/standing-orders-queue.js';
import type { StandingOrderView } from './standing-orders.schema.js';

const TZ = 'Europe/Istanbul';
// Engelsiz Taksi books at most 14 days ahead (DEFAULT_SERVICES).
const HORIZON_DAYS = 14;

interface ErrorAnswer {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('standing orders on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let admin: string;
  let osman: string;
  // Everything is counted from the real "now", so the suite means the same at 08:00, 16:00 and 23:30.
  const today = DateTime.now().setZone(TZ).startOf('day');
  const iso = (d: DateTime) => d.toISODate()!;
  const lastBookable = iso(today.plus({ days: HORIZON_DAYS }));

  /** Mondays, Wednesdays and Fridays from tomorrow for four weeks. */
  const seriesDates = Array.from({ length: 28 }, (_, i) => today.plus({ days: i + 1 }))
    .filter((d) => [1, 3, 5].includes(d.weekday))
    .map(iso);
  const inHorizon = seriesDates.filter((d) => d <= lastBookable);
  // A holiday known before the series is made, and one declared after its rides were booked.
  const [, holidayBefore, holidayAfter] = inHorizon as [string, string, string];

  beforeAll(async () => {
    t = await startTestService(dialect);
    [operator, admin] = await Promise.all([t.login('operator'), t.login('admin')]);
    osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
    // A ramp taxi and its driver work 07:00–19:00 on every date the series may book.
    const shifts = await t.api<{ driverId: string; vehicleId: string; vehiclePlate: string }[]>(
      'GET',
      `/shifts?date=${iso(today.plus({ days: 1 }))}`,
      { token: operator },
    );
    const ramp = shifts.body.find((s) => s.vehiclePlate === '41 ET 201')!;
    for (const date of inHorizon) {
      const day = DateTime.fromISO(date, { zone: TZ });
      const res = await t.api('POST', '/shifts', {
        token: admin,
        body: {
          driverId: ramp.driverId,
          vehicleId: ramp.vehicleId,
          startsAt: day.set({ hour: 7 }).toISO(),
          endsAt: day.set({ hour: 19 }).toISO(),
        },
      });
      // 409: the demo data already has this driver working that day.
      expect([201, 409]).toContain(res.status);
    }
    const holiday = await t.api('POST', '/holidays', {
      token: admin,
      body: { date: holidayBefore, name: 'Belediye Günü' },
    });
    expect(holiday.status).toBe(201);
  });
  afterAll(() => t?.close());

  const dialysis = (overrides: Record<string, unknown> = {}) => ({
    citizenId: osman,
    serviceId: 'engelsiz-taksi',
    pickup: { placeId: 'gultepe-mah' },
    dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
    weekdays: [1, 3, 5],
    time: '10:00',
    startsOn: seriesDates[0],
    endsOn: iso(today.plus({ days: 28 })),
    wheelchair: 'manual',
    returnTrip: { readyAfterMinutes: 240 },
    notes: 'Diyaliz',
    ...overrides,
  });

  /** The series once no occurrence is waiting for a run and no ride for the scheduler. */
  async function settled(id: string): Promise<StandingOrderView> {
    for (let i = 0; i < 60; i++) {
      const { body } = await t.api<StandingOrderView>('GET', `/standing-orders/${id}`, {
        token: operator,
      });
      const busy = body.occurrences.some((o) => o.state === 'due' || o.bookingStatus === 'pending');
      if (!busy) return body;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`standing order ${id} did not settle`);
  }

  async function bookingsOf(id: string) {
    return t.database.db.query<{ id: string; date: string; status: string; return_of: string }>(
      `SELECT id, to_char(service_date, 'YYYY-MM-DD') AS date, status, return_of
         FROM bookings WHERE standing_order_id = $1 AND return_of IS NULL ORDER BY service_date`,
      [id],
    );
  }

  let seriesId: string;

  it('books the Mondays, Wednesdays and Fridays inside the horizon, skips the holiday, leaves the rest for later', async () => {
    const created = await t.api<StandingOrderView>('POST', '/standing-orders', {
      token: operator,
      body: dialysis(),
    });
    expect(created.status).toBe(201);
    seriesId = created.body.id;
    expect(created.headers.get('location')).toBe(`/api/standing-orders/${seriesId}`);
    const series = await settled(seriesId);
    expect(series.occurrences.map((o) => o.date)).toEqual(seriesDates);
    for (const o of series.occurrences) {
      if (o.date === holidayBefore) {
        expect(o).toMatchObject({
          state: 'skipped',
          holidayName: 'Belediye Günü',
          bookingId: null,
        });
      } else if (o.date <= lastBookable) {
        expect(o.state).toBe('booked');
        expect(o.bookingStatus).toBe('scheduled');
        // 10:00 local on its own date, whatever the hour the test runs.
        expect(DateTime.fromISO(o.at, { zone: TZ }).toFormat('yyyy-MM-dd HH:mm')).toBe(
          `${o.date} 10:00`,
        );
      } else {
        expect(o.state).toBe('upcoming');
      }
    }
    const booked = await bookingsOf(seriesId);
    expect(booked.map((b) => b.date)).toEqual(inHorizon.filter((d) => d !== holidayBefore));
    // Each ride was booked with its return.
    const returns = await t.database.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM bookings WHERE return_of = ANY($1::uuid[])',
      [booked.map((b) => b.id)],
    );
    expect(returns[0]?.n).toBe(booked.length);
  });

  it('books nothing twice when the daily run repeats, even after losing track of a booking', async () => {
    const before = await bookingsOf(seriesId);
    // Forget which booking one date got: the run books it again under the same idempotency key.
    await t.database.db.query(
      'UPDATE standing_order_occurrences SET booking_id = NULL WHERE standing_order_id = $1 AND date = $2',
      [seriesId, before[0]!.date],
    );
    const runs = await Promise.all([
      t.service.standingOrders!.bookAllDue(),
      t.service.standingOrders!.bookDue(seriesId),
    ]);
    expect(runs.every((r) => r.failed === 0)).toBe(true);
    expect(await bookingsOf(seriesId)).toEqual(before);
    const again = await t.service.standingOrders!.bookAllDue();
    expect(again.booked).toBe(0);
    const series = await settled(seriesId);
    expect(series.occurrences.find((o) => o.date === before[0]!.date)?.bookingId).toBe(
      before[0]!.id,
    );
  });

  it('cancels the ride of a day declared a holiday afterwards, and books it again when the holiday goes', async () => {
    const ride = (await bookingsOf(seriesId)).find((b) => b.date === holidayAfter)!;
    const added = await t.api<{ cancelledBookingIds: string[] }>('POST', '/holidays', {
      token: admin,
      body: { date: holidayAfter, name: 'Olağanüstü tatil' },
    });
    expect(added.status).toBe(201);
    expect(added.body.cancelledBookingIds).toEqual([ride.id]);
    const events = await t.api<{ toStatus: string | null; details: { reason?: string } | null }[]>(
      'GET',
      `/bookings/${ride.id}/events`,
      { token: operator },
    );
    expect(events.body.at(-1)).toMatchObject({
      toStatus: 'cancelled',
      details: { reason: 'holiday' },
    });
    const returnRow = await t.database.db.query<{ status: string }>(
      'SELECT status FROM bookings WHERE return_of = $1',
      [ride.id],
    );
    // The return goes with it.
    expect(returnRow[0]?.status).toBe('cancelled');
    let series = await settled(seriesId);
    expect(series.occurrences.find((o) => o.date === holidayAfter)).toMatchObject({
      state: 'skipped',
      holidayName: 'Olağanüstü tatil',
    });

    const removed = await t.api('DELETE', `/holidays/${holidayAfter}`, { token: admin });
    expect(removed.status).toBe(204);
    series = await settled(seriesId);
    const rebooked = series.occurrences.find((o) => o.date === holidayAfter)!;
    expect(rebooked.state).toBe('booked');
    expect(rebooked.bookingId).not.toBe(ride.id);
  });

  it('moves the rides still ahead when the time changes, and leaves dates that left the calendar cancelled', async () => {
    const before = await bookingsOf(seriesId);
    const changed = await t.api<StandingOrderView>('PATCH', `/standing-orders/${seriesId}`, {
      token: operator,
      body: { time: '11:00', weekdays: [1, 3] },
    });
    expect(changed.status).toBe(200);
    const series = await settled(seriesId);
    expect(series.time).toBe('11:00');
    expect(series.occurrences.every((o) => [1, 3].includes(DateTime.fromISO(o.date).weekday))).toBe(
      true,
    );
    const after = await bookingsOf(seriesId);
    for (const old of before.filter((b) => b.status !== 'cancelled'))
      expect(after.find((b) => b.id === old.id)?.status).toBe('cancelled');
    for (const o of series.occurrences.filter((x) => x.state === 'booked')) {
      expect(before.map((b) => b.id)).not.toContain(o.bookingId);
      expect(DateTime.fromISO(o.at, { zone: TZ }).toFormat('HH:mm')).toBe('11:00');
    }
  });

  it('ends the series: every ride still ahead is cancelled, the series stays for history', async () => {
    const ended = await t.api<StandingOrderView>('POST', `/standing-orders/${seriesId}/end`, {
      token: operator,
      body: { reason: 'Tedavi bitti' },
    });
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe('ended');
    expect(ended.body.ended?.reason).toBe('Tedavi bitti');
    const active = (await bookingsOf(seriesId)).filter((b) => b.status !== 'cancelled');
    expect(active).toEqual([]);
    expect(ended.body.occurrences.filter((o) => o.state === 'booked').length).toBeGreaterThan(0);
    expect((await t.service.standingOrders!.bookAllDue()).booked).toBe(0);
    const list = await t.api<StandingOrderView[]>('GET', `/citizens/${osman}/standing-orders`, {
      token: operator,
    });
    expect(list.body.map((s) => s.id)).toContain(seriesId);
    const patch = await t.api<ErrorAnswer>('PATCH', `/standing-orders/${seriesId}`, {
      token: operator,
      body: { time: '09:00' },
      headers: { 'Accept-Language': 'en' },
    });
    expect(patch.status).toBe(409);
    expect(patch.body.error.code).toBe('STANDING_ORDER_ENDED');
  });

  it('lists the dates a booking failed for with the reason, in the caller’s language', async () => {
    // Eligible for five more days only: later dates fail, earlier ones are booked.
    const lastEligible = iso(today.plus({ days: 5 }));
    const citizen = await t.api<{ id: string }>('POST', '/citizens', {
      token: admin,
      body: {
        fullName: 'Fatma Şahin',
        phone: '0532 444 55 66',
        mobility: 'walking-aid',
        eligibility: [
          {
            serviceId: 'engelsiz-taksi',
            validFrom: iso(today),
            validUntil: lastEligible,
            basis: 'Engelli raporu',
          },
        ],
      },
    });
    expect(citizen.status).toBe(201);
    const created = await t.api<StandingOrderView>('POST', '/standing-orders', {
      token: operator,
      body: dialysis({
        citizenId: citizen.body.id,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        endsOn: iso(today.plus({ days: 8 })),
        time: '15:00',
        wheelchair: 'none',
        walkingAid: true,
        returnTrip: undefined,
      }),
      headers: { 'Accept-Language': 'en' },
    });
    expect(created.status).toBe(201);
    const series = await settled(created.body.id);
    for (const o of series.occurrences) {
      if (o.date === holidayBefore) expect(o.state).toBe('skipped');
      else if (o.date <= lastEligible) expect(o.state).toBe('booked');
      else {
        expect(o.state).toBe('failed');
        expect(o.failure?.code).toBe('NOT_ELIGIBLE');
      }
    }
    const tr = await t.api<StandingOrderView>('GET', `/standing-orders/${created.body.id}`, {
      token: operator,
    });
    expect(tr.body.occurrences.at(-1)?.failure?.message).toMatch(/hak sahipliği yok/);
    await t.api('POST', `/standing-orders/${created.body.id}/end`, {
      token: operator,
      body: { reason: 'Test bitti' },
    });
  });

  it('answers every input error with 400 naming the field, in Turkish and English', async () => {
    const bad = dialysis({
      weekdays: [0, 8],
      time: '25:00',
      startsOn: iso(today.plus({ days: 1 })),
      endsOn: iso(today.plus({ months: 7 })),
      returnTrip: { readyAfterMinutes: -5 },
    });
    const en = await t.api<ErrorAnswer>('POST', '/standing-orders', {
      token: operator,
      body: bad,
      headers: { 'Accept-Language': 'en' },
    });
    expect(en.status).toBe(400);
    expect(en.body.error.code).toBe('VALIDATION_FAILED');
    const fields = en.body.error.issues!.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.weekdays.0',
        'body.weekdays.1',
        'body.time',
        'body.endsOn',
        'body.returnTrip.readyAfterMinutes',
      ]),
    );
    expect(en.body.error.issues!.find((i) => i.field === 'body.time')?.message).toBe(
      'Use HH:mm (e.g. 08:30).',
    );
    const tr = await t.api<ErrorAnswer>('POST', '/standing-orders', { token: operator, body: bad });
    expect(tr.body.error.issues!.find((i) => i.field === 'body.time')?.message).toBe(
      'Saat SS:dd biçiminde olmalı (ör. 08:30).',
    );

    const tooLong = await t.api<ErrorAnswer>('POST', '/standing-orders', {
      token: operator,
      body: dialysis({ endsOn: iso(today.plus({ days: 1, months: 6, weeks: 1 })) }),
      headers: { 'Accept-Language': 'en' },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.issues).toEqual([
      { field: 'body.endsOn', message: 'A standing order can run for at most 6 months.' },
    ]);

    const past = await t.api<ErrorAnswer>('POST', '/standing-orders', {
      token: operator,
      body: dialysis({ startsOn: iso(today.minus({ days: 1 })) }),
    });
    expect(past.status).toBe(400);
    expect(past.body.error.issues).toEqual([
      { field: 'body.startsOn', message: 'Başlangıç bugünden önce olamaz.' },
    ]);

    const returnFirst = await t.api<ErrorAnswer>('POST', '/standing-orders', {
      token: operator,
      body: dialysis({ returnTrip: { pickupTime: '09:00' } }),
      headers: { 'Accept-Language': 'en' },
    });
    expect(returnFirst.status).toBe(400);
    expect(returnFirst.body.error.issues?.[0]?.field).toBe('body.returnTrip.pickupTime');

    const holiday = await t.api<ErrorAnswer>('POST', '/holidays', {
      token: admin,
      body: { date: '2027-13-01', name: '' },
      headers: { 'Accept-Language': 'en' },
    });
    expect(holiday.status).toBe(400);
    expect(holiday.body.error.issues!.map((i) => i.field).sort()).toEqual([
      'body.date',
      'body.name',
    ]);
    const count = await t.database.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM standing_orders',
    );
    expect(count[0]?.n).toBe(2);
  });

  it('lets staff read holidays but only administrators change them', async () => {
    const list = await t.api<{ date: string; name: string }[]>('GET', '/holidays', {
      token: operator,
    });
    expect(list.status).toBe(200);
    expect(list.body).toContainEqual({ date: holidayBefore, name: 'Belediye Günü' });
    const add = await t.api('POST', '/holidays', {
      token: operator,
      body: { date: iso(today.plus({ days: 40 })), name: 'Deneme' },
    });
    expect(add.status).toBe(403);
    const remove = await t.api('DELETE', `/holidays/${holidayBefore}`, { token: operator });
    expect(remove.status).toBe(403);
  });

  it('declares the daily run at 03:00 local time and documents the routes', async () => {
    const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
    const queue = new Queue(STANDING_ORDERS_QUEUE, { connection: redis, prefix: t.prefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern, s.tz])).toEqual([
        ['daily-standing-orders', '0 0 3 * * *', TZ],
      ]);
    } finally {
      await queue.close();
      redis.disconnect();
    }
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/standing-orders',
        '/standing-orders/{id}',
        '/standing-orders/{id}/end',
        '/citizens/{id}/standing-orders',
        '/holidays',
        '/holidays/{date}',
      ]),
    );
  });
});
