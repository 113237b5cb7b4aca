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

const MIN = 60_000;
const ms = (iso: string) => Date.parse(iso);

/**
 * A return "ready an hour after arrival" that no car can take when the citizen
 * is ready (the outbound's car has gone home, another could come only
 * earlier, the next hours later): the refusal shows the time the citizen is
 * ready, not the estimate stored at booking, and offers no time before it,
 * though a car could take one. Played at the real hour, with shifts built around now.
 */
describe.each(DIALECTS)('a following return refused, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let admin: string;
  let early: ShiftAroundNow;
  let middle: ShiftAroundNow;
  let later: ShiftAroundNow;

  beforeAll(async () => {
    t = await startTestService(dialect);
    operator = await t.login('operator');
    admin = await t.login('admin');
    const ramp = {
      seats: 3,
      wheelchairPlaces: 1,
      hasRamp: true,
      serviceIds: ['engelsiz-taksi'],
    };
    [early] = (await shiftsAroundNow(t, admin, [{ label: 'Rampalı (erken)', ...ramp }], {
      hoursAfter: 1.25,
    })) as [ShiftAroundNow];
    const [between, last] = await shiftsAroundNow(t, admin, [
      { label: 'Rampalı (ara)', ...ramp },
      { label: 'Rampalı (geç)', ...ramp },
    ]);
    middle = between!;
    later = last!;
    // A car from one to two hours from now, which could take the return earlier than the
    // citizen is ready but not when they are; then none until three hours from now.
    const move = (shiftId: string, from: DateTime, to: DateTime) =>
      t.database.db.query(
        `UPDATE shifts SET starts_at = $2, ends_at = $3, break_earliest = NULL, break_latest = NULL,
           break_minutes = 0 WHERE id = $1`,
        [shiftId, from.toJSDate(), to.toJSDate()],
      );
    const now = DateTime.now();
    await move(middle.shiftId, now.plus({ hours: 1 }), now.plus({ hours: 2 }));
    await move(later.shiftId, now.plus({ hours: 3 }), now.plus({ hours: 8 }));
    await t.database.db.query(
      'UPDATE shifts SET cancelled = true WHERE NOT (id = ANY($1::uuid[]))',
      [[early.shiftId, middle.shiftId, later.shiftId]],
    );
  });
  afterAll(() => t?.close());

  it('shows the time the citizen is ready, and offers nothing before it', async () => {
    const citizen = await eligibleCitizen(t, operator, admin, 'Dönüş Bekleyen', ['engelsiz-taksi']);
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: citizen,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'seka-devlet-hastanesi' },
        pickupAt: DateTime.now().plus({ minutes: 35 }).toUTC().toISO(),
        wheelchair: 'manual',
        returnTrip: { readyAfterMinutes: 60 },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('scheduled');
    expect(res.body.planned?.vehicle.plate).toBe(early.plate);
    const ret = await t.api<BookingView>('GET', `/bookings/${res.body.returnTrip!.id}`, {
      token: operator,
    });
    expect(ret.body.status, JSON.stringify(ret.body.explanation)).toBe('refused');
    const out = await t.api<BookingView>('GET', `/bookings/${res.body.id}`, { token: operator });
    // The outbound may still be re-timed inside its window: the citizen is ready an hour after
    // its latest arrival (the planned drop-off, moved by what is left of the pickup window).
    const planned = out.body.planned!;
    const latestArrival =
      ms(planned.dropoffAt) + (ms(out.body.pickupWindow.end) - ms(planned.pickupAt));
    const ready = latestArrival + 60 * MIN;
    // The time asked for is when the citizen is ready (a second past it), not the booking's guess.
    expect(ms(ret.body.pickupWindow.start)).toBeGreaterThanOrEqual(ready);
    expect(ms(ret.body.pickupWindow.start)).toBeLessThan(ready + 2_000);
    const alternatives = ret.body.refusal?.alternatives ?? [];
    expect(alternatives.length).toBeGreaterThan(0);
    for (const alt of alternatives) {
      expect(ms(alt.requestedAt)).toBeGreaterThanOrEqual(ready);
      expect(ms(alt.plannedPickupAt)).toBeGreaterThanOrEqual(ready);
    }
    // The first the later car can keep: from its start, three hours from now.
    expect(ms(alternatives[0]!.plannedPickupAt)).toBeGreaterThanOrEqual(
      DateTime.now().plus({ hours: 2, minutes: 59 }).toMillis(),
    );
    // An earlier time was there to offer: a ride a quarter past the middle car's start, before
    // the citizen is ready, goes on that car. It was not offered, as the citizen is not ready.
    const before = DateTime.now().plus({ minutes: 75 });
    expect(before.toMillis()).toBeLessThan(ready);
    const other = await eligibleCitizen(t, operator, admin, 'Erken Giden', ['engelsiz-taksi']);
    const sooner = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: other,
        pickup: { placeId: 'seka-devlet-hastanesi' },
        dropoff: { placeId: 'gultepe-mah' },
        pickupAt: before.toUTC().toISO(),
        wheelchair: 'manual',
      },
    });
    expect(sooner.body.status, JSON.stringify(sooner.body.explanation)).toBe('scheduled');
    expect(sooner.body.planned?.vehicle.plate).toBe(middle.plate);
  });
});
