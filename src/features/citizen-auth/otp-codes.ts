import { createHmac, randomInt } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppError } from '../../domain/errors.js';

/** Lifetime, tries and limits of sign-in codes (config.otp). */
export interface OtpSettings {
  ttlSeconds: number;
  maxAttempts: number;
  sendsPerPhone: number;
  sendsPerIp: number;
  failuresPerIp: number;
  windowSeconds: number;
}

export interface OtpCodesDeps {
  redis: Redis;
  /** Keeps the keys of parallel test suites (and deployments sharing a Redis) apart. */
  prefix: string;
  /** Keys the hashes: a copy of Redis alone does not give up the codes (a 6-digit hash is cheap to reverse). */
  secret: string;
  settings: OtpSettings;
}

// Counts one event in a window and answers how many, and the window's remaining ms.
const COUNT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}`;

// Checks a code in one step, so two processes never both accept it: the right
// code deletes itself (single use); a wrong one counts, and the last allowed
// wrong try voids the code.
const CHECK = `
local stored = redis.call('HGET', KEYS[1], 'hash')
if not stored then return 'missing' end
if stored == ARGV[1] then redis.call('DEL', KEYS[1]) return 'ok' end
local tries = redis.call('HINCRBY', KEYS[1], 'tries', 1)
if tries >= tonumber(ARGV[2]) then redis.call('DEL', KEYS[1]) return 'void' end
return 'wrong'`;

/**
 * One-time sign-in codes in Redis: 6 digits, stored only as a keyed hash,
 * expiring, used once, with a bounded number of wrong tries. Sends are
 * limited per phone and per client address, wrong codes per address; the
 * counters live in Redis, so the limits hold across API processes.
 */
export function createOtpCodes({ redis, prefix, secret, settings }: OtpCodesDeps) {
  const digest = (phone: string, code: string) =>
    createHmac('sha256', secret).update(`${phone}:${code}`).digest('hex');
  const phoneKey = (phone: string) =>
    createHmac('sha256', secret).update(phone).digest('hex').slice(0, 32);
  const keys = {
    code: (phone: string) => `${prefix}:otp:code:${phoneKey(phone)}`,
    sendsPhone: (phone: string) => `${prefix}:otp:sends:phone:${phoneKey(phone)}`,
    sendsIp: (ip: string) => `${prefix}:otp:sends:ip:${ip}`,
    failuresIp: (ip: string) => `${prefix}:otp:fail:ip:${ip}`,
  };
  const windowMs = settings.windowSeconds * 1000;

  async function count(key: string): Promise<{ n: number; waitMs: number }> {
    const [n, waitMs] = (await redis.eval(COUNT, 1, key, windowMs)) as [number, number];
    return { n, waitMs };
  }

  const limited = (waitMs: number) =>
    new AppError('OTP_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) });

  return {
    /**
     * Counts a send against the phone's and the address's limits (refused past
     * either, with the time to wait) and makes a new code, replacing any
     * earlier one. Called for unknown phones too: the limit must not tell who
     * is registered.
     */
    async issue(phone: string, ip: string): Promise<string> {
      const [byPhone, byIp] = await Promise.all([
        count(keys.sendsPhone(phone)),
        count(keys.sendsIp(ip)),
      ]);
      const over = [
        byPhone.n > settings.sendsPerPhone ? byPhone.waitMs : 0,
        byIp.n > settings.sendsPerIp ? byIp.waitMs : 0,
      ];
      if (Math.max(...over) > 0) throw limited(Math.max(...over));
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await redis
        .multi()
        .del(keys.code(phone))
        .hset(keys.code(phone), 'hash', digest(phone, code), 'tries', 0)
        .expire(keys.code(phone), settings.ttlSeconds)
        .exec();
      return code;
    },

    /**
     * True when `code` is the phone's live code (which is then spent). A wrong,
     * spent or expired code is OTP_INVALID; an address with too many wrong
     * codes is OTP_LIMITED until its window ends, even with the right code.
     */
    async verify(phone: string, code: string, ip: string): Promise<void> {
      const failures = Number((await redis.get(keys.failuresIp(ip))) ?? 0);
      if (failures >= settings.failuresPerIp) throw limited(await redis.pttl(keys.failuresIp(ip)));
      const expected = digest(phone, code);
      const outcome = (await redis.eval(
        CHECK,
        1,
        keys.code(phone),
        expected,
        settings.maxAttempts,
      )) as 'ok' | 'wrong' | 'void' | 'missing';
      if (outcome === 'ok') return;
      await count(keys.failuresIp(ip));
      throw new AppError('OTP_INVALID');
    },

    /** Deletes a phone's live code and its send counter (a citizen's erasure). */
    async forget(phone: string): Promise<void> {
      await redis.del(keys.code(phone), keys.sendsPhone(phone));
    },
  };
}

export type OtpCodes = ReturnType<typeof createOtpCodes>;
