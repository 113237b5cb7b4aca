import type { Db } from '../db/database.js';
import { reencryptAuditDetails, staleAuditDetails } from './encrypted-audit-details.js';
import type { BlindIndexKind, FieldCipher } from './field-cipher.js';

interface EncryptedColumn {
  readonly name: string;
  /** The keyed-hash column searches use, filled from the plaintext. */
  readonly hash?: { readonly column: string; readonly kind: BlindIndexKind };
}

interface EncryptedTable {
  readonly table: string;
  /** Columns that order and find a row, with their SQL types (none of them encrypted). */
  readonly key: ReadonlyArray<readonly [string, string]>;
  readonly columns: readonly EncryptedColumn[];
}

/**
 * Every column holding personal data encrypted at rest (migrations 0010 and
 * 0018; the audit log's free text is in encrypted-audit-details.ts). The
 * stores that own these tables encrypt on write and decrypt on read; this
 * list is for the passes that touch every row: the startup backfill and key
 * rotation. A new encrypted column is added here and in its store.
 */
export const ENCRYPTED_TABLES: readonly EncryptedTable[] = [
  {
    table: 'citizens',
    key: [['id', 'uuid']],
    columns: [
      { name: 'phone', hash: { column: 'phone_hash', kind: 'phone' } },
      { name: 'national_id', hash: { column: 'national_id_hash', kind: 'national-id' } },
      { name: 'notes' },
      { name: 'mobility' },
    ],
  },
  {
    table: 'eligibility',
    key: [['id', 'uuid']],
    columns: [
      { name: 'basis' },
      { name: 'disability_rate' },
      { name: 'document_ref' },
      { name: 'revoke_reason' },
    ],
  },
  { table: 'bookings', key: [['id', 'uuid']], columns: [{ name: 'notes' }] },
  { table: 'standing_orders', key: [['id', 'uuid']], columns: [{ name: 'notes' }] },
  {
    table: 'citizen_relatives',
    // No single-column key: (citizen, when, name) orders the rows; the old value pins the one updated.
    key: [
      ['citizen_id', 'uuid'],
      ['created_at', 'timestamptz'],
      ['name', 'text'],
    ],
    columns: [{ name: 'phone', hash: { column: 'phone_hash', kind: 'phone' } }],
  },
  {
    table: 'users',
    key: [['id', 'uuid']],
    columns: [{ name: 'phone', hash: { column: 'phone_hash', kind: 'phone' } }],
  },
  {
    table: 'service_applications',
    key: [['id', 'uuid']],
    columns: [
      { name: 'note' },
      { name: 'basis' },
      // text since migration 0018
      { name: 'disability_rate' },
      { name: 'document_ref' },
      { name: 'decision_reason' },
    ],
  },
  // Employees' data too: a sickness note is health data.
  { table: 'driver_absences', key: [['id', 'uuid']], columns: [{ name: 'note' }] },
];

export type ReencryptMode =
  /** Plaintext values and missing hashes only: the startup backfill, cheap when there is none. */
  | 'plaintext'
  /** Also values written with an older key: key rotation. */
  | 'rotate'
  /** Every row, hashes recomputed too: after DATA_HASH_KEY changed. */
  | 'rehash';

export interface ReencryptProgress {
  table: string;
  rows: number;
}

/**
 * Brings every encrypted column to the current key (and fills the hashes).
 * Batched, each batch its own transaction, so it can be stopped and run again:
 * rows already on the current key are skipped. A row changed while it is
 * being processed is left as the application wrote it (the update matches
 * on the old value), which is already on the current key.
 */
export async function reencrypt(
  db: Db,
  cipher: FieldCipher,
  options: { mode: ReencryptMode; batchSize?: number; onBatch?: (p: ReencryptProgress) => void },
): Promise<Map<string, number>> {
  const batchSize = options.batchSize ?? 500;
  const counts = new Map<string, number>();
  for (const spec of ENCRYPTED_TABLES) {
    const done = await reencryptTable(db, cipher, spec, options.mode, batchSize, (rows) =>
      options.onBatch?.({ table: spec.table, rows }),
    );
    counts.set(spec.table, done);
  }
  counts.set(
    'audit_log',
    await reencryptAuditDetails(db, cipher, options.mode, batchSize, (rows) =>
      options.onBatch?.({ table: 'audit_log', rows }),
    ),
  );
  // A citizen user's name held their phone number (tel:+90…); the hash stands in for it now.
  await db.query(
    `UPDATE users SET username = 'tel:' || left(phone_hash, 32)
     WHERE role = 'citizen' AND phone_hash IS NOT NULL AND username <> 'tel:' || left(phone_hash, 32)`,
  );
  return counts;
}

async function reencryptTable(
  db: Db,
  cipher: FieldCipher,
  spec: EncryptedTable,
  mode: ReencryptMode,
  batchSize: number,
  onBatch: (rows: number) => void,
): Promise<number> {
  const header = `enc:v1:${cipher.currentKeyId}:`;
  const needsWork = spec.columns.map((c) => {
    const stale =
      mode === 'plaintext'
        ? `left(${c.name}, 7) <> 'enc:v1:'`
        : `left(${c.name}, ${header.length}) <> $1`;
    const unhashed = c.hash ? ` OR ${c.hash.column} IS NULL` : '';
    return `(${c.name} IS NOT NULL AND (${stale}${unhashed}))`;
  });
  const filter = mode === 'rehash' ? 'true' : needsWork.join(' OR ');
  const keys = spec.key.map(([k]) => k);
  const keyTuple = `(${keys.join(', ')})`;
  const selected = [...keys.map((k) => `${k}::text AS ${k}`), ...spec.columns.map((c) => c.name)];
  let after: string[] | undefined;
  let total = 0;
  for (;;) {
    const params: unknown[] = mode === 'rotate' ? [header] : [];
    let keyset = '';
    if (after) {
      const placeholders = spec.key.map(([, type], i) => `$${params.length + i + 1}::${type}`);
      keyset = ` AND ${keyTuple} > (${placeholders.join(', ')})`;
      params.push(...after);
    }
    params.push(batchSize);
    const rows = await db.query<Record<string, string | null>>(
      `SELECT ${selected.join(', ')} FROM ${spec.table}
       WHERE (${filter})${keyset}
       ORDER BY ${keys.join(', ')} LIMIT $${params.length}`,
      params,
    );
    if (rows.length === 0) break;
    await db.transaction((tx) => updateBatch(tx, cipher, spec, rows));
    total += rows.length;
    onBatch(rows.length);
    const last = rows[rows.length - 1] as Record<string, string | null>;
    after = keys.map((k) => last[k] as string);
    if (rows.length < batchSize) break;
  }
  return total;
}

/**
 * One UPDATE per batch (arrays unnested into rows): a row-by-row loop costs a
 * round trip per row, which on a million rides is the difference between
 * minutes and an hour. Each row is matched on its old values too.
 */
async function updateBatch(
  tx: Db,
  cipher: FieldCipher,
  spec: EncryptedTable,
  rows: readonly Record<string, string | null>[],
): Promise<void> {
  const arrays: (string | null)[][] = [];
  const names: string[] = [];
  const column = (name: string, values: (string | null)[]) => {
    names.push(name);
    arrays.push(values);
    return `v.${name}`;
  };
  const where: string[] = [];
  for (const [k, type] of spec.key)
    where.push(
      `t.${k} = ${column(
        `k_${k}`,
        rows.map((r) => r[k] ?? null),
      )}::${type}`,
    );
  const sets: string[] = [];
  for (const c of spec.columns) {
    const olds = rows.map((r) => r[c.name] ?? null);
    const plains = olds.map((v) => (v === null ? null : cipher.decrypt(v)));
    const news = olds.map((v, i) =>
      v !== null && cipher.isStale(v) ? cipher.encrypt(plains[i] as string) : v,
    );
    where.push(`t.${c.name} IS NOT DISTINCT FROM ${column(`o_${c.name}`, olds)}`);
    sets.push(`${c.name} = ${column(`n_${c.name}`, news)}`);
    if (c.hash) {
      const hash = c.hash;
      const hashes = plains.map((v) => (v === null ? null : cipher.blindIndex(hash.kind, v)));
      sets.push(`${hash.column} = ${column(`h_${c.name}`, hashes)}`);
    }
  }
  const unnest = arrays.map((_, i) => `$${i + 1}::text[]`).join(', ');
  await tx.query(
    `UPDATE ${spec.table} AS t SET ${sets.join(', ')}
     FROM unnest(${unnest}) AS v(${names.join(', ')})
     WHERE ${where.join(' AND ')}`,
    arrays,
  );
}

/** Values not yet on the current key (plaintext included), per table: 0 everywhere means an old key may go. */
export async function staleCounts(db: Db, cipher: FieldCipher): Promise<Map<string, number>> {
  const header = `enc:v1:${cipher.currentKeyId}:`;
  const counts = new Map<string, number>();
  for (const spec of ENCRYPTED_TABLES) {
    const stale = spec.columns
      .map((c) => `(${c.name} IS NOT NULL AND left(${c.name}, ${header.length}) <> $1)`)
      .join(' OR ');
    const rows = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${spec.table} WHERE ${stale}`,
      [header],
    );
    counts.set(spec.table, rows[0]?.n ?? 0);
  }
  counts.set('audit_log', await staleAuditDetails(db, cipher));
  return counts;
}
