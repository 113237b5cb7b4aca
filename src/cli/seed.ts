import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { seedDemoData } from '../demo/seed.js';
import { ensureDefaultServices } from '../features/services/default-services.js';
import { createServicesStore } from '../features/services/services.store.js';
import type { Db } from '../infra/db/database.js';
import { migrate } from '../infra/db/migrate.js';
import { createPgliteDatabase } from '../infra/db/pglite-database.js';
import { createPostgresDatabase } from '../infra/db/postgres-database.js';

/** `npm run seed`: migrations, default services and the demo data set into the configured database. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const db: Db = config.databaseUrl
    ? createPostgresDatabase(config.databaseUrl)
    : await createPgliteDatabase(join(config.dataDir, 'pglite'));
  try {
    await migrate(db);
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
