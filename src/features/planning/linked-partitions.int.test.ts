import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { createServicesStore } from '../services/services.store.js';
import { createPlanningStore, partitionKeyOf } from './planning.store.js';

const ZONE = 'Europe/Istanbul';

/**
 * A night shift's route holds two days' rides: planning either day must see
 * a change made through the other, or two workers would overwrite one route.
 */
describe.each(DIALECTS)('a shift across midnight ties two days, on %s', (dialect) => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService(dialect);
  });
  afterAll(() => t?.close());

  it('makes a commit on one day fail when the other day changed meanwhile', async () => {
    const admin = await t.login('admin');
    const night = DateTime.now().setZone(ZONE).plus({ days: 1 }).set({ hour: 20, minute: 0 });
    const vehicle = await t.api<{ id: string }>('POST', '/vehicles', {
      token: admin,
      body: {
        plate: '41 GC 901',
        label: 'Gece',
        seats: 3,
        wheelchairPlaces: 1,
        infantSeats: 0,
        hasRamp: true,
        depot: { placeId: 'sosyal-destek-garaji' },
      },
    });
    const driver = await t.api<{ id: string }>('POST', '/drivers', {
      token: admin,
      body: {
        fullName: 'Gece Sürücüsü',
        phone: '0532 000 00 09',
        username: 'gece-surucu',
        password: 'gece-parolasi-123',
      },
    });
    const shift = await t.api('POST', '/shifts', {
      token: admin,
      body: {
        driverId: driver.body.id,
        vehicleId: vehicle.body.id,
        startsAt: night.toISO(),
        endsAt: night.plus({ hours: 9 }).toISO(),
      },
    });
    expect(shift.status).toBe(201);
    const store = createPlanningStore(t.database.db, createServicesStore(t.database.db), ZONE);
    const day = night.toISODate()!;
    const next = night.plus({ days: 1 }).toISODate()!;
    const snapshot = await store.snapshot(day, []);
    expect(snapshot.linked.map((l) => l.key)).toContain(partitionKeyOf(next));

    await t.database.db.transaction((tx) => store.bumpPartition(partitionKeyOf(next), tx));
    const committed = await t.database.db.transaction((tx) => store.lockSnapshot(snapshot, tx));
    expect(committed).toBe(false);
    const fresh = await store.snapshot(day, []);
    expect(await t.database.db.transaction((tx) => store.lockSnapshot(fresh, tx))).toBe(true);
  });
});
