import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hashPassword } from '../auth/password.js';
import type { createUserBody, UserView } from './users.schema.js';

/** A reset code works this long, once. */
export const RESET_CODE_HOURS = 24;

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: UserView['role'];
  active: boolean;
  driver_id: string | null;
  last_login_at: Date | null;
}

// The last login is the newest session: every login opens one.
const SELECT = `SELECT u.id, u.username, u.display_name, u.role, u.active, u.driver_id,
  (SELECT max(s.created_at) FROM auth_sessions s WHERE s.user_id = u.id) AS last_login_at
  FROM users u`;

const toView = (r: UserRow): UserView => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  active: r.active,
  driverId: r.driver_id,
  lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
});

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

/**
 * Staff accounts. No password is ever shown or chosen by the administrator:
 * a new user, or one who forgot, gets a one-time code (24 h) and sets their own.
 */
export function createUsersService({
  db,
  now,
  onSessionRevoked,
}: {
  db: Db;
  now: () => Date;
  /** A deactivated user's open sessions end everywhere at once (sockets, session checks). */
  onSessionRevoked?: (sessionId: string) => void;
}) {
  async function find(id: string): Promise<UserView> {
    const row = (await db.query<UserRow>(`${SELECT} WHERE u.id = $1`, [id]))[0];
    if (!row) throw notFound('user');
    return toView(row);
  }

  async function issueCode(userId: string, actor: AuthUser, tx: Db) {
    const code = randomBytes(16).toString('base64url');
    const expiresAt = new Date(now().getTime() + RESET_CODE_HOURS * 3_600_000);
    // An older code stops working when a new one is issued.
    await tx.query(
      'UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL',
      [userId, now()],
    );
    await tx.query(
      `INSERT INTO password_resets (id, user_id, code_hash, expires_at, created_by)
       VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), userId, hashCode(code), expiresAt, actor.id],
    );
    return { code, expiresAt: expiresAt.toISOString() };
  }

  return {
    async list(): Promise<UserView[]> {
      return (await db.query<UserRow>(`${SELECT} ORDER BY u.role, u.username`)).map(toView);
    },
    async create(input: z.output<typeof createUserBody>, actor: AuthUser) {
      const taken = await db.query('SELECT 1 FROM users WHERE username = $1', [input.username]);
      if (taken.length > 0) throw new AppError('CONFLICT');
      const id = randomUUID();
      // Nobody knows this password: the user sets one with the code.
      const unusable = await hashPassword(randomBytes(32).toString('base64url'));
      const reset = await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO users (id, username, password_hash, role, display_name) VALUES ($1, $2, $3, $4, $5)`,
          [id, input.username, unusable, input.role, input.displayName],
        );
        await recordAudit(tx, actor, {
          action: 'user.create',
          entity: 'user',
          entityId: id,
          details: { role: input.role },
        });
        return issueCode(id, actor, tx);
      });
      return { user: await find(id), reset };
    },
    async resetCode(id: string, actor: AuthUser) {
      await find(id);
      return db.transaction(async (tx) => {
        const reset = await issueCode(id, actor, tx);
        await recordAudit(tx, actor, { action: 'user.reset-code', entity: 'user', entityId: id });
        return reset;
      });
    },
    /** The login stops and every open session of the user is revoked. */
    async deactivate(id: string, actor: AuthUser): Promise<UserView> {
      const user = await find(id);
      if (user.id === actor.id) throw new AppError('CONFLICT');
      const sessions = await db.transaction(async (tx) => {
        await tx.query('UPDATE users SET active = false WHERE id = $1', [id]);
        const revoked = await tx.query<{ id: string }>(
          `UPDATE auth_sessions SET revoked_at = $2, revoked_reason = 'deactivated'
           WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
          [id, now()],
        );
        await recordAudit(tx, actor, { action: 'user.deactivate', entity: 'user', entityId: id });
        return revoked.map((r) => r.id);
      });
      for (const session of sessions) onSessionRevoked?.(session);
      return find(id);
    },
    /** Sets a new password with a one-time code; a wrong, used or expired code is one answer. */
    async resetPassword(code: string, newPassword: string, username?: string): Promise<void> {
      const passwordHash = await hashPassword(newPassword);
      const done = await db.transaction(async (tx) => {
        // With a username, another user's code is refused unspent (the same answer as a wrong code).
        const rows = await tx.query<{ user_id: string }>(
          `UPDATE password_resets SET used_at = $2
           WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
             AND ($3::text IS NULL OR user_id = (SELECT id FROM users WHERE username = $3))
           RETURNING user_id`,
          [hashCode(code), now(), username ?? null],
        );
        const userId = rows[0]?.user_id;
        if (!userId) return false;
        const users = await tx.query(
          'UPDATE users SET password_hash = $2 WHERE id = $1 AND active RETURNING id',
          [userId, passwordHash],
        );
        if (users.length === 0) return false;
        await recordAudit(tx, 'system', {
          action: 'user.password-set',
          entity: 'user',
          entityId: userId,
        });
        return true;
      });
      if (!done) throw new AppError('INVALID_CREDENTIALS');
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
