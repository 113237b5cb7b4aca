import { AppError } from '../../domain/errors.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { PushStore } from './push.store.js';

/** The push services browsers use today (Chrome, Edge, Firefox, Safari), matched as host suffixes. */
export const DEFAULT_PUSH_SERVICE_HOSTS = [
  'fcm.googleapis.com',
  'push.services.mozilla.com',
  'notify.windows.com',
  'push.apple.com',
] as const;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether the server may post to this endpoint: the page gives it, so it is
 * checked against the known push services (the server must not be made to
 * call anything else); plain http only for a loopback host (a local fake).
 */
export function pushEndpointAllowed(endpoint: string, hosts: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:' && !LOOPBACK.has(host)) return false;
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The signed-in citizen's browsers: subscribe (idempotent) and unsubscribe. */
export function createPushService(deps: {
  store: PushStore;
  publicKey: string;
  allowedHosts: readonly string[];
}) {
  function checkEndpoint(endpoint: string) {
    if (!pushEndpointAllowed(endpoint, deps.allowedHosts))
      throw new AppError('VALIDATION_FAILED', {}, [
        { field: 'body.endpoint', message: 'i18n:push-endpoint' },
      ]);
  }
  return {
    publicKey: () => ({ publicKey: deps.publicKey }),
    async subscribe(
      user: AuthUser,
      sub: { endpoint: string; keys: { p256dh: string; auth: string } },
    ) {
      checkEndpoint(sub.endpoint);
      const row = await deps.store.save(user.id, sub);
      return { id: row.id, endpoint: row.endpoint, createdAt: row.created_at.toISOString() };
    },
    /** Removing one already gone is not an error: the page may unsubscribe twice. */
    async unsubscribe(user: AuthUser, endpoint: string): Promise<void> {
      await deps.store.removeOwn(user.id, endpoint);
    },
  };
}

export type PushService = ReturnType<typeof createPushService>;
