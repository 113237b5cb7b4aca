import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { seedDemoData } from '../demo/seed.js';
import { jwtSecretOf } from '../features/auth/jwt-secret.js';
import { ensureDefaultServices } from '../features/services/default-services.js';
import { createServicesStore } from '../features/services/services.store.js';
import { resolveDataKeys } from '../infra/crypto/data-cipher.js';
import { loadDataKeys } from '../infra/crypto/load-data-keys.js';
import type { Db } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createPgliteDatabase } from '../infra/db/pglite-database.js';
import { createPostgresDatabase } from '../infra/db/postgres-database.js';
import { createLogger } from '../infra/logging/logger.js';

/** `npm run seed`: migrations, default services and the demo data set into the configured database. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const db: Db = config.databaseUrl
    ? createPostgresDatabase(config.databaseUrl, {
        preparedStatements: config.databasePreparedStatements,
      })
    : await createPgliteDatabase(join(config.dataDir, 'pglite'));
  try {
    await migrate(db);
    // The demo citizens' phones and IDs are written encrypted, with the keys the service uses.
    await loadDataKeys(
      db,
      resolveDataKeys(config.dataKeys, () => jwtSecretOf(config.jwtSecret, config.dataDir)),
      createLogger(config.logLevel),
    );
    await ensureDefaultServices(createServicesStore(db));
    const loaded = await seedDemoData(db, new Date());
    console.log(loaded ? 'Demo data loaded.' : 'The database already has users: nothing loaded.');
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
