import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogger } from '../../../test/fakes/capture-logger.js';
import { type FakeHttpServer, startFakeHttpServer } from '../../../test/fakes/fake-http-server.js';
import { createSmsSender } from './create-sms-sender.js';
import { SmsSendError } from './sms-sender.js';

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

describe('the HTTP SMS provider adapter against a local fake provider', () => {
  let provider: FakeHttpServer;
  const received: { auth?: string; key?: string; body: unknown }[] = [];
  let answer = 200;

  beforeAll(async () => {
    provider = await startFakeHttpServer(async (url, req) => {
      if (url.pathname !== '/v1/sms') return { status: 404, body: 'no' };
      received.push({
        auth: req.headers.authorization,
        key: req.headers['idempotency-key'] as string | undefined,
        body: JSON.parse(await bodyOf(req)),
      });
      return answer === 200
        ? { status: 200, body: { data: { messageId: `m${received.length}` } } }
        : { status: answer, body: { error: 'refused' } };
    });
  });
  afterAll(() => provider?.close());

  const sender = () =>
    createSmsSender(
      {
        providerUrl: `${provider.url}/v1/sms`,
        authorization: 'Basic dXNlcjpwYXNz',
        senderId: 'IZMITBLD',
        bodyTemplate:
          '{"header":"{{sender}}","msisdn":"{{to}}","message":"{{text}}","ref":"{{idempotencyKey}}"}',
        messageIdPath: 'data.messageId',
        timeoutMs: 2000,
      },
      { log: captureLogger().logger, production: true },
    );

  it('posts the configured body, escaped, with the credentials, and keeps the message id', async () => {
    answer = 200;
    const sms = sender();
    expect(sms.kind).toBe('http');
    const text = 'Kodunuz: 123456. "Tırnak" ve \\ ters bölü\nyeni satır';
    const result = await sms.send({
      to: '+905551230001',
      text,
      idempotencyKey: 'b1:confirmed:sms',
    });
    expect(result.providerMessageId).toBe(`m${received.length}`);
    expect(received.at(-1)).toEqual({
      auth: 'Basic dXNlcjpwYXNz',
      key: 'b1:confirmed:sms',
      body: { header: 'IZMITBLD', msisdn: '+905551230001', message: text, ref: 'b1:confirmed:sms' },
    });
  });

  it('tells a retry-worthy failure (5xx, 429) from a refusal (other 4xx)', async () => {
    for (const [status, transient] of [
      [503, true],
      [429, true],
      [400, false],
      [401, false],
    ] as const) {
      answer = status;
      const error = await sender()
        .send({ to: '+905551230001', text: 'x' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SmsSendError);
      expect((error as SmsSendError).transient, String(status)).toBe(transient);
    }
  });

  it('a provider that cannot be reached is a transient failure', async () => {
    const gone = createSmsSender(
      {
        providerUrl: 'http://127.0.0.1:9/sms',
        authorization: undefined,
        senderId: 'X',
        bodyTemplate: '{"to":"{{to}}","text":"{{text}}"}',
        messageIdPath: undefined,
        timeoutMs: 500,
      },
      { log: captureLogger().logger, production: false },
    );
    const error = await gone.send({ to: '+905551230001', text: 'x' }).catch((e: unknown) => e);
    expect((error as SmsSendError).transient).toBe(true);
  });
});

describe('the development sender', () => {
  it('writes the message to the log, its codes masked in production', async () => {
    for (const production of [false, true]) {
      const log = captureLogger();
      const sms = createSmsSender(
        {
          providerUrl: undefined,
          authorization: undefined,
          senderId: 'YOLDAS',
          bodyTemplate: '',
          messageIdPath: undefined,
          timeoutMs: 1000,
        },
        { log: log.logger, production },
      );
      expect(sms.kind).toBe('log');
      await sms.send({ to: '+905551230001', text: 'Yoldaş giriş kodunuz: 482913.' });
      expect(log.text()).not.toContain('5551230001');
      if (production) expect(log.text()).not.toContain('482913');
      else expect(log.text()).toContain('482913');
    }
  });
});
