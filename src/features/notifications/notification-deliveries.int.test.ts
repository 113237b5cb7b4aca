import { randomInt, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type FakeSmsProvider,
  startFakeSmsProvider,
} from '../../../test/fakes/fake-sms-provider.js';
import { DIALECTS } from '../../../test/support/database.js';
import { eligibleCitizen, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { until } from '../../../test/support/until.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { NOTIFICATION_OPTIONS, NOTIFICATIONS_QUEUE } from './notifications.queue.js';
import type { DeliveryView } from './notifications.schema.js';
import { createNotificationsStore } from './notifications.store.js';

const ZONE = 'Europe/Istanbul';

// Quiet hours built around the real hour, so the story plays at 03:00 as at 15:00.
const nowLocal = DateTime.now().setZone(ZONE);
const QUIET = `${nowLocal.minus({ hours: 1 }).toFormat('HH:mm')}-${nowLocal.plus({ hours: 2 }).toFormat('HH:mm')}`;

describe.each(DIALECTS)('what citizens are told, and the record of it, on %s', (dialect) => {
  let t: TestService;
  let provider: FakeSmsProvider;
  let operator: string;
  let admin: string;
  let driver: string;
  let zeynep: string;
  let redis: Redis;
  let queue: Queue;
  // Messages whose first request the provider refuses with a 503 (and does not deliver).
  const failFirst = new Set<(sms: { key: string; text: string }) => boolean>();

  beforeAll(async () => {
    provider = await startFakeSmsProvider((sms) => {
      const match = [...failFirst].find((matches) => matches(sms));
      if (!match) return undefined;
      failFirst.delete(match);
      return { status: 503, body: { error: 'busy' }, delivers: false };
    });
    t = await startTestService(dialect, {
      SMS_PROVIDER_URL: provider.endpoint,
      NOTIFY_QUIET_HOURS: QUIET,
      // The driver taps "arrived" at the next door right after the drop-off, up to an hour before
      // its planned pickup: after 23:00 that pickup is tomorrow's, which the default 30 minutes'
      // tolerance of the driver's day refuses (the test failed so at 22:57).
      DRIVER_DAY_TOLERANCE_MINUTES: '120',
    });
    operator = await t.login('operator');
    admin = await t.login('admin');
    const spec = { label: 'Anne (mesaj)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] };
    const [shift] = await shiftsAroundNow(t, admin, [spec]);
    await t.database.db.query('UPDATE shifts SET cancelled = true WHERE id <> $1', [
      shift!.shiftId,
    ]);
    driver = await t.login(shift!.username, shift!.password);
    const found = await t.api<{ id: string }[]>('GET', '/citizens?q=Zeynep', { token: operator });
    zeynep = found.body[0]!.id;
    redis = new Redis(inject('redisUrl'));
    queue = new Queue(NOTIFICATIONS_QUEUE, { connection: redis, prefix: t.prefix });
  });
  afterAll(async () => {
    await queue?.close();
    redis?.disconnect();
    await t?.close();
    await provider?.close();
  });

  // A story that fails leaves no ride behind to overlap the next story's.
  const booked: string[] = [];
  afterEach(async () => {
    for (const id of booked.splice(0)) {
      await t.api('POST', `/bookings/${id}/cancel`, { token: operator, body: { reason: 'Test' } });
    }
  });
  const book = async (citizenId: string, time: Record<string, unknown>) => {
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'anne-taksi',
        citizenId,
        pickup: { placeId: 'kocaeli-devlet-hastanesi' },
        dropoff: { placeId: 'gultepe-mah' },
        infants: 1,
        ...time,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    booked.push(res.body.id);
    expect(res.body.status).toBe('scheduled');
    return res.body;
  };
  const sent = (bookingId: string, event: string) =>
    [...provider.delivered.values()].filter((m) => m.key.startsWith(`${bookingId}.${event}.`));
  const deliveries = async (citizenId: string, token = operator) => {
    const res = await t.api<DeliveryView[]>('GET', `/citizens/${citizenId}/notifications`, {
      token,
    });
    expect(res.status).toBe(200);
    return res.body;
  };
  const deliveryOf = (citizenId: string, bookingId: string, event: string, state: string) =>
    until(`${event} ${state}`, async () =>
      (await deliveries(citizenId)).find(
        (d) => d.bookingId === bookingId && d.event === event && d.state === state,
      ),
    );
  // A reminder due now, as the delayed job fires it.
  const remindNow = (ride: BookingView) =>
    queue.add(
      'remind-soon',
      { bookingId: ride.id, event: 'remind-soon', version: ride.pickupWindow.start },
      { ...NOTIFICATION_OPTIONS, jobId: `test.${ride.id}.remind-soon` },
    );

  it('uses the text an administrator gave the service in the next SMS, and refuses an unknown placeholder', async () => {
    const wrong = await t.api<{ error: { issues: { field: string; message: string }[] } }>(
      'PUT',
      '/services/anne-taksi/message-templates',
      {
        token: admin,
        headers: { 'accept-language': 'en' },
        body: {
          templates: [{ event: 'confirmed', language: 'tr', body: 'Araç {plaka} {window}' }],
        },
      },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0]).toMatchObject({ field: 'body.templates.0.body' });
    expect(wrong.body.error.issues[0]!.message).toContain('{plaka}');
    expect(
      (
        await t.api('PUT', '/services/anne-taksi/message-templates', {
          token: operator,
          body: { templates: [{ event: 'confirmed', language: 'tr', body: 'x' }] },
        })
      ).status,
    ).toBe(403);

    const saved = await t.api<{
      templates: { event: string; language: string; body: string; custom: boolean }[];
    }>('PUT', '/services/anne-taksi/message-templates', {
      token: admin,
      body: {
        templates: [
          {
            event: 'confirmed',
            language: 'tr',
            body: '{service}: Yolculuğunuz onaylandı, {window}. Araç {plate}, sürücü {driver}.',
          },
        ],
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(
      saved.body.templates.find((x) => x.event === 'confirmed' && x.language === 'tr'),
    ).toMatchObject({ custom: true });
    expect(
      saved.body.templates.find((x) => x.event === 'changed' && x.language === 'tr'),
    ).toMatchObject({ custom: false });

    // The provider refuses the first try: the message is retried with backoff and recorded so.
    // Matched by its custom text, set before booking: the worker may send before the booking's
    // answer reaches this test.
    failFirst.add((sms) => sms.text.startsWith('Anne Taksi: Yolculuğunuz onaylandı'));
    const ride = await book(zeynep, { asap: true });
    const sms = await until('the confirmation', () => sent(ride.id, 'confirmed')[0]);
    expect(sms.text).toMatch(
      /^Anne Taksi: Yolculuğunuz onaylandı, .*–\d\d:\d\d\. Araç .+, sürücü \S+\.$/,
    );
    expect(sms.text).toContain(ride.planned!.vehicle.plate);
    const record = await deliveryOf(zeynep, ride.id, 'confirmed', 'sent');
    expect(record).toMatchObject({
      channel: 'sms',
      template: 'custom',
      attempts: 2,
      recipient: '…01',
      text: sms.text,
      essential: true,
    });
    expect(record.lastError).toMatch(/503/);
    expect(provider.attempts.filter((a) => a.key === sms.key)).toHaveLength(2);

    // Back to the built-in text: the next message says it again.
    const reset = await t.api('PUT', '/services/anne-taksi/message-templates', {
      token: admin,
      body: { templates: [{ event: 'confirmed', language: 'tr', body: null }] },
    });
    expect(reset.status).toBe(200);
    await t.api('POST', `/bookings/${ride.id}/cancel`, {
      token: operator,
      body: { reason: 'Test' },
    });
    await until('the cancellation', () => sent(ride.id, 'cancelled')[0]);
  });

  it('holds a reminder in quiet hours until they end (or drops one that would come too late), and tells drivers’ and others’ reads apart', async () => {
    // Quiet hours end two hours from now: a ride in three hours is reminded at their end…
    const ride = await book(zeynep, {
      pickupAt: DateTime.now().plus({ hours: 3 }).toUTC().toISO(),
    });
    await until('the confirmation', () => sent(ride.id, 'confirmed')[0]);
    await remindNow(ride);
    const held = await deliveryOf(zeynep, ride.id, 'remind-soon', 'deferred');
    const end = DateTime.fromISO(QUIET.slice(6), { zone: ZONE }).set({ second: 0, millisecond: 0 });
    const expected = end < DateTime.now() ? end.plus({ days: 1 }) : end;
    expect(held).toMatchObject({ reason: 'quiet-hours', essential: false });
    expect(Date.parse(held.nextAttemptAt!)).toBe(expected.toMillis());
    const job = await queue.getJob(`test.${ride.id}.remind-soon`);
    expect(await job?.getState()).toBe('delayed');
    // BullMQ scores a delayed job by its due time × 4096.
    const score = await redis.zscore(`${t.prefix}:${NOTIFICATIONS_QUEUE}:delayed`, job!.id!);
    expect(Math.floor(Number(score) / 4096)).toBe(expected.toMillis());
    expect(sent(ride.id, 'remind-soon')).toHaveLength(0);
    // …a ride sooner than their end is not reminded after its window opened.
    const soon = await book(zeynep, { asap: true });
    await remindNow(soon);
    const dropped = await deliveryOf(zeynep, soon.id, 'remind-soon', 'skipped');
    expect(dropped.reason).toBe('quiet-hours-too-late');
    await t.api('POST', `/bookings/${soon.id}/cancel`, {
      token: operator,
      body: { reason: 'Test' },
    });

    const asDriver = await t.api('GET', `/citizens/${zeynep}/notifications`, { token: driver });
    expect(asDriver.status).toBe(403);
    const audit = await t.database.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE citizen_id = $1 AND action = 'citizen.notifications.read'`,
      [zeynep],
    );
    expect(audit.length).toBeGreaterThan(0);
    await t.api('POST', `/bookings/${ride.id}/cancel`, {
      token: operator,
      body: { reason: 'Test' },
    });
    await until('the cancellation', () => sent(ride.id, 'cancelled')[0]);
  });

  it('tells the next citizen the car is on its way when the stop before is done, and that it arrived, once each; an opted-out citizen still hears those', async () => {
    const phone = `0532${randomInt(1_000_000, 9_999_999)}`;
    const other = await eligibleCitizen(t, operator, admin, 'Elif Mesaj', ['anne-taksi'], {
      phone,
    });
    // The citizen chooses, from their own page, only the essential messages.
    await t.api('POST', '/auth/citizen/code', { body: { phone } });
    const code = await until(
      'the sign-in code',
      () =>
        [...provider.delivered.values()]
          .filter((m) => m.to.endsWith(phone.slice(-7)) && m.text.includes('kod'))
          .at(-1)
          ?.text.match(/\b(\d{6})\b/)?.[1],
    );
    const session = await t.api<{ accessToken: string }>('POST', '/auth/citizen/verify', {
      body: { phone, code },
    });
    expect(session.status).toBe(200);
    const chosen = await t.api<{ essentialOnly: boolean }>(
      'PUT',
      `/me/citizens/${other}/notification-preferences`,
      { token: session.body.accessToken, body: { essentialOnly: true } },
    );
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
    expect(chosen.body.essentialOnly).toBe(true);
    const seen = await t.api<{ essentialOnly: boolean }>(
      'GET',
      `/citizens/${other}/notification-preferences`,
      { token: operator },
    );
    expect(seen.body.essentialOnly).toBe(true);

    const first = await book(zeynep, { asap: true });
    const second = await book(other, {
      pickupAt: DateTime.now().plus({ minutes: 50 }).toUTC().toISO(),
    });
    expect(second.planned?.shiftId).toBe(first.planned?.shiftId);
    const later = await eligibleCitizen(t, operator, admin, 'Selin Sonra', ['anne-taksi']);
    const third = await book(later, {
      pickupAt: DateTime.now().plus({ hours: 4 }).toUTC().toISO(),
    });
    expect(third.planned?.shiftId).toBe(first.planned?.shiftId);
    // A reminder is not essential: skipped for her, and recorded so.
    await remindNow(second);
    await deliveryOf(other, second.id, 'remind-soon', 'skipped');
    expect(sent(second.id, 'remind-soon')).toHaveLength(0);

    // Her ride is the shift's first: the car's first move toward it says it is on its way.
    const socket: Socket = connect(t.url, {
      auth: { token: driver },
      transports: ['websocket'],
      reconnection: false,
    });
    await new Promise((resolve) => socket.on('connect', () => resolve(undefined)));
    const fix = (lat: number, lng: number, at?: string) =>
      new Promise<boolean>((resolve) =>
        socket.emit(
          'driver:position',
          { lat, lng, ...(at ? { at } : {}) },
          (ack: { ok: boolean; data?: { accepted: boolean } }) =>
            resolve(ack.ok && ack.data?.accepted === true),
        ),
      );
    try {
      expect(await fix(40.7615, 29.925, new Date(Date.now() - 30_000).toISOString())).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      expect(sent(first.id, 'on-the-way')).toHaveLength(0);
      expect(await fix(40.7655, 29.93)).toBe(true);
      const leaving = await until(
        'on the way, first pickup',
        () => sent(first.id, 'on-the-way')[0],
      );
      expect(leaving.text).toMatch(/Tahmini varış \d\d:\d\d/);
    } finally {
      socket.disconnect();
    }

    const tap = (bookingId: string, action: string, clientEventId = randomUUID()) =>
      t.api<BookingView>('POST', '/driver/reports', {
        token: driver,
        body: { bookingId, action, clientEventId },
      });
    expect((await tap(first.id, 'arrived')).status).toBe(200);
    expect((await tap(first.id, 'picked-up')).status).toBe(200);
    // Picked up: the next stop is her drop-off, nobody else is told yet.
    await new Promise((r) => setTimeout(r, 500));
    expect(sent(second.id, 'on-the-way')).toHaveLength(0);
    const dropOff = randomUUID();
    const leftAt = Date.now();
    expect((await tap(first.id, 'dropped-off', dropOff)).status).toBe(200);
    const onTheWay = await until('on the way', () => sent(second.id, 'on-the-way')[0]);
    const eta = onTheWay.text.match(/Tahmini varış (\d\d:\d\d)/)?.[1];
    expect(eta, onTheWay.text).toBeDefined();
    // The clock time on the day it falls: just before midnight, an arrival after it is tomorrow's.
    const left = DateTime.fromMillis(leftAt, { zone: ZONE }).startOf('minute');
    const [hour, minute] = eta!.split(':').map(Number);
    let arrival = left.set({ hour, minute });
    if (arrival < left.minus({ hours: 12 })) arrival = arrival.plus({ days: 1 });
    expect(arrival.toMillis()).toBeGreaterThanOrEqual(left.toMillis());
    // The same tap resent changes nothing and tells nobody again.
    expect((await tap(first.id, 'dropped-off', dropOff)).status).toBe(200);

    const arrive = randomUUID();
    expect((await tap(second.id, 'arrived', arrive)).status).toBe(200);
    const arrived = await until('arrived', () => sent(second.id, 'arrived')[0]);
    expect(arrived.text).toMatch(/^Yoldaş: Aracınız kapınızda\. Araç: .+, sürücü \S+\.$/);
    expect((await tap(second.id, 'arrived', arrive)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 800));
    expect(
      provider.attempts.filter((a) => a.key.startsWith(`${second.id}.on-the-way.`)),
    ).toHaveLength(1);
    expect(provider.attempts.filter((a) => a.key.startsWith(`${second.id}.arrived.`))).toHaveLength(
      1,
    );
    expect(
      provider.attempts.filter((a) => a.key.startsWith(`${first.id}.on-the-way.`)),
    ).toHaveLength(1);

    // The next pickup is four hours away: the car is not on its way yet. Its message waits for
    // the car's first move toward it, or for its planned departure.
    expect((await tap(second.id, 'picked-up')).status).toBe(200);
    expect((await tap(second.id, 'dropped-off')).status).toBe(200);
    const waiting = await until('on the way, at the planned departure', async () =>
      (await queue.getDelayed()).find(
        (j) => j.data.bookingId === third.id && j.data.event === 'on-the-way',
      ),
    );
    expect(waiting.opts.delay).toBeGreaterThan(2 * 3_600_000);
    expect(sent(third.id, 'on-the-way')).toHaveLength(0);

    const list = await deliveries(other);
    // The text messages (the push channel skips a citizen with no subscription).
    const states = Object.fromEntries(
      list.filter((d) => d.channel === 'sms').map((d) => [d.event, d.state]),
    );
    expect(states).toMatchObject({
      confirmed: 'sent',
      'remind-soon': 'skipped',
      'on-the-way': 'sent',
      arrived: 'sent',
    });
    expect(list.find((d) => d.event === 'remind-soon')?.reason).toBe('opted-out');
  });

  it('writes the rows of messages in flight together, each caller hearing how its own row went', async () => {
    const ride = await book(zeynep, { asap: true });
    const store = createNotificationsStore(t.database.db);
    const version = `batch-${randomUUID()}`;
    const base = {
      bookingId: ride.id,
      citizenId: ride.citizenId,
      serviceId: ride.serviceId,
      event: 'confirmed' as const,
      version,
      language: 'tr' as const,
      template: 'default' as const,
      essential: true,
    };
    const written = await Promise.allSettled([
      store.record({ ...base, channel: 'sms', state: 'queued', attempt: true }),
      store.record({ ...base, channel: 'push', state: 'queued', attempt: true }),
      // The same message twice in one gathering: written in order, never one statement.
      store.record({
        ...base,
        channel: 'sms',
        state: 'sent',
        recipient: '+90 5** *** ** 12',
        attempt: false,
      }),
      // A row the table refuses (no such ride) fails its own caller only.
      store.record({
        ...base,
        bookingId: randomUUID(),
        channel: 'sms',
        state: 'queued',
        attempt: true,
      }),
      store.record({
        ...base,
        channel: 'push',
        state: 'skipped',
        reason: 'no-subscription',
        attempt: false,
      }),
    ]);
    expect(written.map((w) => w.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const rows = await t.database.db.query<{
      channel: string;
      state: string;
      attempts: number;
      sent_at: Date | null;
      recipient: string | null;
      reason: string | null;
    }>(
      `SELECT channel, state, attempts, sent_at, recipient, reason FROM notification_deliveries
       WHERE version = $1 ORDER BY channel`,
      [version],
    );
    expect(rows.map(({ sent_at, ...r }) => ({ ...r, sent: sent_at !== null }))).toEqual([
      {
        channel: 'push',
        state: 'skipped',
        attempts: 1,
        recipient: null,
        reason: 'no-subscription',
        sent: false,
      },
      {
        channel: 'sms',
        state: 'sent',
        attempts: 1,
        recipient: '+90 5** *** ** 12',
        reason: null,
        sent: true,
      },
    ]);
  });
});
