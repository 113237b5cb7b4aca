import { randomInt, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

const ZONE = 'Europe/Istanbul';

// A service's own night built around the real hour (the story plays at 03:00 as at 15:00);
// the city has none (NOTIFY_QUIET_HOURS empty), so only the service's can hold a message.
const nowLocal = DateTime.now().setZone(ZONE);
const SERVICE_QUIET = `${nowLocal.minus({ hours: 1 }).toFormat('HH:mm')}-${nowLocal.plus({ hours: 2 }).toFormat('HH:mm')}`;

describe.each(DIALECTS)('per-service quiet hours and the no-show warning, on %s', (dialect) => {
  let t: TestService;
  let provider: FakeSmsProvider;
  let operator: string;
  let admin: string;
  let redis: Redis;
  let queue: Queue;

  beforeAll(async () => {
    provider = await startFakeSmsProvider();
    t = await startTestService(dialect, {
      SMS_PROVIDER_URL: provider.endpoint,
      NOTIFY_QUIET_HOURS: '',
    });
    operator = await t.login('operator');
    admin = await t.login('admin');
    const spec = { label: 'Anne (sessiz)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] };
    const [shift] = await shiftsAroundNow(t, admin, [spec]);
    await t.database.db.query('UPDATE shifts SET cancelled = true WHERE id <> $1', [
      shift!.shiftId,
    ]);
    redis = new Redis(inject('redisUrl'));
    queue = new Queue(NOTIFICATIONS_QUEUE, { connection: redis, prefix: t.prefix });
  });
  afterAll(async () => {
    await queue?.close();
    redis?.disconnect();
    await t?.close();
    await provider?.close();
  });

  const service = (body: Record<string, unknown>, lang = 'tr') =>
    t.api<Record<string, unknown> & { error?: { issues: { field: string; message: string }[] } }>(
      'PATCH',
      '/services/anne-taksi',
      { token: admin, headers: { 'accept-language': lang }, body },
    );
  const book = async (citizenId: string, time: Record<string, unknown>) => {
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'anne-taksi',
        citizenId,
        pickup: { placeId: 'kocaeli-devlet-hastanesi' },
        dropoff: { placeId: 'gultepe-mah' },
        infants: 1,
        overlapOverride: { reason: 'test: ayrı işler' },
        ...time,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('scheduled');
    return res.body;
  };
  const cancel = (id: string) =>
    t.api<BookingView>('POST', `/bookings/${id}/cancel`, {
      token: operator,
      body: { reason: 'vatandaş gelemeyecek' },
    });
  const sent = (bookingId: string, event: string) =>
    provider.attempts.filter((m) => m.key.startsWith(`${bookingId}.${event}.`));
  const deliveryOf = (citizenId: string, bookingId: string, event: string, state: string) =>
    until(`${event} ${state}`, async () => {
      const res = await t.api<DeliveryView[]>('GET', `/citizens/${citizenId}/notifications`, {
        token: operator,
      });
      return res.body.find(
        (d) => d.bookingId === bookingId && d.event === event && d.state === state,
      );
    });
  const remindNow = (ride: BookingView) =>
    queue.add(
      'remind-soon',
      { bookingId: ride.id, event: 'remind-soon', version: ride.pickupWindow.start },
      { ...NOTIFICATION_OPTIONS, jobId: `test.${ride.id}.remind-soon.${randomUUID()}` },
    );
  const inHours = (h: number) => DateTime.now().plus({ hours: h }).toUTC().toISO();

  it("holds a reminder in the service's own quiet hours that the city's setting would send, and follows the city again when cleared", async () => {
    const wrong = await service({ quietHours: '22-08' }, 'en');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error!.issues[0]).toMatchObject({ field: 'body.quietHours' });
    expect(wrong.body.error!.issues[0]!.message).toMatch(/HH:mm-HH:mm/);
    const plain = await t.api<{ quietHours: string | null }[]>('GET', '/services', {
      token: operator,
    });
    expect(plain.body.find((s) => (s as { id?: string }).id === 'anne-taksi')?.quietHours).toBe(
      null,
    );
    const set = await service({ quietHours: SERVICE_QUIET });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.quietHours).toBe(SERVICE_QUIET);

    const citizen = await eligibleCitizen(t, operator, admin, 'Sessiz Saat', ['anne-taksi']);
    const ride = await book(citizen, { pickupAt: inHours(3) });
    await until('the confirmation', () => sent(ride.id, 'confirmed')[0]);
    await remindNow(ride);
    const held = await deliveryOf(citizen, ride.id, 'remind-soon', 'deferred');
    const end = DateTime.fromISO(SERVICE_QUIET.slice(6), { zone: ZONE }).set({
      second: 0,
      millisecond: 0,
    });
    const expected = end < DateTime.now() ? end.plus({ days: 1 }) : end;
    expect(held).toMatchObject({ reason: 'quiet-hours', essential: false });
    expect(Date.parse(held.nextAttemptAt!)).toBe(expected.toMillis());
    expect(sent(ride.id, 'remind-soon')).toHaveLength(0);

    // Cleared: the service follows the city, which has no quiet hours, and the reminder goes.
    expect((await service({ quietHours: null })).body.quietHours).toBe(null);
    const next = await book(citizen, { pickupAt: inHours(4) });
    await remindNow(next);
    await deliveryOf(citizen, next.id, 'remind-soon', 'sent');
    expect(sent(next.id, 'remind-soon')).toHaveLength(1);
    await cancel(ride.id);
    await cancel(next.id);
  });

  it('sends the citizen the warning once per warning, even when she chose essential messages only, and holds it in quiet hours', async () => {
    expect(
      (await service({ noShowWarnAfter: 1, lateCancelsCount: true, lateCancelMinutes: 120 }))
        .status,
    ).toBe(200);
    const phone = `0532${randomInt(1_000_000, 9_999_999)}`;
    const citizen = await eligibleCitizen(t, operator, admin, 'Uyarı Mesajı', ['anne-taksi'], {
      phone,
    });
    const chosen = await t.api('PUT', `/citizens/${citizen}/notification-preferences`, {
      token: operator,
      body: { essentialOnly: true },
    });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);

    const first = await book(citizen, { pickupAt: inHours(1) });
    expect((await cancel(first.id)).body.lateCancel).toBe(true);
    const warning = await until('the warning SMS', () => sent(first.id, 'no-show-warning')[0]);
    expect(warning.to).toContain(phone.slice(-7));
    expect(warning.text).toBe(
      'Yoldaş: Anne Taksi yolculuklarınızın birkaçına gelmediniz ya da son anda iptal ettiniz. Gidemeyecekseniz lütfen erken iptal edin. Böyle sürerse kendiniz yolculuk isteyemeyebilirsiniz.',
    );
    const record = await deliveryOf(citizen, first.id, 'no-show-warning', 'sent');
    expect(record).toMatchObject({ channel: 'sms', essential: false, template: 'default' });
    const [step] = await t.database.db.query<{ id: string }>(
      `SELECT id::text AS id FROM citizen_policy_events WHERE citizen_id = $1 AND kind = 'warning'`,
      [citizen],
    );
    expect(warning.key).toBe(`${first.id}.no-show-warning.warning-${step!.id}.sms`);

    // The same warning handed to the queue again (another process, a retry) is not sent twice.
    await queue.add(
      'no-show-warning',
      { bookingId: first.id, event: 'no-show-warning', version: `warning-${step!.id}` },
      { ...NOTIFICATION_OPTIONS, jobId: `test.${first.id}.again` },
    );
    await until('the repeat handled', async () => {
      const job = await queue.getJob(`test.${first.id}.again`);
      return (await job?.getState()) === 'completed' ? true : undefined;
    });
    expect(sent(first.id, 'no-show-warning')).toHaveLength(1);
    // Her reminders stay off: essential-only still holds for everything else.
    const other = await book(citizen, { pickupAt: inHours(5) });
    await remindNow(other);
    expect((await deliveryOf(citizen, other.id, 'remind-soon', 'skipped')).reason).toBe(
      'opted-out',
    );

    // A second warning (the count starts again after one) is a second message, held by the
    // service's quiet hours like any message that is not essential.
    expect((await service({ quietHours: SERVICE_QUIET })).status).toBe(200);
    const second = await book(citizen, { pickupAt: inHours(1.5) });
    expect((await cancel(second.id)).body.lateCancel).toBe(true);
    const held = await deliveryOf(citizen, second.id, 'no-show-warning', 'deferred');
    expect(held.reason).toBe('quiet-hours');
    expect(sent(second.id, 'no-show-warning')).toHaveLength(0);
    const steps = await t.database.db.query<{ booking_id: string }>(
      `SELECT booking_id FROM citizen_policy_events WHERE citizen_id = $1 AND kind = 'warning' ORDER BY id`,
      [citizen],
    );
    expect(steps.map((s) => s.booking_id)).toEqual([first.id, second.id]);
    await cancel(other.id);
    await service({ quietHours: null, noShowWarnAfter: 3, lateCancelsCount: false });
  });
});
