import { createHash, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../../domain/errors.js';
import { type AuthUser, ROLES, type Role } from './auth-user.js';

export interface TokenSettings {
  secret: string;
  accessTokenTtlSeconds: number;
  /** Where a token's session is checked, so a logged-out token stops working before it expires. */
  sessions: { isSessionLive(sessionId: string): Promise<boolean> };
}

const ISSUER = 'yoldas';
/** Verified tokens remembered at most (cleared when full: a cache, not a record). */
const VERIFIED_TOKENS_KEPT = 10_000;

interface Claims {
  sub: string;
  role: Role;
  sid: string;
  driverId: string | null;
  name: string;
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Short-lived signed access tokens; they carry the role so checks need no database read. */
export function createTokenIssuer(settings: TokenSettings) {
  // Imported once: given raw bytes, jose imports the key again on every sign and verify.
  const key = crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(settings.secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  // A token verified once is the same bytes the next time: its signature is not checked again
  // until it expires (the HMAC was a tenth of a small read's cost). Keyed by the whole token,
  // signature included, so only those exact bytes pass; its session is still checked each time.
  const verified = new Map<string, Claims>();

  async function verifiedClaims(token: string): Promise<Claims> {
    const known = verified.get(token);
    if (known && known.expiresAt > Date.now()) return known;
    const { payload } = await jwtVerify(token, await key, {
      issuer: ISSUER,
      algorithms: ['HS256'],
    });
    const role = payload.role as Role;
    const sid = payload.sid;
    if (
      !payload.sub ||
      !ROLES.includes(role) ||
      typeof sid !== 'string' ||
      !UUID.test(sid) ||
      typeof payload.exp !== 'number'
    )
      throw new AppError('UNAUTHENTICATED');
    const claims: Claims = {
      sub: payload.sub,
      role,
      sid,
      driverId: typeof payload.driverId === 'string' ? payload.driverId : null,
      name: typeof payload.name === 'string' ? payload.name : '',
      expiresAt: payload.exp * 1000,
    };
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.clear();
    verified.set(token, claims);
    return claims;
  }

  return {
    async issue(user: AuthUser & { sessionId: string }): Promise<string> {
      return new SignJWT({
        role: user.role,
        driverId: user.driverId,
        name: user.name,
        sid: user.sessionId,
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(`${settings.accessTokenTtlSeconds}s`)
        .sign(await key);
    },
    /**
     * Verifies a token and that its session is still open (one indexed read);
     * any failure is UNAUTHENTICATED, never a 500.
     */
    async verify(token: string): Promise<AuthUser> {
      try {
        const claims = await verifiedClaims(token);
        if (!(await settings.sessions.isSessionLive(claims.sid)))
          throw new AppError('UNAUTHENTICATED');
        return {
          id: claims.sub,
          role: claims.role,
          driverId: claims.driverId,
          name: claims.name,
          sessionId: claims.sid,
        };
      } catch (error) {
        if (error instanceof AppError || error instanceof errors.JOSEError)
          throw new AppError('UNAUTHENTICATED');
        throw error;
      }
    },
  };
}

export type TokenIssuer = ReturnType<typeof createTokenIssuer>;

/** Refresh tokens are random and opaque; only their hash is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Reads `Authorization: Bearer <token>`. */
export function bearerToken(header: string | undefined): string {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]) throw new AppError('UNAUTHENTICATED');
  return match[1];
}
