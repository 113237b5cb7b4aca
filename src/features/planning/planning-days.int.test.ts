import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { testPlanner } from '../../../test/support/planner.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { DEMO_DRIVERS } from '../../demo/demo-data.js';
import { createPartitionLeases } from '../../infra/partition-lease.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { createBookingsStore } from '../bookings/bookings.store.js';
import { placeBooking } from './place-booking.js';
import type { PlanningService } from './planning.service.js';
import { type createPlanningStore, partitionKeyOf } from './planning.store.js';
import type { PlanningSnapshot } from './planning-snapshot.js';
import { buildProblem } from './problem-builder.js';

const ZONE = 'Europe/Istanbul';
const tomorrow = DateTime.now().setZone(ZONE).plus({ days: 1 }).startOf('day');
const DAY = tomorrow.toISODate()!;
const PLACES = [
  'kemalpasa-mah',
  'kocaeli-devlet-hastanesi',
  'gultepe-mah',
  'yahya-kaptan-mah',
  'seka-devlet-hastanesi',
  'izmit-asi-merkezi',
  'kadikoy-mah',
];

/** A day as the planner reads it, in a form two reads can be compared by. */
function comparable(s: PlanningSnapshot) {
  return {
    partitionKey: s.partitionKey,
    version: s.version,
    linked: [...s.linked].sort((a, b) => a.key.localeCompare(b.key)),
    fingerprint: s.fingerprint,
    shifts: s.shifts,
    bookings: [...s.bookings.entries()].sort(([a], [b]) => a.localeCompare(b)),
  };
}

/*
 * The day in memory against the day in PostgreSQL: planners ("workers") built
 * here over the test service's database and Redis (the service itself runs
 * as API only, so nothing else plans), with the offline travel times.
 */
describe.each(DIALECTS)('a day planned in memory, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let citizens: string[];
  let slot = 0;
  const redis: Redis[] = [];

  beforeAll(async () => {
    t = await startTestService(dialect, { ROLE: 'api', BOOKING_WAIT_MS: '0' });
    operator = await t.login('operator');
    citizens = [];
    for (const q of ['osman', 'hatice'])
      citizens.push(
        (await t.api<{ id: string }[]>('GET', `/citizens?q=${q}`, { token: operator })).body[0]!.id,
      );
  });
  afterAll(async () => {
    for (const r of redis) r.disconnect();
    await t?.close();
  });

  function connection(): Redis {
    const r = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
    redis.push(r);
    return r;
  }

  function planner(options: { leases?: Redis; ttlMs?: number; now?: () => Date } = {}) {
    const leases = options.leases
      ? createPartitionLeases(options.leases, {
          prefix: t.prefix,
          ttlMs: options.ttlMs ?? 400,
          waitMs: 5000,
          pollMs: 10,
        })
      : undefined;
    let conflicts = 0;
    const { planning, store } = testPlanner(t.database.db, {
      ...(options.now ? { now: options.now } : {}),
      ...(leases ? { leases } : {}),
      onConflict: () => {
        conflicts++;
      },
    });
    return { planning, store, leases, conflicts: () => conflicts };
  }

  /** A pending booking tomorrow (nobody plans it: the service is API only). */
  async function pending(from = 0, to = 1, appointment = false, at?: DateTime): Promise<string> {
    const n = slot++;
    const when = (at ?? tomorrow.set({ hour: 7 }).plus({ minutes: 20 * n })).toISO();
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: appointment ? 'asi-ulasim' : 'engelsiz-taksi',
        citizenId: citizens[n % citizens.length],
        pickup: { placeId: PLACES[from % PLACES.length] },
        dropoff: { placeId: PLACES[to % PLACES.length] },
        // An appointment's window is moved around its planned pickup when it is scheduled.
        ...(appointment ? { arriveBy: when } : { pickupAt: when }),
        // The demo citizens ride every day; a test day is many rides apart from theirs.
        overlapOverride: { reason: 'planlama testi' },
      },
    });
    if (res.status !== 202 && res.status !== 201)
      throw new Error(`booking: ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.body.status).toBe('pending');
    return res.body.id;
  }

  async function fromDatabase(p: { store: ReturnType<typeof createPlanningStore> }) {
    return comparable(await p.store.snapshot(DAY, []));
  }

  /**
   * The engine's problem from the day in memory (built by deltas, its requests
   * and routes kept between bookings) against one built whole from the
   * database, now and at hours of the day (an idle car leaves later, breaks
   * lapse), with `extra` pending bookings read into both.
   */
  async function expectSameProblem(
    p: ReturnType<typeof planner>,
    extra: string[] = [],
    on: DateTime = tomorrow,
  ) {
    const date = on.toISODate()!;
    const day = await p.planning.days.current(date);
    if (extra.length > 0)
      await p.planning.days.withBookings(day, extra, (f) => f.get(extra[0]!)!.pickupWindowStart);
    const fresh = await p.store.snapshot(date, extra);
    const sorted = (built: ReturnType<typeof buildProblem>) => ({
      requests: [...built.problem.requests].sort((a, b) => a.id.localeCompare(b.id)),
      vehicles: built.problem.vehicles,
      routes: built.plan.routes,
      unassigned: [...built.plan.unassigned].sort(),
    });
    // Now, then inside the day: idle cars leave at `now`, breaks lapse as their windows close.
    const nows = [new Date(), ...[9, 13, 19].map((h) => on.set({ hour: h }).toJSDate())];
    for (const [i, now] of nows.entries()) {
      const departAt = on.set({ hour: 8 + 3 * i }).toJSDate();
      const kept = p.planning.days.build(day, departAt, now);
      const whole = buildProblem(fresh, day.locations, kept.problem.matrix, now);
      expect(sorted(kept)).toEqual(sorted(whole));
    }
    // Nobody plans it here: it leaves the day, as a refused booking does.
    for (const id of extra) p.planning.days.forget(day, id);
  }

  it('keeps one consistent plan when two workers plan the day in turn, the lease moving on a stop', async () => {
    const a = planner({ leases: connection() });
    const b = planner({ leases: connection() });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await pending(i, i + 2));
    for (const [i, id] of ids.entries()) {
      const p = i % 2 === 0 ? a : b;
      expect(['scheduled', 'refused']).toContain(await p.planning.planBooking(id));
      // The worker that planned holds the day as the database has it, without reading it again.
      expect(comparable(p.planning.days.peek(DAY)!.snapshot)).toEqual(await fromDatabase(p));
    }
    expect(a.leases!.stats.acquired + b.leases!.stats.acquired).toBeGreaterThanOrEqual(4);
    expect(a.conflicts() + b.conflicts()).toBe(0);

    // A third worker takes the day and is killed mid-job (its Redis gone, its lease unrenewed).
    const dying = connection();
    const c = planner({ leases: dying });
    let stuck = false;
    // The dying worker's lease is set after this instant and lasts 400 ms (its ttl) unrenewed.
    const leasedFrom = Date.now();
    void c.leases!.hold(partitionKeyOf(DAY), async () => {
      stuck = true;
      dying.disconnect();
      await new Promise(() => {}); // never ends
    });
    await expect.poll(() => stuck).toBe(true);
    const next = await pending(3, 5);
    expect(['scheduled', 'refused']).toContain(await a.planning.planBooking(next));
    // It waited for the lease to lapse (bounded from the lease's start, not from a later instant
    // that a loaded machine can push past most of the lease).
    expect(Date.now() - leasedFrom).toBeGreaterThanOrEqual(400);
    expect(comparable(a.planning.days.peek(DAY)!.snapshot)).toEqual(await fromDatabase(a));

    // Every ride scheduled is on exactly one route, once picked up and once dropped off.
    const snapshot = await a.store.snapshot(DAY, []);
    const refs = snapshot.shifts.flatMap((s) => s.stops.filter((x) => x.kind !== 'break'));
    for (const id of [...ids, next]) {
      const row = await createBookingsStore(t.database.db).findById(id);
      const on = refs.filter((x) => x.refId === id).map((x) => x.kind);
      expect(on).toEqual(row!.status === 'scheduled' ? ['pickup', 'dropoff'] : []);
    }
  });

  it('answers the next booking after a restart exactly as the worker that never stopped would', async () => {
    const at = new Date();
    const running = planner({ now: () => at });
    for (let i = 0; i < 3; i++) await running.planning.planBooking(await pending(i + 1, i + 4));
    const next = await pending(2, 6);

    // What the uninterrupted worker would decide, from its day in memory ...
    const decideWith = async (p: PlanningService) => {
      const day = await p.days.current(DAY);
      await p.days.withBookings(day, [next], (f) => f.get(next)!.pickupWindowStart);
      const target = day.snapshot.bookings.get(next)!;
      const built = p.days.build(day, target.pickupWindowStart, at);
      const placed = placeBooking(built.problem, built.plan, next, {
        windows: { start: target.pickupWindowStart, end: target.pickupWindowEnd },
        stored: { start: target.pickupWindowStart, end: target.pickupWindowEnd },
        asap: target.asap,
        now: at,
        promised: false,
      });
      // Places by where they are: a restarted worker numbers them in the order it reads them.
      const where = (l: number) => {
        const place = day.locations.points[l]!;
        return `${place.lat},${place.lng}`;
      };
      const outcome = JSON.parse(JSON.stringify(placed.outcome), (k, v) =>
        k === 'location' ? where(v as number) : v,
      );
      return { outcome, rebuilds: p.days.stats.rebuilds };
    };
    const kept = await decideWith(running.planning);
    expect(kept.rebuilds).toBe(1); // one read of the day, then deltas

    // ... and from a restarted one, which reads the day from the database.
    const restarted = planner({ now: () => at });
    const rebuilt = await decideWith(restarted.planning);
    expect(rebuilt.rebuilds).toBe(1);
    expect(rebuilt.outcome).toEqual(kept.outcome);

    // The restarted worker commits it, as the plan said.
    const outcome = await restarted.planning.planBooking(next);
    expect(outcome).toBe(kept.outcome.kind === 'assigned' ? 'scheduled' : 'refused');
    if (kept.outcome.kind === 'assigned') {
      const row = await createBookingsStore(t.database.db).findById(next);
      expect(row!.shift_id).toBe(kept.outcome.vehicleId);
    }
  });

  it('holds the day the database holds after every step of random bookings and cancels', async () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('book' as const),
        from: fc.nat(PLACES.length - 1),
        to: fc.nat(PLACES.length - 1),
        appointment: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('cancel' as const), which: fc.nat(20) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        const p = planner();
        const booked: string[] = [];
        for (const s of steps) {
          if (s.kind === 'book') {
            const id = await pending(s.from, s.from === s.to ? s.to + 1 : s.to, s.appointment);
            await p.planning.planBooking(id);
            booked.push(id);
            // After its own booking the day in memory is the database's, unread.
            const day = p.planning.days.peek(DAY)!;
            expect(comparable(day.snapshot)).toEqual(await fromDatabase(p));
            // And so is the engine's problem, with or without the next booking read into it.
            await expectSameProblem(p);
            if (booked.length === 1) await expectSameProblem(p, [await pending(s.to, s.from + 3)]);
          } else if (booked.length > 0) {
            const id = booked[s.which % booked.length]!;
            const { rebuilds } = p.planning.days.stats;
            await t.api('POST', `/bookings/${id}/cancel`, {
              token: operator,
              body: { reason: 'citizen-request' },
            });
            // A cancel elsewhere moves the versions: the day in memory catches up by what it changed.
            const day = await p.planning.days.current(DAY);
            expect(comparable(day.snapshot)).toEqual(await fromDatabase(p));
            expect(p.planning.days.stats.rebuilds).toBe(rebuilds);
          }
        }
      }),
      { numRuns: 4 },
    );
  });

  it('keeps both dates of a night shift in memory while their bookings alternate', async () => {
    // The demo's night shifts run from tomorrow 17:00 into the day after: each commit on one
    // date bumps the other's version too, and the worker that made it moves both days on.
    const p = planner();
    const next = tomorrow.plus({ days: 1 });
    const nextDay = next.toISODate()!;
    await p.planning.planBooking(await pending(0, 1, false, tomorrow.set({ hour: 21 })));
    await p.planning.planBooking(await pending(2, 3, false, next.set({ hour: 1 })));
    const { rebuilds } = p.planning.days.stats;
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const at =
        i % 2 === 0
          ? tomorrow.set({ hour: 22, minute: 15 * i })
          : next.set({ hour: 2, minute: 15 * i });
      outcomes.push(await p.planning.planBooking(await pending(i + 1, i + 4, false, at)));
      for (const date of [DAY, nextDay])
        expect(comparable(p.planning.days.peek(date)!.snapshot)).toEqual(
          comparable(await p.store.snapshot(date, [])),
        );
    }
    expect(outcomes).toContain('scheduled');
    // Neither date was read again whole: each booking was a delta.
    expect(p.planning.days.stats.rebuilds).toBe(rebuilds);
    expect(p.conflicts()).toBe(0);
  });

  it("catches up with a driver's report and a cancel by what they changed, not by reading the day again", async () => {
    // Today, at the real hour: a ramp car on shift around now, and rides as soon as possible.
    const admin = await t.login('admin');
    const cars = await shiftsAroundNow(t, admin, [
      {
        label: 'Rampalı (şimdi)',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi'],
      },
    ]);
    const now = DateTime.now().setZone(ZONE);
    const today = now.toISODate()!;
    const asap = async () => {
      const res = await t.api<BookingView>('POST', '/bookings', {
        token: operator,
        body: {
          serviceId: 'engelsiz-taksi',
          citizenId: citizens[slot++ % citizens.length],
          pickup: { placeId: 'gultepe-mah' },
          dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
          asap: true,
          wheelchair: 'manual',
          overlapOverride: { reason: 'planlama testi' },
        },
      });
      expect(res.body.status, JSON.stringify(res.body)).toBe('pending');
      return res.body.id;
    };
    const p = planner();
    const [first, second] = [await asap(), await asap()];
    expect(await p.planning.planBooking(first)).toBe('scheduled');
    expect(await p.planning.planBooking(second)).toBe('scheduled');
    const day = p.planning.days.peek(today)!;
    const { rebuilds } = p.planning.days.stats;
    const sameAsDatabase = async () =>
      expect(comparable(day.snapshot)).toEqual(comparable(await p.store.snapshot(today, [])));

    // The driver reaches the first pickup: one step of the day, naming its shift and booking.
    const planned = (await t.api<BookingView>('GET', `/bookings/${first}`, { token: operator }))
      .body.planned!;
    const ours = cars.find((c) => c.plate === planned.vehicle.plate);
    const driver = ours
      ? await t.login(ours.username, ours.password)
      : await t.login(DEMO_DRIVERS.find((d) => d.fullName === planned.driverName)!.username);
    const tap = await t.api('POST', '/driver/reports', {
      token: driver,
      body: { bookingId: first, action: 'arrived', clientEventId: randomUUID() },
    });
    expect(tap.status, JSON.stringify(tap.body)).toBe(200);
    expect(await p.planning.days.current(today)).toBe(day);
    await sameAsDatabase();
    expect(day.snapshot.bookings.get(first)?.status).toBe('arrived');

    // The second ride is cancelled: its stops leave the route, and it leaves the day.
    const cancel = await t.api('POST', `/bookings/${second}/cancel`, {
      token: operator,
      body: { reason: 'citizen-request' },
    });
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200);
    expect(await p.planning.days.current(today)).toBe(day);
    await sameAsDatabase();
    expect(day.snapshot.bookings.has(second)).toBe(false);
    // The engine's problem from the day caught up is the one a whole read gives.
    await expectSameProblem(p, [], now.startOf('day'));

    // The next ride is planned on it, and the day was never read whole again.
    expect(await p.planning.planBooking(await asap())).toBe('scheduled');
    await sameAsDatabase();
    expect(p.planning.days.stats).toMatchObject({ rebuilds, catchUps: 2 });
  });

  it("reads the day again after an edit of its shifts or vehicles, and only digests another day's", async () => {
    const p = planner();
    await p.planning.planBooking(await pending(1, 2));
    const day = p.planning.days.peek(DAY)!;
    const { rebuilds, digests } = p.planning.days.stats;
    const db = t.database.db;
    const bounds = [tomorrow.toJSDate(), tomorrow.plus({ days: 1 }).toJSDate()];

    // A shift a month away moves the edit counter, not this day: one digest, then none.
    const [far] = await db.query<{ id: string }>(
      `INSERT INTO shifts (id, driver_id, vehicle_id, starts_at, ends_at)
       SELECT gen_random_uuid(), driver_id, vehicle_id, starts_at + interval '30 days', ends_at + interval '30 days'
         FROM shifts WHERE starts_at < $2 AND ends_at > $1 LIMIT 1 RETURNING id`,
      bounds,
    );
    expect(await p.planning.days.current(DAY)).toBe(day);
    expect(await p.planning.days.current(DAY)).toBe(day);
    expect(p.planning.days.stats).toMatchObject({ rebuilds, digests: digests + 1 });
    await db.query('DELETE FROM shifts WHERE id = $1', [far!.id]);

    // A vehicle of this day's shifts is edited without a version bump: the day is read again.
    const vehicle = `(SELECT vehicle_id FROM shifts WHERE NOT cancelled AND starts_at < $2 AND ends_at > $1 LIMIT 1)`;
    await db.query(`UPDATE vehicles SET seats = seats + 1 WHERE id = ${vehicle}`, bounds);
    const edited = await p.planning.days.current(DAY);
    expect(edited).not.toBe(day);
    expect(p.planning.days.stats.rebuilds).toBe(rebuilds + 1);
    expect(comparable(edited.snapshot)).toEqual(await fromDatabase(p));
    await db.query(`UPDATE vehicles SET seats = seats - 1 WHERE id = ${vehicle}`, bounds);
  });
});
