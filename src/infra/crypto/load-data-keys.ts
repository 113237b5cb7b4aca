import type { Db } from '../db/database.js';
import type { Logger } from '../logging/logger.js';
import { installDataCipher } from './data-cipher.js';
import { sampleAuditCiphertext } from './encrypted-audit-details.js';
import { ENCRYPTED_TABLES, reencrypt } from './encrypted-columns.js';
import { DataKeyError, type DataKeys, type FieldCipher } from './field-cipher.js';

/**
 * At start, after migrations: installs the process's cipher, proves the keys
 * read what is stored (a key removed too early, or a changed development
 * secret, stops the start here rather than answering 500s later), and
 * encrypts rows still in plaintext (written before migration 0010).
 */
export async function loadDataKeys(
  db: Db,
  keys: DataKeys,
  logger: Logger,
  options: { checkHashes?: boolean } = {},
): Promise<FieldCipher> {
  const cipher = installDataCipher(keys);
  await assertKeysRead(db, cipher);
  // `keys:rotate --rehash` is the one caller expecting the stored hashes to be another key's.
  if (options.checkHashes ?? true) await assertHashKeyMatches(db, cipher);
  const counts = await reencrypt(db, cipher, { mode: 'plaintext' });
  const rows = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (rows > 0)
    logger.info(
      { rows: Object.fromEntries([...counts].filter(([, n]) => n > 0)) },
      'encrypted personal data still stored in plaintext',
    );
  return cipher;
}

/** One stored value of each encrypted column must decrypt with the keys given. */
async function assertKeysRead(db: Db, cipher: FieldCipher): Promise<void> {
  const samples: { where: string; value: () => Promise<string | undefined> }[] = [
    ...ENCRYPTED_TABLES.flatMap((spec) =>
      spec.columns.map((column) => ({
        where: `${spec.table}.${column.name}`,
        value: async () =>
          (
            await db.query<{ value: string }>(
              `SELECT ${column.name} AS value FROM ${spec.table} WHERE left(${column.name}, 7) = 'enc:v1:' LIMIT 1`,
            )
          )[0]?.value,
      })),
    ),
    { where: 'audit_log.details', value: () => sampleAuditCiphertext(db) },
  ];
  for (const sample of samples) {
    const value = await sample.value();
    if (value === undefined) continue;
    try {
      cipher.decrypt(value);
    } catch (error) {
      if (!(error instanceof DataKeyError)) throw error;
      throw new Error(
        `DATA_ENCRYPTION_KEYS cannot read ${sample.where} already stored: ${error.message}. ` +
          'Give back the key that wrote it (see docs/production.md, key rotation).',
      );
    }
  }
}

/**
 * A changed DATA_HASH_KEY breaks no read, only every search (nobody is found
 * by phone or ID, a duplicate national ID slips through): one stored hash is
 * recomputed to catch it at start.
 */
async function assertHashKeyMatches(db: Db, cipher: FieldCipher): Promise<void> {
  for (const spec of ENCRYPTED_TABLES) {
    for (const column of spec.columns) {
      if (!column.hash) continue;
      const rows = await db.query<{ value: string; hash: string }>(
        `SELECT ${column.name} AS value, ${column.hash.column} AS hash FROM ${spec.table}
         WHERE ${column.hash.column} IS NOT NULL AND ${column.name} IS NOT NULL LIMIT 1`,
      );
      const row = rows[0];
      if (row && cipher.blindIndex(column.hash.kind, cipher.decrypt(row.value)) !== row.hash)
        throw new Error(
          `DATA_HASH_KEY is not the key ${spec.table}.${column.hash.column} was written with: ` +
            'searches by phone and national ID would find nobody. Give back the old key, or run ' +
            '`npm run keys:rotate -- --rehash` with the new one (see docs/production.md).',
        );
    }
  }
}
