import { AppError } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import type { SmsSender } from '../../infra/sms/sms-sender.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Session } from '../auth/auth.service.js';
import type { AuthStore } from '../auth/auth.store.js';
import type { AuthUser } from '../auth/auth-user.js';
import { newRefreshToken, type TokenIssuer } from '../auth/tokens.js';
import type { CitizenAccessStore } from './citizen-access.store.js';
import type { OtpCodes } from './otp-codes.js';

export interface CitizenAuthDeps {
  db: Db;
  access: CitizenAccessStore;
  authStore: AuthStore;
  tokens: TokenIssuer;
  codes: OtpCodes;
  sms: SmsSender;
  config: { accessTokenTtlSeconds: number; refreshTokenTtlSeconds: number; otpTtlSeconds: number };
  now: () => Date;
  log: { warn(obj: object, msg: string): void };
}

/** The text of a sign-in code: short, plain, Turkish first (phones show the start). */
export function codeMessage(code: string, minutes: number): string {
  return `Yoldaş giriş kodunuz: ${code}. ${minutes} dakika geçerlidir. Kimseyle paylaşmayın. / Your Yoldaş sign-in code. Do not share it.`;
}

/**
 * Citizens sign in without a password: a code to the phone, checked once.
 * A phone that reaches no citizen (not registered, not named as a relative)
 * gets the same answer and no message, so the form tells nobody who is
 * registered; it is counted against the limits all the same.
 */
export function createCitizenAuthService(deps: CitizenAuthDeps) {
  const { access, authStore, tokens, config, now } = deps;

  async function issue(user: AuthUser): Promise<Session> {
    const expires = new Date(now().getTime() + config.refreshTokenTtlSeconds * 1000);
    const sessionId = await authStore.createSession(user.id, expires);
    const refresh = newRefreshToken();
    await authStore.saveRefreshToken(user.id, refresh.hash, expires, sessionId);
    return {
      accessToken: await tokens.issue({ ...user, sessionId }),
      refreshToken: refresh.token,
      expiresIn: config.accessTokenTtlSeconds,
      user,
    };
  }

  return {
    /** Sends a code when the phone reaches a citizen; answers how long a code lives either way. */
    async requestCode(phone: string, ip: string): Promise<{ expiresIn: number }> {
      const code = await deps.codes.issue(phone, ip);
      const reachable = await access.reachableByPhone(phone);
      if (reachable.length > 0) {
        // Not awaited: a registered phone must not answer slower than another (the delay of the
        // provider would tell who is registered). A failed send is logged; the citizen asks again.
        deps.sms
          .send({ to: phone, text: codeMessage(code, Math.round(config.otpTtlSeconds / 60)) })
          .catch((error: unknown) =>
            deps.log.warn({ err: error }, 'sign-in code could not be sent'),
          );
      }
      return { expiresIn: config.otpTtlSeconds };
    },

    /** Spends the code and opens a session for the phone's citizen user (made on first sign-in). */
    async verify(phone: string, code: string, ip: string): Promise<Session> {
      await deps.codes.verify(phone, code, ip);
      const reachable = await access.reachableByPhone(phone);
      // A code is only ever sent to a phone that reaches a citizen; one removed meanwhile has no way in.
      const first = reachable[0];
      if (!first) throw new AppError('OTP_INVALID');
      const displayName = first.relation === 'self' ? first.fullName : `${first.fullName} (yakını)`;
      const row = await access.userForPhone(phone, displayName);
      const user: AuthUser = {
        id: row.id,
        role: 'citizen',
        driverId: null,
        name: row.display_name,
      };
      await recordAudit(deps.db, user, {
        action: 'citizen.sign-in',
        entity: 'user',
        entityId: row.id,
      });
      return issue(user);
    },
  };
}

export type CitizenAuthService = ReturnType<typeof createCitizenAuthService>;
