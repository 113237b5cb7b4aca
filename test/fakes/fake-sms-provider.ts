import type { IncomingMessage } from 'node:http';
import { type FakeHttpServer, type FakeReply, startFakeHttpServer } from './fake-http-server.js';

/** One text message as the SMS provider received it, with the sender's idempotency key. */
export interface Sms {
  to: string;
  text: string;
  key: string;
}

export interface FakeSmsProvider extends FakeHttpServer {
  /** `${url}/sms`: what SMS_PROVIDER_URL is set to. */
  readonly endpoint: string;
  /** Every request, retries included, in order. */
  readonly attempts: Sms[];
  /** The first copy of each idempotency key the provider accepted: what reached a phone. */
  readonly delivered: Map<string, Sms>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

/**
 * The SMS gateway as the notification worker meets it: records each attempt
 * and delivers each key once, as a provider honouring idempotency keys does.
 * `fault` may answer an attempt otherwise (a 503, an answer lost after
 * delivery); `delivers: false` in its answer keeps that attempt undelivered.
 */
export async function startFakeSmsProvider(
  fault?: (sms: Sms) => (FakeReply & { delivers?: boolean }) | undefined,
): Promise<FakeSmsProvider> {
  const attempts: Sms[] = [];
  const delivered = new Map<string, Sms>();
  const server = await startFakeHttpServer(async (_url, req) => {
    const sms: Sms = {
      ...(JSON.parse(await bodyOf(req)) as Omit<Sms, 'key'>),
      key: String(req.headers['idempotency-key']),
    };
    attempts.push(sms);
    const reply = fault?.(sms);
    if (reply?.delivers !== false && !delivered.has(sms.key)) delivered.set(sms.key, sms);
    return reply ?? { status: 200, body: { id: `m${delivered.size}` } };
  });
  return { ...server, endpoint: `${server.url}/sms`, attempts, delivered };
}
