import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * KVKK: personal columns hold `enc:v1:<keyId>:<iv>:<tag>:<data>` (AES-256-GCM,
 * base64), so every value names the key that wrote it and keys can be rotated
 * one row at a time. The key id and version are bound into the tag: a value
 * relabelled with another key id fails to decrypt instead of decrypting wrong.
 */

const PREFIX = 'enc:v1:';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const IV_BYTES = 12;

export interface Keyring {
  /** The key new values are written with. */
  readonly currentKeyId: string;
  /** Every key that may still be read, the current one included. */
  readonly keys: ReadonlyMap<string, Buffer>;
}

export interface DataKeys {
  readonly keyring: Keyring;
  /** The blind index's HMAC key: separate from the encryption keys, and never rotated in place. */
  readonly hashKey: Buffer;
}

export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

/** `k2:<base64 32 bytes>,k1:<base64 32 bytes>`: the first key is the current one. */
export function parseKeyring(spec: string): Keyring {
  const keys = new Map<string, Buffer>();
  let currentKeyId: string | undefined;
  for (const part of spec.split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    if (!KEY_ID.test(id))
      throw new DataKeyError(
        'each key must be written <id>:<base64>, the id letters, digits, - or _',
      );
    if (keys.has(id)) throw new DataKeyError(`key id ${id} is given twice`);
    keys.set(id, parseKey(entry.slice(colon + 1), `key ${id}`));
    currentKeyId ??= id;
  }
  if (currentKeyId === undefined) throw new DataKeyError('no key given');
  return { currentKeyId, keys };
}

/** A 32-byte key written in base64 (standard or URL-safe). */
export function parseKey(text: string, what: string): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed) || key.length !== 32)
    throw new DataKeyError(`${what} must be 32 random bytes in base64 (openssl rand -base64 32)`);
  return key;
}

/**
 * Keys for development and tests, derived from the token secret (itself kept in
 * the data directory when unset), so a restart still reads what was written.
 * Production refuses to start without keys of its own.
 */
export function derivedDataKeys(secret: string): DataKeys {
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', secret, 'yoldas-data-keys', info, 32));
  return {
    keyring: { currentKeyId: 'dev', keys: new Map([['dev', derive('encryption')]]) },
    hashKey: derive('blind-index'),
  };
}

export function isEncrypted(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** The id of the key that wrote a value; undefined for plaintext. */
export function keyIdOf(value: string): string | undefined {
  if (!isEncrypted(value)) return undefined;
  return value.slice(PREFIX.length).split(':', 1)[0];
}

/** A Turkish phone number as the application stores it: +90 and ten digits. */
export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 12 && digits.startsWith('90')) return `+${digits}`;
  if (digits.length === 11 && digits.startsWith('0')) return `+90${digits.slice(1)}`;
  if (digits.length === 10) return `+90${digits}`;
  return `+${digits}`;
}

export type BlindIndexKind = 'phone' | 'national-id';

export interface FieldCipher {
  encrypt(value: string): string;
  encrypt(value: string | null): string | null;
  /** Plaintext (a row the backfill has not reached yet) comes back unchanged. */
  decrypt(value: string): string;
  decrypt(value: string | null): string | null;
  /** Encrypt what `decrypt` gives; for a number column kept as text. */
  encryptNumber(value: number | null): string | null;
  decryptNumber(value: string | number | null): number | null;
  /** True when the value is plaintext or was written with a key other than the current one. */
  isStale(value: string | null): boolean;
  /**
   * A keyed hash of the normalised value, the same for writing and searching:
   * equal numbers match however they were typed; without the key nothing can
   * be guessed back from it (an 11-digit ID could be brute-forced from a plain hash).
   */
  blindIndex(kind: BlindIndexKind, value: string): string;
  blindIndex(kind: BlindIndexKind, value: string | null): string | null;
  readonly currentKeyId: string;
}

export function createFieldCipher({ keyring, hashKey }: DataKeys): FieldCipher {
  const current = keyring.keys.get(keyring.currentKeyId);
  if (current?.length !== 32)
    throw new DataKeyError(`the current key ${keyring.currentKeyId} is missing or not 32 bytes`);
  const headerOf = (keyId: string) => `${PREFIX}${keyId}:`;

  function encryptText(value: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', current as Buffer, iv);
    cipher.setAAD(Buffer.from(headerOf(keyring.currentKeyId)));
    const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return `${headerOf(keyring.currentKeyId)}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${data.toString('base64')}`;
  }

  function decryptText(value: string): string {
    if (!isEncrypted(value)) return value;
    const parts = value.slice(PREFIX.length).split(':');
    const [keyId, iv, tag, data] = parts;
    if (parts.length !== 4 || keyId === undefined || !iv || !tag || data === undefined)
      throw new DataKeyError('an encrypted value is malformed');
    const key = keyring.keys.get(keyId);
    if (!key)
      throw new DataKeyError(
        `a value was written with key ${keyId}, which DATA_ENCRYPTION_KEYS no longer lists`,
      );
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAAD(Buffer.from(headerOf(keyId)));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([
        decipher.update(Buffer.from(data, 'base64')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      // Never the value itself in the message: it may reach a log.
      throw new DataKeyError(`a value written with key ${keyId} failed its integrity check`);
    }
  }

  const indexKey = (kind: BlindIndexKind, value: string) =>
    kind === 'phone' ? normalisePhone(value) : value.replace(/\D/g, '');

  return {
    currentKeyId: keyring.currentKeyId,
    encrypt: ((value: string | null) =>
      value === null ? null : encryptText(value)) as FieldCipher['encrypt'],
    decrypt: ((value: string | null) =>
      value === null ? null : decryptText(value)) as FieldCipher['decrypt'],
    encryptNumber: (value) => (value === null ? null : encryptText(String(value))),
    decryptNumber(value) {
      if (value === null || typeof value === 'number') return value;
      const text = decryptText(value);
      const number = Number(text);
      if (text.trim() === '' || !Number.isFinite(number))
        throw new DataKeyError('an encrypted number is not a number');
      return number;
    },
    isStale: (value) => value !== null && keyIdOf(value) !== keyring.currentKeyId,
    blindIndex: ((kind: BlindIndexKind, value: string | null) =>
      value === null
        ? null
        : createHmac('sha256', hashKey)
            .update(`${kind}:${indexKey(kind, value)}`)
            .digest('hex')) as FieldCipher['blindIndex'],
  };
}
