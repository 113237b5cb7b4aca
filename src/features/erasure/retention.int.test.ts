import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { eligibleCitizen, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { createAnonymiseStore } from './anonymise.store.js';
import { createRetentionService } from './retention.service.js';

const silent = { info() {} };

describe.each(DIALECTS)('the nightly KVKK retention run, on %s', (dialect) => {
  let t: TestService;
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    t = await startTestService(dialect, {
      RETENTION_RIDE_MONTHS: '36',
      RETENTION_CITIZEN_MONTHS: '24',
    });
    admin = await t.login('admin');
    operator = await t.login('operator');
    const spec = { label: 'Anne (saklama)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] };
    await shiftsAroundNow(t, admin, [spec]);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A mother with a home door, a saved address and one completed ride (booked now, through the API). */
  async function motherWithRide(tag: string) {
    const name = `Saklama Annesi ${tag}`;
    const id = await eligibleCitizen(t, operator, admin, name, ['anne-taksi'], {
      phone: `0555 ${String(randomInt(100, 999))} ${String(randomInt(10, 99))} ${String(randomInt(10, 99))}`,
      notes: `Not ${tag}`,
      home: {
        placeId: 'yahya-kaptan-mah',
        address: { street: `Kapı Sokak ${tag}`, buildingNo: '5' },
      },
    });
    const saved = await t.api('POST', `/citizens/${id}/addresses`, {
      token: operator,
      body: { label: `Annesinin evi ${tag}`, placeId: 'cedit-mah', lat: 40.77, lng: 29.947 },
    });
    expect(saved.status).toBe(201);
    return { id, name, ride: await ride(id, tag) };
  }

  async function ride(citizenId: string, tag: string): Promise<string> {
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'anne-taksi',
        citizenId,
        asap: true,
        pickup: { placeId: 'kocaeli-devlet-hastanesi' },
        dropoff: {
          placeId: 'yahya-kaptan-mah',
          address: { street: `Kapı Sokak ${tag}`, buildingNo: '5', floor: '2' },
        },
        infants: 1,
        notes: `Sürücüye not ${tag}`,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    await t.database.db.query(`UPDATE bookings SET status = 'completed' WHERE id = $1`, [
      res.body.id,
    ]);
    return res.body.id;
  }

  /** Moves a ride `months` into the past, as if it had been booked and driven then. */
  const rideAgo = (id: string, months: number) =>
    t.database.db.query(
      `UPDATE bookings SET service_date = service_date - make_interval(months => $2),
         pickup_window_start = pickup_window_start - make_interval(months => $2),
         pickup_window_end = pickup_window_end - make_interval(months => $2),
         created_at = created_at - make_interval(months => $2) WHERE id = $1`,
      [id, months],
    );

  /** Moves everything about a citizen but their rides `months` into the past. */
  const citizenAgo = async (id: string, months: number) => {
    const db = t.database.db;
    const ago = `- make_interval(months => $2)`;
    await db.query(`UPDATE citizens SET created_at = created_at ${ago} WHERE id = $1`, [
      id,
      months,
    ]);
    await db.query(
      `UPDATE eligibility SET created_at = created_at ${ago}, valid_from = valid_from ${ago},
         valid_until = valid_until ${ago} WHERE citizen_id = $1`,
      [id, months],
    );
    await db.query(
      `UPDATE citizen_addresses SET created_at = created_at ${ago} WHERE citizen_id = $1`,
      [id, months],
    );
    await db.query(`UPDATE audit_log SET at = at ${ago} WHERE citizen_id = $1`, [id, months]);
  };

  const snapshot = async () =>
    JSON.stringify([
      await t.database.db.query('SELECT * FROM citizens ORDER BY id'),
      await t.database.db.query('SELECT * FROM bookings ORDER BY id'),
      await t.database.db.query('SELECT id, details FROM booking_events ORDER BY id'),
      await t.database.db.query('SELECT * FROM citizen_addresses ORDER BY id'),
      await t.database.db.query('SELECT id, username, display_name, active FROM users ORDER BY id'),
    ]);

  it('anonymises rides and citizens past their periods, leaves newer ones, and a second run changes nothing', async () => {
    const db = t.database.db;
    // Gone quiet 40 months ago: citizen and ride past both periods.
    const quiet = await motherWithRide('Q1');
    await rideAgo(quiet.ride, 40);
    await citizenAgo(quiet.id, 40);
    // Registered 40 months ago, rode then and again a year ago: the old ride goes, she stays.
    const regular = await motherWithRide('R1');
    const lastYear = await ride(regular.id, 'R1-recent');
    await rideAgo(regular.ride, 40);
    await rideAgo(lastYear, 12);
    await citizenAgo(regular.id, 40);
    // Everything of today.
    const fresh = await motherWithRide('F1');

    const outcome = await t.service.retention!.run();
    expect(outcome).toMatchObject({ citizens: 1, rides: 1, complete: true });

    const [q] = await db.query<Record<string, unknown>>(
      'SELECT full_name, phone, notes, home_address, anonymised_at FROM citizens WHERE id = $1',
      [quiet.id],
    );
    expect(q).toMatchObject({ full_name: 'Anonim', phone: null, notes: null, home_address: null });
    expect(q?.anonymised_at).not.toBeNull();
    expect(
      await db.query('SELECT id FROM citizen_addresses WHERE citizen_id = $1', [quiet.id]),
    ).toEqual([]);

    const rides = await db.query<{
      id: string;
      status: string;
      has_notes: boolean;
      dropoff_address: unknown;
      dropoff_label: string;
      dropoff_place_id: string;
      anonymised: boolean;
    }>(
      `SELECT id, status, notes IS NOT NULL AS has_notes, dropoff_address, dropoff_label, dropoff_place_id,
         anonymised_at IS NOT NULL AS anonymised
       FROM bookings WHERE id = ANY($1::uuid[])`,
      [[quiet.ride, regular.ride, lastYear, fresh.ride]],
    );
    const byId = new Map(rides.map((r) => [r.id, r]));
    for (const id of [quiet.ride, regular.ride])
      expect(byId.get(id)).toMatchObject({
        status: 'completed',
        has_notes: false,
        dropoff_address: null,
        dropoff_place_id: 'yahya-kaptan-mah',
        dropoff_label: 'Yahya Kaptan Mahallesi, İzmit',
        anonymised: true,
      });
    for (const [id, tag] of [
      [lastYear, 'R1-recent'],
      [fresh.ride, 'F1'],
    ] as const)
      expect(byId.get(id)).toMatchObject({
        has_notes: true,
        dropoff_address: { street: `Kapı Sokak ${tag}`, buildingNo: '5', floor: '2' },
        anonymised: false,
      });
    for (const c of [regular, fresh]) {
      const [row] = await db.query<{ full_name: string; anonymised_at: Date | null }>(
        'SELECT full_name, anonymised_at FROM citizens WHERE id = $1',
        [c.id],
      );
      expect(row).toEqual({ full_name: c.name, anonymised_at: null });
    }

    // The run is in the audit log as the system's, with its counts.
    const audit = await db.query<{
      actor_role: string;
      actor_user_id: string | null;
      details: object;
    }>(
      `SELECT actor_role, actor_user_id, details FROM audit_log WHERE action = 'retention.run' ORDER BY id`,
    );
    expect(audit.at(-1)).toMatchObject({
      actor_role: 'system',
      actor_user_id: null,
      details: { citizens: 1, rides: 1 },
    });

    const before = await snapshot();
    const again = await t.service.retention!.run();
    expect(again).toMatchObject({ citizens: 0, rides: 0, standingOrders: 0, complete: true });
    expect(await snapshot()).toBe(before);
  });

  it('is bounded per run and goes on where it stopped', async () => {
    const db = t.database.db;
    const mother = await motherWithRide('B1');
    const more = [await ride(mother.id, 'B2'), await ride(mother.id, 'B3')];
    for (const id of [mother.ride, ...more]) await rideAgo(id, 50);
    const bounded = createRetentionService({
      db,
      store: createAnonymiseStore(),
      settings: { rideMonths: 36, citizenMonths: 24, batchSize: 1, maxPerRun: 2 },
      timeZone: 'Europe/Istanbul',
      now: () => new Date(),
      log: silent,
    });
    expect(await bounded.run()).toMatchObject({ rides: 2, complete: false });
    expect(await bounded.run()).toMatchObject({ rides: 1, complete: true });
    const left = await db.query(
      'SELECT id FROM bookings WHERE id = ANY($1::uuid[]) AND anonymised_at IS NULL',
      [[mother.ride, ...more]],
    );
    expect(left).toEqual([]);
  });
});
