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
    async saveRefreshToken(userId: string, hash: string, expiresAt: Date): Promise<void> {
      await db.query(
        'INSERT INTO refresh_tokens (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)',
        [randomUUID(), userId, hash, expiresAt],
      );
    },
    /** Revokes a live refresh token and returns its user, in one statement so a token is used once. */
    async consumeRefreshToken(hash: string, now: Date): Promise<string | undefined> {
      const rows = await db.query<{ user_id: string }>(
        `UPDATE refresh_tokens SET revoked_at = $2
         WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2
         RETURNING user_id`,
        [hash, now],
      );
      return rows[0]?.user_id;
    },
  };
}

export type AuthStore = ReturnType<typeof createAuthStore>;
