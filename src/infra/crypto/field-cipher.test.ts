import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import {
  createFieldCipher,
  DataKeyError,
  type DataKeys,
  derivedDataKeys,
  keyIdOf,
  normalisePhone,
  parseKeyring,
} from './field-cipher.js';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const hashKey = randomBytes(32);
const keys = (spec: string, hash = hashKey): DataKeys => ({
  keyring: parseKeyring(spec),
  hashKey: hash,
});
const b64 = (key: Buffer) => key.toString('base64');

describe('field cipher', () => {
  const cipher = createFieldCipher(keys(`k1:${b64(k1)}`));

  it('round-trips text, keeps null null, and names the key in the value', () => {
    const stored = cipher.encrypt('+905321110001');
    expect(stored).toMatch(/^enc:v1:k1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('5321110001');
    expect(keyIdOf(stored)).toBe('k1');
    expect(cipher.decrypt(stored)).toBe('+905321110001');
    expect(cipher.encrypt(null)).toBeNull();
    expect(cipher.decrypt(null)).toBeNull();
    expect(cipher.decryptNumber(cipher.encryptNumber(60))).toBe(60);
    expect(cipher.decryptNumber(null)).toBeNull();
  });

  it('writes a new IV every time: equal values do not look equal at rest', () => {
    expect(cipher.encrypt('12345678901')).not.toBe(cipher.encrypt('12345678901'));
  });

  it('returns a value written before encryption unchanged (the backfill has not reached it)', () => {
    expect(cipher.decrypt('+905321110001')).toBe('+905321110001');
    expect(cipher.decryptNumber('40')).toBe(40);
    expect(cipher.isStale('+905321110001')).toBe(true);
    expect(cipher.isStale(null)).toBe(false);
  });

  it('detects tampering with the data, the tag, the IV or the key id', () => {
    const stored = cipher.encrypt('Dializ hastası, kapı kodu 1234');
    const [, , keyId, iv, tag, data] = stored.split(':') as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const flip = (text: string) => {
      const bytes = Buffer.from(text, 'base64');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64');
    };
    const forged = [
      `enc:v1:${keyId}:${iv}:${tag}:${flip(data)}`,
      `enc:v1:${keyId}:${iv}:${flip(tag)}:${data}`,
      `enc:v1:${keyId}:${flip(iv)}:${tag}:${data}`,
      `enc:v1:${keyId}:${iv}:${tag}`,
    ];
    for (const value of forged) expect(() => cipher.decrypt(value), value).toThrow(DataKeyError);
    // The same bytes relabelled as another key's (one with the same bytes, even) fail too.
    const twin = createFieldCipher(keys(`k1:${b64(k1)},k9:${b64(k1)}`));
    expect(() => twin.decrypt(stored.replace('enc:v1:k1:', 'enc:v1:k9:'))).toThrow(DataKeyError);
  });

  it('refuses a value under the wrong key, and one whose key is no longer listed, without echoing it', () => {
    const stored = cipher.encrypt('secret note');
    const wrong = createFieldCipher(keys(`k1:${b64(k2)}`));
    expect(() => wrong.decrypt(stored)).toThrow(/failed its integrity check/);
    const other = createFieldCipher(keys(`k2:${b64(k2)}`));
    expect(() => other.decrypt(stored)).toThrow(
      /key k1, which DATA_ENCRYPTION_KEYS no longer lists/,
    );
    try {
      wrong.decrypt(stored);
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('rotates: a keyring with a new current key reads the old values and marks them stale', () => {
    const old = cipher.encrypt('12345678950');
    const rotated = createFieldCipher(keys(`k2:${b64(k2)},k1:${b64(k1)}`));
    expect(rotated.currentKeyId).toBe('k2');
    expect(rotated.decrypt(old)).toBe('12345678950');
    expect(rotated.isStale(old)).toBe(true);
    const again = rotated.encrypt(rotated.decrypt(old));
    expect(keyIdOf(again)).toBe('k2');
    expect(rotated.isStale(again)).toBe(false);
    // The old key can go once nothing is written with it.
    expect(createFieldCipher(keys(`k2:${b64(k2)}`)).decrypt(again)).toBe('12345678950');
  });

  it('round-trips any text (property)', () => {
    const rotated = createFieldCipher(keys(`k2:${b64(k2)},k1:${b64(k1)}`));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        const stored = cipher.encrypt(text);
        expect(stored.startsWith('enc:v1:k1:')).toBe(true);
        expect(cipher.decrypt(stored)).toBe(text);
        expect(rotated.decrypt(stored)).toBe(text);
      }),
      { numRuns: 100 },
    );
    // a shared CI machine can be slow; the property is cheap on an idle one
  }, 30_000);
});

describe('blind index', () => {
  const cipher = createFieldCipher(keys(`k1:${b64(k1)}`));

  it('matches a phone however it is written, and only with the same hash key', () => {
    const index = cipher.blindIndex('phone', '+905321110001');
    for (const written of ['0532 111 00 01', '(532) 111-0001', '905321110001', '5321110001'])
      expect(cipher.blindIndex('phone', written), written).toBe(index);
    expect(cipher.blindIndex('phone', '+905321110002')).not.toBe(index);
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(
      createFieldCipher(keys(`k1:${b64(k1)}`, randomBytes(32))).blindIndex(
        'phone',
        '+905321110001',
      ),
    ).not.toBe(index);
    // The encryption key does not take part: rotating it keeps every search working.
    expect(createFieldCipher(keys(`k2:${b64(k2)}`)).blindIndex('phone', '05321110001')).toBe(index);
  });

  it('keeps phone and national ID apart, and normalises the ID to its digits', () => {
    expect(cipher.blindIndex('national-id', '10000000146')).toBe(
      cipher.blindIndex('national-id', ' 100 000 001 46'),
    );
    expect(cipher.blindIndex('national-id', '5321110001')).not.toBe(
      cipher.blindIndex('phone', '5321110001'),
    );
    expect(cipher.blindIndex('phone', null)).toBeNull();
  });

  it('normalises Turkish numbers to +90XXXXXXXXXX (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^5\d{9}$/), (ten) => {
        const canonical = `+90${ten}`;
        for (const written of [
          ten,
          `0${ten}`,
          `90${ten}`,
          `+90 ${ten.slice(0, 3)} ${ten.slice(3)}`,
        ])
          expect(normalisePhone(written)).toBe(canonical);
        expect(cipher.blindIndex('phone', `0${ten}`)).toBe(cipher.blindIndex('phone', canonical));
      }),
    );
  });
});

describe('keys from the environment', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) } as const;

  it('takes the first listed key as current, and every listed key for reading', () => {
    const config = loadConfig({
      ...production,
      DATA_ENCRYPTION_KEYS: `k2:${b64(k2)}, k1:${b64(k1)}`,
      DATA_HASH_KEY: b64(hashKey),
    });
    expect(config.dataKeys?.keyring.currentKeyId).toBe('k2');
    expect([...(config.dataKeys?.keyring.keys.keys() ?? [])]).toEqual(['k2', 'k1']);
    expect(config.dataKeys?.hashKey.equals(hashKey)).toBe(true);
  });

  it('refuses to start in production without both keys, naming the variable', () => {
    expect(() => loadConfig(production)).toThrow(/DATA_ENCRYPTION_KEYS: required in production/);
    expect(() => loadConfig({ ...production, DATA_ENCRYPTION_KEYS: `k1:${b64(k1)}` })).toThrow(
      /DATA_HASH_KEY: required in production/,
    );
  });

  it('refuses a short key, a key without an id, and an id given twice', () => {
    for (const bad of [
      `k1:${randomBytes(16).toString('base64')}`,
      b64(k1),
      `k1:${b64(k1)},k1:${b64(k2)}`,
      'k1:not base64!',
    ]) {
      expect(
        () => loadConfig({ DATA_ENCRYPTION_KEYS: bad, DATA_HASH_KEY: b64(hashKey) }),
        bad,
      ).toThrow(ConfigError);
      try {
        loadConfig({ DATA_ENCRYPTION_KEYS: bad, DATA_HASH_KEY: b64(hashKey) });
      } catch (error) {
        expect((error as ConfigError).problems[0]).toMatch(/^DATA_ENCRYPTION_KEYS:/);
      }
    }
    expect(() =>
      loadConfig({ DATA_ENCRYPTION_KEYS: `k1:${b64(k1)}`, DATA_HASH_KEY: 'short' }),
    ).toThrow(/DATA_HASH_KEY/);
  });

  it('outside production, leaves them unset for keys derived from the token secret, stable across restarts', () => {
    expect(loadConfig({}).dataKeys).toBeUndefined();
    const a = createFieldCipher(derivedDataKeys('the-token-secret-0123456789abcdef'));
    const b = createFieldCipher(derivedDataKeys('the-token-secret-0123456789abcdef'));
    expect(b.decrypt(a.encrypt('kept'))).toBe('kept');
    expect(b.blindIndex('phone', '05321110001')).toBe(a.blindIndex('phone', '+905321110001'));
    const other = createFieldCipher(derivedDataKeys('another-secret-0123456789abcdefgh'));
    expect(() => other.decrypt(a.encrypt('kept'))).toThrow(DataKeyError);
  });
});
