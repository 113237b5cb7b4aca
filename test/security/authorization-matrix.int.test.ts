import { randomUUID } from 'node:crypto';
import { decodeJwt, SignJWT } from 'jose';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUDITED_ROUTES,
  CITIZEN_DATA_PATHS,
  routeKey,
  SELF_AUDITED_ROUTES,
} from '../../src/features/audit/route-audit.js';
import { ROLES, type Role } from '../../src/features/auth/auth-user.js';
import type { RouteDefinition } from '../../src/http/route.js';
import { captureLogger } from '../fakes/capture-logger.js';
import { citizenLogin } from '../support/citizen-login.js';
import { startTestService, type TestService } from '../support/service-harness.js';

/**
 * The authorisation matrix, generated from the route table the service mounts
 * (and from the Socket.IO events of its AsyncAPI document): every route with
 * no token, an expired, a tampered, a foreign-signed and a revoked token, and
 * with each role. Only the roles a route declares get past the check; every
 * refused call writes nothing. A new route or event is covered without an
 * edit here.
 */
const SECRET = 'matrix-secret-that-is-long-enough-0123456789';
const LOGINS: Record<Exclude<Role, 'citizen'>, [string, string]> = {
  admin: ['admin', 'yoldas-admin'],
  operator: ['operator', 'yoldas-operator'],
  supervisor: ['supervisor', 'yoldas-supervisor'],
  driver: ['surucu1', 'yoldas-surucu'],
};
/** Which roles may use each client event; the dispatch service enforces it. */
const SOCKET_EVENT_ROLES: Record<string, readonly Role[]> = {
  'driver:report': ['driver'],
  'driver:manifest': ['driver'],
  'manifest:ack': ['driver'],
  'driver:position': ['driver'],
  'driver:message': ['driver'],
  'driver:emergency': ['driver'],
};
const SOCKET_EVENT_SAMPLES: Record<string, unknown> = {
  'driver:report': { bookingId: randomUUID(), action: 'arrived', clientEventId: randomUUID() },
  'driver:manifest': {},
  'manifest:ack': { date: '2026-01-01', version: 1 },
  // Taken long before any shift: allowed, and kept nowhere (the database must not change).
  'driver:position': { lat: 40.77, lng: 29.93, at: '2020-01-01T08:00:00Z' },
  // The driver's own message and alarm are stored (once each); nobody else's.
  'driver:message': { body: 'Trafik, 10 dk gecikme', clientMessageId: randomUUID() },
  'driver:emergency': { clientEventId: randomUUID(), lat: 40.77, lng: 29.93 },
};

describe('the authorisation matrix of every route and socket event', () => {
  let t: TestService;
  let routes: readonly RouteDefinition[];
  const tokens = {} as Record<Role, string>;
  const bad = {} as Record<'expired' | 'tampered' | 'foreign' | 'none-alg' | 'revoked', string>;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // The citizen signs in with a code the development SMS sender writes to the log.
    const log = captureLogger();
    t = await startTestService('pglite', { JWT_SECRET: SECRET }, { logger: log.logger });
    routes = t.service.routes;
    for (const role of ROLES)
      tokens[role] =
        role === 'citizen'
          ? (await citizenLogin(t, log.records, '+905551230001')).accessToken
          : await t.login(...LOGINS[role]);

    const admin = decodeJwt(tokens.admin);
    const sign = (claims: Record<string, unknown>, secret = SECRET, exp: number | string = '5m') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(admin.sub))
        .setIssuer('yoldas')
        .setIssuedAt()
        .setExpirationTime(exp)
        .sign(new TextEncoder().encode(secret));
    const claims = { role: 'admin', driverId: null, name: 'x', sid: admin.sid };
    bad.expired = await sign(claims, SECRET, Math.floor(Date.now() / 1000) - 60);
    bad.foreign = await sign(claims, 'another-secret-that-is-long-enough-0123456789');
    // A driver's token with its role claim raised to admin, the signature kept.
    const [head, body, signature] = tokens.driver.split('.');
    const raised = { ...JSON.parse(Buffer.from(body!, 'base64url').toString()), role: 'admin' };
    bad.tampered = `${head}.${Buffer.from(JSON.stringify(raised)).toString('base64url')}.${signature}`;
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    bad['none-alg'] =
      `${none}.${Buffer.from(JSON.stringify({ ...claims, sub: admin.sub, iss: 'yoldas', exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url')}.`;
    const session = await t.api<{ accessToken: string; refreshToken: string }>(
      'POST',
      '/auth/login',
      { body: { username: 'admin', password: 'yoldas-admin' } },
    );
    await t.api('POST', '/auth/logout', { body: { refreshToken: session.body.refreshToken } });
    bad.revoked = session.body.accessToken;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  async function call(route: RouteDefinition, token?: string): Promise<{ status: number }> {
    const path = route.path.replace(/:(\w+)/g, (_m, name: string) =>
      name === 'id' ? randomUUID() : name === 'date' ? '2031-01-02' : 'x',
    );
    const res = await fetch(`${t.url}/api${path}`, {
      method: route.method.toUpperCase(),
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(route.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(route.body ? { body: '{}' } : {}),
    });
    await res.arrayBuffer();
    return { status: res.status };
  }

  /** Rows in every table of the schema, to prove a refused call wrote nothing. */
  async function snapshot(): Promise<Record<string, number>> {
    const tables = await t.database.db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await t.database.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${name}"`,
      );
      counts[name] = row?.n ?? 0;
    }
    return counts;
  }

  it('covers a route table that declares roles on every non-public route', () => {
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes)
      expect(route.roles === 'public' || route.roles.length > 0, routeKey(route)).toBe(true);
  });

  it('refuses every protected route without a valid token (401), and writes nothing', async () => {
    const before = await snapshot();
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.roles !== 'public')) {
      for (const [kind, token] of [['none', undefined], ...Object.entries(bad)] as const) {
        const res = await call(route, token);
        if (res.status !== 401)
          failures.push(`${routeKey(route)} with ${kind} token: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('lets only the declared roles past the check (others 403), and a refusal writes nothing', async () => {
    const before = await snapshot();
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.roles !== 'public')) {
      const allowed = route.roles as readonly Role[];
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        const res = await call(route, tokens[role]);
        if (res.status !== 403) failures.push(`${routeKey(route)} as ${role}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);

    for (const route of routes.filter((r) => r.roles !== 'public')) {
      for (const role of route.roles as readonly Role[]) {
        const res = await call(route, tokens[role]);
        if ([401, 403].includes(res.status) || res.status >= 500)
          failures.push(`${routeKey(route)} as ${role} (allowed): ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a socket without a valid token, and each event to the roles it does not declare', async () => {
    const doc = (await (await fetch(`${t.url}/api/asyncapi.json`)).json()) as {
      operations: Record<string, { action: string; messages: { $ref: string }[] }>;
      components: { messages: Record<string, { name: string }> };
    };
    const events = Object.values(doc.operations)
      .filter((op) => op.action === 'receive')
      .flatMap((op) => op.messages.map((m) => m.$ref.split('/').at(-1) ?? ''))
      .map((name) => doc.components.messages[name]?.name ?? name);
    expect(events.length).toBeGreaterThan(0);
    // A new client event must be given its roles here (and a sample payload).
    expect([...events].sort()).toEqual(Object.keys(SOCKET_EVENT_ROLES).sort());

    const open = (token: string | undefined) => {
      const socket = connect(t.url, {
        auth: token ? { token } : {},
        transports: ['websocket'],
        reconnection: false,
      });
      sockets.push(socket);
      return new Promise<Socket>((resolve, reject) => {
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      });
    };
    for (const [kind, token] of [['none', undefined], ...Object.entries(bad)] as const)
      await expect(open(token), `${kind} token`).rejects.toThrow('UNAUTHENTICATED');

    const before = await snapshot();
    for (const role of ROLES) {
      const socket = await open(tokens[role]);
      for (const event of events) {
        const ack = (await socket
          .timeout(5000)
          .emitWithAck(event as 'driver:manifest', SOCKET_EVENT_SAMPLES[event] as never)) as {
          ok: boolean;
          error?: { code: string };
        };
        const allowed = SOCKET_EVENT_ROLES[event]?.includes(role);
        if (allowed) expect(ack.error?.code, `${event} as ${role}`).not.toBe('FORBIDDEN');
        else expect(ack.error?.code, `${event} as ${role}`).toBe('FORBIDDEN');
      }
      socket.disconnect();
    }
    expect(await snapshot()).toEqual({
      ...before,
      driver_messages: (before.driver_messages ?? 0) + 1,
      emergencies: (before.emergencies ?? 0) + 1,
    });
  });

  it('audits every route on citizens’ data: by the pipeline or by its service, never unclassified', () => {
    const citizenRoutes = routes.filter((r) => CITIZEN_DATA_PATHS.test(r.path)).map(routeKey);
    const classified = new Set([...Object.keys(AUDITED_ROUTES), ...SELF_AUDITED_ROUTES]);
    expect(citizenRoutes.filter((key) => !classified.has(key))).toEqual([]);
    // And the table names no route that is gone.
    const mounted = new Set(routes.map(routeKey));
    expect([...classified].filter((key) => !mounted.has(key))).toEqual([]);
  });
});
