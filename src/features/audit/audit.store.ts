import { dataCipher } from '../../infra/crypto/data-cipher.js';
import { openAuditDetails } from '../../infra/crypto/encrypted-audit-details.js';
import type { Db } from '../../infra/db/database.js';
import type { AuditEntryView } from './audit.schema.js';

export interface AuditFilter {
  userId?: string | undefined;
  citizenId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Only entries older than this id (keyset paging). */
  beforeId?: number | undefined;
}

interface AuditRow {
  id: string | number;
  at: Date | string;
  actor_user_id: string | null;
  username: string | null;
  actor_role: string;
  action: string;
  entity: string;
  entity_id: string | null;
  citizen_id: string | null;
  details: Record<string, unknown> | null;
}

/** Reads the audit log for administrators; writing stays with recordAudit. */
export function createAuditStore(db: Db) {
  return {
    /** Newest first, at most `limit` entries; filters use the indexes of migration 0005. */
    async search(filter: AuditFilter, limit: number): Promise<AuditEntryView[]> {
      const where: string[] = [];
      const values: unknown[] = [];
      const add = (sql: (n: string) => string, value: unknown) => {
        values.push(value);
        where.push(sql(`$${values.length}`));
      };
      if (filter.userId) add((n) => `a.actor_user_id = ${n}`, filter.userId);
      // A list read names its citizens in details.citizenIds.
      if (filter.citizenId)
        add(
          (n) => `(a.citizen_id = ${n}::uuid OR a.details->'citizenIds' ? ${n}::text)`,
          filter.citizenId,
        );
      if (filter.action?.endsWith('.')) add((n) => `a.action LIKE ${n}`, `${filter.action}%`);
      else if (filter.action) add((n) => `a.action = ${n}`, filter.action);
      if (filter.from) add((n) => `a.at >= ${n}`, filter.from);
      if (filter.to) add((n) => `a.at < ${n}`, filter.to);
      if (filter.beforeId) add((n) => `a.id < ${n}`, filter.beforeId);
      values.push(limit);
      const rows = await db.query<AuditRow>(
        `SELECT a.id, a.at, a.actor_user_id, u.username, a.actor_role, a.action, a.entity,
                a.entity_id, a.citizen_id, a.details
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY a.id DESC
         LIMIT $${values.length}`,
        values,
      );
      const cipher = dataCipher();
      return rows.map((r) => ({
        id: Number(r.id),
        at: new Date(r.at).toISOString(),
        userId: r.actor_user_id,
        username: r.username,
        role: r.actor_role,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        citizenId: r.citizen_id,
        details: openAuditDetails(r.details, cipher),
      }));
    },
  };
}

export type AuditStore = ReturnType<typeof createAuditStore>;
