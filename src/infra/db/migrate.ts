import type { Db } from './database.js';
import { migrations } from './migrations/index.js';

export interface Migration {
  /** Strictly increasing; never renumber a migration that has shipped. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Applies every migration newer than the database's version, each in its own
 * transaction. An advisory lock keeps two instances starting together from
 * racing (PGlite has one connection, so it needs none).
 */
export async function migrate(db: Db, list: readonly Migration[] = migrations): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  return db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(727274)');
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (r) => r.version,
      ),
    );
    const applied: number[] = [];
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
