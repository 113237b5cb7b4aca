import type { Redis } from 'ioredis';
import type { Db } from './db/database.js';

/** Up or down within a second: a health check that hangs is worse than one that says down. */
function probe(check: Promise<unknown>): Promise<'up' | 'down'> {
  const timeout = new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), 1000).unref());
  return Promise.race([
    check.then(
      () => 'up' as const,
      () => 'down' as const,
    ),
    timeout,
  ]);
}

/** Database and Redis state for `GET /health`. */
export async function checkHealth(db: Db, redis: Redis) {
  const [database, cache] = await Promise.all([probe(db.query('SELECT 1')), probe(redis.ping())]);
  const ok = database === 'up' && cache === 'up';
  return {
    ok,
    body: { status: ok ? 'ok' : 'degraded', database, redis: cache, dialect: db.dialect },
  };
}
