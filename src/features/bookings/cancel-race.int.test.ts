import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { eligibleCitizen, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { createOfflineTravelTimeProvider } from '../../infra/maps/offline-travel-time-provider.js';
import type { TravelTimeProvider } from '../../infra/maps/travel-time-provider.js';
import { createSchedulingQueue } from '../../infra/queues/scheduling-queue.js';
import type { BookingView } from './bookings.schema.js';

const RACES = 150;
const PLANNING_DELAY_MS = 60;

/**
 * A cancel that arrives while the planner is working must win: the booking
 * ends cancelled and its stops never reach a route (so never a driver),
 * whatever the interleaving. Bookings are answered at once (no wait), so the
 * cancels land while their planning jobs are queued or running.
 */
describe.each(DIALECTS)('a cancel racing the planner, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let citizen: string;

  beforeAll(async () => {
    // Travel times as slow as a remote provider's: each planning holds its
    // snapshot for a while before committing, which is when cancels land.
    const offline = createOfflineTravelTimeProvider();
    const slow: TravelTimeProvider = {
      name: 'slow-offline',
      async matrix(origins, destinations, departAt) {
        await new Promise((r) => setTimeout(r, PLANNING_DELAY_MS));
        return offline.matrix(origins, destinations, departAt);
      },
    };
    t = await startTestService(dialect, { BOOKING_WAIT_MS: '0' }, { travelTimes: slow });
    operator = await t.login('operator');
    const admin = await t.login('admin');
    await shiftsAroundNow(
      t,
      admin,
      Array.from({ length: 4 }, (_, i) => ({
        label: `Yarış ${i + 1}`,
        seats: 4,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi'],
      })),
    );
    citizen = await eligibleCitizen(t, operator, admin, 'Yarış Vatandaşı', ['engelsiz-taksi']);
  });
  afterAll(() => t?.close());

  it(`never lets a cancelled booking be scheduled (${RACES} cancels during planning)`, async () => {
    const start = DateTime.now().setZone('Europe/Istanbul').plus({ minutes: 40 });
    // One booking after another, each cancelled a moment later: before its
    // planning starts, while it runs, or after it committed.
    const ids: string[] = [];
    const cancels: Promise<void>[] = [];
    for (let i = 0; i < RACES; i++) {
      const res = await t.api<BookingView>('POST', '/bookings', {
        token: operator,
        body: {
          serviceId: 'engelsiz-taksi',
          citizenId: citizen,
          pickup: { placeId: i % 2 ? 'gultepe-mah' : 'yahya-kaptan-mah' },
          dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
          pickupAt: start.plus({ minutes: (i * 7) % 300 }).toISO(),
          overlapOverride: { reason: 'yarış testi: aynı vatandaş' },
        },
      });
      expect([201, 202]).toContain(res.status);
      ids.push(res.body.id);
      cancels.push(
        (async () => {
          await new Promise((r) => setTimeout(r, (i * 13) % (2 * PLANNING_DELAY_MS)));
          const cancel = await t.api<BookingView>('POST', `/bookings/${res.body.id}/cancel`, {
            token: operator,
            body: { reason: 'vazgeçti' },
          });
          expect(cancel.status).toBe(200);
          expect(cancel.body.status).toBe('cancelled');
        })(),
      );
      await new Promise((r) => setTimeout(r, PLANNING_DELAY_MS / 2));
    }
    await Promise.all(cancels);

    // Let every planning job run out: none may bring a booking back.
    const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
    const queue = createSchedulingQueue(redis, t.prefix);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const counts = await queue.queue.getJobCounts('waiting', 'active', 'delayed');
      if ((counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) === 0) break;
      if (Date.now() > deadline)
        throw new Error(`planning jobs still running: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    await queue.close();
    redis.disconnect();
    const rows = await t.database.db.query<{ status: string; shift_id: string | null }>(
      'SELECT status, shift_id FROM bookings WHERE id = ANY($1::uuid[])',
      [ids],
    );
    expect(rows).toHaveLength(RACES);
    expect(rows.filter((r) => r.status !== 'cancelled')).toEqual([]);
    const routed = await t.database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM routes r, jsonb_array_elements(r.stops) s
       WHERE s->>'refId' = ANY($1::text[])`,
      [ids],
    );
    expect(routed[0]?.n).toBe(0);
    // The history of each booking ends with its cancel.
    const last = await t.database.db.query<{ type: string }>(
      `SELECT DISTINCT ON (booking_id) type FROM booking_events
       WHERE booking_id = ANY($1::uuid[]) ORDER BY booking_id, id DESC`,
      [ids],
    );
    expect(new Set(last.map((e) => e.type))).toEqual(new Set(['cancelled']));
  }, 120_000);
});
