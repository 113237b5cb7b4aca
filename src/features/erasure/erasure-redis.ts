import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ErasureRedisPort } from './erasure.service.js';

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// The keys every BullMQ queue keeps beside its jobs: a prefix segment with one of them is a queue.
const BULL_SUFFIX =
  /:(meta|id|events|wait|active|paused|delayed|prioritized|completed|failed|stalled-check|marker|repeat)$/;

export interface ErasureRedisDeps {
  redis: Redis;
  prefix: string;
  /** The citizens' message queue: its jobs are named after the ride (`<bookingId>.<event>…`). */
  notifications: Queue;
  /** Deletes a phone's sign-in code and counters (OtpCodes.forget). */
  forgetPhone(phone: string): Promise<void>;
}

/** Walks every key under the prefix once (SCAN, never KEYS: the server keeps answering others). */
async function* scanKeys(redis: Redis, pattern: string): AsyncGenerator<string[]> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) yield keys;
  } while (cursor !== '0');
}

/**
 * What an erasure removes from Redis. Jobs go through BullMQ (its keys are
 * never deleted by hand, which would corrupt the queue); every other key
 * under the prefix that names one of the ids (message claims, late-ride
 * alerts, whatever a later cache keys by ride or citizen) is deleted.
 */
export function createErasureRedis(deps: ErasureRedisDeps): ErasureRedisPort {
  const { redis, prefix, notifications } = deps;
  const jobPrefix = `${prefix}:${notifications.name}:`;

  return {
    async settleCancelMessages(bookingIds, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (const id of bookingIds) {
        // The cancel message's job id (notificationJobId: one per ride, event and version).
        const jobId = `${id}.cancelled.once`;
        for (;;) {
          const job = await notifications.getJob(jobId);
          const state = job ? await job.getState() : 'missing';
          // Sent, given up, or held back for later (quiet hours): either way settled for now.
          if (state === 'completed' || state === 'failed' || state === 'delayed') break;
          if (Date.now() > deadline) return;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },

    async removeNotificationJobs(bookingIds) {
      if (bookingIds.length === 0) return 0;
      const ids = new Set(bookingIds.map((id) => id.toLowerCase()));
      const jobIds = new Set<string>();
      for await (const keys of scanKeys(redis, `${jobPrefix}*`)) {
        for (const key of keys) {
          const jobId = key.slice(jobPrefix.length).replace(/:logs$/, '');
          const ride = /^([0-9a-f-]{36})\./i.exec(jobId)?.[1]?.toLowerCase();
          if (ride && ids.has(ride)) jobIds.add(jobId);
        }
      }
      let removed = 0;
      for (const jobId of jobIds) {
        // A job being sent at this moment is locked and stays; it finds no phone and fails unsent.
        removed += await notifications.remove(jobId).catch(() => 0);
      }
      return removed;
    },

    async deleteKeysOf(idList) {
      if (idList.length === 0) return 0;
      const ids = new Set(idList.map((id) => id.toLowerCase()));
      const queues = new Set<string>();
      const candidates: string[] = [];
      for await (const keys of scanKeys(redis, `${prefix}:*`)) {
        for (const key of keys) {
          if (BULL_SUFFIX.test(key)) queues.add(key.split(':')[1] ?? '');
          const named = key.match(UUIDS);
          if (named?.some((id) => ids.has(id.toLowerCase()))) candidates.push(key);
        }
      }
      const owned = candidates.filter((key) => !queues.has(key.split(':')[1] ?? ''));
      let deleted = 0;
      for (let i = 0; i < owned.length; i += 500)
        deleted += await redis.del(...owned.slice(i, i + 500));
      return deleted;
    },

    forgetPhone: deps.forgetPhone,
  };
}
