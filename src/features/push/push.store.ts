import { randomUUID } from 'node:crypto';
import type { Db } from '../../infra/db/database.js';

export interface PushSubscriptionRow {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: Date;
  last_success_at: Date | null;
  last_failure_at: Date | null;
  last_failure: string | null;
}

/** The `push_subscriptions` table: browsers that asked to be told of rides. */
export function createPushStore(db: Db) {
  return {
    /** Keeps a browser's subscription for this user; the same browser signed in by another moves to them. */
    async save(
      userId: string,
      sub: { endpoint: string; keys: { p256dh: string; auth: string } },
    ): Promise<PushSubscriptionRow> {
      const rows = await db.query<PushSubscriptionRow>(
        `INSERT INTO push_subscriptions (id, user_id, endpoint, p256dh, auth)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (endpoint) DO UPDATE
           SET user_id = EXCLUDED.user_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth,
               last_failure = NULL, last_failure_at = NULL
         RETURNING *`,
        [randomUUID(), userId, sub.endpoint, sub.keys.p256dh, sub.keys.auth],
      );
      return rows[0]!;
    },
    /** Removes the user's own subscription of this endpoint; false when they have none. */
    async removeOwn(userId: string, endpoint: string): Promise<boolean> {
      const rows = await db.query(
        'DELETE FROM push_subscriptions WHERE user_id = $1 AND endpoint = $2 RETURNING id',
        [userId, endpoint],
      );
      return rows.length > 0;
    },
    async remove(id: string): Promise<void> {
      await db.query('DELETE FROM push_subscriptions WHERE id = $1', [id]);
    },
    async ofUser(userId: string): Promise<PushSubscriptionRow[]> {
      return db.query<PushSubscriptionRow>(
        'SELECT * FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at',
        [userId],
      );
    },
    /**
     * The browsers of everyone who may act for the citizen: the citizen's own
     * phone's user and the relatives they named (the same rule as access).
     */
    async ofCitizen(citizenId: string): Promise<PushSubscriptionRow[]> {
      return db.query<PushSubscriptionRow>(
        // Phones are matched by their keyed hash where encryption at rest wrote one
        // (ciphertexts differ on every write), else as they are.
        `SELECT s.* FROM push_subscriptions s JOIN users u ON u.id = s.user_id
         WHERE u.role = 'citizen' AND u.active AND (
           EXISTS (SELECT 1 FROM citizens c WHERE c.id = $1
                   AND (c.phone_hash = u.phone_hash OR c.phone = u.phone))
           OR EXISTS (SELECT 1 FROM citizen_relatives r WHERE r.citizen_id = $1
                      AND (r.phone_hash = u.phone_hash OR r.phone = u.phone)))
         ORDER BY s.created_at`,
        [citizenId],
      );
    },
    async markSuccess(id: string, at: Date): Promise<void> {
      await db.query('UPDATE push_subscriptions SET last_success_at = $2 WHERE id = $1', [id, at]);
    },
    async markFailure(id: string, at: Date, reason: string): Promise<void> {
      await db.query(
        'UPDATE push_subscriptions SET last_failure_at = $2, last_failure = $3 WHERE id = $1',
        [id, at, reason.slice(0, 300)],
      );
    },
  };
}

export type PushStore = ReturnType<typeof createPushStore>;
