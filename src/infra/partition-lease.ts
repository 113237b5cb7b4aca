import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

/** Another worker kept the partition past the wait: the job fails and is retried later. */
export class PartitionLeaseBusy extends Error {
  constructor(partition: string) {
    super(`partition ${partition} is being planned by another worker; the job will retry`);
    this.name = 'PartitionLeaseBusy';
  }
}

export interface PartitionLeaseSettings {
  /** Redis key prefix (the service's). */
  prefix: string;
  /** A lease's lifetime: a killed worker's lease is free after this. Renewed while held. */
  ttlMs: number;
  /** How long a job waits for another worker to let the partition go. */
  waitMs: number;
  /** Between two tries while waiting. */
  pollMs?: number;
}

/** What the leases did, for tests and logs. */
export interface PartitionLeaseStats {
  acquired: number;
  released: number;
  waited: number;
}

// Takes the lease if free: a fencing token from the partition's counter, stored with the owner.
// A lease this owner still holds in Redis is kept, with its token (it lost track of it).
const ACQUIRE = `
local current = redis.call('GET', KEYS[1])
if current then
  local mine = ARGV[1] .. ':'
  if string.sub(current, 1, #mine) == mine then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return tonumber(string.sub(current, #mine + 1))
  end
  return nil
end
local token = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. token, 'PX', ARGV[2])
return token`;
// Renews or lets go only a lease still ours (same owner and token).
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** A lease this worker holds: its value in Redis, its users, and when Redis last extended it. */
interface Lease {
  value: string;
  token: number;
  users: number;
  renewedAt: number;
  /** The idle watch (`watchIdle`); one at a time, stopped when a job takes the lease. */
  watch?: ReturnType<typeof setInterval>;
}

/**
 * One owner at a time per planning partition among the workers: a Redis
 * lease (SET NX PX) with a fencing token (INCR). The owner keeps the lease
 * between jobs, renewing it with each one, so its day in memory stays
 * current; a worker that wants the partition says so, and the owner lets go
 * after its job in hand. A killed owner's lease expires after `ttlMs`.
 * The partition's version check at commit stays the real fence: the lease
 * only keeps workers from racing (and losing) each other.
 */
export function createPartitionLeases(redis: Redis, settings: PartitionLeaseSettings) {
  const owner = randomUUID();
  const pollMs = settings.pollMs ?? 20;
  const held = new Map<string, Lease>();
  const acquiring = new Map<string, Promise<{ value: string; token: number; at: number }>>();
  const stats: PartitionLeaseStats = { acquired: 0, released: 0, waited: 0 };
  const leaseKey = (p: string) => `${settings.prefix}:lease:${p}`;
  const tokenKey = (p: string) => `${settings.prefix}:lease-token:${p}`;
  const wantKey = (p: string) => `${settings.prefix}:lease-wanted:${p}`;

  async function renew(partition: string, lease: Lease): Promise<boolean> {
    const asked = Date.now();
    const ok = (await redis.eval(RENEW, 1, leaseKey(partition), lease.value, settings.ttlMs)) === 1;
    if (ok) lease.renewedAt = Math.max(lease.renewedAt, asked);
    return ok;
  }

  async function acquire(partition: string): Promise<{ value: string; token: number; at: number }> {
    const deadline = Date.now() + settings.waitMs;
    let waited = false;
    for (;;) {
      const at = Date.now();
      const token = await redis.eval(
        ACQUIRE,
        2,
        leaseKey(partition),
        tokenKey(partition),
        owner,
        settings.ttlMs,
      );
      if (typeof token === 'number') {
        stats.acquired++;
        if (waited) stats.waited++;
        await redis.del(wantKey(partition));
        return { value: `${owner}:${token}`, token, at };
      }
      if (Date.now() >= deadline) throw new PartitionLeaseBusy(partition);
      waited = true;
      await redis.set(wantKey(partition), owner, 'PX', settings.ttlMs);
      await sleep(pollMs);
    }
  }

  /*
   * An idle owner lets go as soon as another worker asks (rather than making
   * it wait for expiry), and stops watching once the lease is gone.
   */
  function watchIdle(partition: string, lease: Lease): void {
    // One watch per lease: a watch left from an earlier idle spell judged the lease lapsed by
    // its own start time, dropped it while jobs kept it alive, and the next job then waited
    // for its own lease to expire in Redis (5 s stalls at 50 bookings a second).
    clearInterval(lease.watch);
    const timer = setInterval(
      async () => {
        if (held.get(partition) !== lease || lease.watch !== timer) return clearInterval(timer);
        if (lease.users > 0) return clearInterval(timer);
        if (Date.now() >= lease.renewedAt + settings.ttlMs) {
          // Not renewed: it has lapsed in Redis; the next job takes it anew.
          clearInterval(timer);
          held.delete(partition);
          return;
        }
        const wanted = await redis.exists(wantKey(partition)).catch(() => 0);
        if (wanted && lease.users === 0 && held.get(partition) === lease) {
          clearInterval(timer);
          await leases.release(partition);
        }
      },
      Math.max(pollMs, Math.min(250, Math.floor(settings.ttlMs / 3))),
    );
    timer.unref();
    lease.watch = timer;
  }

  const leases = {
    stats,
    owner,

    /**
     * Runs `fn` holding the partition's lease (taken, or renewed if already
     * this worker's), with its fencing token. Waits for another owner to let
     * go, at most `waitMs`, else rejects with `PartitionLeaseBusy`.
     */
    async hold<T>(partition: string, fn: (token: number) => Promise<T>): Promise<T> {
      let lease = held.get(partition);
      if (lease) {
        clearInterval(lease.watch);
        lease.watch = undefined;
      }
      if (lease && lease.users === 0 && !(await renew(partition, lease))) {
        if (held.get(partition) === lease) held.delete(partition); // expired meanwhile: take it anew
        lease = undefined;
      }
      if (!lease) {
        // Two jobs of this worker on one partition take one lease.
        let taking = acquiring.get(partition);
        if (!taking) {
          taking = acquire(partition).finally(() => acquiring.delete(partition));
          acquiring.set(partition, taking);
        }
        const got = await taking;
        lease = held.get(partition) ?? { ...got, users: 0, renewedAt: got.at };
        held.set(partition, lease);
      }
      const mine = lease;
      mine.users++;
      // A long job keeps its lease alive.
      const timer = setInterval(
        () => void renew(partition, mine).catch(() => undefined),
        Math.max(50, Math.floor(settings.ttlMs / 3)),
      );
      timer.unref();
      try {
        return await fn(mine.token);
      } finally {
        clearInterval(timer);
        mine.users--;
        if (mine.users === 0) {
          const wanted = await redis.exists(wantKey(partition)).catch(() => 0);
          if (wanted) await leases.release(partition);
          else watchIdle(partition, mine);
        }
      }
    },

    /** Lets a partition go now, if this worker holds it and no job of its own is using it. */
    async release(partition: string): Promise<void> {
      const lease = held.get(partition);
      if (!lease || lease.users > 0) return;
      clearInterval(lease.watch);
      held.delete(partition);
      stats.released++;
      await redis.eval(RELEASE, 1, leaseKey(partition), lease.value).catch(() => undefined);
    },

    /** Lets every partition go (on shutdown), so the next owner need not wait for expiry. */
    async close(): Promise<void> {
      for (const partition of [...held.keys()]) await leases.release(partition);
    },
  };
  return leases;
}

export type PartitionLeases = ReturnType<typeof createPartitionLeases>;
