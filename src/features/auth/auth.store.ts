import { randomUUID } from 'node:crypto';
import type { Db } from '../../infra/db/database.js';
import type { Role } from './auth-user.js';

export interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  role: Role;
  display_name: string;
  driver_id: string | null;
  active: boolean;
}

export function createAuthStore(db: Db) {
  return {
    async findByUsername(username: string): Promise<UserRow | undefined> {
      const rows = await db.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]);
      return rows[0];
    },
    async findById(id: string): Promise<UserRow | undefined> {
      const rows = await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0];
    },
    async insertUser(
      user: Omit<UserRow, 'id' | 'active'> & { id?: string },
      tx: Db = db,
    ): Promise<string> {
      const id = user.id ?? randomUUID();
      await tx.query(
        `INSERT INTO users (id, username, password_hash, role, display_name, driver_id)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, user.username, user.password_hash, user.role, user.display_name, user.driver_id],
      );
      return id;
    },
    /** Opens a session (one login); its refresh tokens and access tokens name it. */
    async createSession(userId: string, expiresAt: Date): Promise<string> {
      const id = randomUUID();
      await db.query('INSERT INTO auth_sessions (id, user_id, expires_at) VALUES ($1, $2, $3)', [
        id,
        userId,
        expiresAt,
      ]);
      return id;
    },
    async isSessionLive(sessionId: string): Promise<boolean> {
      const rows = await db.query(
        'SELECT 1 FROM auth_sessions WHERE id = $1 AND revoked_at IS NULL',
        [sessionId],
      );
      return rows.length > 0;
    },
    /** Revokes a session and every refresh token of its family; false when it was revoked already. */
    async revokeSession(sessionId: string, reason: string, now: Date): Promise<boolean> {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `UPDATE auth_sessions SET revoked_at = $2, revoked_reason = $3
           WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
          [sessionId, now, reason],
        );
        await tx.query(
          'UPDATE refresh_tokens SET revoked_at = $2 WHERE session_id = $1 AND revoked_at IS NULL',
          [sessionId, now],
        );
        return rows.length > 0;
      });
    },
    async saveRefreshToken(
      userId: string,
      hash: string,
      expiresAt: Date,
      sessionId: string,
    ): Promise<void> {
      await db.query(
        `INSERT INTO refresh_tokens (id, user_id, token_hash, expires_at, session_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [randomUUID(), userId, hash, expiresAt, sessionId],
      );
    },
    /**
     * Spends a live refresh token of a live session and returns its user and
     * session, in one statement so a token is used once.
     */
    async consumeRefreshToken(
      hash: string,
      now: Date,
    ): Promise<{ userId: string; sessionId: string } | undefined> {
      const rows = await db.query<{ user_id: string; session_id: string }>(
        `UPDATE refresh_tokens t SET revoked_at = $2
         FROM auth_sessions s
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2
           AND s.id = t.session_id AND s.revoked_at IS NULL
         RETURNING t.user_id, t.session_id`,
        [hash, now],
      );
      const row = rows[0];
      return row ? { userId: row.user_id, sessionId: row.session_id } : undefined;
    },
    /** A spent refresh token: when it was spent, and whether its session still stands. */
    async spentRefreshToken(
      hash: string,
    ): Promise<
      { userId: string; sessionId: string; spentAt: Date; sessionLive: boolean } | undefined
    > {
      const rows = await db.query<{
        user_id: string;
        session_id: string;
        revoked_at: Date;
        session_revoked_at: Date | null;
      }>(
        `SELECT t.user_id, t.session_id, t.revoked_at, s.revoked_at AS session_revoked_at
         FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
         WHERE t.token_hash = $1 AND t.revoked_at IS NOT NULL`,
        [hash],
      );
      const row = rows[0];
      return row
        ? {
            userId: row.user_id,
            sessionId: row.session_id,
            spentAt: row.revoked_at,
            sessionLive: row.session_revoked_at === null,
          }
        : undefined;
    },
    /** The session of a refresh token that exists, spent or not (to spot a reused one). */
    async sessionOfRefreshToken(hash: string): Promise<string | undefined> {
      const rows = await db.query<{ session_id: string | null }>(
        'SELECT session_id FROM refresh_tokens WHERE token_hash = $1',
        [hash],
      );
      return rows[0]?.session_id ?? undefined;
    },
  };
}

export type AuthStore = ReturnType<typeof createAuthStore>;
