import { createHash } from 'node:crypto';

/**
 * Names for the statements a process sends again and again, so that
 * PostgreSQL parses and plans each once per connection instead of on every
 * call (a booking read's joins cost the server more to plan than to run:
 * naming them doubled the reads a 2-core machine answers).
 *
 * Only statements seen `after` times get a name, and at most `max` of them:
 * SQL built per call (a list of n values) would otherwise leave a prepared
 * statement per shape in every connection of the server.
 */
export interface StatementNames {
  /** The name to prepare `sql` under, or undefined to send it unnamed. */
  nameOf(sql: string): string | undefined;
  /**
   * Drops every name, so each statement is prepared afresh under a new one:
   * after a migration changed a table a prepared `SELECT *` reads, the server
   * refuses the old statement ("cached plan must not change result type").
   */
  forget(): void;
}

export function createStatementNames({ after = 2, max = 400 } = {}): StatementNames {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  let generation = 0;
  return {
    nameOf(sql) {
      const known = names.get(sql);
      if (known !== undefined || names.size >= max) return known;
      const count = (seen.get(sql) ?? 0) + 1;
      if (count < after) {
        // One-off shapes must not pile up either.
        if (seen.size >= 4 * max) seen.clear();
        seen.set(sql, count);
        return undefined;
      }
      seen.delete(sql);
      const name = `y${generation}_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
      names.set(sql, name);
      return name;
    },
    forget() {
      generation++;
      names.clear();
      seen.clear();
    },
  };
}

/** The server's refusal of a prepared statement whose tables changed shape under it. */
export function isStalePlan(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return (
    e?.code === '0A000' &&
    typeof e.message === 'string' &&
    e.message.includes('cached plan must not change result type')
  );
}
