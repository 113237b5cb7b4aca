import { setTimeout as sleep } from 'node:timers/promises';

/** How often and how patiently to retry a transient failure. */
export interface RetryPolicy {
  /** Attempts in all, the first included (1 = no retry). */
  readonly attempts: number;
  /** Delay before the first retry; doubles for each further one. */
  readonly baseDelayMs: number;
  /** Cap on a single delay. */
  readonly maxDelayMs: number;
}

/** Three attempts, 200 ms then 400 ms (± jitter): enough for a blip, short enough for a booking call. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  attempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
});

/**
 * Runs `attempt` until it succeeds, fails with a non-transient error, or
 * runs out of attempts. Delays grow exponentially with "equal jitter"
 * (half fixed, half random) so that many workers hitting the same rate limit
 * do not retry in lock-step.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  isTransient: (error: unknown) => boolean,
  onRetry: (error: unknown, retryNumber: number) => void = () => {},
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= policy.attempts || !isTransient(error)) throw error;
      onRetry(error, n);
      const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
      await sleep(cap / 2 + (Math.random() * cap) / 2);
    }
  }
}

/** Runs `tasks` with at most `limit` in flight; resolves when all are done. */
export async function runPool(
  tasks: readonly (() => Promise<void>)[],
  limit: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      await task();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
}
