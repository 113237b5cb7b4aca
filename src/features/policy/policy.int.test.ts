import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogger } from '../../../test/fakes/capture-logger.js';
import { citizenLogin } from '../../../test/support/citizen-login.js';
import { DIALECTS } from '../../../test/support/database.js';
import {
  eligibleCitizen,
  type ShiftAroundNow,
  shiftsAroundNow,
} from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { DriverManifests } from '../dispatch/manifest.js';

const ZONE = 'Europe/Istanbul';
const MIN = 60_000;
// Demo citizens who sign in with a code: Zeynep (Anne Taksi) and Elif, who must see none of hers.
const ZEYNEP = '+905551230001';
const ELIF = '+905551230005';

interface ErrorAnswer {
  error: { code: string; message: string; params?: Record<string, string>; issues?: unknown[] };
}
interface History {
  suspension: { endsAt: string; reason: string; createdByName: string } | null;
  callCenterPhone: string;
  events: {
    kind: string;
    bookingId: string | null;
    reason: string | null;
    authorRole: string;
    authorName: string | null;
    details: Record<string, unknown>;
  }[];
}

describe.each(DIALECTS)('the no-show and late-cancel policy, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let admin: string;
  let car: ShiftAroundNow;
  // The service's clock runs ahead by this much: the waiting time at a door passes in a test.
  let ahead = 0;
  const log = captureLogger();

  beforeAll(async () => {
    t = await startTestService(
      dialect,
      { NO_SHOW_WAIT_MINUTES: '5' },
      { now: () => new Date(Date.now() + ahead), logger: log.logger },
    );
    operator = await t.login('operator');
    admin = await t.login('admin');
    [car] = (await shiftsAroundNow(t, admin, [
      {
        label: 'Rampalı (politika)',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi'],
      },
      { label: 'Anne (politika)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] },
    ])) as [ShiftAroundNow];
    // Only our cars work now: the rides below are theirs.
    await t.database.db.query(
      `UPDATE shifts SET cancelled = true WHERE starts_at < now() + interval '1 day'
         AND vehicle_id NOT IN (SELECT id FROM vehicles WHERE label LIKE '%(politika)')`,
    );
  });
  afterAll(() => t?.close());

  const policy = (body: Record<string, unknown>, token = admin) =>
    t.api<Record<string, unknown> & Partial<ErrorAnswer>>('PATCH', '/services/engelsiz-taksi', {
      token,
      body,
    });

  async function book(citizenId: string, when: Record<string, unknown>) {
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        wheelchair: 'manual',
        ...when,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    return res.body;
  }

  const history = (citizenId: string, token = operator) =>
    t.api<History & Partial<ErrorAnswer>>('GET', `/citizens/${citizenId}/policy-history`, {
      token,
    });

  it('lets an administrator set the policy, with each setting checked and explained in the answer', async () => {
    const bad = await policy({ noShowWaitMinutes: 200, noShowWarnAfter: 0 });
    expect(bad.status).toBe(400);
    const fields = ((bad.body.error?.issues ?? []) as { field: string }[])
      .map((i) => i.field)
      .sort();
    expect(fields).toEqual(['body.noShowWaitMinutes', 'body.noShowWarnAfter']);
    expect((await policy({ noShowWaitMinutes: 8 }, operator)).status).toBe(403);
    const ok = await policy({
      noShowWaitMinutes: 8,
      lateCancelMinutes: 120,
      noShowWarnAfter: 2,
      noShowPeriodDays: 30,
      lateCancelsCount: true,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      noShowWaitMinutes: 8,
      lateCancelMinutes: 120,
      noShowWarnAfter: 2,
    });
    // A change of another rule leaves the policy as it is.
    const other = await policy({ maxCompanions: 1 });
    expect(other.body).toMatchObject({ noShowWaitMinutes: 8, lateCancelsCount: true });
  });

  it('records a no-show only after the waiting time since "arrived", the booking keeping its service’s wait', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Kapıda Yok', ['engelsiz-taksi']);
    const ride = await book(citizen, { asap: true });
    expect(ride.status, JSON.stringify(ride.explanation)).toBe('scheduled');
    // Changed after the booking: counts for new bookings only.
    await policy({ noShowWaitMinutes: 0 });
    const driver = await t.login(car.username, car.password);
    const tap = (action: string) =>
      t.api<BookingView & Partial<ErrorAnswer>>('POST', '/driver/reports', {
        token: driver,
        body: { bookingId: ride.id, action, clientEventId: randomUUID() },
      });
    expect((await tap('arrived')).body.status).toBe('arrived');
    const arrivedAt = Date.now();

    const day = DateTime.fromISO(ride.planned!.pickupAt, { zone: ZONE }).toISODate();
    const manifest = await t.api<DriverManifests>('GET', `/driver/manifest?date=${day}`, {
      token: driver,
    });
    const stop = manifest.body.shifts
      .flatMap((s) => s.stops)
      .find((s) => s.bookingId === ride.id && s.kind === 'pickup')!;
    const from = Date.parse(stop.noShowFrom!);
    expect(from - arrivedAt).toBeGreaterThan(7 * MIN);
    expect(from - arrivedAt).toBeLessThanOrEqual(8 * MIN + 2000);

    const early = await tap('no-show');
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'STOP_NOT_ACTIONABLE',
      params: { reason: 'too-early' },
    });
    const time = DateTime.fromMillis(from, { zone: ZONE }).toFormat('HH:mm');
    expect(early.body.error?.message).toContain(time);
    // The operators' button obeys the same wait, in the caller's language.
    const staffEarly = await t.api<ErrorAnswer>('POST', `/bookings/${ride.id}/no-show`, {
      token: operator,
      body: { reason: 'kapıda yoktu' },
      headers: { 'accept-language': 'en' },
    });
    expect(staffEarly.status).toBe(409);
    expect(staffEarly.body.error.message).toBe(
      `The waiting time at the door is not over: a no-show can be reported from ${time}.`,
    );
    expect(
      (await t.api<BookingView>('GET', `/bookings/${ride.id}`, { token: operator })).body.status,
    ).toBe('arrived');

    ahead = from - Date.now() + 1000;
    try {
      expect((await tap('no-show')).body.status).toBe('no-show');
    } finally {
      ahead = 0;
    }
    const h = await history(citizen);
    expect(h.body.events.map((e) => [e.kind, e.authorRole, e.bookingId])).toEqual([
      ['no-show', 'driver', ride.id],
    ]);
    await policy({ noShowWaitMinutes: 8 });
  });

  it('flags a cancel inside the deadline as late, one before it as not, and records who cancelled', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Geç İptal', ['engelsiz-taksi']);
    const now = DateTime.now().setZone(ZONE);
    const early = await book(citizen, { pickupAt: now.plus({ hours: 4 }).toISO() });
    const soon = await book(citizen, {
      pickupAt: now.plus({ minutes: 60 }).toISO(),
      overlapOverride: { reason: 'aynı gün iki ayrı iş' },
    });
    expect(Date.parse(early.lateCancelFrom!)).toBe(
      Date.parse(early.pickupWindow.start) - 120 * MIN,
    );
    const cancel = (id: string) =>
      t.api<BookingView>('POST', `/bookings/${id}/cancel`, {
        token: operator,
        body: { reason: 'vatandaş aradı' },
      });
    const a = await cancel(early.id);
    expect([a.body.status, a.body.lateCancel, a.body.cancelledByRole]).toEqual([
      'cancelled',
      false,
      'operator',
    ]);
    const b = await cancel(soon.id);
    expect([b.body.status, b.body.lateCancel, b.body.cancelledByRole]).toEqual([
      'cancelled',
      true,
      'operator',
    ]);
    const rows = await t.database.db.query<{ id: string; late_cancel: boolean }>(
      'SELECT id, late_cancel FROM bookings WHERE id = ANY($1::uuid[])',
      [[early.id, soon.id]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.late_cancel]))).toEqual({
      [early.id]: false,
      [soon.id]: true,
    });
    const h = await history(citizen);
    expect(h.body.events.map((e) => [e.kind, e.bookingId, e.reason])).toEqual([
      ['late-cancel', soon.id, 'vatandaş aradı'],
    ]);
  });

  it('warns the citizen at the Nth strike in the period (late cancels counting, as the service says), not before', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Uyarılacak Kişi', [
      'engelsiz-taksi',
    ]);
    const now = DateTime.now().setZone(ZONE);
    const lateCancel = async (minutes: number) => {
      const ride = await book(citizen, {
        pickupAt: now.plus({ minutes }).toISO(),
        overlapOverride: { reason: 'test: ayrı işler' },
      });
      await t.api('POST', `/bookings/${ride.id}/cancel`, {
        token: operator,
        body: { reason: 'gelemeyecek' },
      });
    };
    await lateCancel(50);
    expect((await history(citizen)).body.events.map((e) => e.kind)).toEqual(['late-cancel']);
    await lateCancel(70);
    const h = await history(citizen);
    expect(h.body.events.map((e) => [e.kind, e.authorRole])).toEqual([
      ['warning', 'system'],
      ['late-cancel', 'operator'],
      ['late-cancel', 'operator'],
    ]);
    expect(h.body.events[0]!.details).toMatchObject({ count: 2, periodDays: 30 });
    // Not counted: with late cancels left out the same two would never warn.
    await policy({ lateCancelsCount: false });
    const other = await eligibleCitizen(t, operator, admin, 'Sayılmayan Kişi', ['engelsiz-taksi']);
    for (const minutes of [55, 75]) {
      const ride = await book(other, {
        pickupAt: now.plus({ minutes }).toISO(),
        overlapOverride: { reason: 'test: ayrı işler' },
      });
      await t.api('POST', `/bookings/${ride.id}/cancel`, {
        token: operator,
        body: { reason: 'gelemeyecek' },
      });
    }
    expect((await history(other)).body.events.map((e) => e.kind)).toEqual([
      'late-cancel',
      'late-cancel',
    ]);
  });

  it('suspends a citizen’s own bookings (never the operators’), lifts it, and keeps every step with author and reason', async () => {
    const zeynep = (await citizenLogin(t, log.records, ZEYNEP)).accessToken;
    const elif = (await citizenLogin(t, log.records, ELIF)).accessToken;
    const me = await t.api<{ citizens: { id: string }[] }>('GET', '/me', { token: zeynep });
    const zeynepId = me.body.citizens[0]!.id;
    const elifId = (await t.api<{ citizens: { id: string }[] }>('GET', '/me', { token: elif })).body
      .citizens[0]!.id;
    const until = DateTime.now()
      .setZone(ZONE)
      .plus({ days: 7 })
      .set({ hour: 18, minute: 0, second: 0, millisecond: 0 });
    const suspension = `/citizens/${zeynepId}/self-booking-suspension`;

    const driver = await t.login(car.username, car.password);
    expect(
      (
        await t.api('POST', suspension, {
          token: driver,
          body: { until: until.toISO(), reason: 'x' },
        })
      ).status,
    ).toBe(403);
    const noReason = await t.api<ErrorAnswer>('POST', suspension, {
      token: operator,
      body: { until: until.toISO() },
    });
    expect(noReason.status).toBe(400);
    const past = await t.api<ErrorAnswer>('POST', suspension, {
      token: operator,
      body: { until: DateTime.now().minus({ hours: 1 }).toISO(), reason: 'üç kez gelmedi' },
    });
    expect(past.status).toBe(400);
    expect(past.body.error.issues).toEqual([{ field: 'body.until', message: expect.any(String) }]);

    const made = await t.api<{ endsAt: string; reason: string }>('POST', suspension, {
      token: operator,
      body: { until: until.toISO(), reason: 'Üç ayda üç kez gelmedi' },
    });
    expect(made.status).toBe(201);
    expect(Date.parse(made.body.endsAt)).toBe(until.toMillis());
    expect(
      (
        await t.api('POST', suspension, {
          token: operator,
          body: { until: until.toISO(), reason: 'ikinci kez' },
        })
      ).status,
    ).toBe(409);

    const request = {
      serviceId: 'anne-taksi',
      citizenId: zeynepId,
      pickup: { placeId: 'kocaeli-devlet-hastanesi' },
      dropoff: { placeId: 'gultepe-mah' },
      asap: true,
      infants: 1,
    };
    const refused = await t.api<ErrorAnswer>('POST', '/bookings', { token: zeynep, body: request });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('SELF_BOOKING_SUSPENDED');
    expect(refused.body.error.message).toContain(until.toFormat('dd.MM.yyyy HH:mm'));
    expect(refused.body.error.message).toContain('153');
    const inEnglish = await t.api<ErrorAnswer>('POST', '/bookings', {
      token: zeynep,
      body: request,
      headers: { 'accept-language': 'en' },
    });
    expect(inEnglish.body.error.message).toMatch(
      /^You cannot request a ride here for now: until .* Please call 153/,
    );
    const unchanged = await t.database.db.query('SELECT id FROM bookings WHERE citizen_id = $1', [
      zeynepId,
    ]);

    // The operators still book for her.
    const byOperator = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: { ...request, asap: undefined, pickupAt: DateTime.now().plus({ hours: 5 }).toISO() },
    });
    expect(byOperator.status, JSON.stringify(byOperator.body)).toBeLessThan(300);
    expect(
      (await t.database.db.query('SELECT id FROM bookings WHERE citizen_id = $1', [zeynepId]))
        .length,
    ).toBe(unchanged.length + 1);

    // Her own history: hers only, staff names kept from her; the operators see theirs.
    const own = await history(zeynepId, zeynep);
    expect(own.status).toBe(200);
    expect(own.body.suspension?.reason).toBe('Üç ayda üç kez gelmedi');
    expect(own.body.events[0]).toMatchObject({
      kind: 'suspended',
      authorRole: 'operator',
      authorName: null,
    });
    expect((await history(zeynepId, elif)).status).toBe(404);
    expect((await history(elifId, zeynep)).status).toBe(404);
    expect((await history(zeynepId, driver)).status).toBe(403);

    expect(
      (await t.api('DELETE', suspension, { token: driver, body: { reason: 'kaldır' } })).status,
    ).toBe(403);
    const lifted = await t.api('DELETE', suspension, {
      token: operator,
      body: { reason: 'Kızı aradı, durumu açıkladı' },
    });
    expect(lifted.status).toBe(204);
    expect(
      (await t.api('DELETE', suspension, { token: operator, body: { reason: 'yine' } })).status,
    ).toBe(404);

    const again = await t.api<BookingView>('POST', '/bookings', { token: zeynep, body: request });
    expect(again.status, JSON.stringify(again.body)).toBeLessThan(300);
    // Her own cancel of a ride whose window is open now: late, and by the citizen.
    const mine = await t.api<BookingView>('POST', `/me/rides/${again.body.id}/cancel`, {
      token: zeynep,
      body: { reason: 'vazgeçtim' },
    });
    expect([mine.body.status, mine.body.lateCancel, mine.body.cancelledByRole]).toEqual([
      'cancelled',
      true,
      'citizen',
    ]);

    const h = await history(zeynepId);
    expect(h.body.suspension).toBeNull();
    expect(h.body.events.map((e) => [e.kind, e.authorRole, e.reason])).toEqual([
      ['late-cancel', 'citizen', 'vazgeçtim'],
      ['lifted', 'operator', 'Kızı aradı, durumu açıkladı'],
      ['suspended', 'operator', 'Üç ayda üç kez gelmedi'],
    ]);
    expect(h.body.events[1]!.authorName).toBeTruthy();
    const audit = await t.database.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE citizen_id = $1 AND action LIKE 'citizen.self-booking.%' ORDER BY id`,
      [zeynepId],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'citizen.self-booking.suspend',
      'citizen.self-booking.lift',
    ]);
  });
});
