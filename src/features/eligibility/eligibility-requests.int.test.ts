import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { CitizenView } from '../citizens/citizens.schema.js';
import type { EligibilityRecordView } from './eligibility.schema.js';
import type { EligibilityRequestView } from './eligibility-requests.schema.js';

const TZ = 'Europe/Istanbul';

interface ErrorAnswer {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('operators request eligibility, supervisors decide, on %s', (dialect) => {
  let t: TestService;
  let operator: string;
  let supervisor: string;
  let admin: string;
  let citizenId: string;
  let requestId: string;
  const today = DateTime.now().setZone(TZ).startOf('day');
  const iso = (d: DateTime) => d.toISODate()!;

  beforeAll(async () => {
    t = await startTestService(dialect);
    [operator, supervisor, admin] = await Promise.all([
      t.login('operator'),
      t.login('supervisor'),
      t.login('admin'),
    ]);
    const citizen = await t.api<CitizenView>('POST', '/citizens', {
      token: operator,
      body: { fullName: 'Hatice Talep', phone: '0532 777 88 99', mobility: 'manual-wheelchair' },
    });
    expect(citizen.status).toBe(201);
    citizenId = citizen.body.id;
  });
  afterAll(() => t?.close());

  const asked = () => ({
    serviceId: 'engelsiz-taksi',
    basis: 'Engelli sağlık kurulu raporu',
    disabilityRate: 70,
    documentRef: 'ESKR-2026-118',
    validFrom: iso(today),
    validUntil: iso(today.plus({ years: 1 })),
    note: 'Diyalize gidiyor',
  });

  it('lets an operator ask, never grant, and shows the open request on the citizen’s page and to supervisors', async () => {
    const direct = await t.api('POST', `/citizens/${citizenId}/eligibility`, {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        validFrom: iso(today),
        validUntil: iso(today),
        basis: 'x',
      },
    });
    expect(direct.status).toBe(403);

    const created = await t.api<EligibilityRequestView>(
      'POST',
      `/citizens/${citizenId}/eligibility-requests`,
      { token: operator, body: asked() },
    );
    expect(created.status).toBe(201);
    requestId = created.body.id;
    expect(created.body).toMatchObject({
      citizenId,
      citizenName: 'Hatice Talep',
      status: 'open',
      basis: 'Engelli sağlık kurulu raporu',
      documentRef: 'ESKR-2026-118',
      disabilityRate: 70,
      requestedBy: 'Ayşe Operatör',
      requestedByRole: 'operator',
      decidedBy: null,
      eligibilityId: null,
    });

    const byOperator = await t.api('POST', `/eligibility/requests/${requestId}/grant`, {
      token: operator,
      body: {},
    });
    expect(byOperator.status).toBe(403);
    const page = await t.api<EligibilityRequestView[]>(
      'GET',
      `/citizens/${citizenId}/eligibility-requests`,
      { token: operator },
    );
    expect(page.body.map((r) => [r.id, r.status])).toEqual([[requestId, 'open']]);
    const pending = await t.api<EligibilityRequestView[]>('GET', '/eligibility/requests', {
      token: supervisor,
    });
    expect(pending.body.map((r) => r.id)).toContain(requestId);
    const citizen = await t.api<CitizenView>('GET', `/citizens/${citizenId}`, { token: operator });
    expect(citizen.body.eligibility).toEqual([]);
  });

  it('names each bad field in the caller’s language, and changes nothing', async () => {
    const bad = await t.api<ErrorAnswer>('POST', `/citizens/${citizenId}/eligibility-requests`, {
      token: operator,
      body: { ...asked(), basis: '', validUntil: iso(today.minus({ days: 1 })) },
      headers: { 'accept-language': 'en' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.map((i) => i.field).sort()).toEqual([
      'body.basis',
      'body.validUntil',
    ]);
    expect(bad.body.error.issues?.find((i) => i.field === 'body.validUntil')?.message).toBe(
      'The end must be after the start.',
    );
    const noReason = await t.api<ErrorAnswer>('POST', `/eligibility/requests/${requestId}/refuse`, {
      token: supervisor,
      body: { reason: '' },
      headers: { 'accept-language': 'tr' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues?.[0]?.field).toBe('body.reason');
    const unknownService = await t.api('POST', `/citizens/${citizenId}/eligibility-requests`, {
      token: operator,
      body: { ...asked(), serviceId: 'yok-boyle' },
    });
    expect(unknownService.status).toBe(404);
    const still = await t.api<EligibilityRequestView[]>(
      'GET',
      `/citizens/${citizenId}/eligibility-requests`,
      { token: operator },
    );
    expect(still.body).toHaveLength(1);
    expect(still.body[0]).toMatchObject({ status: 'open', basis: 'Engelli sağlık kurulu raporu' });
  });

  it('grants as asked but for a shorter validity: the eligibility exists, with its grantor, and the request says so', async () => {
    const until = iso(today.plus({ days: 20 }));
    const granted = await t.api<EligibilityRequestView>(
      'POST',
      `/eligibility/requests/${requestId}/grant`,
      { token: supervisor, body: { validUntil: until } },
    );
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({
      status: 'granted',
      decidedBy: 'Elif Amir',
      validFrom: iso(today),
      validUntil: until,
    });
    expect(granted.body.eligibilityId).toBeTruthy();
    const citizen = await t.api<CitizenView>('GET', `/citizens/${citizenId}`, { token: operator });
    expect(citizen.body.eligibility).toEqual([
      {
        id: granted.body.eligibilityId,
        serviceId: 'engelsiz-taksi',
        validFrom: iso(today),
        validUntil: until,
        basis: 'Engelli sağlık kurulu raporu',
        disabilityRate: 70,
      },
    ]);
    // Lapsing within 30 days: the list of those to renew names the supervisor as grantor.
    const expiring = await t.api<EligibilityRecordView[]>('GET', '/eligibility/expiring', {
      token: supervisor,
    });
    expect(expiring.body.find((e) => e.id === granted.body.eligibilityId)).toMatchObject({
      grantedBy: 'Elif Amir',
      documentRef: 'ESKR-2026-118',
    });
    const twice = await t.api('POST', `/eligibility/requests/${requestId}/grant`, {
      token: admin,
      body: {},
    });
    expect(twice.status).toBe(404);
  });

  it('refuses with a reason, and asks the decider for what a citizen’s own application lacks', async () => {
    const second = await t.api<EligibilityRequestView>(
      'POST',
      `/citizens/${citizenId}/eligibility-requests`,
      { token: operator, body: { ...asked(), serviceId: 'asi-ulasim' } },
    );
    const refused = await t.api<EligibilityRequestView>(
      'POST',
      `/eligibility/requests/${second.body.id}/refuse`,
      { token: admin, body: { reason: 'Aşı randevusu belgelenmedi' } },
    );
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      status: 'declined',
      decisionReason: 'Aşı randevusu belgelenmedi',
      decidedBy: 'Sistem Yöneticisi',
      eligibilityId: null,
    });
    const page = await t.api<EligibilityRequestView[]>(
      'GET',
      `/citizens/${citizenId}/eligibility-requests`,
      { token: operator },
    );
    expect(page.body.map((r) => r.status).sort()).toEqual(['declined', 'granted']);

    // A citizen's own application, as /request records it: a service and a note only.
    const own = randomUUID();
    const [user] = await t.database.db.query<{ id: string }>(
      `SELECT id FROM users WHERE username = 'operator'`,
    );
    await t.database.db.query(
      `INSERT INTO service_applications (id, citizen_id, service_id, note, created_by)
       VALUES ($1, $2, 'anne-taksi', 'Doğum yaptım', $3)`,
      [own, citizenId, user!.id],
    );
    const lacking = await t.api<ErrorAnswer>('POST', `/eligibility/requests/${own}/grant`, {
      token: supervisor,
      body: {},
      headers: { 'accept-language': 'en' },
    });
    expect(lacking.status).toBe(400);
    expect(lacking.body.error.issues?.map((i) => i.field)).toEqual([
      'body.validFrom',
      'body.validUntil',
      'body.basis',
    ]);
    const given = await t.api<EligibilityRequestView>(
      'POST',
      `/eligibility/requests/${own}/grant`,
      {
        token: supervisor,
        body: {
          validFrom: iso(today),
          validUntil: iso(today.plus({ days: 40 })),
          basis: 'Taburcu notu',
        },
      },
    );
    expect(given.body).toMatchObject({ status: 'granted', basis: 'Taburcu notu' });

    const audit = await t.database.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'eligibility%' AND action NOT LIKE '%read'
         AND action NOT LIKE '%list' ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'eligibility-request.create',
      'eligibility.create',
      'eligibility-request.granted',
      'eligibility-request.create',
      'eligibility-request.declined',
      'eligibility.create',
      'eligibility-request.granted',
    ]);
  });
});
