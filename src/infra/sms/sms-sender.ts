/** One text message to one phone. */
export interface SmsMessage {
  /** E.164, `+90XXXXXXXXXX`. */
  to: string;
  text: string;
  /**
   * The same key for a retry of the same message, so a provider that honours
   * it (and our own records) delivers it once.
   */
  idempotencyKey?: string;
}

/**
 * Sends text messages. Production uses an HTTP provider configured by the
 * environment; development and tests use a sender that only logs.
 */
export interface SmsSender {
  /** Resolves once the provider accepted the message; throws SmsSendError otherwise. */
  send(message: SmsMessage): Promise<{ providerMessageId: string | null }>;
  /** `log` or `http`: shown at start so an operator knows whether citizens are really texted. */
  readonly kind: 'log' | 'http';
}

/** The provider refused or could not be reached; `transient` says whether a retry may help. */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SmsSendError';
  }
}

/** A phone number as logs may show it: only its last two digits. */
export function maskedPhone(phone: string): string {
  return `…${phone.replace(/\D/g, '').slice(-2)}`;
}
