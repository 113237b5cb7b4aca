import { randomBytes, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { AuditEntryView } from '../../features/audit/audit.schema.js';
import type { BookingView } from '../../features/bookings/bookings.schema.js';
import { createCitizenAccessStore } from '../../features/citizen-auth/citizen-access.store.js';
import type { CitizenView } from '../../features/citizens/citizens.schema.js';
import type { EligibilityRequestView } from '../../features/eligibility/eligibility-requests.schema.js';
import { dataCipher } from './data-cipher.js';
import { AUDIT_FREE_TEXT_KEYS } from './encrypted-audit-details.js';
import { ENCRYPTED_TABLES, reencrypt, staleCounts } from './encrypted-columns.js';
import { keyIdOf } from './field-cipher.js';

const key = () => randomBytes(32).toString('base64');
const k1 = key();
const k2 = key();
const HASH_KEY = key();

const tomorrowAt = (hour: number) =>
  DateTime.now()
    .setZone('Europe/Istanbul')
    .plus({ days: 1 })
    .set({ hour, minute: 0, second: 0, millisecond: 0 })
    .toISO()!;

// A valid T.C. kimlik no (check digits hold) that no demo citizen has.
const NATIONAL_ID = '38475610004';
const PHONE_DIGITS = '5329876543';
const NOTE = 'Diyaliz hastası; kapı kodu 4711';

/** Every encrypted column of every row, as stored. */
async function storedValues(db: TestDatabase['db']): Promise<string[]> {
  const values: string[] = [];
  for (const spec of ENCRYPTED_TABLES) {
    const columns = spec.columns.map((c) => c.name);
    const rows = await db.query<Record<string, string | null>>(
      `SELECT ${columns.join(', ')} FROM ${spec.table}`,
    );
    for (const row of rows) for (const c of columns) if (row[c] !== null) values.push(row[c]!);
  }
  const audit = await db.query<{ details: Record<string, unknown> }>(
    'SELECT details FROM audit_log WHERE details IS NOT NULL',
  );
  for (const { details } of audit)
    for (const key of AUDIT_FREE_TEXT_KEYS)
      if (typeof details[key] === 'string') values.push(details[key] as string);
  return values;
}

const REVOKE_REASON = 'Kurul raporu iptal: psikiyatri muayenesi';
const SICK_NOTE = 'Bel fıtığı ameliyatı, istirahat raporu';
const REQUEST_NOTE = 'Kemoterapi dönemi boyunca';

describe.each(DIALECTS)('personal data encrypted at rest on %s', (dialect) => {
  let database: TestDatabase;
  let t: TestService;
  let operator: string;
  let admin: string;
  let citizenId: string;
  const start = async (keys: string) => {
    t = await startTestService(
      dialect,
      { DATA_ENCRYPTION_KEYS: keys, DATA_HASH_KEY: HASH_KEY },
      { database },
    );
    operator = await t.login('operator');
    admin = await t.login('admin');
  };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    await start(`k1:${k1}`);
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('stores phone, national ID, notes, mobility and eligibility details as ciphertext', async () => {
    const today = DateTime.now().setZone('Europe/Istanbul');
    const created = await t.api<CitizenView>('POST', '/citizens', {
      token: admin,
      body: {
        fullName: 'Şükrü Gizlioğlu',
        phone: `0${PHONE_DIGITS}`,
        nationalId: NATIONAL_ID,
        mobility: 'electric-wheelchair',
        notes: NOTE,
        eligibility: [
          {
            serviceId: 'engelsiz-taksi',
            validFrom: today.minus({ days: 1 }).toISODate(),
            validUntil: today.plus({ years: 1 }).toISODate(),
            basis: 'Engelli sağlık kurulu raporu',
            disabilityRate: 73,
            documentRef: 'SKR-2026-99817',
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    citizenId = created.body.id;
    expect(created.body).toMatchObject({
      phone: `+90${PHONE_DIGITS}`,
      nationalId: NATIONAL_ID,
      mobility: 'electric-wheelchair',
      notes: NOTE,
      eligibility: [{ basis: 'Engelli sağlık kurulu raporu', disabilityRate: 73 }],
    });

    const [raw] = await database.db.query<Record<string, unknown>>(
      'SELECT * FROM citizens WHERE id = $1',
      [citizenId],
    );
    for (const column of ['phone', 'national_id', 'notes', 'mobility'])
      expect(String(raw?.[column]), column).toMatch(/^enc:v1:k1:/);
    expect(raw?.phone_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(raw?.national_id_hash).toMatch(/^[0-9a-f]{64}$/);
    const [eligibility] = await database.db.query<Record<string, unknown>>(
      'SELECT basis, disability_rate, document_ref FROM eligibility WHERE citizen_id = $1',
      [citizenId],
    );
    for (const value of Object.values(eligibility ?? {}))
      expect(String(value)).toMatch(/^enc:v1:k1:/);

    // Nowhere in the citizen's rows, in any form an operator might have typed it.
    const everything = JSON.stringify(
      await database.db.query(
        `SELECT row_to_json(c)::text AS c, (SELECT json_agg(e)::text FROM eligibility e WHERE e.citizen_id = c.id) AS e
         FROM citizens c WHERE c.id = $1`,
        [citizenId],
      ),
    );
    for (const secret of [
      PHONE_DIGITS,
      NATIONAL_ID,
      'Diyaliz',
      'kodu 4711', // the digits alone can turn up in a timestamp's microseconds
      'electric',
      'sağlık',
      'SKR-2026',
      '"73"',
    ])
      expect(everything, secret).not.toContain(secret);
  });

  it('finds the citizen by the whole phone number or national ID, however written', async () => {
    for (const q of [`0${PHONE_DIGITS}`, `+90 532 987 65 43`, `(532) 987-6543`, NATIONAL_ID]) {
      const found = await t.api<CitizenView[]>('GET', `/citizens?q=${encodeURIComponent(q)}`, {
        token: operator,
      });
      expect(found.status, q).toBe(200);
      expect(
        found.body.map((c) => c.id),
        q,
      ).toEqual([citizenId]);
      // Operators still see the ID masked.
      expect(found.body[0]?.nationalId).toBe('*********04');
    }
    // A part of the number no longer matches: the column is ciphertext (docs/production.md says so).
    const partial = await t.api<CitizenView[]>('GET', '/citizens?q=9876543', { token: operator });
    expect(partial.body.map((c) => c.id)).not.toContain(citizenId);
    const byName = await t.api<CitizenView[]>('GET', '/citizens?q=gizlio', { token: operator });
    expect(byName.body.map((c) => c.id)).toEqual([citizenId]);
  });

  it('still refuses a second citizen with the same national ID (409)', async () => {
    const again = await t.api<{ error: { code: string } }>('POST', '/citizens', {
      token: operator,
      body: { fullName: 'Başka Biri', phone: '05320000001', nationalId: NATIONAL_ID },
    });
    expect(again.status).toBe(409);
    const [count] = await database.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM citizens WHERE full_name = 'Başka Biri'",
    );
    expect(count?.n).toBe(0);
  });

  it('encrypts ride notes and relatives’ phones, and signs relatives in through the hash', async () => {
    const booked = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        pickupAt: tomorrowAt(11),
        wheelchair: 'electric',
        notes: NOTE,
      },
    });
    expect([201, 202]).toContain(booked.status);
    expect(booked.body.notes).toBe(NOTE);
    const [ride] = await database.db.query<{ notes: string }>(
      'SELECT notes FROM bookings WHERE id = $1',
      [booked.body.id],
    );
    expect(ride?.notes).toMatch(/^enc:v1:k1:/);
    const read = await t.api<BookingView>('GET', `/bookings/${booked.body.id}`, {
      token: operator,
    });
    expect(read.body.notes).toBe(NOTE);

    const access = createCitizenAccessStore(database.db);
    await access.addRelative(citizenId, '+905551112233', 'Kızı Elif');
    await access.addRelative(citizenId, '0555 111 22 33', 'Kızı Elif Gizlioğlu'); // the same phone: renamed
    const [relative] = await database.db.query<{ phone: string; n: number }>(
      'SELECT min(phone) AS phone, count(*)::int AS n FROM citizen_relatives WHERE citizen_id = $1',
      [citizenId],
    );
    expect(relative).toMatchObject({ n: 1 });
    expect(relative?.phone).toMatch(/^enc:v1:k1:/);
    expect(await access.relatives(citizenId)).toMatchObject([
      { phone: '+905551112233', name: 'Kızı Elif Gizlioğlu' },
    ]);
    expect((await access.reachableByPhone('+905551112233')).map((c) => c.id)).toEqual([citizenId]);
    const user = await access.userForPhone('+905551112233', 'Elif');
    const [account] = await database.db.query<{ username: string; phone: string }>(
      'SELECT username, phone FROM users WHERE id = $1',
      [user.id],
    );
    expect(account?.username).not.toContain('5551112233');
    expect(account?.phone).toMatch(/^enc:v1:k1:/);
    expect(await access.canActFor(user.id, citizenId)).toBe(true);

    // Her own application for another service: its note is health data too.
    await access.apply(citizenId, 'anne-taksi', 'Gebelik raporu ekte', user.id);
    const [application] = await database.db.query<{ note: string }>(
      'SELECT note FROM service_applications WHERE citizen_id = $1',
      [citizenId],
    );
    expect(application?.note).toMatch(/^enc:v1:k1:/);
    expect((await access.applications('open')).find((a) => a.citizen_id === citizenId)?.note).toBe(
      'Gebelik raporu ekte',
    );
  });

  it('encrypts an eligibility request’s disability rate, a revoke reason in the audit log and a driver’s sickness note', async () => {
    const supervisor = await t.login('supervisor');
    const today = DateTime.now().setZone('Europe/Istanbul');
    const asked = await t.api<EligibilityRequestView>(
      'POST',
      `/citizens/${citizenId}/eligibility-requests`,
      {
        token: operator,
        body: {
          serviceId: 'asi-ulasim',
          basis: 'Engelli sağlık kurulu raporu',
          disabilityRate: 58,
          documentRef: 'SKR-2026-55120',
          validFrom: today.toISODate(),
          validUntil: today.plus({ months: 6 }).toISODate(),
          note: REQUEST_NOTE,
        },
      },
    );
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ disabilityRate: 58, note: REQUEST_NOTE });
    const [application] = await database.db.query<Record<string, string>>(
      'SELECT disability_rate, basis, document_ref, note FROM service_applications WHERE id = $1',
      [asked.body.id],
    );
    for (const [column, value] of Object.entries(application ?? {}))
      expect(value, column).toMatch(/^enc:v1:k1:/);
    const granted = await t.api('POST', `/eligibility/requests/${asked.body.id}/grant`, {
      token: supervisor,
      body: { disabilityRate: 61 },
    });
    expect(granted.status).toBe(200);
    const [decided] = await database.db.query<{ disability_rate: string }>(
      'SELECT disability_rate FROM service_applications WHERE id = $1',
      [asked.body.id],
    );
    expect(decided?.disability_rate).toMatch(/^enc:v1:k1:/);
    const requests = await t.api<EligibilityRequestView[]>(
      'GET',
      `/citizens/${citizenId}/eligibility-requests`,
      { token: operator },
    );
    expect(requests.body.find((r) => r.id === asked.body.id)).toMatchObject({
      status: 'granted',
      disabilityRate: 61,
      note: REQUEST_NOTE,
    });

    // The eligibility just granted is revoked: the reason reaches the audit log encrypted.
    const [eligibility] = await database.db.query<{ id: string }>(
      "SELECT id FROM eligibility WHERE citizen_id = $1 AND service_id = 'asi-ulasim'",
      [citizenId],
    );
    const revoked = await t.api('POST', `/eligibility/${eligibility?.id}/revoke`, {
      token: supervisor,
      body: { reason: REVOKE_REASON },
    });
    expect(revoked.status).toBe(200);
    const [entry] = await database.db.query<{ details: Record<string, unknown> }>(
      "SELECT details FROM audit_log WHERE action = 'eligibility.revoke' AND citizen_id = $1",
      [citizenId],
    );
    expect(entry?.details.eligibilityId).toBe(eligibility?.id);
    expect(String(entry?.details.reason)).toMatch(/^enc:v1:k1:/);
    const raw = JSON.stringify(
      await database.db.query('SELECT details::text AS d FROM audit_log WHERE citizen_id = $1', [
        citizenId,
      ]),
    );
    expect(raw).not.toContain('psikiyatri');
    // The administrator still reads and exports it, and finds it by citizen.
    const search = await t.api<{ entries: AuditEntryView[] }>(
      'GET',
      `/audit?action=eligibility.revoke&citizenId=${citizenId}`,
      { token: admin },
    );
    expect(search.body.entries).toHaveLength(1);
    expect(search.body.entries[0]?.details).toMatchObject({
      eligibilityId: eligibility?.id,
      reason: REVOKE_REASON,
    });
    const csv = await fetch(`${t.url}/api/audit.csv?citizenId=${citizenId}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(csv.status).toBe(200);
    const exported = await csv.text();
    expect(exported).toContain(REVOKE_REASON);
    expect(exported).not.toContain('enc:v1:');

    // An employee's sickness note is health data too.
    const [driver] = await database.db.query<{ id: string }>(
      'SELECT id FROM drivers WHERE active ORDER BY id LIMIT 1',
    );
    const far = today.plus({ days: 200 });
    const sick = await t.api<{ id: string; note: string }>(
      'POST',
      `/drivers/${driver?.id}/absences`,
      {
        token: admin,
        body: {
          kind: 'sickness',
          startsOn: far.toISODate(),
          endsOn: far.plus({ days: 3 }).toISODate(),
          note: SICK_NOTE,
        },
      },
    );
    expect(sick.status).toBe(201);
    expect(sick.body.note).toBe(SICK_NOTE);
    const [absence] = await database.db.query<{ note: string }>(
      'SELECT note FROM driver_absences WHERE id = $1',
      [sick.body.id],
    );
    expect(absence?.note).toMatch(/^enc:v1:k1:/);
    const absences = await t.api<{ id: string; note: string | null }[]>(
      'GET',
      `/drivers/${driver?.id}/absences`,
      { token: operator },
    );
    expect(absences.body.find((a) => a.id === sick.body.id)?.note).toBe(SICK_NOTE);
  });

  it('encrypts rows written before the migration at the next start, and finds them by phone', async () => {
    const legacy = randomUUID();
    await database.db.query(
      `INSERT INTO citizens (id, full_name, search_key, phone, national_id, mobility, notes)
       VALUES ($1, 'Eski Kayıt', 'eski kayit', '+905320001122', '38475610172', 'walking-aid', 'Eski not')`,
      [legacy],
    );
    // A citizen account made before: its user name was the phone number itself.
    const legacyUser = randomUUID();
    await database.db.query(
      `INSERT INTO users (id, username, password_hash, role, display_name, phone)
       VALUES ($1, 'tel:+905320001122', '!', 'citizen', 'Eski', '+905320001122')`,
      [legacyUser],
    );
    // An application's rate, an audit reason and a sickness note written before migration 0018.
    const legacyApplication = randomUUID();
    await database.db.query(
      `INSERT INTO service_applications (id, citizen_id, service_id, created_by, disability_rate)
       VALUES ($1, $2, 'anne-taksi', $3, '47')`,
      [legacyApplication, legacy, legacyUser],
    );
    await database.db.query(
      `INSERT INTO audit_log (actor_role, action, entity, entity_id, citizen_id, details)
       VALUES ('supervisor', 'eligibility.revoke', 'eligibility', $1, $2, $3)`,
      [randomUUID(), legacy, { reason: 'Eski gerekçe: epilepsi', count: 1 }],
    );
    const [driver] = await database.db.query<{ id: string }>(
      'SELECT id FROM drivers ORDER BY id LIMIT 1',
    );
    const legacyAbsence = randomUUID();
    await database.db.query(
      `INSERT INTO driver_absences (id, driver_id, kind, starts_on, ends_on, note)
       VALUES ($1, $2, 'sickness', '2020-01-06', '2020-01-07', 'Eski rapor: grip')`,
      [legacyAbsence, driver?.id],
    );
    await t.close();
    await start(`k1:${k1}`);
    const [legacyRate] = await database.db.query<{ disability_rate: string }>(
      'SELECT disability_rate FROM service_applications WHERE id = $1',
      [legacyApplication],
    );
    expect(legacyRate?.disability_rate).toMatch(/^enc:v1:k1:/);
    expect(dataCipher().decryptNumber(legacyRate?.disability_rate ?? null)).toBe(47);
    const [legacyNote] = await database.db.query<{ note: string }>(
      'SELECT note FROM driver_absences WHERE id = $1',
      [legacyAbsence],
    );
    expect(legacyNote?.note).toMatch(/^enc:v1:k1:/);
    const legacyAudit = await t.api<{ entries: AuditEntryView[] }>(
      'GET',
      `/audit?citizenId=${legacy}`,
      { token: admin },
    );
    expect(legacyAudit.body.entries.map((e) => e.details)).toContainEqual({
      reason: 'Eski gerekçe: epilepsi',
      count: 1,
    });
    const [auditRaw] = await database.db.query<{ d: string }>(
      "SELECT string_agg(details::text, ' ') AS d FROM audit_log WHERE citizen_id = $1",
      [legacy],
    );
    expect(auditRaw?.d).not.toContain('epilepsi');
    const [account] = await database.db.query<{ username: string; phone: string }>(
      'SELECT username, phone FROM users WHERE id = $1',
      [legacyUser],
    );
    expect(account?.username).toMatch(/^tel:[0-9a-f]{32}$/);
    expect(account?.phone).toMatch(/^enc:v1:k1:/);
    const access = createCitizenAccessStore(database.db);
    expect(await access.canActFor(legacyUser, legacy)).toBe(true);
    expect((await access.userForPhone('0532 000 11 22', 'Eski')).id).toBe(legacyUser);
    const [raw] = await database.db.query<Record<string, string>>(
      'SELECT phone, national_id, notes, mobility, phone_hash FROM citizens WHERE id = $1',
      [legacy],
    );
    for (const column of ['phone', 'national_id', 'notes', 'mobility'])
      expect(raw?.[column], column).toMatch(/^enc:v1:k1:/);
    const found = await t.api<CitizenView[]>('GET', '/citizens?q=05320001122', { token: operator });
    expect(found.body).toMatchObject([{ id: legacy, phone: '+905320001122', notes: 'Eski not' }]);
    expect(await staleCounts(database.db, dataCipher())).toSatisfy((counts: Map<string, number>) =>
      [...counts.values()].every((n) => n === 0),
    );
  });

  it('rotates to a new key in batches: everything readable, every value on the new key, the old key removable', async () => {
    await t.close();
    await start(`k2:${k2},k1:${k1}`);
    const before = await storedValues(database.db);
    expect(before.length).toBeGreaterThan(20);
    expect(before.every((v) => keyIdOf(v) === 'k1' || keyIdOf(v) === 'k2')).toBe(true);

    const cipher = dataCipher();
    let batches = 0;
    const rows = await reencrypt(database.db, cipher, {
      mode: 'rotate',
      batchSize: 3,
      onBatch: () => batches++,
    });
    expect([...rows.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
    expect(batches).toBeGreaterThan(1);
    const after = await storedValues(database.db);
    expect(after.length).toBe(before.length);
    expect(after.filter((v) => keyIdOf(v) !== 'k2')).toEqual([]);
    // Run again: nothing left to do.
    const again = await reencrypt(database.db, cipher, { mode: 'rotate', batchSize: 3 });
    expect([...again.values()].every((n) => n === 0)).toBe(true);

    // With k1 gone, everything still reads and searches work (the hash key did not change).
    await t.close();
    await start(`k2:${k2}`);
    const read = await t.api<CitizenView>('GET', `/citizens/${citizenId}`, { token: admin });
    expect(read.body).toMatchObject({
      phone: `+90${PHONE_DIGITS}`,
      nationalId: NATIONAL_ID,
      notes: NOTE,
    });
    expect(read.body.eligibility[0]).toMatchObject({ disabilityRate: 73 });
    const found = await t.api<CitizenView[]>('GET', `/citizens?q=${NATIONAL_ID}`, {
      token: operator,
    });
    expect(found.body.map((c) => c.id)).toEqual([citizenId]);
    const requests = await t.api<EligibilityRequestView[]>(
      'GET',
      `/citizens/${citizenId}/eligibility-requests`,
      { token: operator },
    );
    expect(requests.body.find((r) => r.serviceId === 'asi-ulasim')).toMatchObject({
      disabilityRate: 61,
      note: REQUEST_NOTE,
    });
    const audit = await t.api<{ entries: AuditEntryView[] }>(
      'GET',
      `/audit?action=eligibility.revoke&citizenId=${citizenId}`,
      { token: admin },
    );
    expect(audit.body.entries[0]?.details).toMatchObject({ reason: REVOKE_REASON });
  });

  it('refuses to start with keys that cannot read what is stored, naming the variable', async () => {
    await t.close();
    await expect(start(`k3:${key()}`)).rejects.toThrow(
      /DATA_ENCRYPTION_KEYS cannot read .* key k2/,
    );
    // A changed hash key reads everything but would find nobody: refused too.
    await expect(
      startTestService(
        dialect,
        { DATA_ENCRYPTION_KEYS: `k2:${k2}`, DATA_HASH_KEY: key() },
        { database },
      ),
    ).rejects.toThrow(/DATA_HASH_KEY is not the key .*--rehash/);
    await start(`k2:${k2}`);
  });
});
