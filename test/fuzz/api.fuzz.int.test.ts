import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../support/service-harness.js';

type Json = Record<string, unknown>;

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => void;

/** Runs per operation and kind of fault; FUZZ_RUNS=1000 for a long night. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string; schema: Json }[];
  body?: Json;
  roles: string[] | 'public';
}

/**
 * Fuzzing from the OpenAPI document: for every operation, fast-check sends
 * bodies, queries, headers and paths the document refuses (each checked so
 * with Ajv), and strings no parser likes (NUL, malformed percent-encoding,
 * huge, deep). The server must answer every one with a 4xx, never a 5xx, and
 * the database must be the same afterwards: a refused call writes nothing.
 */
describe('the API under malformed input generated from its OpenAPI document', () => {
  let t: TestService;
  let operations: Operation[];
  const tokens: Record<string, string> = {};
  let ajv: Ajv2020;
  let ajvParams: Ajv2020;

  beforeAll(async () => {
    t = await startTestService('pglite');
    const document = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as Json;
    const components = JSON.parse(
      JSON.stringify(document.components).replaceAll(
        '"#/components/',
        '"openapi.json#/components/',
      ),
    ) as Json;
    ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi.json', components });
    // Query and path values arrive as text: numbers in them count as numbers.
    ajvParams = new Ajv2020({ strict: false, coerceTypes: true });
    addFormats(ajvParams);
    ajvParams.addSchema({ $id: 'openapi.json', components });
    operations = [];
    for (const [path, item] of Object.entries(
      document.paths as Record<string, Record<string, Json>>,
    ))
      for (const [method, op] of Object.entries(item)) {
        const forbidden = ((op.responses as Record<string, Json>)['403']?.description ??
          '') as string;
        const roles = /Allowed roles: ([\w, -]+)/.exec(forbidden)?.[1]?.split(', ');
        operations.push({
          method: method.toUpperCase(),
          path,
          params: (op.parameters ?? []) as Operation['params'],
          body: (
            (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined
          )?.['application/json']?.schema as Json | undefined,
          roles: (op.security as unknown[]).length === 0 ? 'public' : (roles ?? ['admin']),
        });
      }
    tokens.admin = await t.login('admin');
    tokens.operator = await t.login('operator');
    tokens.supervisor = await t.login('supervisor');
    tokens.driver = await t.login('surucu1');
  });
  afterAll(async () => {
    await t?.close();
  });

  const rebase = (schema: Json) =>
    JSON.parse(
      JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/'),
    ) as Json;
  const validators = new Map<Json, ValidateFunction>();
  const accepts = (schema: Json, value: unknown, params = false) => {
    let validate = validators.get(schema);
    if (!validate) {
      validate = (params ? ajvParams : ajv).compile(rebase(schema));
      validators.set(schema, validate);
    }
    return validate(structuredClone(value));
  };

  /** Digest of every table: rows counted and hashed, so a single changed field shows. */
  async function databaseDigest(): Promise<Record<string, string>> {
    const tables = await t.service.db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const digest: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await t.service.db.query<{ n: string; h: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(r::text, '|' ORDER BY r::text)) AS h FROM "${name}" r`,
      );
      digest[name] = `${row?.n}:${row?.h}`;
    }
    return digest;
  }

  // Text no parser likes.
  const nasty = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '\u0000',
      'a\u0000b',
      '%',
      '%zz',
      '%c0%ae',
      '../../etc/passwd',
      '🚑',
      '\uD800',
      ' ',
    ),
    fc.string({ minLength: 2000, maxLength: 3000 }),
    fc.integer().map(String),
  );
  const anyJson = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(nasty, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
    fc.constant({ ['__proto__']: { admin: true } }),
    fc
      .integer({ min: 50, max: 200 })
      .map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth))),
  );

  /** A body the document refuses: anything, or its own fields with values of the wrong kind. */
  function badBody(op: Operation): fc.Arbitrary<unknown> {
    const schema = op.body ?? { type: 'object', additionalProperties: false };
    const names = Object.keys(((resolve(schema).properties ?? {}) as Json) ?? {});
    const ownFields =
      names.length > 0
        ? fc.dictionary(fc.constantFrom(...names), fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 })), {
            minKeys: 1,
            maxKeys: names.length,
          })
        : anyJson;
    return fc.oneof(anyJson, ownFields).filter((body) => !accepts(schema, body));
  }

  function resolve(schema: Json): Json {
    if (typeof schema.$ref !== 'string') return schema;
    const name = schema.$ref.split('/').at(-1) ?? '';
    const compiled = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
    return (compiled?.schema ?? {}) as Json;
  }

  function tokenFor(op: Operation): string | undefined {
    if (op.roles === 'public') return undefined;
    const role = ['admin', 'operator', 'supervisor', 'driver'].find((r) => op.roles.includes(r));
    return tokens[role ?? 'admin'];
  }

  function pathWith(op: Operation, values: Record<string, string>): string {
    return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? 'x');
  }

  async function send(
    op: Operation,
    parts: { path?: string; query?: string; headers?: Record<string, string>; body?: string },
  ) {
    const token = tokenFor(op);
    const response = await fetch(
      `${t.url}/api${parts.path ?? pathWith(op, {})}${parts.query ?? ''}`,
      {
        method: op.method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(parts.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...parts.headers,
        },
        ...(parts.body !== undefined && op.method !== 'GET' ? { body: parts.body } : {}),
      },
    );
    const text = await response.text();
    return { status: response.status, text };
  }

  const failures: string[] = [];
  const expectRefused = (what: string, answer: { status: number; text: string }) => {
    if (answer.status >= 500 || answer.status < 400) {
      const failure = `${what} → ${answer.status} ${answer.text.slice(0, 200)}`;
      failures.push(failure);
      throw new Error(failure);
    }
    return true;
  };

  it(`refuses every malformed body, query, header and path with a 4xx and writes nothing (seed ${SEED})`, async () => {
    const before = await databaseDigest();
    let sent = 0;
    let readsAnswered = 0;
    for (const op of operations) {
      const validPath = (values: Record<string, string> = {}) =>
        pathWith(
          op,
          Object.fromEntries(
            op.params
              .filter((p) => p.in === 'path')
              .map((p) => [p.name, values[p.name] ?? sampleOf(p.schema)]),
          ),
        );
      const what = `${op.method} ${op.path}`;

      // Bodies the document refuses (every route: a body where none is taken must not hurt either).
      if (op.method !== 'GET')
        await fc.assert(
          fc.asyncProperty(badBody(op), async (body) => {
            sent++;
            return expectRefused(
              `${what} body ${JSON.stringify(body).slice(0, 120)}`,
              await send(op, { path: validPath(), body: JSON.stringify(body) }),
            );
          }),
          { numRuns: RUNS, seed: SEED },
        );

      // Each query and path parameter given a value its schema refuses.
      for (const param of op.params.filter((p) => p.in === 'query' || p.in === 'path')) {
        await fc.assert(
          fc.asyncProperty(
            // Well-formed text only: a lone surrogate reaches the server as other text (the raw case is below).
            nasty.filter(
              (value) => !/[\uD800-\uDFFF]/.test(value) && !accepts(param.schema, value, true),
            ),
            async (value) => {
              sent++;
              const encoded = encodeURIComponent(value);
              const answer =
                param.in === 'path'
                  ? await send(op, {
                      path: validPath({ [param.name]: encoded }),
                      body: op.body ? '{}' : undefined,
                    })
                  : await send(op, {
                      path: validPath(),
                      query: `?${param.name}=${encoded}`,
                      body: op.body ? '{}' : undefined,
                    });
              return expectRefused(
                `${what} ${param.in} ${param.name}=${value.slice(0, 80)}`,
                answer,
              );
            },
          ),
          { numRuns: RUNS, seed: SEED },
        );
      }

      // Raw malformed percent-encoding in the path, where the router decodes it.
      if (op.path.includes('{'))
        for (const raw of ['%', '%zz', '%E0%A4%A', '%00'])
          expectRefused(
            `${what} raw path ${raw}`,
            await send(op, {
              path: validPath(
                Object.fromEntries(
                  op.params.filter((p) => p.in === 'path').map((p) => [p.name, raw]),
                ),
              ),
            }),
          );

      // Headers: encodings, charsets, content types, tokens and keys nobody should send.
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            'content-type': fc.constantFrom(
              'application/json; charset=latin1',
              'application/json; charset=utf-16',
              'text/plain',
              'application/x-www-form-urlencoded',
              'application/json',
            ),
            'content-encoding': fc.constantFrom(
              'gzip',
              'br',
              'zstd',
              'x-nonsense',
              'identity, gzip',
            ),
            authorization: fc.oneof(
              fc.constant(`Bearer ${tokenFor(op) ?? 'x'}`),
              fc.constantFrom(
                'Bearer',
                'Bearer ',
                'Basic YWRtaW46eW9sZGFz',
                'Bearer a.b.c',
                `Bearer ${'A'.repeat(5000)}`,
              ),
            ),
            'idempotency-key': fc.oneof(
              fc.constant('short'),
              fc
                .string({ minLength: 101, maxLength: 300 })
                .map((s) => s.replace(/[^\x21-\x7e]/g, 'k')),
            ),
            'accept-language': fc.constantFrom('tr', 'en', '*', 'xx-YY;q=abc', ''),
          }),
          badBody(op),
          async (headers, body) => {
            sent++;
            const answer = await send(op, {
              path: validPath(),
              headers,
              body: op.method === 'GET' ? undefined : JSON.stringify(body),
            });
            // A GET with only odd headers may rightly succeed; it must never fail the server.
            if (op.method === 'GET') {
              if (answer.status < 300) readsAnswered++;
              if (answer.status >= 500)
                failures.push(`${what} headers ${JSON.stringify(headers)} → ${answer.status}`);
              return answer.status < 500;
            }
            return expectRefused(
              `${what} headers ${JSON.stringify(headers).slice(0, 160)}`,
              answer,
            );
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    }
    expect(failures).toEqual([]);
    // Only the reads that succeeded (a GET with odd but harmless headers) may add
    // their audit entries; every other table is exactly as it was.
    const after = await databaseDigest();
    const audited = (digest: Record<string, string>) =>
      Number(digest.audit_log?.split(':')[0] ?? 0);
    expect(audited(after) - audited(before)).toBeLessThanOrEqual(readsAnswered);
    expect({ ...after, audit_log: '' }).toEqual({ ...before, audit_log: '' });
    expect(sent).toBeGreaterThan(operations.length * RUNS);
    // Speed is for benchmarks: room for a busy machine, never a timed assertion.
  }, 240_000);
});

/** A value the schema takes, to keep the other parts of a request valid while one is fuzzed. */
function sampleOf(schema: Json): string {
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (schema.format === 'date') return '2099-01-01';
  if (schema.format === 'date-time') return '2099-01-01T10:00:00Z';
  if (Array.isArray(schema.enum)) return String(schema.enum[0]);
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
  return 'fuzz-value';
}
