import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { Db } from '../../src/infra/db/database.js';
import { createPgliteDatabase } from '../../src/infra/db/pglite-database.js';
import { createPostgresDatabase } from '../../src/infra/db/postgres-database.js';

export type Dialect = 'pglite' | 'postgres';

/**
 * The dialects integration suites run against: PGlite always, and a real
 * PostgreSQL server too when DATABASE_URL names one (CI sets it where a
 * server answers). Each suite gets a database of its own.
 */
export const DIALECTS: Dialect[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  db: Db;
  /** The database's own connection string (PostgreSQL only), for a test's second client. */
  url?: string;
  drop(): Promise<void>;
}

let template: Blob | undefined;

/** The migrated template the project's global setup dumped, when it has one. */
function pgliteTemplate(): Blob | undefined {
  const file = inject('pgliteTemplate');
  if (!file) return undefined;
  template ??= new Blob([readFileSync(file)]);
  return template;
}

export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'pglite') {
    const db = await createPgliteDatabase(undefined, pgliteTemplate());
    return { db, drop: () => db.close() };
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const name = `yoldas_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createPostgresDatabase(url.toString(), 5);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
