import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../infra/logging/logger.js';
import { createHttpApp } from './app.js';
import { defineRoute } from './route.js';

// The route pipeline's answers to hostile input, on a real server with toy routes:
// every fault a probe sent answered 4xx with the field named, never 500.
const echoBody = z.object({
  name: z.string().max(2_000_000),
  nested: z.object({ note: z.string().optional() }).optional(),
  stops: z.array(z.object({ label: z.string() })).optional(),
  when: z
    .union([z.object({ at: z.string() }).strict(), z.object({ asap: z.literal(true) })])
    .optional(),
});

describe('the route pipeline refuses hostile input with a 4xx naming the field', () => {
  let server: Server;
  let url: string;
  const lines: string[] = [];
  const writes: unknown[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = createHttpApp({
      routes: [
        defineRoute({
          method: 'post',
          path: '/echo',
          tag: 'test',
          summary: 'echo',
          roles: 'public',
          body: echoBody,
          handler: async ({ body }) => {
            writes.push(body);
            return { body };
          },
        }),
        defineRoute({
          method: 'get',
          path: '/things/:id',
          tag: 'test',
          summary: 'a thing',
          roles: 'public',
          params: z.object({ id: z.string() }),
          query: z.object({ q: z.string().optional() }),
          handler: async ({ params, query }) => ({ body: { id: params.id, q: query.q ?? null } }),
        }),
      ],
      authenticate: async () => {
        throw new Error('no auth in this test');
      },
      health: async () => ({ ok: true, body: {} }),
      logger: createLogger('info', stream),
      webDir: '/nonexistent',
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function post(body: string | Buffer, headers: Record<string, string> = {}) {
    const res = await fetch(`${url}/api/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
      body,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
  const fields = (body: { error?: { issues?: { field: string }[] } }) =>
    (body.error?.issues ?? []).map((i) => i.field);

  it('accepts a clean body', async () => {
    const res = await post(JSON.stringify({ name: 'Ayşe', nested: { note: 'kat 2' } }));
    expect(res.status).toBe(200);
  });

  it('refuses a NUL character in any text field (400, the field named)', async () => {
    const before = writes.length;
    const res = await post(JSON.stringify({ name: 'Ay\u0000şe' }));
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(['body.name']);
    const deep = await post(
      JSON.stringify({ name: 'x', stops: [{ label: 'a' }, { label: 'b\u0000' }] }),
    );
    expect(deep.status).toBe(400);
    expect(fields(deep.body)).toEqual(['body.stops.1.label']);
    const query = await fetch(`${url}/api/things/a?q=%00`);
    expect(query.status).toBe(400);
    expect(fields((await query.json()) as never)).toEqual(['query.q']);
    expect(writes.length).toBe(before);
  });

  it('refuses unknown fields, at any depth, naming each (400)', async () => {
    const before = writes.length;
    const top = await post(JSON.stringify({ name: 'x', nmae: 'typo' }));
    expect(top.status).toBe(400);
    expect(fields(top.body)).toEqual(['body.nmae']);
    const nested = await post(
      JSON.stringify({
        name: 'x',
        nested: { note: 'a', colour: 'red' },
        stops: [{ label: 'a', x: 1 }],
      }),
    );
    expect(nested.status).toBe(400);
    expect(fields(nested.body).sort()).toEqual(['body.nested.colour', 'body.stops.0.x']);
    const inUnion = await post(JSON.stringify({ name: 'x', when: { asap: true, later: 1 } }));
    expect(inUnion.status).toBe(400);
    expect(writes.length).toBe(before);
  });

  it('answers 413 to a body past the limit, also when a gzip body inflates past it', async () => {
    const big = await post(JSON.stringify({ name: 'a'.repeat(1_000_000) }));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const bomb = gzipSync(JSON.stringify({ name: 'a'.repeat(2_000_000) }));
    expect(bomb.length).toBeLessThan(100_000);
    const inflated = await post(bomb, { 'content-encoding': 'gzip' });
    expect(inflated.status).toBe(413);
  });

  it('answers 415 to a charset or an encoding it does not read, 400 to a corrupt gzip', async () => {
    const latin1 = await post(JSON.stringify({ name: 'x' }), {
      'content-type': 'application/json; charset=latin1',
    });
    expect(latin1.status).toBe(415);
    expect(latin1.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const brotliish = await post(JSON.stringify({ name: 'x' }), { 'content-encoding': 'zstd-x' });
    expect(brotliish.status).toBe(415);
    const corrupt = await post(Buffer.from('not gzip at all'), { 'content-encoding': 'gzip' });
    expect(corrupt.status).toBe(400);
    const plain = await post(JSON.stringify({ name: 'x' }), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
  });

  it('answers 400 to a malformed percent-encoding in a path', async () => {
    const api = await fetch(`${url}/api/things/%E0%A4%A`);
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe(
      'VALIDATION_FAILED',
    );
    const page = await fetch(`${url}/operator/%E0%A4%A`);
    expect(page.status).toBeLessThan(500);
  });

  it('answers 400 to JSON that is not JSON', async () => {
    const res = await post('{"name":');
    expect(res.status).toBe(400);
  });

  it('writes the answer status on every access log line', async () => {
    await fetch(`${url}/api/things/a`);
    await post('{"name":');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const access = lines
      .map((l) => JSON.parse(l) as { res?: { statusCode: number | null }; req?: { url: string } })
      .filter((l) => l.res);
    expect(access.length).toBeGreaterThan(0);
    for (const line of access) expect(line.res?.statusCode).toEqual(expect.any(Number));
    expect(access.map((l) => l.res?.statusCode)).toEqual(expect.arrayContaining([200, 400]));
  });
});
