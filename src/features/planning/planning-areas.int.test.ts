import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import {
  eligibleCitizen,
  type ShiftAroundNow,
  shiftsAroundNow,
} from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from '../bookings/bookings.schema.js';

const ZONE = 'Europe/Istanbul';
// West: the directorate's garage and the old town; east: Alikahya.
const AREAS = 'bati=40.77,29.92;dogu=40.777,30.005';

/**
 * A city planned in areas: each ride in the area of its pickup, carried by
 * that area's vehicles wherever it ends, each area a partition of its own
 * (its own version, lease and day in memory), at the real hour.
 */
describe.each(DIALECTS)('a day planned in areas, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let west: ShiftAroundNow;
  let east: ShiftAroundNow;
  let citizen: string;

  beforeAll(async () => {
    t = await startTestService(dialect, { PLANNING_AREAS: AREAS });
    operator = await t.login('operator');
    const admin = await t.login('admin');
    const fleet = await shiftsAroundNow(t, admin, [
      {
        label: 'Batı rampalı',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi'],
        depotPlaceId: 'sosyal-destek-garaji',
      },
      {
        label: 'Doğu rampasız',
        seats: 3,
        serviceIds: ['engelsiz-taksi'],
        depotPlaceId: 'alikahya-ataturk-mah',
      },
    ]);
    west = fleet[0]!;
    east = fleet[1]!;
    await t.database.db.query(
      'UPDATE shifts SET cancelled = true WHERE NOT (id = ANY($1::uuid[]))',
      [[west.shiftId, east.shiftId]],
    );
    citizen = await eligibleCitizen(t, operator, admin, 'Bölge Yolcusu', ['engelsiz-taksi']);
  });
  afterAll(() => t?.close());

  const book = (body: Record<string, unknown>) =>
    t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: { serviceId: 'engelsiz-taksi', citizenId: citizen, wheelchair: 'manual', ...body },
    });
  const localDate = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toISODate()!;
  const versions = async () =>
    new Map(
      (
        await t.database.db.query<{ key: string; version: number }>(
          'SELECT key, version FROM planning_partitions',
        )
      ).map((r) => [r.key, Number(r.version)]),
    );

  it('plans a ride that crosses into the other area with a vehicle of the area it starts in', async () => {
    const res = await book({
      pickup: { placeId: 'gultepe-mah' },
      dropoff: { placeId: 'alikahya-fatih-mah' },
      asap: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('scheduled');
    expect(res.body.planned?.vehicle.plate).toBe(west.plate);
    const date = localDate(res.body.pickupWindow.start);
    const keys = await versions();
    expect(keys.get(`izmit:${date}:bati`)).toBeGreaterThan(0);
    expect(keys.has(`izmit:${date}`)).toBe(false);

    // The operator cannot hand it to the east's car: told why in words, not "no such shift".
    const across = await t.api<{
      error: { code: string; message: string; params: Record<string, string> };
    }>('POST', `/bookings/${res.body.id}/reassign`, {
      token: operator,
      body: { shiftId: east.shiftId, reason: 'deneme' },
    });
    expect(across.status).toBe(422);
    expect(across.body.error.code).toBe('REASSIGN_INFEASIBLE');
    expect(across.body.error.params.reason).toBe('other-area');
    expect(across.body.error.message).toContain(east.plate);
    expect(across.body.error.message).toMatch(/başka bir planlama bölgesinin/);
    const nowhere = await t.api('POST', `/bookings/${res.body.id}/reassign`, {
      token: operator,
      body: { shiftId: randomUUID(), reason: 'deneme' },
    });
    expect(nowhere.status).toBe(404);

    // Cancelled: every area of the day is read again before it is trusted.
    const before = await versions();
    const cancel = await t.api('POST', `/bookings/${res.body.id}/cancel`, {
      token: operator,
      body: { reason: 'Test' },
    });
    expect(cancel.status).toBe(200);
    const after = await versions();
    for (const area of ['bati', 'dogu'])
      expect(after.get(`izmit:${date}:${area}`)).toBeGreaterThan(
        before.get(`izmit:${date}:${area}`) ?? 0,
      );
  });

  it("never gives a ride to another area's vehicle: the reasons name only its own area's", async () => {
    // The west van has a ramp and is free; the ride starts in the east, whose car has none.
    const res = await book({
      pickup: { placeId: 'alikahya-cumhuriyet-mah' },
      dropoff: { placeId: 'gultepe-mah' },
      pickupAt: DateTime.now().plus({ hours: 2 }).toUTC().toISO(),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('refused');
    const named = (res.body.explanation ?? []).map((e) => String(e.params.plates ?? ''));
    expect(named.join(' ')).toContain(east.plate);
    expect(named.join(' ')).not.toContain(west.plate);
  });

  it('re-optimises each area of the day on its own', async () => {
    const date = DateTime.now().setZone(ZONE).toISODate()!;
    const runs = await t.service.reoptimise!.reoptimiseDate(date, { seconds: 0.2, seed: 1 });
    expect(runs.map((r) => r.partitionDay)).toEqual([`${date}:bati`, `${date}:dogu`]);
  });
});
