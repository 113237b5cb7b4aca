import pg from 'pg';

/**
 * PostgreSQL's autovacuum for one database, for a server that has it off
 * (`autovacuum = off`, as on this project's development machines; the
 * default, and production's, is on). Without it a benchmark measures a
 * database no deployment runs: no table is ever analysed, so the planner
 * keeps the plans it made for empty tables, and rows updated on every
 * booking (the partitions' versions, the routes, the bookings) pile up dead
 * versions that every read walks past — the service slowed as the day grew.
 *
 * Every `naptimeMs` (autovacuum's default: a minute), each table past
 * autovacuum's default thresholds is vacuumed or analysed, as the server's
 * own daemon would: dead rows over 50 + 20 % of the live ones, rows inserted
 * since the last vacuum over 1000 + 20 %, rows changed since the last
 * analyse over 50 + 10 %.
 */
export async function keepVacuumed(
  url: string,
  options: { naptimeMs?: number; log?: (line: string) => void } = {},
): Promise<{ on: boolean; runs: number; stop(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const setting = await client.query<{ autovacuum: string }>('SHOW autovacuum');
  if (setting.rows[0]?.autovacuum === 'on') {
    await client.end();
    return { on: true, runs: 0, stop: async () => {} };
  }
  const state = { on: false, runs: 0, stop };
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  async function pass(): Promise<void> {
    const due = await client.query<{ name: string; vacuum: boolean }>(
      `SELECT quote_ident(relname) AS name,
              (n_dead_tup > 50 + 0.2 * n_live_tup OR n_ins_since_vacuum > 1000 + 0.2 * n_live_tup) AS vacuum
         FROM pg_stat_user_tables
        WHERE n_dead_tup > 50 + 0.2 * n_live_tup
           OR n_ins_since_vacuum > 1000 + 0.2 * n_live_tup
           OR n_mod_since_analyze > 50 + 0.1 * n_live_tup`,
    );
    for (const t of due.rows) {
      if (stopped) return;
      await client.query(`${t.vacuum ? 'VACUUM (ANALYZE)' : 'ANALYZE'} ${t.name}`);
    }
    if (due.rows.length > 0) state.runs++;
  }

  const timer = setInterval(() => {
    running = running.then(pass).catch((e) => options.log?.(`vacuum keeper: ${String(e)}`));
  }, options.naptimeMs ?? 60_000);

  async function stop(): Promise<void> {
    stopped = true;
    clearInterval(timer);
    await running;
    await client.end();
  }
  return state;
}
