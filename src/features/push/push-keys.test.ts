import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { DEFAULT_PUSH_SERVICE_HOSTS, pushEndpointAllowed } from './push.service.js';
import { vapidKeysOf } from './vapid-keys.js';

describe('VAPID keys', () => {
  it('are generated on first start into the data directory and kept across restarts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yoldas-vapid-'));
    const first = vapidKeysOf({}, dir);
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(first.privateKey, 'base64url')).toHaveLength(32);
    expect(statSync(join(dir, 'vapid-keys.json')).mode & 0o777).toBe(0o600);
    expect(vapidKeysOf({}, dir)).toEqual(first);
    expect(JSON.parse(readFileSync(join(dir, 'vapid-keys.json'), 'utf8')).publicKey).toBe(
      first.publicKey,
    );
  });

  it('come from the environment when both are set, and a half-set pair stops the start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yoldas-vapid-'));
    const made = vapidKeysOf({}, mkdtempSync(join(tmpdir(), 'yoldas-vapid-')));
    const config = loadConfig({
      VAPID_PUBLIC_KEY: made.publicKey,
      VAPID_PRIVATE_KEY: made.privateKey,
      VAPID_SUBJECT: 'mailto:ulasim@belediye.example',
    });
    const keys = vapidKeysOf(
      {
        publicKey: config.push.vapidPublicKey,
        privateKey: config.push.vapidPrivateKey,
        subject: config.push.vapidSubject,
      },
      dir,
    );
    expect(keys).toEqual({ ...made, subject: 'mailto:ulasim@belediye.example' });
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: made.publicKey })).toThrow(/VAPID_PRIVATE_KEY/);
    expect(() => loadConfig({ VAPID_SUBJECT: 'ulasim@belediye' })).toThrow(/VAPID_SUBJECT/);
  });
});

describe('push endpoints the server may post to', () => {
  const hosts = DEFAULT_PUSH_SERVICE_HOSTS;
  it.each([
    ['https://fcm.googleapis.com/fcm/send/abc', true],
    ['https://updates.push.services.mozilla.com/wpush/v2/abc', true],
    ['https://web.push.apple.com/QOx', true],
    ['https://wns2-par02p.notify.windows.com/w/?token=x', true],
    ['http://fcm.googleapis.com/fcm/send/abc', false],
    ['https://fcm.googleapis.com.evil.example/x', false],
    ['https://evilfcm.googleapis.com.example/x', false],
    ['https://169.254.169.254/latest/meta-data', false],
    ['http://127.0.0.1:6379/', false],
    ['not a url', false],
  ])('%s → %s', (endpoint, allowed) => {
    expect(pushEndpointAllowed(endpoint, hosts)).toBe(allowed);
  });
  it('allows plain http only to a loopback host that is listed (a local fake push service)', () => {
    expect(pushEndpointAllowed('http://127.0.0.1:4000/push/a', ['127.0.0.1'])).toBe(true);
    expect(pushEndpointAllowed('http://10.0.0.5/push/a', ['10.0.0.5'])).toBe(false);
  });
});
