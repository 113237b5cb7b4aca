import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type FakeSmsProvider,
  startFakeSmsProvider,
} from '../../../test/fakes/fake-sms-provider.js';
import { DIALECTS } from '../../../test/support/database.js';
import { shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { until } from '../../../test/support/until.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { NOTIFICATIONS_QUEUE, reminderJobId } from './notifications.queue.js';

const ZONE = 'Europe/Istanbul';
const ZEYNEP = '+905551230001';

describe.each(DIALECTS)('citizens are told about their rides by SMS, on %s', (dialect) => {
  let t: TestService;
  let provider: FakeSmsProvider;
  let operator: string;
  let citizenId: string;
  let redis: Redis;
  let queue: Queue;
  let loseNextAnswer = false;

  beforeAll(async () => {
    provider = await startFakeSmsProvider(() => {
      if (!loseNextAnswer) return undefined;
      // Accepted, but the answer never reaches the sender: as if the worker died mid-send.
      loseNextAnswer = false;
      return { status: 503, body: { error: 'gateway' } };
    });
    t = await startTestService(dialect, {
      SMS_PROVIDER_URL: provider.endpoint,
      NOTIFY_SOON_MINUTES: '60',
      NOTIFY_DAY_BEFORE_HOUR: '18',
      // This story is about scheduling; quiet hours have their own (notification-deliveries).
      NOTIFY_QUIET_HOURS: '',
    });
    operator = await t.login('operator');
    const admin = await t.login('admin');
    const spec = { label: 'Anne (bildirim)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] };
    const [now] = await shiftsAroundNow(t, admin, [spec]);
    const [tomorrow] = await shiftsAroundNow(t, admin, [spec], { day: 'tomorrow' });
    await t.database.db.query('UPDATE shifts SET cancelled = true WHERE id NOT IN ($1, $2)', [
      now!.shiftId,
      tomorrow!.shiftId,
    ]);
    const found = await t.api<{ id: string }[]>('GET', '/citizens?q=Zeynep', { token: operator });
    citizenId = found.body[0]!.id;
    redis = new Redis(inject('redisUrl'));
    queue = new Queue(NOTIFICATIONS_QUEUE, { connection: redis, prefix: t.prefix });
  });
  afterAll(async () => {
    await queue?.close();
    redis?.disconnect();
    await t?.close();
    await provider?.close();
  });

  const book = async (time: Record<string, unknown>) => {
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
    expect(res.body.status).toBe('scheduled');
    return res.body;
  };
  const messagesOf = (bookingId: string) =>
    [...provider.delivered.values()].filter((m) => m.key.startsWith(bookingId));
  // When a delayed job fires, to the second (BullMQ stamps the job a few ms after the delay was computed).
  const fireTime = async (bookingId: string, event: string) => {
    const job = await queue.getJob(reminderJobId(bookingId, event));
    return job ? Math.round((job.timestamp + (job.opts.delay ?? 0)) / 1000) * 1000 : undefined;
  };

  it('confirms a ride once, even when the provider’s answer to the first send is lost', async () => {
    loseNextAnswer = true;
    const ride = await book({ asap: true });
    const sms = await until('the confirmation', () => messagesOf(ride.id)[0]);
    expect(sms.to).toBe(ZEYNEP);
    expect(sms.text).toMatch(
      /^Yoldaş: Yolculuğunuz onaylandı\. Araç sizi .* arasında Kocaeli Devlet Hastanesi/,
    );
    // The retry carried the same key: two requests, one SMS.
    await until('the retry', () =>
      provider.attempts.filter((a) => a.key === sms.key).length >= 2 ? true : undefined,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(provider.attempts.filter((a) => a.key === sms.key)).toHaveLength(2);
    expect(messagesOf(ride.id)).toHaveLength(1);
    const job = await queue.getJob(`${ride.id}.confirmed.once`);
    expect(await job?.getState()).toBe('completed');
  });

  it('schedules reminders as delayed jobs, moves them with the ride and removes them when it is cancelled', async () => {
    const start = DateTime.now()
      .setZone(ZONE)
      .plus({ days: 1 })
      .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    const ride = await book({ pickupAt: start.toUTC().toISO() });
    await until('the confirmation', () =>
      messagesOf(ride.id).find((m) => m.key.includes('.confirmed.')),
    );
    const opens = Date.parse(ride.pickupWindow.start);
    expect(await until('the reminder', () => fireTime(ride.id, 'remind-soon'))).toBe(
      opens - 3_600_000,
    );
    const dayBefore = start.minus({ days: 1 }).set({ hour: 18 }).toMillis();
    // The evening reminder exists only while that evening is still ahead.
    expect(await fireTime(ride.id, 'remind-day-before')).toBe(
      dayBefore > Date.now() ? dayBefore : undefined,
    );

    const moved = await t.api<BookingView>('PATCH', `/bookings/${ride.id}`, {
      token: operator,
      body: { pickupAt: start.plus({ hours: 2 }).toUTC().toISO() },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const movedOpens = Date.parse(moved.body.pickupWindow.start);
    expect(movedOpens).toBeGreaterThan(opens);
    await until('the moved reminder', async () =>
      (await fireTime(ride.id, 'remind-soon')) === movedOpens - 3_600_000 ? true : undefined,
    );
    const changed = await until('the change', () =>
      messagesOf(ride.id).find((m) => m.key.includes('.changed.')),
    );
    expect(changed.text).toMatch(/^Yoldaş: Yolculuğunuz değişti\. Yeni alınma aralığı: .*12:0\d/);

    const cancelled = await t.api('POST', `/bookings/${ride.id}/cancel`, {
      token: operator,
      body: { reason: 'Taburcu ertelendi' },
    });
    expect(cancelled.status).toBe(200);
    await until('the cancellation', () =>
      messagesOf(ride.id).find((m) => m.key.includes('.cancelled.')),
    );
    expect(await fireTime(ride.id, 'remind-soon')).toBeUndefined();
    expect(await fireTime(ride.id, 'remind-day-before')).toBeUndefined();
    // Confirmed, changed, cancelled: each once.
    expect(messagesOf(ride.id).map((m) => m.key.split('.')[1])).toEqual([
      'confirmed',
      'changed',
      'cancelled',
    ]);
  });
});
