import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppError } from '../../domain/errors.js';

/** How many failed logins lock an account or an address out, and for how long. */
export interface LoginLimits {
  /** Failed logins for one username within the window before it is locked. */
  maxFailuresPerAccount: number;
  /** Failed logins from one client address (any usernames) within the window before it is locked. */
  maxFailuresPerIp: number;
  windowSeconds: number;
  lockoutSeconds: number;
}

export interface LoginLimiterDeps {
  redis: Redis;
  /** Keeps the counters of parallel test suites (and deployments sharing a Redis) apart. */
  prefix: string;
  limits: LoginLimits;
  log: { warn(obj: object, msg: string): void };
  /**
   * How long a counter may wait for Redis. Past it the login goes on without
   * the limit (logged): staff must still be able to log in while Redis is away.
   */
  timeoutMs?: number;
}

// Counts a failure and, at the limit, turns the counter into a lock; one round
// trip, atomic, so processes sharing the Redis share the count.
const COUNT_FAILURE = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
if n >= tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'EX', ARGV[3])
  redis.call('DEL', KEYS[1])
end
return n`;

/**
 * Failed-login counters per account and per client address in Redis, so the
 * limit holds across API processes. A locked account or address is refused
 * (429 LOGIN_LOCKED with the seconds to wait) even with the right password:
 * otherwise a guesser would learn the password from the one answer that differs.
 */
export function createLoginLimiter({
  redis,
  prefix,
  limits,
  log,
  timeoutMs = 1000,
}: LoginLimiterDeps) {
  // Usernames are hashed: the keys never show who is being guessed at.
  const accountKey = (username: string) =>
    createHash('sha256').update(username.trim().toLocaleLowerCase('tr')).digest('hex').slice(0, 32);
  const keys = (username: string, ip: string) => ({
    accountFailures: `${prefix}:login:fail:acct:${accountKey(username)}`,
    accountLock: `${prefix}:login:lock:acct:${accountKey(username)}`,
    ipFailures: `${prefix}:login:fail:ip:${ip}`,
    ipLock: `${prefix}:login:lock:ip:${ip}`,
  });

  async function bounded<T>(work: Promise<T>, fallback: T, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<T>((resolve) => {
      timer = setTimeout(() => {
        log.warn({ what }, 'login limiter: Redis did not answer in time; going on without it');
        resolve(fallback);
      }, timeoutMs);
    });
    try {
      return await Promise.race([
        work.catch((err: unknown) => {
          log.warn({ err, what }, 'login limiter: Redis failed; going on without it');
          return fallback;
        }),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    /** Throws LOGIN_LOCKED (with `retryAfterSeconds`) while the account or the address is locked. */
    async assertAllowed(username: string, ip: string): Promise<void> {
      const k = keys(username, ip);
      const [account, address] = await bounded(
        Promise.all([redis.pttl(k.accountLock), redis.pttl(k.ipLock)]),
        [-2, -2],
        'check',
      );
      const waitMs = Math.max(account, address);
      if (waitMs > 0)
        throw new AppError('LOGIN_LOCKED', { retryAfterSeconds: Math.ceil(waitMs / 1000) });
    },
    async recordFailure(username: string, ip: string): Promise<void> {
      const k = keys(username, ip);
      const { windowSeconds, lockoutSeconds } = limits;
      await bounded(
        Promise.all([
          redis.eval(
            COUNT_FAILURE,
            2,
            k.accountFailures,
            k.accountLock,
            windowSeconds,
            limits.maxFailuresPerAccount,
            lockoutSeconds,
          ),
          redis.eval(
            COUNT_FAILURE,
            2,
            k.ipFailures,
            k.ipLock,
            windowSeconds,
            limits.maxFailuresPerIp,
            lockoutSeconds,
          ),
        ]),
        undefined,
        'count',
      );
    },
    /** A successful login forgets the account's failures (not the address's). */
    async recordSuccess(username: string, ip: string): Promise<void> {
      await bounded(redis.del(keys(username, ip).accountFailures), 0, 'reset');
    },
  };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
