import { AppError } from '../../domain/errors.js';
import type { AuthStore, UserRow } from './auth.store.js';
import type { AuthUser } from './auth-user.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { hashRefreshToken, newRefreshToken, type TokenIssuer } from './tokens.js';

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: AuthUser;
}

export interface AuthServiceDeps {
  store: AuthStore;
  tokens: TokenIssuer;
  config: { accessTokenTtlSeconds: number; refreshTokenTtlSeconds: number };
  now: () => Date;
}

export function createAuthService({ store, tokens, config, now }: AuthServiceDeps) {
  async function openSession(row: UserRow): Promise<Session> {
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
    );
    return {
      accessToken: await tokens.issue(user),
      refreshToken: refresh.token,
      expiresIn: config.accessTokenTtlSeconds,
      user,
    };
  }

  return {
    async login(username: string, password: string): Promise<Session> {
      const row = await store.findByUsername(username);
      const ok = await verifyPassword(row?.password_hash ?? DUMMY_HASH, password);
      if (!row || !ok || !row.active) throw new AppError('INVALID_CREDENTIALS');
      return openSession(row);
    },
    /** Exchanges a refresh token for a new session; the old token is spent (rotation). */
    async refresh(refreshToken: string): Promise<Session> {
      const userId = await store.consumeRefreshToken(hashRefreshToken(refreshToken), now());
      const row = userId ? await store.findById(userId) : undefined;
      if (!row?.active) throw new AppError('UNAUTHENTICATED');
      return openSession(row);
    },
    async logout(refreshToken: string): Promise<void> {
      await store.consumeRefreshToken(hashRefreshToken(refreshToken), now());
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
