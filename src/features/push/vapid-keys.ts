import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpush from 'web-push';

/** The server's identity towards push services (RFC 8292), as web-push takes it. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** A `mailto:` or `https:` contact the push services may use about abuse. */
  subject: string;
}

const DEFAULT_SUBJECT = 'mailto:yoldas@localhost';

/**
 * Configured keys, else a pair generated on first start and kept in the data
 * directory (like the token secret), so a restart keeps every browser's
 * subscription valid: subscriptions are bound to the public key they were made with.
 */
export function vapidKeysOf(
  configured: { publicKey?: string; privateKey?: string; subject?: string },
  dataDir: string,
): VapidKeys {
  const subject = configured.subject ?? DEFAULT_SUBJECT;
  if (configured.publicKey && configured.privateKey)
    return { publicKey: configured.publicKey, privateKey: configured.privateKey, subject };
  const file = join(dataDir, 'vapid-keys.json');
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as {
      publicKey: string;
      privateKey: string;
    };
    return { publicKey: kept.publicKey, privateKey: kept.privateKey, subject };
  }
  mkdirSync(dataDir, { recursive: true });
  const fresh = webpush.generateVAPIDKeys();
  writeFileSync(file, JSON.stringify(fresh), { mode: 0o600 });
  return { ...fresh, subject };
}
