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
  const citizenId =
    entry.citizenId ??
    (entry.entity === 'citizen' && isUuid(entry.entityId) ? entry.entityId : null);
  await db.query(
    `INSERT INTO audit_log (actor_user_id, actor_role, action, entity, entity_id, citizen_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      actor === 'system' ? null : actor.id,
      actor === 'system' ? 'system' : actor.role,
      entry.action,
      entry.entity,
      entry.entityId ?? null,
      citizenId,
      sealAuditDetails(entry.details, dataCipher()),
    ],
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
