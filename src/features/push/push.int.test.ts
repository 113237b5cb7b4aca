import { createECDH, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { captureLogger } from '../../../test/fakes/capture-logger.js';
import { type FakeHttpServer, startFakeHttpServer } from '../../../test/fakes/fake-http-server.js';
import { citizenLogin } from '../../../test/support/citizen-login.js';
import { DIALECTS } from '../../../test/support/database.js';
import { shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { until } from '../../../test/support/until.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { NOTIFICATIONS_QUEUE } from '../notifications/notifications.queue.js';

// The decryption a browser does (RFC 8188 aes128gcm), from web-push's own dependency.
const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt(
    body: Buffer,
    params: { version: 'aes128gcm'; privateKey: ReturnType<typeof createECDH>; authSecret: string },
  ): Buffer;
};

// Demo citizens: Zeynep (Anne Taksi) books; Elif must receive none of it.
const ZEYNEP = '+905551230001';
const ELIF = '+905551230005';
const RELATIVE = '+905559870011';

/** A browser's push subscription: its own key pair and auth secret, as PushManager makes them. */
function browser(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16).toString('base64url');
  return {
    ecdh,
    auth,
    subscription: {
      endpoint,
      expirationTime: null,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth },
    },
  };
}

interface Received {
  path: string;
  topic: string | undefined;
  authorization: string | undefined;
  body: Buffer;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.each(DIALECTS)('citizens are told by Web Push, on %s', (dialect) => {
  let t: TestService;
  let pushService: FakeHttpServer;
  let zeynep: string;
  let relative: string;
  let elif: string;
  let operator: string;
  let citizenId: string;
  let redis: Redis;
  let queue: Queue;
  const log = captureLogger();
  const received: Received[] = [];
  // The flaky browser's push service fails the first copy of each message (a 503), as one
  // overloaded for a moment: whichever message reaches it first, the confirmation is retried.
  const flakyFailed = new Set<string | undefined>();

  beforeAll(async () => {
    pushService = await startFakeHttpServer(async (url, req) => {
      received.push({
        path: url.pathname,
        topic: req.headers.topic as string | undefined,
        authorization: req.headers.authorization,
        body: await bodyOf(req),
      });
      if (url.pathname.endsWith('/gone')) return { status: 410, body: 'unsubscribed' };
      const topic = req.headers.topic as string | undefined;
      if (url.pathname.endsWith('/flaky') && !flakyFailed.has(topic)) {
        flakyFailed.add(topic);
        return { status: 503, body: 'busy' };
      }
      return { status: 201, body: '' };
    });
    t = await startTestService(
      dialect,
      { PUSH_SERVICE_HOSTS: '127.0.0.1,fcm.googleapis.com' },
      { logger: log.logger },
    );
    const admin = await t.login('admin');
    operator = await t.login('operator');
    const [car] = await shiftsAroundNow(t, admin, [
      { label: 'Anne (push)', seats: 3, infantSeats: 1, serviceIds: ['anne-taksi'] },
    ]);
    await t.database.db.query('UPDATE shifts SET cancelled = true WHERE id <> $1', [car!.shiftId]);
    zeynep = (await citizenLogin(t, log.records, ZEYNEP)).accessToken;
    elif = (await citizenLogin(t, log.records, ELIF)).accessToken;
    const me = await t.api<{ citizens: { id: string }[] }>('GET', '/me', { token: zeynep });
    citizenId = me.body.citizens[0]!.id;
    const named = await t.api('POST', `/me/citizens/${citizenId}/relatives`, {
      token: zeynep,
      body: { phone: RELATIVE, name: 'Ayşe Arslan' },
    });
    expect(named.status).toBe(200);
    relative = (await citizenLogin(t, log.records, RELATIVE)).accessToken;
    redis = new Redis(inject('redisUrl'));
    queue = new Queue(NOTIFICATIONS_QUEUE, { connection: redis, prefix: t.prefix });
  });
  afterAll(async () => {
    await queue?.close();
    redis?.disconnect();
    await t?.close();
    await pushService?.close();
  });

  const subscribe = (token: string, body: unknown) =>
    t.api<{ id: string }>('POST', '/push/subscriptions', { token, body });
  const subscriptionCount = async (endpoint: string) =>
    (await t.database.db.query('SELECT 1 FROM push_subscriptions WHERE endpoint = $1', [endpoint]))
      .length;

  it('gives the public key and takes subscriptions only from citizens, of known push services', async () => {
    const key = await t.api<{ publicKey: string }>('GET', '/push/public-key', { token: zeynep });
    expect(key.status).toBe(200);
    // An uncompressed P-256 point, base64url: 65 bytes.
    expect(Buffer.from(key.body.publicKey, 'base64url')).toHaveLength(65);
    const ok = browser(`${pushService.url}/push/ok`).subscription;
    expect((await subscribe(operator, ok)).status).toBe(403);
    expect((await t.api('GET', '/push/public-key', { token: operator })).status).toBe(403);
    expect((await t.api('POST', '/push/subscriptions', { body: ok })).status).toBe(401);

    const elsewhere = await t.api<{ error: { issues: { field: string; message: string }[] } }>(
      'POST',
      '/push/subscriptions',
      {
        token: zeynep,
        body: { ...ok, endpoint: 'https://intranet.example/admin' },
        headers: { 'accept-language': 'en' },
      },
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.issues).toEqual([
      { field: 'body.endpoint', message: 'This address is not a known push service.' },
    ]);
    const plainHttp = await subscribe(zeynep, {
      ...ok,
      endpoint: 'http://fcm.googleapis.com/fcm/send/x',
    });
    expect(plainHttp.status).toBe(400);
    const badKey = await t.api<{ error: { issues: { field: string }[] } }>(
      'POST',
      '/push/subscriptions',
      { token: zeynep, body: { ...ok, keys: { ...ok.keys, p256dh: 'not a key!' } } },
    );
    expect(badKey.status).toBe(400);
    expect(badKey.body.error.issues.map((i) => i.field)).toContain('body.keys.p256dh');
    expect(await subscriptionCount(ok.endpoint)).toBe(0);
  });

  it('sends a confirmation once to each browser of the citizen and her relative, none to another citizen, and forgets a browser that is gone', async () => {
    const own = browser(`${pushService.url}/push/zeynep`);
    const flaky = browser(`${pushService.url}/push/flaky`);
    const gone = browser(`${pushService.url}/push/gone`);
    const kin = browser(`${pushService.url}/push/relative`);
    const other = browser(`${pushService.url}/push/elif`);
    for (const [token, b] of [
      [zeynep, own],
      [zeynep, flaky],
      [zeynep, gone],
      [relative, kin],
      [elif, other],
    ] as const)
      expect((await subscribe(token, b.subscription)).status).toBe(201);
    // Subscribing again is harmless: still one subscription.
    expect((await subscribe(zeynep, own.subscription)).status).toBe(201);
    expect(await subscriptionCount(own.subscription.endpoint)).toBe(1);

    const res = await t.api<BookingView>('POST', '/bookings', {
      token: zeynep,
      body: {
        serviceId: 'anne-taksi',
        citizenId,
        pickup: { placeId: 'kocaeli-devlet-hastanesi' },
        dropoff: { placeId: 'gultepe-mah' },
        asap: true,
        infants: 1,
      },
      headers: { 'idempotency-key': 'push-ride-000001' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const ride = res.body;
    expect(ride.status).toBe('scheduled');

    // The flaky browser failed once: the job was retried, and it got its message the second time.
    const job = await until('the job done', async () => {
      const j = await queue.getJob(`${ride.id}.confirmed.once`);
      return (await j?.getState()) === 'completed' ? j : undefined;
    });
    // What each browser was sent, for a failure's message: only the confirmation is expected.
    const seen = JSON.stringify(received.map((r) => [r.path, r.topic]));
    expect(job!.attemptsMade, seen).toBe(2);
    const to = (path: string) => received.filter((r) => r.path === `/push/${path}`);
    expect(to('flaky'), seen).toHaveLength(2);
    expect(to('zeynep'), seen).toHaveLength(1);
    expect(to('relative'), seen).toHaveLength(1);
    expect(to('gone'), seen).toHaveLength(1);
    expect(to('elif'), seen).toHaveLength(0);

    // What the browser decrypts: the message, and the ride page to open.
    const [message] = to('zeynep');
    const shown = JSON.parse(
      ece
        .decrypt(message!.body, {
          version: 'aes128gcm',
          privateKey: own.ecdh,
          authSecret: own.auth,
        })
        .toString('utf8'),
    ) as { title: string; body: string; url: string };
    expect(shown.title).toBe('Yoldaş');
    expect(shown.body).toMatch(/^Yolculuğunuz onaylandı\. Araç sizi .* Kocaeli Devlet Hastanesi/);
    expect(shown.url).toBe(`/request/#/rides/${ride.id}`);
    const key = await t.api<{ publicKey: string }>('GET', '/push/public-key', { token: zeynep });
    expect(message!.authorization).toMatch(
      new RegExp(`^vapid t=[\\w.-]+, k=${key.body.publicKey}$`),
    );
    // One topic for the message at every browser: a resend replaces an undelivered copy.
    expect(new Set(received.map((r) => r.topic)).size, seen).toBe(1);
    // Another browser's keys cannot read it.
    expect(() =>
      ece.decrypt(message!.body, {
        version: 'aes128gcm',
        privateKey: kin.ecdh,
        authSecret: kin.auth,
      }),
    ).toThrow();

    // 410: the browser unsubscribed, its subscription is deleted; the others recorded a success.
    expect(await subscriptionCount(gone.subscription.endpoint)).toBe(0);
    const rows = await t.database.db.query<{ endpoint: string; last_success_at: Date | null }>(
      'SELECT endpoint, last_success_at FROM push_subscriptions ORDER BY endpoint',
    );
    expect(rows.filter((r) => r.last_success_at !== null).map((r) => r.endpoint)).toEqual(
      [flaky, kin, own].map((b) => b.subscription.endpoint).sort(),
    );

    // The same job run again (a worker retrying it after a crash) sends nothing twice.
    const before = received.length;
    await job!.retry('completed');
    await until('the retried job done', async () => {
      const j = await queue.getJob(`${ride.id}.confirmed.once`);
      return j && (await j.getState()) === 'completed' && j.attemptsMade >= 3 ? true : undefined;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(received.length).toBe(before);
  });

  it('stops telling a browser that unsubscribed, and only its own user may unsubscribe it', async () => {
    const b = browser(`${pushService.url}/push/leaving`);
    expect((await subscribe(zeynep, b.subscription)).status).toBe(201);
    const foreign = await t.api('DELETE', '/push/subscriptions', {
      token: elif,
      body: { endpoint: b.subscription.endpoint },
    });
    expect(foreign.status).toBe(204);
    expect(await subscriptionCount(b.subscription.endpoint)).toBe(1);
    const own = await t.api('DELETE', '/push/subscriptions', {
      token: zeynep,
      body: { endpoint: b.subscription.endpoint },
    });
    expect(own.status).toBe(204);
    expect(await subscriptionCount(b.subscription.endpoint)).toBe(0);
  });
});
