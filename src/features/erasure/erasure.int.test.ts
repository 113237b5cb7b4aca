import { createHmac, randomInt } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { captureLogger } from '../../../test/fakes/capture-logger.js';
import { citizenLogin } from '../../../test/support/citizen-login.js';
import { DIALECTS } from '../../../test/support/database.js';
import { shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { isValidNationalId } from '../../domain/national-id.js';
import { foldTurkish } from '../../domain/places/turkish-text.js';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
import type { Db } from '../../infra/db/database.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { NOTIFICATIONS_QUEUE, reminderJobId } from '../notifications/notifications.queue.js';
import type { ErasureAnswer } from './erasure.schema.js';

const ZONE = 'Europe/Istanbul';
// service-harness.ts signs tokens and keys sign-in codes with this secret.
const SECRET = 'test-secret-that-is-long-enough-0123456789';

/** A valid T.C. kimlik no no other test uses. */
function nationalId(): string {
  for (;;) {
    const first = [randomInt(1, 10), ...Array.from({ length: 8 }, () => randomInt(0, 10))];
    const odd = first[0]! + first[2]! + first[4]! + first[6]! + first[8]!;
    const even = first[1]! + first[3]! + first[5]! + first[7]!;
    const tenth = (((odd * 7 - even) % 10) + 10) % 10;
    const eleventh = [...first, tenth].reduce((a, b) => a + b, 0) % 10;
    const id = [...first, tenth, eleventh].join('');
    if (isValidNationalId(id)) return id;
  }
}

const phone = () => `+90555${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;

/** Every base table and how many of its rows hold `text` anywhere (the row cast to text). */
async function tablesHolding(db: Db, text: string): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${name}" x WHERE strpos(x::text, $1) > 0`,
      [text],
    );
    if (row && row.n > 0) out[name] = row.n;
  }
  return out;
}

describe.each(DIALECTS)("a citizen's erasure (KVKK), on %s", (dialect) => {
  let t: TestService;
  let redis: Redis;
  let queue: Queue;
  let admin: string;
  let operator: string;
  let supervisor: string;
  const log = captureLogger();

  beforeAll(async () => {
    t = await startTestService(dialect, {}, { logger: log.logger });
    admin = await t.login('admin');
    operator = await t.login('operator');
    supervisor = await t.login('supervisor');
    const spec = { label: 'Anne (silme)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] };
    await shiftsAroundNow(t, admin, [spec]);
    await shiftsAroundNow(t, admin, [spec], { day: 'tomorrow' });
    redis = new Redis(inject('redisUrl'));
    queue = new Queue(NOTIFICATIONS_QUEUE, { connection: redis, prefix: t.prefix });
  });
  afterAll(async () => {
    await queue?.close();
    redis?.disconnect();
    await t?.close();
  });

  /** A mother registered with everything a record can hold, each piece marked so it can be searched for. */
  async function registerMother(tag: string) {
    const person = {
      name: `Sevim Silinecekoğlu ${tag}`,
      phone: phone(),
      nationalId: nationalId(),
      notes: `Kapı zili bozuk NOT${tag}`,
      street: `Silinecek Sokak ${tag}`,
      directions: `Yeşil kapı TARİF${tag}`,
      savedLabel: `Kızının evi ADRES${tag}`,
      relativeName: `Akraba Yakınoğlu ${tag}`,
      relativePhone: phone(),
      applicationNote: `Başvuru notu BAŞVURU${tag}`,
      rideNote: `Sürücüye not SÜRÜCÜ${tag}`,
    };
    const today = DateTime.now().setZone(ZONE);
    const created = await t.api<{ id: string }>('POST', '/citizens', {
      token: admin,
      body: {
        fullName: person.name,
        phone: person.phone,
        nationalId: person.nationalId,
        birthYear: 1994,
        notes: person.notes,
        home: {
          placeId: 'gultepe-mah',
          address: { street: person.street, buildingNo: '17', floor: '3', flat: '9' },
        },
        eligibility: [
          {
            serviceId: 'anne-taksi',
            validFrom: today.minus({ days: 1 }).toISODate(),
            validUntil: today.plus({ months: 6 }).toISODate(),
            basis: `Doğum raporu RAPOR${tag}`,
            documentRef: `BELGE-${tag}`,
          },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    const saved = await t.api('POST', `/citizens/${id}/addresses`, {
      token: operator,
      body: {
        label: person.savedLabel,
        lat: 40.77123,
        lng: 29.94567,
        address: { street: person.street, buildingNo: '4', directions: person.directions },
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    return { id, person };
  }

  async function book(
    citizenId: string,
    person: { street: string; rideNote: string },
    when: object,
  ) {
    const res = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'anne-taksi',
        citizenId,
        pickup: {
          placeId: 'gultepe-mah',
          address: { street: person.street, buildingNo: '17', floor: '3', flat: '9' },
        },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        infants: 1,
        notes: person.rideNote,
        ...when,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  const perService = async () =>
    t.database.db.query<{ service_id: string; rides: number; citizens: number }>(
      `SELECT service_id, count(*)::int AS rides, count(DISTINCT citizen_id)::int AS citizens
       FROM bookings GROUP BY service_id ORDER BY service_id`,
    );

  it('is for administrators only, and refused while rides are not finished: nothing changes', async () => {
    const { id, person } = await registerMother('A1');
    const ride = await book(id, person, { asap: true });
    expect(ride.status).toBe('scheduled');
    for (const token of [operator, supervisor]) {
      const res = await t.api('POST', `/citizens/${id}/erasure`, {
        token,
        body: { reason: 'Vatandaşın dilekçesi' },
      });
      expect(res.status).toBe(403);
    }
    const refused = await t.api<{ error: { code: string; message: string } }>(
      'POST',
      `/citizens/${id}/erasure`,
      {
        token: admin,
        body: { reason: 'Vatandaşın dilekçesi' },
        headers: { 'accept-language': 'en' },
      },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ERASURE_BLOCKED');
    expect(refused.body.error.message).toMatch(/not yet finished/);
    const noReason = await t.api<{ error: { issues: { field: string }[] } }>(
      'POST',
      `/citizens/${id}/erasure`,
      { token: admin, body: { cancelFutureRides: true } },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues.map((i) => i.field)).toContain('body.reason');
    // A ride under way (the car at the door) cannot be cancelled: erasure waits for its end.
    await t.database.db.query(`UPDATE bookings SET status = 'arrived' WHERE id = $1`, [ride.id]);
    const underWay = await t.api<{ error: { code: string } }>('POST', `/citizens/${id}/erasure`, {
      token: admin,
      body: { reason: 'Vatandaşın dilekçesi', cancelFutureRides: true },
    });
    expect(underWay.status).toBe(409);
    expect(underWay.body.error.code).toBe('ERASURE_BLOCKED');
    const [row] = await t.database.db.query<{ full_name: string; anonymised_at: Date | null }>(
      'SELECT full_name, anonymised_at FROM citizens WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ full_name: person.name, anonymised_at: null });
    const [still] = await t.database.db.query<{ status: string; notes: string | null }>(
      'SELECT status, notes FROM bookings WHERE id = $1',
      [ride.id],
    );
    expect(still?.status).toBe('arrived');
    expect(still?.notes).not.toBeNull();
  });

  it('removes the citizen from every table and from Redis, keeps the counts, and is audited', async () => {
    const { id, person } = await registerMother('B2');
    // The mother signs in, names a relative and applies for another service; the relative signs in too.
    const mother = await citizenLogin(t, log.records, person.phone);
    const named = await t.api('POST', `/me/citizens/${id}/relatives`, {
      token: mother.accessToken,
      body: { phone: person.relativePhone, name: person.relativeName },
    });
    expect(named.status, JSON.stringify(named.body)).toBe(200);
    const applied = await t.api('POST', `/me/citizens/${id}/applications`, {
      token: mother.accessToken,
      body: { serviceId: 'engelsiz-taksi', note: person.applicationNote },
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const relative = await citizenLogin(t, log.records, person.relativePhone);

    // A ride in the past (done) and one tomorrow, with its reminder waiting in BullMQ.
    const past = await book(id, person, { asap: true });
    await t.database.db.query(`UPDATE bookings SET status = 'completed' WHERE id = $1`, [past.id]);
    const tomorrow = DateTime.now()
      .setZone(ZONE)
      .plus({ days: 1 })
      .set({ hour: 11, minute: 0, second: 0, millisecond: 0 });
    const future = await book(id, person, { pickupAt: tomorrow.toISO() });
    expect(future.status).toBe('scheduled');
    const reminder = reminderJobId(future.id, 'remind-soon');
    await expect
      .poll(async () => (await queue.getJob(reminder))?.id, { timeout: 10_000 })
      .toBe(reminder);
    // A standing order beyond the booking horizon: running, with her door and a note.
    const today = DateTime.now().setZone(ZONE);
    const series = await t.api<{ id: string }>('POST', '/standing-orders', {
      token: operator,
      body: {
        citizenId: id,
        serviceId: 'anne-taksi',
        pickup: { placeId: 'gultepe-mah', address: { street: person.street, buildingNo: '17' } },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        time: '10:00',
        startsOn: today.plus({ days: 60 }).toISODate(),
        endsOn: today.plus({ days: 90 }).toISODate(),
        infants: 1,
        notes: person.rideNote,
      },
    });
    expect(series.status, JSON.stringify(series.body)).toBe(201);
    // A sign-in code asked for and not used: its key in Redis names the phone (as a keyed hash).
    await t.api('POST', '/auth/citizen/code', { body: { phone: person.phone } });
    const phoneKey = createHmac('sha256', SECRET).update(person.phone).digest('hex').slice(0, 32);
    const otpKey = `${t.prefix}:otp:code:${phoneKey}`;
    expect(await redis.exists(otpKey)).toBe(1);

    const db = t.database.db;
    const before = await perService();
    // BullMQ's own keys are BullMQ's: the planning job of a ride (named by its id) is not deleted by hand.
    const planningJob = `${t.prefix}:scheduling:${past.id}`;
    expect(await redis.exists(planningJob)).toBe(1);
    // The test can fail: the marked data is there before.
    expect(await tablesHolding(db, person.name)).toHaveProperty('citizens');
    expect(await tablesHolding(db, person.street)).toHaveProperty('bookings');
    expect(await tablesHolding(db, person.savedLabel)).toHaveProperty('citizen_addresses');

    const res = await t.api<ErasureAnswer>('POST', `/citizens/${id}/erasure`, {
      token: admin,
      body: { reason: 'Dilekçe 2026/114, e-Devlet', cancelFutureRides: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      citizenId: id,
      alreadyErased: false,
      cancelledRides: 1,
      endedStandingOrders: 1,
    });
    expect(res.body.counts).toMatchObject({
      bookings: 2,
      addresses: 1,
      relatives: 1,
      applications: 1,
    });
    expect(res.body.counts.users).toBe(2);
    expect(res.body.redis.jobs).toBeGreaterThanOrEqual(1);

    // No table holds anything that tells who she was.
    const digits = (p: string) => p.slice(3);
    for (const text of [
      person.name,
      foldTurkish(person.name),
      digits(person.phone),
      person.nationalId,
      person.notes,
      person.street,
      person.directions,
      person.savedLabel,
      person.relativeName,
      digits(person.relativePhone),
      person.applicationNote,
      person.rideNote,
      'RAPORB2',
      'BELGE-B2',
    ])
      expect(await tablesHolding(db, text), text).toEqual({});
    const [citizen] = await db.query<Record<string, unknown>>(
      `SELECT full_name, phone, phone_hash, national_id, national_id_hash, notes, birth_year,
         home_label, home_lat, home_address, anonymised_at FROM citizens WHERE id = $1`,
      [id],
    );
    expect(citizen).toMatchObject({
      full_name: 'Anonim',
      phone: null,
      phone_hash: null,
      national_id: null,
      national_id_hash: null,
      notes: null,
      birth_year: null,
      home_label: null,
      home_lat: null,
      home_address: null,
    });
    expect(citizen?.anonymised_at).not.toBeNull();
    const users = await db.query<{
      active: boolean;
      phone: string | null;
      phone_hash: string | null;
    }>('SELECT active, phone, phone_hash FROM users WHERE id = ANY($1::uuid[])', [
      [mother.user.id, relative.user.id],
    ]);
    expect(users).toEqual([
      { active: false, phone: null, phone_hash: null },
      { active: false, phone: null, phone_hash: null },
    ]);

    // Rides stay for the reports: the neighbourhood, a point to about a kilometre, no door.
    const rides = await db.query<Record<string, unknown>>(
      `SELECT id, status, service_id, pickup_place_id, pickup_label, pickup_lat, pickup_address,
         dropoff_place_id, notes FROM bookings WHERE citizen_id = $1 ORDER BY created_at`,
      [id],
    );
    expect(rides).toEqual([
      expect.objectContaining({ id: past.id, status: 'completed', service_id: 'anne-taksi' }),
      expect.objectContaining({ id: future.id, status: 'cancelled', service_id: 'anne-taksi' }),
    ]);
    for (const ride of rides) {
      expect(ride).toMatchObject({
        pickup_place_id: 'gultepe-mah',
        pickup_label: 'Gültepe Mahallesi, İzmit',
        pickup_address: null,
        dropoff_place_id: 'kocaeli-devlet-hastanesi',
        notes: null,
      });
      expect(Number(ride.pickup_lat).toFixed(2)).toBe(String(ride.pickup_lat));
    }
    expect(await perService()).toEqual(before);
    const [order] = await db.query<Record<string, unknown>>(
      'SELECT status, notes, pickup FROM standing_orders WHERE id = $1',
      [series.body.id],
    );
    expect(order).toMatchObject({
      status: 'ended',
      notes: null,
      pickup: { placeId: 'gultepe-mah', label: 'Gültepe Mahallesi, İzmit' },
    });
    // The record of messages sent to her is gone (what was sent, to which masked number).
    expect(
      await db.query('SELECT id FROM notification_deliveries WHERE citizen_id = $1', [id]),
    ).toEqual([]);

    // Redis: the reminder, the message claims and the sign-in code are gone.
    expect(await queue.getJob(reminder)).toBeUndefined();
    expect(await redis.exists(otpKey)).toBe(0);
    expect(await redis.exists(planningJob)).toBe(1);
    const left = (await redis.keys(`${t.prefix}:notify:*`)).filter(
      (k) => k.includes(past.id) || k.includes(future.id),
    );
    expect(left).toEqual([]);

    // Neither the mother's nor the relative's session works any more.
    for (const token of [mother.accessToken, relative.accessToken])
      expect((await t.api('GET', '/me', { token })).status).toBe(401);

    // Audited: who, the reason, the counts; never the erased values.
    const audit = await db.query<{ actor_role: string; details: Record<string, unknown> }>(
      `SELECT actor_role, details FROM audit_log WHERE action = 'citizen.erasure' AND citizen_id = $1`,
      [id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_role).toBe('admin');
    // The reason is free text: stored encrypted where audit details are.
    const details = audit[0]?.details ?? {};
    expect(dataCipher().decrypt(String(details.reason))).toBe('Dilekçe 2026/114, e-Devlet');
    expect(details).toMatchObject({
      cancelledRides: 1,
      bookings: 2,
    });
    // The log line says an erasure happened, with counts only.
    const line = JSON.stringify(log.records.find((r) => r.msg === 'a citizen was erased (KVKK)'));
    expect(line).toContain(id);
    for (const text of [person.name, digits(person.phone), person.street])
      expect(line).not.toContain(text);

    // Asked again: nothing more to do, said so.
    const again = await t.api<ErasureAnswer>('POST', `/citizens/${id}/erasure`, {
      token: admin,
      body: { reason: 'Dilekçe 2026/114, e-Devlet' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyErased: true, erasedAt: res.body.erasedAt });
  });
  it('keeps a sign-in shared with another citizen on the same phone, now named after the one it still reaches', async () => {
    const shared = phone();
    const today = DateTime.now().setZone(ZONE);
    const register = async (fullName: string) => {
      const res = await t.api<{ id: string }>('POST', '/citizens', {
        token: admin,
        body: {
          fullName,
          phone: shared,
          eligibility: [
            {
              serviceId: 'anne-taksi',
              validFrom: today.minus({ days: 1 }).toISODate(),
              validUntil: today.plus({ months: 6 }).toISODate(),
              basis: 'Doğum raporu',
            },
          ],
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id;
    };
    // A daughter registered her mother with her own phone: one sign-in reaches both.
    const daughter = await register('Aaa Ortakkızı C3');
    const mother = await register('Zzz Ortakanne C3');
    const session = await citizenLogin(t, log.records, shared);
    const res = await t.api<ErasureAnswer>('POST', `/citizens/${daughter}/erasure`, {
      token: admin,
      body: { reason: 'Dilekçe 2026/200' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.counts.users).toBeUndefined();
    const me = await t.api<{ citizens: { id: string; fullName: string }[] }>('GET', '/me', {
      token: session.accessToken,
    });
    expect(me.status).toBe(200);
    expect(me.body.citizens.map((c) => c.id)).toEqual([mother]);
    const [user] = await t.database.db.query<{ display_name: string; active: boolean }>(
      'SELECT display_name, active FROM users WHERE id = $1',
      [session.user.id],
    );
    expect(user).toEqual({ display_name: 'Zzz Ortakanne C3', active: true });
    expect(await tablesHolding(t.database.db, 'Ortakkızı')).toEqual({});
  });
});
