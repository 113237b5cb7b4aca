import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from './bookings.schema.js';
import { createBookingsStore } from './bookings.store.js';

const tomorrow = DateTime.now().setZone('Europe/Istanbul').plus({ days: 1 }).startOf('day');

interface TimesRow {
  id: string;
  planned_pickup_at: Date | null;
  planned_dropoff_at: Date | null;
  shift_id: string | null;
  vehicle_id: string | null;
  updated_at: Date;
}

describe.each(DIALECTS)('the bookings store on %s', (dialect) => {
  let t: TestService;
  let ids: string[];

  async function times(): Promise<Map<string, TimesRow>> {
    const rows = await t.database.db.query<TimesRow>(
      `SELECT id, planned_pickup_at, planned_dropoff_at, shift_id, vehicle_id, updated_at
       FROM bookings WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  beforeAll(async () => {
    t = await startTestService(dialect);
    const operator = await t.login('operator');
    const osman = (await t.api<{ id: string }[]>('GET', '/citizens?q=osman', { token: operator }))
      .body[0]!.id;
    ids = [];
    for (const hour of [9, 12, 15]) {
      const res = await t.api<BookingView>('POST', '/bookings', {
        token: operator,
        body: {
          serviceId: 'engelsiz-taksi',
          citizenId: osman,
          pickup: { placeId: 'kemalpasa-mah' },
          dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
          pickupAt: tomorrow.set({ hour }).toISO(),
        },
      });
      ids.push(res.body.id);
    }
  });
  afterAll(() => t?.close());

  it('sets the planned times, shift and vehicle of every booking given, in one call, and no other', async () => {
    const db = t.database.db;
    const [shift] = await db.query<{ id: string; vehicle_id: string }>(
      `SELECT id, vehicle_id FROM shifts WHERE starts_at > $1 ORDER BY starts_at DESC, id LIMIT 1`,
      [tomorrow.toJSDate()],
    );
    const before = await times();
    const [a, b, untouched] = ids as [string, string, string];
    const entries = [
      {
        id: a,
        pickupAt: tomorrow.set({ hour: 9, minute: 7, second: 13 }).toJSDate(),
        dropoffAt: tomorrow.set({ hour: 9, minute: 41, second: 2 }).toJSDate(),
      },
      {
        id: b,
        pickupAt: tomorrow.set({ hour: 12, minute: 3 }).toJSDate(),
        dropoffAt: tomorrow.set({ hour: 12, minute: 29, second: 59 }).toJSDate(),
      },
    ];
    const changed = await db.transaction((tx) =>
      createBookingsStore(db).setPlannedTimes(entries, shift!.id, shift!.vehicle_id, tx),
    );
    expect(new Set(changed)).toEqual(new Set([a, b]));
    const after = await times();
    for (const e of entries) {
      const row = after.get(e.id)!;
      expect(row.planned_pickup_at?.toISOString()).toBe(e.pickupAt.toISOString());
      expect(row.planned_dropoff_at?.toISOString()).toBe(e.dropoffAt.toISOString());
      expect(row.shift_id).toBe(shift!.id);
      expect(row.vehicle_id).toBe(shift!.vehicle_id);
      expect(row.updated_at.getTime()).toBeGreaterThan(before.get(e.id)!.updated_at.getTime());
    }
    expect(after.get(untouched)).toEqual(before.get(untouched));
    // The same route written again (an insertion that moved none of these stops) touches only
    // the booking whose time moved, and says so: it is the one to announce.
    const moved = [
      entries[0]!,
      { ...entries[1]!, pickupAt: tomorrow.set({ hour: 12, minute: 5 }).toJSDate() },
    ];
    const again = await db.transaction((tx) =>
      createBookingsStore(db).setPlannedTimes(moved, shift!.id, shift!.vehicle_id, tx),
    );
    expect(again).toEqual([b]);
    const afterAgain = await times();
    expect(afterAgain.get(a)).toEqual(after.get(a));
    expect(afterAgain.get(b)?.planned_pickup_at?.toISOString()).toBe(
      moved[1]!.pickupAt.toISOString(),
    );
    // A route with no complete booking writes nothing and does not fail.
    await db.transaction((tx) =>
      createBookingsStore(db).setPlannedTimes([], shift!.id, shift!.vehicle_id, tx),
    );
    expect(await times()).toEqual(afterAgain);
  });

  it("reads a booking's own row as the full read has it, without the joined columns", async () => {
    const store = createBookingsStore(t.database.db);
    for (const id of ids) {
      const full = await store.findById(id);
      const own = await store.findRowById(id);
      const {
        citizen_name,
        vehicle_plate,
        vehicle_label,
        driver_id,
        driver_name,
        shift_starts_at,
        shift_ends_at,
        created_by_name,
        return_trip,
        shared_with,
        ...columns
      } = full!;
      expect(own).toEqual(columns);
      expect(own?.service_date).toBe(tomorrow.toISODate());
    }
    expect(await store.findRowById('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});
