import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.js';

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
