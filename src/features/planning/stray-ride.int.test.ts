import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { type ShiftAroundNow, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { testPlanner } from '../../../test/support/planner.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { isStrayRide } from './planning.store.js';
import type { StoredStop } from './planning-snapshot.js';

const ZONE = 'Europe/Istanbul';
const tomorrow = DateTime.now().setZone(ZONE).plus({ days: 1 }).startOf('day');
const DAY = tomorrow.toISODate()!;

/*
 * The fault suite once found a cancelled ride back on a route (CI, PostgreSQL,
 * two workers): a plan written from a view of the day that still had it. The
 * database now refuses a route write that adds a ride not planned (migration
 * 0022), and the planner reads the day again. Here the stale view is made by
 * hand: the day in memory keeps the cancelled ride while claiming the
 * partition's current version, the one state the version check cannot see.
 */
describe.each(DIALECTS)('a route never takes back a cancelled ride, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let citizen: string;
  let shift: ShiftAroundNow;

  beforeAll(async () => {
    t = await startTestService(dialect, { ROLE: 'api', BOOKING_WAIT_MS: '0' });
    operator = await t.login('operator');
    const admin = await t.login('admin');
    // One car tomorrow, so every ride of the test is on its route.
    await t.database.db.query('UPDATE vehicles SET active = false');
    [shift] = (await shiftsAroundNow(
      t,
      admin,
      [
        {
          label: 'Koruma',
          seats: 4,
          wheelchairPlaces: 1,
          hasRamp: true,
          serviceIds: ['engelsiz-taksi'],
        },
      ],
      { day: 'tomorrow' },
    )) as [ShiftAroundNow];
    citizen = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
  });
  afterAll(() => t?.close());

  function planner() {
    const strays: unknown[] = [];
    const { planning, store } = testPlanner(t.database.db, {
      onStrayRide: (_key, error) => strays.push(error),
    });
    return { planning, store, strays };
  }

  async function pending(hour: number, minute: number): Promise<string> {
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: citizen,
        pickup: { placeId: 'kadikoy-mah' },
        dropoff: { placeId: 'seka-devlet-hastanesi' },
        pickupAt: tomorrow.set({ hour, minute }).toISO(),
        overlapOverride: { reason: 'planlama testi' },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    return res.body.id;
  }

  async function routeIds(): Promise<string[]> {
    const [row] = await t.database.db.query<{ stops: StoredStop[] }>(
      'SELECT stops FROM routes WHERE shift_id = $1',
      [shift.shiftId],
    );
    return (row?.stops ?? []).filter((s) => s.kind !== 'break').map((s) => s.refId);
  }

  it('refuses a plan from a stale day that carries a cancelled ride, and plans from the day read again', async () => {
    const p = planner();
    const first = await pending(10, 0);
    expect(await p.planning.planBooking(first)).toBe('scheduled');
    expect(await routeIds()).toContain(first);
    const day = p.planning.days.peek(DAY)!;
    const before = day.snapshot;

    const cancel = await t.api<BookingView>('POST', `/bookings/${first}/cancel`, {
      token: operator,
      body: { reason: 'vazgeçti' },
    });
    expect(cancel.body.status).toBe('cancelled');
    expect(await routeIds()).not.toContain(first);

    // The day in memory as a bug would leave it: the cancelled ride still on its route, at the
    // partition's versions now.
    const { versions } = await p.store.dayVersions(
      DAY,
      before.linked.map((l) => l.key),
    );
    day.snapshot = {
      ...before,
      version: versions.get(before.partitionKey)!,
      linked: before.linked.map((l) => ({ key: l.key, version: versions.get(l.key)! })),
    };

    const second = await pending(10, 20);
    expect(await p.planning.planBooking(second)).toBe('scheduled');
    expect(p.strays).toHaveLength(1);
    const ids = await routeIds();
    expect(ids).toContain(second);
    expect(ids).not.toContain(first);
  });

  it('lets a route that holds a ride no longer planned be rewritten without adding one', async () => {
    const db = t.database.db;
    const [row] = await db.query<{ stops: StoredStop[] }>(
      'SELECT stops FROM routes WHERE shift_id = $1',
      [shift.shiftId],
    );
    const stops = row!.stops;
    const held = stops.find((s) => s.kind === 'pickup')!.refId;
    // Cancelled behind the planner's back (as a hand edit would): the route still names it.
    await db.query(`UPDATE bookings SET status = 'cancelled' WHERE id = $1`, [held]);
    // A break tap rewrites the route as it stands: allowed.
    await db.query('UPDATE routes SET stops = $2 WHERE shift_id = $1', [
      shift.shiftId,
      JSON.stringify(stops),
    ]);
    // Taken off, then put back: refused, with the ride named.
    const without = stops.filter((s) => s.refId !== held);
    await db.query('UPDATE routes SET stops = $2 WHERE shift_id = $1', [
      shift.shiftId,
      JSON.stringify(without),
    ]);
    const putBack = db.query('UPDATE routes SET stops = $2 WHERE shift_id = $1', [
      shift.shiftId,
      JSON.stringify(stops),
    ]);
    const error = await putBack.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isStrayRide(error)).toBe(true);
    expect(String(error)).toContain(held);
    expect(await routeIds()).not.toContain(held);
  });
});
