import { DateTime } from 'luxon';
import { AppError, notFound } from '../../domain/errors.js';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { EligibilityRecordView } from './eligibility.schema.js';

interface Row {
  id: string;
  citizen_id: string;
  citizen_name: string;
  service_id: string;
  valid_from: string;
  valid_until: string;
  basis: string;
  disability_rate: number | null;
  document_ref: string | null;
  granted_by: string | null;
  created_at: Date;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

const SELECT = `SELECT e.id, e.citizen_id, c.full_name AS citizen_name, e.service_id,
  to_char(e.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until,
  e.basis, e.disability_rate, e.document_ref, g.display_name AS granted_by, e.created_at,
  e.revoked_at, r.display_name AS revoked_by, e.revoke_reason
  FROM eligibility e JOIN citizens c ON c.id = e.citizen_id
  LEFT JOIN users g ON g.id = e.created_by LEFT JOIN users r ON r.id = e.revoked_by`;

// Health details are encrypted at rest (the citizens store writes them; revocation here).
const toView = (r: Row, cipher = dataCipher()): EligibilityRecordView => ({
  id: r.id,
  citizenId: r.citizen_id,
  citizenName: r.citizen_name,
  serviceId: r.service_id,
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  basis: cipher.decrypt(r.basis),
  disabilityRate: cipher.decryptNumber(r.disability_rate),
  documentRef: cipher.decrypt(r.document_ref),
  grantedBy: r.granted_by,
  grantedAt: new Date(r.created_at).toISOString(),
  revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
  revokedBy: r.revoked_by,
  revokeReason: cipher.decrypt(r.revoke_reason),
});

/**
 * Eligibility decisions across citizens: those about to lapse (to renew in
 * time) and revocation with a reason. Each read names its citizens in the
 * audit log, as every staff read of a citizen's data does.
 */
export function createEligibilityService({
  db,
  timeZone,
  now,
}: {
  db: Db;
  timeZone: string;
  now: () => Date;
}) {
  return {
    async expiring(
      q: { withinDays: number; serviceId?: string | undefined },
      actor: AuthUser,
    ): Promise<EligibilityRecordView[]> {
      const today = DateTime.fromJSDate(now(), { zone: timeZone }).startOf('day');
      const rows = await db.query<Row>(
        `${SELECT} WHERE e.revoked_at IS NULL AND e.valid_until >= $1::date AND e.valid_until <= $2::date
           AND ($3::text IS NULL OR e.service_id = $3)
           -- a renewal already granted covers the lapse
           AND NOT EXISTS (SELECT 1 FROM eligibility n WHERE n.citizen_id = e.citizen_id
             AND n.service_id = e.service_id AND n.revoked_at IS NULL AND n.valid_until > e.valid_until
             AND n.valid_from <= e.valid_until + 1)
         ORDER BY e.valid_until, c.full_name LIMIT 500`,
        [today.toISODate(), today.plus({ days: q.withinDays }).toISODate(), q.serviceId ?? null],
      );
      const views = rows.map((r) => toView(r));
      await recordAudit(db, actor, {
        action: 'eligibility.expiring.read',
        entity: 'eligibility',
        entityId: null,
        details: { count: views.length, citizenIds: [...new Set(views.map((v) => v.citizenId))] },
      });
      return views;
    },
    /** Ends a decision with a reason (supervisors, administrators); bookings from now are refused. */
    async revoke(id: string, reason: string, actor: AuthUser): Promise<EligibilityRecordView> {
      const done = await db.transaction(async (tx) => {
        const rows = await tx.query<{ citizen_id: string; revoked_at: Date | null }>(
          'SELECT citizen_id, revoked_at FROM eligibility WHERE id = $1 FOR UPDATE',
          [id],
        );
        const row = rows[0];
        if (!row) throw notFound('eligibility');
        if (row.revoked_at) throw new AppError('CONFLICT');
        await tx.query(
          `UPDATE eligibility SET revoked_at = $2, revoked_by = $3, revoke_reason = $4 WHERE id = $1`,
          [id, now(), actor.id, dataCipher().encrypt(reason)],
        );
        await recordAudit(tx, actor, {
          action: 'eligibility.revoke',
          entity: 'citizen',
          entityId: row.citizen_id,
          citizenId: row.citizen_id,
          details: { eligibilityId: id, reason },
        });
        return id;
      });
      return toView((await db.query<Row>(`${SELECT} WHERE e.id = $1`, [done]))[0]!);
    },
  };
}

export type EligibilityService = ReturnType<typeof createEligibilityService>;
