import pg from 'pg';
import type { Db } from './database.js';
import { createStatementNames, isStalePlan, type StatementNames } from './statement-names.js';

// int8 (counts, bigserial ids) as numbers: our values stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export interface PostgresOptions {
  poolSize?: number;
  /**
   * Prepare recurring statements once per connection (default). Off behind a
   * pooler that hands each transaction a different server connection
   * (PgBouncer in transaction mode before 1.21), which loses them.
   */
  preparedStatements?: boolean;
}

/** A pooled connection to a PostgreSQL server. */
export function createPostgresDatabase(
  connectionString: string,
  options: number | PostgresOptions = {},
): Db {
  const { poolSize = 10, preparedStatements = true } =
    typeof options === 'number' ? { poolSize: options } : options;
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const names = preparedStatements ? createStatementNames() : undefined;
  return {
    dialect: 'postgres',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      try {
        return (await pool.query(statement(names, sql, params))).rows as Row[];
      } catch (error) {
        if (!names || !isStalePlan(error)) throw error;
        // Outside a transaction the statement can simply be sent again, prepared afresh.
        names.forget();
        return (await pool.query(statement(names, sql, params))).rows as Row[];
      }
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
        const result = await work(wrapClient(client, names));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        // Inside one the transaction is lost: it fails like any transient error, and its retry
        // finds fresh names.
        if (names && isStalePlan(error)) names.forget();
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

function statement(
  names: StatementNames | undefined,
  sql: string,
  params: readonly unknown[],
): pg.QueryConfig {
  const name = names?.nameOf(sql);
  return name === undefined
    ? { text: sql, values: [...params] }
    : { name, text: sql, values: [...params] };
}

function wrapClient(client: pg.PoolClient, names: StatementNames | undefined): Db {
  const db: Db = {
    dialect: 'postgres',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(statement(names, sql, params))).rows as Row[];
    },
    transaction: (work) => work(db),
    async exec(sql) {
      await client.query(sql);
    },
    close: async () => {},
  };
  return db;
}

/**
 * Says loudly when the server's autovacuum is off. The planner updates a
 * partition's version, a route and bookings on every booking: without vacuum
 * and analyse their dead rows pile up and plans stay those made for empty
 * tables, and booking answers slowed from tens of milliseconds to seconds as
 * the day filled (measured at 30,000 bookings, docs/scheduling.md).
 */
export async function warnIfNotVacuumed(
  db: Db,
  logger: { warn(o: object, msg: string): void },
): Promise<boolean> {
  const rows = await db
    .query<{ autovacuum: string }>("SELECT current_setting('autovacuum') AS autovacuum")
    .catch(() => []);
  const off = rows[0]?.autovacuum === 'off';
  if (off)
    logger.warn(
      { setting: 'autovacuum' },
      'PostgreSQL has autovacuum off: turn it on (the default), or vacuum and analyse the tables yourself; planning slows as the day fills',
    );
  return off;
}
