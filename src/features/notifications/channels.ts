import type { MessageLanguage, NotificationEvent } from '../../domain/message-templates.js';
import { maskedPhone, SmsSendError, type SmsSender } from '../../infra/sms/sms-sender.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { type PushChannel, PushRetry } from '../push/push-channel.js';

/** One message to one citizen on one channel, its text already filled. */
export interface ChannelMessage {
  bookingId: string;
  event: NotificationEvent;
  version: string;
  booking: BookingView;
  text: string;
  language: MessageLanguage;
  /** The same for every retry of this message on this channel. */
  idempotencyKey: string;
}

export type ChannelOutcome =
  | { state: 'sent'; providerMessageId: string | null; recipient: string | null }
  /** The citizen cannot be reached this way (no phone, no browser subscribed): nothing to retry. */
  | { state: 'skipped'; reason: string };

/**
 * A way of telling citizens (SMS, Web Push). `send` throws a
 * `ChannelError` on failure: `transient` ones are retried with backoff,
 * others recorded as failed. Any other error counts as transient.
 */
export interface NotificationChannel {
  readonly name: string;
  send(message: ChannelMessage): Promise<ChannelOutcome>;
}

export class ChannelError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}

/** SMS to the citizen's phone; the provider gets the idempotency key, so a retry is one SMS. */
export function createSmsChannel(deps: {
  sms: SmsSender;
  phoneOf(citizenId: string): Promise<string | undefined>;
}): NotificationChannel {
  return {
    name: 'sms',
    async send(m) {
      const phone = await deps.phoneOf(m.booking.citizenId);
      if (!phone) return { state: 'skipped', reason: 'no-phone' };
      try {
        const { providerMessageId } = await deps.sms.send({
          to: phone,
          text: m.text,
          idempotencyKey: m.idempotencyKey,
        });
        return { state: 'sent', providerMessageId, recipient: maskedPhone(phone) };
      } catch (error) {
        if (error instanceof SmsSendError) throw new ChannelError(error.message, error.transient);
        throw error;
      }
    },
  };
}

/**
 * Web Push to every browser of the citizen and of the relatives they named
 * (the push feature's channel, which claims each browser once): skipped
 * when no browser is subscribed, retried when one could not be reached.
 */
export function createPushNotificationChannel(push: PushChannel): NotificationChannel {
  return {
    name: 'push',
    async send(m) {
      let sent: number;
      try {
        sent = await push.deliver(
          { bookingId: m.bookingId, event: m.event, version: m.version },
          m.booking,
          m.text,
        );
      } catch (error) {
        if (error instanceof PushRetry) throw new ChannelError(error.message, true);
        throw error;
      }
      return sent > 0
        ? { state: 'sent', providerMessageId: null, recipient: `${sent} browser(s)` }
        : { state: 'skipped', reason: 'no-subscription' };
    },
  };
}
