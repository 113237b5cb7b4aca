import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db } from './database.js';

/**
 * Embedded PostgreSQL (WASM). PGlite has a single connection and serialises
 * every query and transaction itself, so no pool is needed.
 * @param dataDir a directory for persistent data, or undefined for in-memory (tests).
 */
export async function createPgliteDatabase(dataDir?: string): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  return {
    dialect: 'pglite',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await pg.query<Row>(sql, [...params]);
      return result.rows;
    },
    transaction: (work) => pg.transaction((tx) => work(wrapTransaction(tx))),
    async exec(sql) {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}

function wrapTransaction(tx: Transaction): Db {
  const db: Db = {
    dialect: 'pglite',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await tx.query<Row>(sql, [...params]);
      return result.rows;
    },
    transaction: (work) => work(db),
    async exec(sql) {
      await tx.exec(sql);
    },
    close: async () => {},
  };
  return db;
}
