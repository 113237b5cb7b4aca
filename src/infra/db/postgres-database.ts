import pg from 'pg';
import type { Db } from './database.js';

// int8 (counts, bigserial ids) as numbers: our values stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

/** A pooled connection to a PostgreSQL server. */
export function createPostgresDatabase(connectionString: string, poolSize = 10): Db {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return {
    dialect: 'postgres',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query(sql, [...params]);
      return result.rows as Row[];
    },
    async transaction(work) {
      const client = await pool.connect();
      // A checked-out client that loses its connection (a failover, a terminated
      // backend) emits 'error' on itself, not on the pool: unheard, it crashes the
      // process. The transaction's pending query rejects anyway; the client is
      // then destroyed instead of going back to the pool.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(wrapClient(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.off('error', onError);
        client.release(lost);
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

function wrapClient(client: pg.PoolClient): Db {
  const db: Db = {
    dialect: 'postgres',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, [...params]);
      return result.rows as Row[];
    },
    transaction: (work) => work(db),
    async exec(sql) {
      await client.query(sql);
    },
    close: async () => {},
  };
  return db;
}
