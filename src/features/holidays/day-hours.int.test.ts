import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { StandingOrderView } from '../standing-orders/standing-orders.schema.js';
import type { DayHoursView } from './day-hours.schema.js';

const TZ = 'Europe/Istanbul';

interface ErrorAnswer {
  error: {
    code: string;
    message: string;
    params?: Record<string, string | number>;
    issues?: { field: string; message: string }[];
  };
}

describe.each(DIALECTS)("a day's own service hours on %s", (dialect) => {
  let t: TestService;
  let admin: string;
  let operator: string;
  let osman: string;
  // Days counted from the real "now": the story means the same at 08:00 and at 23:30.
  const today = DateTime.now().setZone(TZ).startOf('day');
  const iso = (d: DateTime) => d.toISODate()!;
  const shortDay = today.plus({ days: 2 });
  const closedDay = today.plus({ days: 3 });
  const at = (day: DateTime, hour: number) => day.set({ hour }).toISO()!;
  const ride = (pickupAt: string) => ({
    serviceId: 'engelsiz-taksi',
    citizenId: osman,
    pickup: { placeId: 'gultepe-mah' },
    dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
    pickupAt,
    wheelchair: 'manual',
  });

  beforeAll(async () => {
    t = await startTestService(dialect);
    [admin, operator] = await Promise.all([t.login('admin'), t.login('operator')]);
    osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
  });
  afterAll(() => t?.close());

  it('refuses a ride outside a shortened day and on a closed one, saying the hours in Turkish and English', async () => {
    const set = await t.api<DayHoursView>('PUT', `/day-hours/${iso(shortDay)}/engelsiz-taksi`, {
      token: admin,
      body: { closed: false, opensAt: '08:00', closesAt: '14:00', note: 'Yılbaşı arifesi' },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ closed: false, opensAt: '08:00', closesAt: '14:00' });
    const closed = await t.api('PUT', `/day-hours/${iso(closedDay)}/engelsiz-taksi`, {
      token: admin,
      body: { closed: true, note: 'Cumhuriyet Bayramı' },
    });
    expect(closed.status).toBe(200);

    const late = await t.api<ErrorAnswer>('POST', '/bookings', {
      token: operator,
      body: ride(at(shortDay, 15)),
    });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({
      code: 'BOOKING_OUTSIDE_HORIZON',
      params: { reason: 'outside-day-hours', opensAt: '08:00', closesAt: '14:00' },
    });
    expect(late.body.error.message).toContain('08:00–14:00');
    expect(late.body.error.message).toContain(shortDay.toFormat('dd.MM.yyyy'));
    const shut = await t.api<ErrorAnswer>('POST', '/bookings', {
      token: operator,
      body: ride(at(closedDay, 10)),
      headers: { 'accept-language': 'en' },
    });
    expect(shut.status).toBe(422);
    expect(shut.body.error.params?.reason).toBe('day-closed');
    expect(shut.body.error.message).toBe(`This service is closed on ${iso(closedDay)}.`);

    const inside = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: ride(at(shortDay, 10)),
    });
    expect([200, 201]).toContain(inside.status);
    // Moving it past the closing time is refused too, and the ride stays as it was.
    const moved = await t.api<ErrorAnswer>('PATCH', `/bookings/${inside.body.id}`, {
      token: operator,
      body: { pickupAt: at(shortDay, 16) },
    });
    expect(moved.status).toBe(422);
    expect(moved.body.error.params?.reason).toBe('outside-day-hours');
    const still = await t.api<BookingView>('GET', `/bookings/${inside.body.id}`, {
      token: operator,
    });
    expect(still.body.status).toBe(inside.body.status);
  });

  it('lists the days, and answers bad input with 400 naming the field; only administrators change them', async () => {
    const listed = await t.api<DayHoursView[]>(
      'GET',
      `/day-hours?from=${iso(today)}&to=${iso(closedDay)}`,
      { token: operator },
    );
    expect(listed.body.map((d) => [d.date, d.serviceId, d.closed])).toEqual([
      [iso(shortDay), 'engelsiz-taksi', false],
      [iso(closedDay), 'engelsiz-taksi', true],
    ]);
    const bad = await t.api<ErrorAnswer>('PUT', `/day-hours/${iso(shortDay)}/engelsiz-taksi`, {
      token: admin,
      body: { closed: false, opensAt: '14:00', closesAt: '08:00' },
      headers: { 'accept-language': 'tr' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toEqual([
      { field: 'body.closesAt', message: 'Kapanış saati açılıştan sonra olmalı.' },
    ]);
    const missing = await t.api<ErrorAnswer>('PUT', `/day-hours/${iso(shortDay)}/engelsiz-taksi`, {
      token: admin,
      body: { closed: false, opensAt: '25:00' },
      headers: { 'accept-language': 'en' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues?.map((i) => i.field).sort()).toEqual([
      'body.closesAt',
      'body.opensAt',
    ]);
    const unknown = await t.api<ErrorAnswer>('PUT', `/day-hours/${iso(shortDay)}/yok-boyle`, {
      token: admin,
      body: { closed: true },
    });
    expect(unknown.status).toBe(404);
    const byOperator = await t.api('PUT', `/day-hours/${iso(shortDay)}/engelsiz-taksi`, {
      token: operator,
      body: { closed: true },
    });
    expect(byOperator.status).toBe(403);
    // Nothing changed by the refused calls.
    const after = await t.api<DayHoursView[]>('GET', `/day-hours?from=${iso(shortDay)}`, {
      token: operator,
    });
    expect(after.body.find((d) => d.date === iso(shortDay))).toMatchObject({
      closed: false,
      opensAt: '08:00',
      closesAt: '14:00',
    });
    const audit = await t.database.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'day-hours' ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['day-hours.set', 'day-hours.set']);
  });

  it('cancels a standing order’s ride outside the new hours and books it again when the hours go', async () => {
    const day = today.plus({ days: 4 });
    const created = await t.api<StandingOrderView>('POST', '/standing-orders', {
      token: operator,
      body: {
        citizenId: osman,
        serviceId: 'engelsiz-taksi',
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        weekdays: [day.weekday],
        time: '15:00',
        startsOn: iso(day),
        endsOn: iso(day.plus({ days: 7 })),
        wheelchair: 'manual',
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    let series = await settled(id);
    const first = series.occurrences.find((o) => o.date === iso(day))!;
    expect(first.state).toBe('booked');

    const set = await t.api<{ cancelledBookingIds: string[] }>(
      'PUT',
      `/day-hours/${iso(day)}/engelsiz-taksi`,
      { token: admin, body: { closed: false, opensAt: '08:00', closesAt: '13:00' } },
    );
    expect(set.status).toBe(200);
    expect(set.body.cancelledBookingIds).toEqual([first.bookingId]);
    series = await settled(id);
    const refused = series.occurrences.find((o) => o.date === iso(day))!;
    expect(refused.state).toBe('failed');
    expect(refused.failure).toMatchObject({
      code: 'BOOKING_OUTSIDE_HORIZON',
      params: { reason: 'outside-day-hours', closesAt: '13:00' },
    });

    const lifted = await t.api('DELETE', `/day-hours/${iso(day)}/engelsiz-taksi`, {
      token: admin,
    });
    expect(lifted.status).toBe(204);
    series = await settled(id, (o) => o.state === 'booked');
    const again = series.occurrences.find((o) => o.date === iso(day))!;
    expect(again.state).toBe('booked');
    expect(again.bookingId).not.toBe(first.bookingId);
  });

  /** The series once no occurrence waits for a run (and, if given, the day's occurrence is as wished). */
  async function settled(
    id: string,
    wanted: (o: StandingOrderView['occurrences'][number]) => boolean = () => true,
  ): Promise<StandingOrderView> {
    for (let i = 0; i < 60; i++) {
      const { body } = await t.api<StandingOrderView>('GET', `/standing-orders/${id}`, {
        token: operator,
      });
      const busy = body.occurrences.some((o) => o.state === 'due' || o.bookingStatus === 'pending');
      if (!busy && wanted(body.occurrences[0]!)) return body;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`standing order ${id} did not settle`);
  }
});
