import { randomUUID } from 'node:crypto';
import type { Strike } from '../../domain/no-show-policy.js';
import type { Db } from '../../infra/db/database.js';
import type { AuthUser } from '../auth/auth-user.js';

export type PolicyEventKind = 'no-show' | 'late-cancel' | 'warning' | 'suspended' | 'lifted';

export interface PolicyEventInput {
  citizenId: string;
  kind: PolicyEventKind;
  serviceId?: string | null;
  bookingId?: string | null;
  suspensionId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
  author: AuthUser | 'system';
  at: Date;
}

export interface PolicyEventRow {
  id: string;
  kind: PolicyEventKind;
  service_id: string | null;
  service_name_tr: string | null;
  service_name_en: string | null;
  booking_id: string | null;
  pickup_window_start: Date | null;
  suspension_id: string | null;
  reason: string | null;
  details: Record<string, unknown> | null;
  author_role: string;
  author_name: string | null;
  at: Date;
}

export interface SuspensionRow {
  id: string;
  citizen_id: string;
  starts_at: Date;
  ends_at: Date;
  reason: string;
  created_by: string;
  created_by_name: string | null;
  created_at: Date;
  lifted_at: Date | null;
}

/** The policy's own tables: the citizen's history of steps and the suspensions of self-booking. */
export function createPolicyStore(db: Db) {
  return {
    async insertEvent(e: PolicyEventInput, tx: Db = db): Promise<void> {
      await tx.query(
        `INSERT INTO citizen_policy_events
           (citizen_id, kind, service_id, booking_id, suspension_id, reason, details, author_user_id, author_role, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          e.citizenId,
          e.kind,
          e.serviceId ?? null,
          e.bookingId ?? null,
          e.suspensionId ?? null,
          e.reason ?? null,
          e.details ?? null,
          e.author === 'system' ? null : e.author.id,
          e.author === 'system' ? 'system' : e.author.role,
          e.at,
        ],
      );
    },

    /** No-shows and late cancels of a citizen on a service since `since`, and the service's last warning. */
    async strikes(
      citizenId: string,
      serviceId: string,
      since: Date,
      tx: Db = db,
    ): Promise<{ strikes: Strike[]; lastWarningAt: Date | null }> {
      const rows = await tx.query<{ kind: PolicyEventKind; at: Date }>(
        `SELECT kind, at FROM citizen_policy_events
         WHERE citizen_id = $1 AND service_id = $2
           AND (kind = 'warning' OR (kind IN ('no-show', 'late-cancel') AND at > $3))
         ORDER BY at`,
        [citizenId, serviceId, since],
      );
      const warnings = rows.filter((r) => r.kind === 'warning');
      return {
        strikes: rows
          .filter((r): r is { kind: Strike['kind']; at: Date } => r.kind !== 'warning')
          .map((r) => ({ kind: r.kind, at: new Date(r.at) })),
        lastWarningAt: warnings.length > 0 ? new Date(warnings[warnings.length - 1]!.at) : null,
      };
    },

    /** The id of the warning this ride's no-show or late cancel brought, if it brought one. */
    async warningBroughtBy(bookingId: string, tx: Db = db): Promise<string | undefined> {
      const [row] = await tx.query<{ id: string }>(
        `SELECT id::text AS id FROM citizen_policy_events WHERE booking_id = $1 AND kind = 'warning'
         ORDER BY id DESC LIMIT 1`,
        [bookingId],
      );
      return row?.id;
    },

    async history(citizenId: string, tx: Db = db): Promise<PolicyEventRow[]> {
      return tx.query<PolicyEventRow>(
        `SELECT e.id::text AS id, e.kind, e.service_id, s.name_tr AS service_name_tr, s.name_en AS service_name_en,
           e.booking_id, b.pickup_window_start, e.suspension_id, e.reason, e.details, e.author_role,
           u.display_name AS author_name, e.at
         FROM citizen_policy_events e
         LEFT JOIN services s ON s.id = e.service_id
         LEFT JOIN bookings b ON b.id = e.booking_id
         LEFT JOIN users u ON u.id = e.author_user_id
         WHERE e.citizen_id = $1
         ORDER BY e.at DESC, e.id DESC`,
        [citizenId],
      );
    },

    /** The suspension holding at `now`, if any (the latest to end). */
    async activeSuspension(
      citizenId: string,
      now: Date,
      tx: Db = db,
    ): Promise<SuspensionRow | undefined> {
      const [row] = await tx.query<SuspensionRow>(
        `SELECT x.*, u.display_name AS created_by_name FROM self_booking_suspensions x
         LEFT JOIN users u ON u.id = x.created_by
         WHERE x.citizen_id = $1 AND x.lifted_at IS NULL AND x.starts_at <= $2 AND x.ends_at > $2
         ORDER BY x.ends_at DESC LIMIT 1`,
        [citizenId, now],
      );
      return row;
    },

    async suspend(
      s: { citizenId: string; startsAt: Date; endsAt: Date; reason: string; by: string },
      tx: Db = db,
    ): Promise<string> {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO self_booking_suspensions (id, citizen_id, starts_at, ends_at, reason, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $3)`,
        [id, s.citizenId, s.startsAt, s.endsAt, s.reason, s.by],
      );
      return id;
    },

    async lift(id: string, by: string, reason: string, at: Date, tx: Db = db): Promise<boolean> {
      const rows = await tx.query<{ id: string }>(
        `UPDATE self_booking_suspensions SET lifted_at = $2, lifted_by = $3, lift_reason = $4
         WHERE id = $1 AND lifted_at IS NULL RETURNING id`,
        [id, at, by, reason],
      );
      return rows.length === 1;
    },

    /** When the driver reported arriving at the pickup (as tapped, even if sent later). */
    async arrivedAt(bookingId: string, tx: Db = db): Promise<Date | null> {
      const [row] = await tx.query<{ at: Date }>(
        `SELECT COALESCE((details->>'at')::timestamptz, at) AS at FROM booking_events
         WHERE booking_id = $1 AND type = 'arrived' ORDER BY id DESC LIMIT 1`,
        [bookingId],
      );
      return row ? new Date(row.at) : null;
    },

    /** Who cancelled, when, and whether it was late: the reports read `late_cancel`. */
    async markCancelled(
      id: string,
      c: { late: boolean; by: string | null; role: string; at: Date },
      tx: Db = db,
    ): Promise<void> {
      await tx.query(
        `UPDATE bookings SET late_cancel = $2, cancelled_by = $3, cancelled_by_role = $4, cancelled_at = $5
         WHERE id = $1`,
        [id, c.late, c.by, c.role, c.at],
      );
    },
  };
}

export type PolicyStore = ReturnType<typeof createPolicyStore>;
