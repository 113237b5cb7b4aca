import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { jwtSecretOf } from '../features/auth/jwt-secret.js';
import { resolveDataKeys } from '../infra/crypto/data-cipher.js';
import { type ReencryptMode, reencrypt, staleCounts } from '../infra/crypto/encrypted-columns.js';
import { loadDataKeys } from '../infra/crypto/load-data-keys.js';
import type { Db } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createPgliteDatabase } from '../infra/db/pglite-database.js';
import { createPostgresDatabase } from '../infra/db/postgres-database.js';
import { createLogger } from '../infra/logging/logger.js';

/**
 * `npm run keys:rotate`: re-encrypts every personal value written with an
 * older key of DATA_ENCRYPTION_KEYS with the current (first) one, in batches
 * of `--batch` rows (default 500), each committed on its own; stopped, it is
 * run again and goes on. `--rehash` also recomputes every keyed hash, after
 * DATA_HASH_KEY changed. Prints what it did and what is left (0 everywhere:
 * the old key can be removed) as JSON.
 */
async function main(argv: string[]): Promise<void> {
  const config = loadConfig(process.env);
  const batchFlag = argv.indexOf('--batch');
  const batchSize = batchFlag >= 0 ? Number(argv[batchFlag + 1]) : 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('--batch: a whole number ≥ 1');
  const mode: ReencryptMode = argv.includes('--rehash') ? 'rehash' : 'rotate';
  const logger = createLogger(config.logLevel);
  const db: Db = config.databaseUrl
    ? createPostgresDatabase(config.databaseUrl, {
        preparedStatements: config.databasePreparedStatements,
      })
    : await createPgliteDatabase(join(config.dataDir, 'pglite'));
  try {
    await migrate(db);
    const cipher = await loadDataKeys(
      db,
      resolveDataKeys(config.dataKeys, () => jwtSecretOf(config.jwtSecret, config.dataDir)),
      logger,
      { checkHashes: mode !== 'rehash' },
    );
    const rows = await reencrypt(db, cipher, {
      mode,
      batchSize,
      onBatch: ({ table, rows: n }) => logger.info({ table, rows: n }, 're-encrypted a batch'),
    });
    const remaining = await staleCounts(db, cipher);
    console.log(
      JSON.stringify({
        currentKeyId: cipher.currentKeyId,
        mode,
        rows: Object.fromEntries(rows),
        remaining: [...remaining.values()].reduce((sum, n) => sum + n, 0),
      }),
    );
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
