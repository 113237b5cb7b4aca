import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db } from './database.js';

/**
 * Embedded PostgreSQL (WASM). PGlite has a single connection and serialises
 * every query and transaction itself, so no pool is needed.
 *
 * That single connection makes one mistake fatal: a query on the root handle
 * from inside a transaction waits for the transaction, which waits for the
 * query. Such a call throws here instead of hanging, so tests catch it.
 * @param dataDir a directory for persistent data, or undefined for in-memory (tests).
 * @param from a data directory dumped by `dumpPgliteDatabase` to start from
 *   (tests: a migrated template restores in a fraction of initdb's time).
 */
export async function createPgliteDatabase(dataDir?: string, from?: Blob): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(from ? { loadDataDir: from } : {}),
  });
  const inTransaction = new AsyncLocalStorage<boolean>();
  const guard = () => {
    if (inTransaction.getStore()) {
      throw new Error(
        'query on the root database inside a transaction: pass the transaction handle (tx) instead',
      );
    }
  };
  const db: Db = {
    dialect: 'pglite',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      guard();
      const result = await pg.query<Row>(sql, [...params]);
      return result.rows;
    },
    transaction: (work) => {
      guard();
      return pg.transaction((tx) => inTransaction.run(true, () => work(wrapTransaction(tx))));
    },
    async exec(sql) {
      guard();
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
  dumpers.set(db, () => pg.dumpDataDir('none'));
  return db;
}

const dumpers = new WeakMap<Db, () => Promise<Blob | File>>();

/** The whole data directory of a database made by `createPgliteDatabase`, as a tarball. */
export async function dumpPgliteDatabase(db: Db): Promise<Blob> {
  const dump = dumpers.get(db);
  if (!dump) throw new Error('not a PGlite database made by createPgliteDatabase');
  return dump();
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
