import { AppError } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthStore, UserRow } from './auth.store.js';
import type { AuthUser } from './auth-user.js';
import type { LoginLimiter } from './login-limiter.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { hashRefreshToken, newRefreshToken, type TokenIssuer } from './tokens.js';

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: AuthUser;
}

export interface AuthServiceDeps {
  db: Db;
  store: AuthStore;
  tokens: TokenIssuer;
  limiter: LoginLimiter;
  config: { accessTokenTtlSeconds: number; refreshTokenTtlSeconds: number };
  now: () => Date;
  /** Called after a session is revoked: its live sockets are disconnected. */
  onSessionRevoked?: (sessionId: string) => void;
}

/**
 * A spent refresh token presented again this soon is taken as a retry (the
 * first answer was lost), as the OAuth 2.0 security best practice allows;
 * later, as a stolen token: the session is revoked.
 */
const REFRESH_RETRY_GRACE_MS = 30_000;

export function createAuthService({
  db,
  store,
  tokens,
  limiter,
  config,
  now,
  onSessionRevoked,
}: AuthServiceDeps) {
  async function issue(row: UserRow, sessionId: string): Promise<Session> {
    const user: AuthUser = {
      id: row.id,
      role: row.role,
      driverId: row.driver_id,
      name: row.display_name,
    };
    const refresh = newRefreshToken();
    await store.saveRefreshToken(
      row.id,
      refresh.hash,
      new Date(now().getTime() + config.refreshTokenTtlSeconds * 1000),
      sessionId,
    );
    return {
      accessToken: await tokens.issue({ ...user, sessionId }),
      refreshToken: refresh.token,
      expiresIn: config.accessTokenTtlSeconds,
      user,
    };
  }

  async function revoke(sessionId: string, reason: 'logout' | 'refresh-reuse') {
    if (!(await store.revokeSession(sessionId, reason, now()))) return;
    // A reused refresh token may be a stolen one: worth an administrator's look.
    if (reason === 'refresh-reuse')
      await recordAudit(db, 'system', {
        action: 'session.refresh-reuse',
        entity: 'session',
        entityId: sessionId,
      });
    onSessionRevoked?.(sessionId);
  }

  return {
    /**
     * Checks the password under the account's and the address's failure
     * limits; a locked account is refused before the password is looked at.
     */
    async login(username: string, password: string, ip: string): Promise<Session> {
      await limiter.assertAllowed(username, ip);
      const row = await store.findByUsername(username);
      const ok = await verifyPassword(row?.password_hash ?? DUMMY_HASH, password);
      if (!row || !ok || !row.active) {
        await limiter.recordFailure(username, ip);
        throw new AppError('INVALID_CREDENTIALS');
      }
      await limiter.recordSuccess(username, ip);
      const sessionId = await store.createSession(
        row.id,
        new Date(now().getTime() + config.refreshTokenTtlSeconds * 1000),
      );
      return issue(row, sessionId);
    },
    /**
     * Exchanges a refresh token for a new one in the same session (rotation).
     * A spent token presented again means two holders: the whole session is
     * revoked, so neither the thief's nor the user's tokens work any more.
     */
    async refresh(refreshToken: string): Promise<Session> {
      const hash = hashRefreshToken(refreshToken);
      const spent = await store.consumeRefreshToken(hash, now());
      if (!spent) {
        // The same token again within seconds is a retry whose answer was lost
        // (a driver's phone between masts), not a thief: answer it again.
        const retry = await store.spentRefreshToken(hash);
        if (
          retry?.sessionLive &&
          now().getTime() - retry.spentAt.getTime() <= REFRESH_RETRY_GRACE_MS
        ) {
          const row = await store.findById(retry.userId);
          if (!row?.active) throw new AppError('UNAUTHENTICATED');
          return issue(row, retry.sessionId);
        }
        const reused = await store.sessionOfRefreshToken(hash);
        if (reused) await revoke(reused, 'refresh-reuse');
        throw new AppError('UNAUTHENTICATED');
      }
      const row = await store.findById(spent.userId);
      if (!row?.active) throw new AppError('UNAUTHENTICATED');
      return issue(row, spent.sessionId);
    },
    /** Ends the session of a refresh token: its access tokens stop working and its sockets close. */
    async logout(refreshToken: string): Promise<void> {
      const sessionId = await store.sessionOfRefreshToken(hashRefreshToken(refreshToken));
      if (sessionId) await revoke(sessionId, 'logout');
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
