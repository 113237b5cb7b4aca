import { dataCipher } from '../../infra/crypto/data-cipher.js';
import { sealAuditDetails } from '../../infra/crypto/encrypted-audit-details.js';
import type { Db } from '../../infra/db/database.js';
import type { AuthUser } from '../auth/auth-user.js';

/** One entry per read or change of personal data by staff (KVKK), and per override. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  /** The citizen whose data this is; defaults to `entityId` when the entity is a citizen. */
  citizenId?: string | null;
  /** Free text about a person (reason, note: AUDIT_FREE_TEXT_KEYS) is stored encrypted. */
  details?: Record<string, unknown>;
}

export async function recordAudit(
  db: Db,
  actor: AuthUser | 'system',
  entry: AuditEntry,
): Promise<void> {
  await recordAudits(db, [{ actor, entry, at: new Date() }]);
}

export interface TimedAuditEntry {
  actor: AuthUser | 'system';
  entry: AuditEntry;
  /** When the read or change happened (a batch is written a little later). */
  at: Date;
}

/** Several entries in one statement (the same shape on PGlite and PostgreSQL). */
export async function recordAudits(db: Db, entries: readonly TimedAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const cipher = dataCipher();
  const rows = entries.map(({ actor, entry, at }) => ({
    at: at.toISOString(),
    actor_user_id: actor === 'system' ? null : actor.id,
    actor_role: actor === 'system' ? 'system' : actor.role,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId ?? null,
    citizen_id:
      entry.citizenId ??
      (entry.entity === 'citizen' && isUuid(entry.entityId) ? entry.entityId : null),
    details: sealAuditDetails(entry.details, cipher),
  }));
  await db.query(
    `INSERT INTO audit_log (at, actor_user_id, actor_role, action, entity, entity_id, citizen_id, details)
     SELECT r.at, r.actor_user_id, r.actor_role, r.action, r.entity, r.entity_id, r.citizen_id, r.details
       FROM jsonb_to_recordset($1::jsonb) AS r(at timestamptz, actor_user_id uuid, actor_role text,
            action text, entity text, entity_id text, citizen_id uuid, details jsonb)`,
    [JSON.stringify(rows)],
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
