import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import type { EligibilityRecordView } from './eligibility.schema.js';

const ZONE = 'Europe/Istanbul';

describe.each(DIALECTS)('eligibility decisions on %s', (dialect) => {
  let t: TestService;
  let admin: string;
  let operator: string;
  let supervisor: string;
  const day = (n: number) => DateTime.now().setZone(ZONE).plus({ days: n }).toISODate()!;

  beforeAll(async () => {
    t = await startTestService(dialect);
    [admin, operator, supervisor] = await Promise.all([
      t.login('admin'),
      t.login('operator'),
      t.login('supervisor'),
    ]);
  });
  afterAll(() => t?.close());

  it('lists what lapses soon with its document and grantor; a supervisor revokes with a reason and bookings are refused from then', async () => {
    const citizen = await t.api<{ id: string }>('POST', '/citizens', {
      token: operator,
      body: {
        fullName: 'Halil Tekerlekli',
        phone: '0532 999 88 77',
        mobility: 'manual-wheelchair',
      },
    });
    const grant = (serviceId: string, until: number, documentRef?: string) =>
      t.api('POST', `/citizens/${citizen.body.id}/eligibility`, {
        token: supervisor,
        body: {
          serviceId,
          validFrom: day(-300),
          validUntil: day(until),
          basis: 'Engelli sağlık kurulu raporu, %70',
          disabilityRate: 70,
          ...(documentRef ? { documentRef } : {}),
        },
      });
    expect((await grant('engelsiz-taksi', 10, 'ESKR-2026/114')).status).toBe(201);
    expect((await grant('asi-ulasim', 100)).status).toBe(201);
    // Operators ask; supervisors decide.
    const byOperator = await t.api('POST', `/citizens/${citizen.body.id}/eligibility`, {
      token: operator,
      body: { serviceId: 'asi-ulasim', validFrom: day(0), validUntil: day(5), basis: 'x' },
    });
    expect(byOperator.status).toBe(403);

    const soon = await t.api<EligibilityRecordView[]>(
      'GET',
      '/eligibility/expiring?withinDays=30',
      { token: operator },
    );
    expect(soon.status).toBe(200);
    const mine = soon.body.filter((r) => r.citizenId === citizen.body.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      serviceId: 'engelsiz-taksi',
      validUntil: day(10),
      documentRef: 'ESKR-2026/114',
      disabilityRate: 70,
      revokedAt: null,
    });
    expect(mine[0]?.grantedBy).toBeTruthy();
    const read = await t.database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'eligibility.expiring.read'
         AND details->'citizenIds' ? $1`,
      [citizen.body.id],
    );
    expect(read[0]?.n).toBe(1);

    const denied = await t.api('POST', `/eligibility/${mine[0]!.id}/revoke`, {
      token: operator,
      body: { reason: 'Rapor iptal edildi' },
    });
    expect(denied.status).toBe(403);
    const revoked = await t.api<EligibilityRecordView>(
      'POST',
      `/eligibility/${mine[0]!.id}/revoke`,
      { token: supervisor, body: { reason: 'Sağlık kurulu raporu iptal edildi' } },
    );
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokeReason).toBe('Sağlık kurulu raporu iptal edildi');
    expect(revoked.body.revokedBy).toBeTruthy();
    const twice = await t.api('POST', `/eligibility/${mine[0]!.id}/revoke`, {
      token: admin,
      body: { reason: 'yine' },
    });
    expect(twice.status).toBe(409);

    const card = await t.api<{ eligibility: { serviceId: string }[] }>(
      'GET',
      `/citizens/${citizen.body.id}`,
      { token: operator },
    );
    expect(card.body.eligibility.map((e) => e.serviceId)).toEqual(['asi-ulasim']);
    const ride = await t.api<{ error: { code: string } }>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: citizen.body.id,
        pickup: { placeId: 'gultepe-mah' },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        pickupAt: DateTime.now().plus({ days: 2 }).set({ hour: 10, minute: 0 }).toISO(),
        wheelchair: 'manual',
      },
    });
    expect(ride.body.error.code).toBe('NOT_ELIGIBLE');
  });
});
