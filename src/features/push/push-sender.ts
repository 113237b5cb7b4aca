import { createHash } from 'node:crypto';
import webpush from 'web-push';
import type { VapidKeys } from './vapid-keys.js';

export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** What the push service said: delivered to it, the browser is gone for good, or a failure. */
export type PushOutcome =
  | { kind: 'sent' }
  | { kind: 'gone'; status: number }
  | { kind: 'failed'; transient: boolean; reason: string };

export interface PushSendOptions {
  /** Seconds the push service keeps it for a browser that is offline. */
  ttlSeconds: number;
  /**
   * Replaces an undelivered message of the same topic at the push service: a
   * resend after a crash mid-send does not show twice.
   */
  topic: string;
}

/**
 * Encrypts (RFC 8291) and signs (VAPID, RFC 8292) with web-push, and posts
 * with fetch, so the outcome is classified here: 404/410 mean the browser
 * unsubscribed (the subscription is to be deleted), 429 and 5xx may pass.
 */
export function createPushSender(keys: VapidKeys, settings: { timeoutMs: number }) {
  return {
    publicKey: keys.publicKey,
    async send(
      target: PushTarget,
      payload: string,
      options: PushSendOptions,
    ): Promise<PushOutcome> {
      let details: webpush.RequestDetails;
      try {
        details = webpush.generateRequestDetails(target, payload, {
          vapidDetails: keys,
          TTL: options.ttlSeconds,
          topic: options.topic,
          urgency: 'high',
        });
      } catch (error) {
        // Keys the browser gave that cannot encrypt: no retry will help.
        return { kind: 'failed', transient: false, reason: `bad subscription: ${String(error)}` };
      }
      let response: Response;
      try {
        response = await fetch(details.endpoint, {
          method: details.method,
          headers: details.headers as Record<string, string>,
          body: details.body ? new Uint8Array(details.body) : null,
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
      } catch (error) {
        return {
          kind: 'failed',
          transient: true,
          reason: `push service unreachable: ${String(error)}`,
        };
      }
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { kind: 'sent' };
      if (response.status === 404 || response.status === 410)
        return { kind: 'gone', status: response.status };
      return {
        kind: 'failed',
        transient: response.status === 429 || response.status >= 500,
        reason: `push service answered ${response.status}`,
      };
    },
  };
}

export type PushSender = ReturnType<typeof createPushSender>;

/** A short url-safe topic (push services allow 32 characters) naming one message. */
export function pushTopic(messageKey: string): string {
  return createHash('sha256').update(messageKey).digest('base64url').slice(0, 32);
}
