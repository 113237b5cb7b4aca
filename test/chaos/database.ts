import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Db } from '../../src/infra/db/database.js';
import { createPgliteDatabase } from '../../src/infra/db/pglite-database.js';
import { createPostgresDatabase } from '../../src/infra/db/postgres-database.js';

/** The suite's own database: a fresh PostgreSQL database on the server, or a PGlite directory. */
export interface ChaosDatabase {
  dialect: 'postgres' | 'pglite';
  /** What the service processes get as DATABASE_URL (unset for PGlite: they use DATA_DIR). */
  url: string | undefined;
  /** Opens the database for reconciliation (PGlite: only once the service process has stopped). */
  open(): Promise<Db>;
  /**
   * Drops every connection the service holds and refuses new ones for `ms`,
   * as a failover or a network cut would. PostgreSQL only.
   */
  dropConnections(ms: number): Promise<number>;
  remove(): Promise<void>;
}

async function adminQuery(adminUrl: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function createChaosDatabase(
  adminUrl: string | undefined,
  dataDir: string,
  /** The database's name; by default a random `yoldas_chaos_…` so runs never share one. */
  name = `yoldas_chaos_${randomBytes(5).toString('hex')}`,
): Promise<ChaosDatabase> {
  if (!adminUrl) {
    return {
      dialect: 'pglite',
      url: undefined,
      open: () => createPgliteDatabase(join(dataDir, 'pglite')),
      async dropConnections() {
        // PGlite lives inside the service process: there is no connection to drop.
        return 0;
      },
      async remove() {},
    };
  }
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgres',
    url: url.toString(),
    async open() {
      return createPostgresDatabase(url.toString(), 2);
    },
    async dropConnections(ms) {
      await adminQuery(adminUrl, `ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      try {
        const rows = await adminQuery(
          adminUrl,
          'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [name],
        );
        await sleep(ms);
        return rows.length;
      } finally {
        await adminQuery(adminUrl, `ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      }
    },
    async remove() {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
