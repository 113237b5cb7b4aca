/**
 * The one interface features use to reach PostgreSQL, whether it is an
 * embedded PGlite or a real server. Parameters are positional (`$1`), the
 * same SQL runs on both.
 */
export interface Db {
  readonly dialect: 'pglite' | 'postgres';
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction; a thrown error rolls it back. Nested calls reuse the outer transaction. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  /** Runs several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** First row or undefined, for lookups by key. */
export async function queryOne<Row>(
  db: Db,
  sql: string,
  params?: readonly unknown[],
): Promise<Row | undefined> {
  const rows = await db.query<Row>(sql, params);
  return rows[0];
}
