import type { Redis } from 'ioredis';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { PushStore } from './push.store.js';
import { type PushSender, pushTopic } from './push-sender.js';

/** One citizen message, as the notifications worker names it. */
export interface PushMessage {
  bookingId: string;
  event: string;
  version: string;
}

export interface PushChannelDeps {
  redis: Redis;
  prefix: string;
  store: PushStore;
  sender: PushSender;
  now: () => Date;
  log: { warn(obj: object, msg: string): void };
}

/** Thrown when some browser could not be reached yet: the job retries, the ones reached are not sent again. */
export class PushRetry extends Error {}

const KEEP_SECONDS = 30 * 86_400;
// A ride's message is worth little a day later.
const TTL_SECONDS = 24 * 3600;

/**
 * The Web Push channel of citizens' messages: each message goes to every
 * browser of the citizen and of the relatives they named, once per browser.
 * A claim per (message, browser) in Redis, like the SMS channel's; a claim
 * left `sending` by a crash is sent again under the same topic, which the
 * push service uses to replace the first if it is still undelivered.
 */
export function createPushChannel(deps: PushChannelDeps) {
  const claimKey = (suffix: string) => `${deps.prefix}:notify:sent:${suffix}`;

  return {
    channel: 'push' as const,
    async deliver(message: PushMessage, booking: BookingView, text: string): Promise<number> {
      const subscriptions = await deps.store.ofCitizen(booking.citizenId);
      const messageKey = `${message.bookingId}.${message.event}.${message.version}.push`;
      const payload = JSON.stringify({
        title: 'Yoldaş',
        body: text.replace(/^Yoldaş( hatırlatma)?: /, ''),
        url: `/request/#/rides/${booking.id}`,
        tag: `${booking.id}.${message.event}`,
      });
      let sent = 0;
      let retry: string | undefined;
      for (const sub of subscriptions) {
        const claim = claimKey(`${messageKey}.${sub.id}`);
        const taken = await deps.redis.set(claim, 'sending', 'EX', KEEP_SECONDS, 'NX');
        if (!taken && (await deps.redis.get(claim)) !== 'sending') continue;
        const outcome = await deps.sender.send(
          { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
          payload,
          { ttlSeconds: TTL_SECONDS, topic: pushTopic(messageKey) },
        );
        const at = deps.now();
        if (outcome.kind === 'sent') {
          await deps.redis.set(claim, 'sent', 'EX', KEEP_SECONDS);
          await deps.store.markSuccess(sub.id, at);
          sent++;
        } else if (outcome.kind === 'gone') {
          // The browser unsubscribed or the user cleared it: never try it again.
          await deps.redis.set(claim, 'gone', 'EX', KEEP_SECONDS);
          await deps.store.remove(sub.id);
        } else {
          await deps.store.markFailure(sub.id, at, outcome.reason);
          if (outcome.transient) retry = outcome.reason;
          else await deps.redis.set(claim, 'failed', 'EX', KEEP_SECONDS);
        }
      }
      if (retry) throw new PushRetry(retry);
      return sent;
    },
  };
}

export type PushChannel = ReturnType<typeof createPushChannel>;
