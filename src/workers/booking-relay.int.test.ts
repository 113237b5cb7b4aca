import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/database.js';
import { startTestService, type TestService } from '../../test/support/service-harness.js';
import type { BookingView } from '../features/bookings/bookings.schema.js';
import { createSchedulingQueue } from '../infra/queues/scheduling-queue.js';

describe.each(DIALECTS)('no accepted booking stays unplanned (%s)', (dialect) => {
  let database: TestDatabase;
  let api: TestService;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    // An API without workers: bookings are committed and enqueued, but nobody plans them.
    api = await startTestService(dialect, { ROLE: 'api', BOOKING_WAIT_MS: '0' }, { database });
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('re-enqueues a booking whose job Redis lost, and a worker then plans it exactly once', async () => {
    const operator = await api.login('operator');
    const osman = (await api.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
    const res = await api.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: osman,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'seka-devlet-hastanesi' },
        pickupAt: DateTime.now()
          .setZone('Europe/Istanbul')
          .plus({ days: 1 })
          .set({ hour: 11, minute: 0 })
          .toISO(),
        wheelchair: 'electric',
      },
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/api/bookings/${res.body.id}`);
    expect(res.body.status).toBe('pending');

    // Redis loses the job (a restart without persistence, say).
    const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
    const queue = createSchedulingQueue(redis, api.prefix);
    const job = await queue.queue.getJob(res.body.id);
    expect(job).toBeDefined();
    await job!.remove();
    expect(await queue.queue.getJob(res.body.id)).toBeUndefined();

    // A worker process comes up; its relay sweeps a minute later.
    const later = new Date(Date.now() + 60_000);
    const worker = await startTestService(
      dialect,
      { ROLE: 'worker' },
      { database, redisPrefix: api.prefix, now: () => later },
    );
    try {
      expect(await worker.service.relay.sweep()).toBe(1);
      const deadline = Date.now() + 10_000;
      let status = 'pending';
      while (status === 'pending' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        status = (
          await api.api<BookingView>('GET', `/bookings/${res.body.id}`, { token: operator })
        ).body.status;
      }
      expect(status).toBe('scheduled');
      // A second sweep finds nothing to do, and the booking was planned once.
      expect(await worker.service.relay.sweep()).toBe(0);
      const events = await database.db.query<{ to_status: string }>(
        'SELECT to_status FROM booking_events WHERE booking_id = $1 ORDER BY id',
        [res.body.id],
      );
      expect(events.map((e) => e.to_status)).toEqual(['pending', 'scheduled']);
    } finally {
      await worker.close();
      await queue.close();
      redis.disconnect();
    }
  });
});
