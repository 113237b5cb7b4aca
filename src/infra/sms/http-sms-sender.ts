import { SmsSendError, type SmsSender } from './sms-sender.js';

/** An HTTP SMS provider, as the environment describes it. */
export interface HttpSmsSettings {
  /** The provider's send endpoint; messages are POSTed to it. */
  url: string;
  /** The whole Authorization header value (`Basic …`, `Bearer …`), if the provider wants one. */
  authorization: string | undefined;
  /** The approved sender name (başlık) the provider shows as the message's origin. */
  senderId: string;
  /**
   * The request body with `{{to}}`, `{{text}}`, `{{sender}}` and
   * `{{idempotencyKey}}` placeholders, each replaced by its value as a JSON
   * string's content (escaped), so the template is JSON with quoted slots.
   */
  bodyTemplate: string;
  /** A JSON pointer-like dotted path to the provider's message id in its answer (optional). */
  messageIdPath: string | undefined;
  timeoutMs: number;
}

/** Fills a template slot with a JSON-escaped value (without the surrounding quotes). */
function jsonInner(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

function pick(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (at, key) =>
        at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined,
      value,
    );
}

/**
 * Sends through a provider's HTTP API. A 5xx, a 429 or a network fault is
 * transient (a retry may succeed); any other 4xx is not (the request itself
 * is wrong: a bad number, a bad credential).
 */
export function createHttpSmsSender(settings: HttpSmsSettings): SmsSender {
  return {
    kind: 'http',
    async send({ to, text, idempotencyKey }) {
      const body = settings.bodyTemplate
        .replaceAll('{{to}}', jsonInner(to))
        .replaceAll('{{text}}', jsonInner(text))
        .replaceAll('{{sender}}', jsonInner(settings.senderId))
        .replaceAll('{{idempotencyKey}}', jsonInner(idempotencyKey ?? ''));
      let response: Response;
      try {
        response = await fetch(settings.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(settings.authorization ? { authorization: settings.authorization } : {}),
            ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          },
          body,
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
      } catch (error) {
        throw new SmsSendError(`SMS provider unreachable: ${String(error)}`, true);
      }
      const answer = await response.text();
      if (!response.ok) {
        const transient = response.status >= 500 || response.status === 429;
        throw new SmsSendError(
          `SMS provider answered ${response.status}`,
          transient,
          response.status,
        );
      }
      let id: unknown = null;
      if (settings.messageIdPath) {
        try {
          id = pick(JSON.parse(answer), settings.messageIdPath);
        } catch {
          id = null;
        }
      }
      return { providerMessageId: id === null || id === undefined ? null : String(id) };
    },
  };
}
