import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.js';
import { createPostgresDatabase, warnIfNotVacuumed } from './postgres-database.js';

// Found by the fault suite (test/chaos): a database failover killed the API.
describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL connection lost in a transaction', () => {
  it('fails the transaction, keeps the process alive and the pool usable', async () => {
    const database = await createTestDatabase('postgres');
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const transaction = database.db.transaction(async (tx) => {
        const [me] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await admin.query('SELECT pg_terminate_backend($1)', [me!.pid]);
        // The connection's end arrives while the client is checked out, between two queries.
        await sleep(300);
        await tx.query('SELECT 1');
      });
      await expect(transaction).rejects.toThrow();
      expect(await database.db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      await expect(
        database.db.transaction(async (tx) => tx.query<{ two: number }>('SELECT 2 AS two')),
      ).resolves.toEqual([{ two: 2 }]);
    } finally {
      await admin.end();
      await database.drop();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL prepared statements', () => {
  it('prepares a recurring statement once per connection and survives a table changed under it', async () => {
    const database = await createTestDatabase('postgres');
    const url = database.url!;
    // One connection, so the statement prepared is the one the next call finds.
    const db = createPostgresDatabase(url, { poolSize: 1 });
    const other = createPostgresDatabase(url, { poolSize: 1 });
    try {
      await db.exec('CREATE TABLE t (a int); INSERT INTO t VALUES (1)');
      for (let i = 0; i < 3; i++) expect(await db.query('SELECT * FROM t')).toEqual([{ a: 1 }]);
      const prepared = await db.query<{ statement: string }>(
        'SELECT statement FROM pg_prepared_statements',
      );
      expect(prepared.map((p) => p.statement)).toContain('SELECT * FROM t');

      // Another process migrates: the prepared SELECT * now reads a different row type.
      await other.exec('ALTER TABLE t ADD COLUMN b int DEFAULT 2');
      for (let i = 0; i < 3; i++)
        expect(await db.query('SELECT * FROM t')).toEqual([{ a: 1, b: 2 }]);
      // In a transaction the refusal fails the transaction once; its retry succeeds.
      await other.exec('ALTER TABLE t ADD COLUMN c int DEFAULT 3');
      await expect(db.transaction((tx) => tx.query('SELECT * FROM t'))).rejects.toThrow(
        /cached plan/,
      );
      expect(await db.transaction((tx) => tx.query('SELECT * FROM t'))).toEqual([
        { a: 1, b: 2, c: 3 },
      ]);
    } finally {
      await db.close();
      await other.close();
      await database.drop();
    }
  });

  it('sends every statement unnamed when told to (a transaction-mode pooler)', async () => {
    const database = await createTestDatabase('postgres');
    const url = database.url!;
    const db = createPostgresDatabase(url, { poolSize: 1, preparedStatements: false });
    try {
      for (let i = 0; i < 3; i++) await db.query('SELECT 1 AS one');
      expect(await db.query('SELECT count(*)::int AS n FROM pg_prepared_statements')).toEqual([
        { n: 0 },
      ]);
    } finally {
      await db.close();
      await database.drop();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL autovacuum', () => {
  it('is warned of, at start, exactly when the server has it off', async () => {
    const database = await createTestDatabase('postgres');
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ setting: string }>(
        "SELECT setting FROM pg_settings WHERE name = 'autovacuum'",
      );
      const warnings: string[] = [];
      const off = await warnIfNotVacuumed(database.db, { warn: (_o, msg) => warnings.push(msg) });
      expect(off).toBe(rows[0]!.setting === 'off');
      expect(warnings).toHaveLength(off ? 1 : 0);
      if (off) expect(warnings[0]).toMatch(/autovacuum off/);
    } finally {
      await admin.end();
      await database.drop();
    }
  });
});
