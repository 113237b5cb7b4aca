import type { Db } from '../db/database.js';
import { type FieldCipher, isEncrypted } from './field-cipher.js';

/**
 * Keys of an audit entry's details holding what staff typed about a person (a
 * revoke or erasure reason, an override's justification): encrypted at rest,
 * decrypted when an administrator searches or exports the log. Everything else
 * in details (ids, counts, codes) stays plain so the log can still be filtered.
 * Kept in step with the partial index of migration 0018.
 */
export const AUDIT_FREE_TEXT_KEYS = ['reason', 'note', 'notes', 'eligibilityOverride'] as const;

const FREE_TEXT = new Set<string>(AUDIT_FREE_TEXT_KEYS);
// Literal, not a parameter: the planner only uses the partial index for the same expression.
const HAS_FREE_TEXT = `details ?| array[${AUDIT_FREE_TEXT_KEYS.map((k) => `'${k}'`).join(', ')}]`;

/** Details as stored: the free-text values encrypted (a value already encrypted is kept). */
export function sealAuditDetails(
  details: Record<string, unknown> | null | undefined,
  cipher: FieldCipher,
): Record<string, unknown> | null {
  if (!details) return null;
  return mapFreeText(details, (value) => (isEncrypted(value) ? value : cipher.encrypt(value)));
}

/** Details as an administrator reads them. */
export function openAuditDetails(
  details: Record<string, unknown> | null,
  cipher: FieldCipher,
): Record<string, unknown> | null {
  if (!details) return null;
  return mapFreeText(details, (value) => cipher.decrypt(value));
}

function mapFreeText(
  details: Record<string, unknown>,
  map: (value: string) => string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details))
    out[key] = FREE_TEXT.has(key) && typeof value === 'string' ? map(value) : value;
  return out;
}

/** Rows whose free text is not yet on the key `header` names (plaintext included), or still plaintext. */
function staleFilter(header: string | null): string {
  const stale =
    header === null
      ? `left(e.value #>> '{}', 7) <> 'enc:v1:'`
      : `left(e.value #>> '{}', ${header.length}) <> $1`;
  return `${HAS_FREE_TEXT} AND EXISTS (
    SELECT 1 FROM jsonb_each(details) e
    WHERE e.key IN (${AUDIT_FREE_TEXT_KEYS.map((k) => `'${k}'`).join(', ')})
      AND jsonb_typeof(e.value) = 'string' AND ${stale})`;
}

/**
 * The audit log's share of the backfill and of key rotation: batches in id
 * order, each its own statement, matched on the old details so an entry
 * sanitised meanwhile (an erasure) is left as it is.
 */
export async function reencryptAuditDetails(
  db: Db,
  cipher: FieldCipher,
  mode: 'plaintext' | 'rotate' | 'rehash',
  batchSize: number,
  onBatch: (rows: number) => void,
): Promise<number> {
  const header = mode === 'plaintext' ? null : `enc:v1:${cipher.currentKeyId}:`;
  let after = 0;
  let total = 0;
  for (;;) {
    const params: unknown[] = header === null ? [] : [header];
    params.push(after, batchSize);
    const rows = await db.query<{ id: string | number; details: Record<string, unknown> }>(
      `SELECT id, details FROM audit_log
       WHERE ${staleFilter(header)} AND id > $${params.length - 1}
       ORDER BY id LIMIT $${params.length}`,
      params,
    );
    if (rows.length === 0) break;
    const renewed = rows.map((r) =>
      mapFreeText(r.details, (value) =>
        cipher.isStale(value) ? cipher.encrypt(cipher.decrypt(value)) : value,
      ),
    );
    await db.query(
      `UPDATE audit_log t SET details = v.new::jsonb
       FROM unnest($1::bigint[], $2::text[], $3::text[]) AS v(id, old, new)
       WHERE t.id = v.id AND t.details = v.old::jsonb`,
      [
        rows.map((r) => String(r.id)),
        rows.map((r) => JSON.stringify(r.details)),
        renewed.map((d) => JSON.stringify(d)),
      ],
    );
    total += rows.length;
    onBatch(rows.length);
    after = Number(rows[rows.length - 1]!.id);
    if (rows.length < batchSize) break;
  }
  return total;
}

/** Audit entries with free text not on the current key. */
export async function staleAuditDetails(db: Db, cipher: FieldCipher): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE ${staleFilter(`enc:v1:${cipher.currentKeyId}:`)}`,
    [`enc:v1:${cipher.currentKeyId}:`],
  );
  return rows[0]?.n ?? 0;
}

/** One encrypted free-text value of the log, to prove at start that the keys read it. */
export async function sampleAuditCiphertext(db: Db): Promise<string | undefined> {
  const rows = await db.query<{ value: string }>(
    `SELECT e.value #>> '{}' AS value FROM audit_log, jsonb_each(details) e
     WHERE ${HAS_FREE_TEXT} AND e.key IN (${AUDIT_FREE_TEXT_KEYS.map((k) => `'${k}'`).join(', ')})
       AND jsonb_typeof(e.value) = 'string' AND left(e.value #>> '{}', 7) = 'enc:v1:'
     LIMIT 1`,
  );
  return rows[0]?.value;
}
