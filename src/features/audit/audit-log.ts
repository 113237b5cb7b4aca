import type { Db } from '../../infra/db/database.js';
import type { AuthUser } from '../auth/auth-user.js';

/** One entry per read or change of personal data by staff (KVKK), and per override. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

export async function recordAudit(
  db: Db,
  actor: AuthUser | 'system',
  entry: AuditEntry,
): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_user_id, actor_role, action, entity, entity_id, details)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      actor === 'system' ? null : actor.id,
      actor === 'system' ? 'system' : actor.role,
      entry.action,
      entry.entity,
      entry.entityId ?? null,
      entry.details ?? null,
    ],
  );
}
