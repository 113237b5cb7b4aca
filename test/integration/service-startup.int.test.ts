import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service-harness.js';

describe('a started service', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService('pglite');
  });
  afterAll(() => t?.close());

  it('reports database and Redis state on /health', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('documents its API in OpenAPI with a browsable UI', async () => {
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/bookings',
      '/bookings/{id}',
      '/citizens',
      '/vehicles',
      '/shifts',
      '/driver/manifest',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const ui = await fetch(`${t.url}/api/docs/`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it("lets the pages' maps load their tiles (the tile server is an allowed image source)", async () => {
    const res = await fetch(`${t.url}/health`);
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/img-src 'self' data: https:\/\/tile\.openstreetmap\.org/);
  });

  it('answers unknown API paths with a translated 404 and a request id', async () => {
    const res = await fetch(`${t.url}/api/nope`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe('NOT_FOUND');
    expect(res.headers.get('x-request-id')).toBe(body.error.requestId);
  });

  it('serves fleet and shift lists to staff with masked national IDs for operators', async () => {
    const operator = await t.login('operator');
    const admin = await t.login('admin');
    const vehicles = await t.api<{ plate: string }[]>('GET', '/vehicles', { token: operator });
    expect(vehicles.body.length).toBeGreaterThanOrEqual(5);
    const asOperator = await t.api<{ nationalId: string }[]>('GET', '/citizens?q=osman', {
      token: operator,
    });
    expect(asOperator.body[0]?.nationalId).toBe('*********50');
    const asAdmin = await t.api<{ nationalId: string }[]>('GET', '/citizens?q=osman', {
      token: admin,
    });
    expect(asAdmin.body[0]?.nationalId).toBe('12345678950');
    const reads = await t.database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'citizen.search'`,
    );
    expect(reads[0]?.n).toBe(2);
  });

  it('leaves eligibility decisions to administrators', async () => {
    const operator = await t.login('operator');
    const citizen = {
      fullName: 'Deneme Vatandaş',
      phone: '0532 999 88 77',
      eligibility: [
        {
          serviceId: 'engelsiz-taksi',
          validFrom: '2026-01-01',
          validUntil: '2027-01-01',
          basis: 'rapor',
        },
      ],
    };
    expect((await t.api('POST', '/citizens', { token: operator, body: citizen })).status).toBe(403);
    const registered = await t.api<{ id: string; phone: string }>('POST', '/citizens', {
      token: operator,
      body: { ...citizen, eligibility: undefined },
    });
    expect(registered.status).toBe(201);
    expect(registered.body.phone).toBe('+905329998877');
    const admin = await t.login('admin');
    const granted = await t.api<{ eligibility: { serviceId: string }[] }>(
      'POST',
      `/citizens/${registered.body.id}/eligibility`,
      { token: admin, body: citizen.eligibility[0] },
    );
    expect(granted.body.eligibility.map((e) => e.serviceId)).toEqual(['engelsiz-taksi']);
  });

  it('rotates refresh tokens, answering a retry of the spent one within seconds', async () => {
    const login = await t.api<{ refreshToken: string }>('POST', '/auth/login', {
      body: { username: 'operator', password: 'yoldas-operator' },
    });
    const first = await t.api<{ refreshToken: string; accessToken: string }>(
      'POST',
      '/auth/refresh',
      {
        body: { refreshToken: login.body.refreshToken },
      },
    );
    expect(first.status).toBe(200);
    // Later reuse revokes the session: src/features/auth/auth.int.test.ts.
    const retry = await t.api('POST', '/auth/refresh', {
      body: { refreshToken: login.body.refreshToken },
    });
    expect(retry.status).toBe(200);
  });
});

describe('re-optimisation schedule', () => {
  it('declares the rolling and the evening job schedulers, once however many workers start', async () => {
    const { Queue } = await import('bullmq');
    const { Redis } = await import('ioredis');
    const { inject } = await import('vitest');
    const first = await startTestService('pglite', {
      REOPTIMISE_EVERY_MINUTES: '5',
      REOPTIMISE_NIGHTLY_HOUR: '21',
    });
    const second = await startTestService(
      'pglite',
      { REOPTIMISE_EVERY_MINUTES: '5', REOPTIMISE_NIGHTLY_HOUR: '21', ROLE: 'worker' },
      { database: first.database, redisPrefix: first.prefix },
    );
    const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
    const queue = new Queue('reoptimisation', { connection: redis, prefix: first.prefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual(['nightly-next-day', 'rolling-today']);
      const nightly = schedulers.find((s) => s.key === 'nightly-next-day');
      expect(nightly?.pattern).toBe('0 0 21 * * *');
      expect(nightly?.tz).toBe('Europe/Istanbul');
      expect(schedulers.find((s) => s.key === 'rolling-today')?.every).toBe(300_000);
    } finally {
      await queue.close();
      redis.disconnect();
      await second.close();
      await first.close();
    }
  });
});
