import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
} from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ERROR_CODES, statusOf } from './errors.js';
import { CHOICE, nameSchemas } from './openapi-names.js';
import type { RouteDefinition } from './route.js';

/**
 * The OpenAPI document a third party codes against, made from the routes'
 * own zod schemas. What zod cannot say (which headers a handler sets, which
 * error codes a status carries) is added here, next to the rule that makes it.
 */

/** The body of every error answer (see errorBody in errors.ts): one component, codes per operation. */
export const errorBodySchema = z
  .object({
    error: z
      .object({
        code: z.enum(ERROR_CODES).meta({ id: 'ErrorCode' }),
        message: z.string().meta({ description: "In the caller's language (Accept-Language)" }),
        issues: z
          .array(
            z
              .object({
                field: z.string().meta({ description: 'e.g. `body.pickup.lat`' }),
                message: z.string(),
              })
              .strict(),
          )
          .optional(),
        params: z
          .record(z.string(), z.union([z.string(), z.number()]))
          .optional()
          .meta({ description: 'The values behind the message, for programs' }),
        requestId: z
          .string()
          .optional()
          .meta({ description: 'The X-Request-Id of the answer, to find it in the log' }),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'Error' });

/** Response headers that a handler sets itself (the route table cannot see them), by operationId. */
const HANDLER_HEADERS: Record<string, Partial<Record<number, string[]>>> = {
  createBooking: { 200: ['Location'], 201: ['Location'], 202: ['Location'] },
};

const HEADERS = {
  'X-Request-Id': {
    description:
      'Identifies the request in the log: the caller’s own X-Request-Id when it is 8–64 word characters, else a new uuid',
    schema: { type: 'string' },
  },
  Location: {
    description: 'Where the booking can be read again: `/api/bookings/{id}`',
    schema: { type: 'string' },
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again',
    schema: { type: 'string', pattern: '^\\d+$' },
  },
} as const;

export function createRegistry(): OpenAPIRegistry {
  nameSchemas();
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'Access token from POST /auth/login (valid for minutes; renew with POST /auth/refresh)',
  });
  for (const [name, header] of Object.entries(HEADERS))
    registry.registerComponent('headers', name, { ...header });
  return registry;
}

/** `post /bookings/:id/cancel` → `cancelBooking`; stable, so integrators may rely on it. */
export function operationIdOf(
  route: Pick<RouteDefinition, 'method' | 'path' | 'response' | 'successStatus'>,
): string {
  const segments = route.path.split('/').filter(Boolean);
  const words: string[] = [];
  segments.forEach((segment, i) => {
    if (segment.startsWith(':')) return;
    const followedByParam = segments[i + 1]?.startsWith(':') ?? false;
    words.push(followedByParam ? singular(segment) : segment);
  });
  const last = segments.at(-1) ?? '';
  const endsWithParam = last.startsWith(':');
  const isArray = route.response instanceof z.ZodArray;
  const pascal = (list: string[]) => list.map(pascalCase).join('');
  switch (route.method) {
    case 'get':
      return (isArray ? 'list' : 'get') + pascal(words);
    case 'patch':
    case 'put':
      return `update${pascal(words)}`;
    case 'delete':
      return `delete${pascal(words)}`;
    default: {
      if ((route.successStatus ?? 200) === 201)
        return `create${pascal([...words.slice(0, -1), singular(words.at(-1) ?? '')])}`;
      // An action on an item (`/bookings/:id/cancel`): the verb first.
      if (!endsWithParam && segments.at(-2)?.startsWith(':'))
        return camelCase(last) + pascal(words.slice(0, -1));
      return (
        camelCase(words[0] ?? '') +
        pascal([...words.slice(1, -1), singular(words.at(-1) ?? '')].filter(Boolean))
      );
    }
  }
}

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
function pascalCase(word: string): string {
  return word
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
function camelCase(word: string): string {
  const pascal = pascalCase(word);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** The error codes an answer of this status can carry. */
function codesWithStatus(status: number): string[] {
  return ERROR_CODES.filter((code) => statusOf(code) === status);
}

function errorResponse(status: number, description: string): ResponseConfig {
  const codes = codesWithStatus(status);
  return {
    description: `${description}. Codes: ${codes.map((c) => `\`${c}\``).join(', ')}`,
    headers: {
      'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
      ...(status === 429 ? { 'Retry-After': { $ref: '#/components/headers/Retry-After' } } : {}),
    },
    content: {
      'application/json': {
        schema: {
          allOf: [
            { $ref: '#/components/schemas/Error' },
            {
              type: 'object',
              properties: { error: { type: 'object', properties: { code: { enum: codes } } } },
            },
          ],
        },
      },
    },
  };
}

/** Registers one route: its input, every status it answers, the headers and the error codes. */
export function documentRoute(registry: OpenAPIRegistry, route: RouteDefinition): void {
  const operationId = operationIdOf(route);
  const success = route.successStatus ?? 200;
  const headersOf = (status: number) => {
    const names = ['X-Request-Id', ...(HANDLER_HEADERS[operationId]?.[status] ?? [])];
    return Object.fromEntries(
      names.map((name) => [name, { $ref: `#/components/headers/${name}` }]),
    );
  };
  const successResponse = (status: number, description: string): ResponseConfig => ({
    description,
    headers: headersOf(status),
    ...(route.response ? { content: { 'application/json': { schema: route.response } } } : {}),
  });

  const responses: Record<string, ResponseConfig> = {
    [success]: successResponse(success, route.response ? 'Success' : 'Done; no body'),
    400: errorResponse(
      400,
      'Invalid input: `error.issues` names each field (`body.pickup.lat`) and the reason',
    ),
  };
  if (route.roles !== 'public') {
    responses[401] = errorResponse(401, 'Not logged in, or the access token expired');
    responses[403] = errorResponse(403, `Allowed roles: ${route.roles.join(', ')}`);
  }
  // Transport faults of a body (too large, not JSON in UTF-8) have their own codes once the server names them.
  if (route.body)
    for (const status of [413, 415])
      if (codesWithStatus(status).length > 0)
        responses[status] = errorResponse(
          status,
          status === 413 ? 'Body too large' : 'Unsupported body encoding',
        );
  for (const [code, description] of Object.entries(route.otherResponses ?? {})) {
    const status = Number(code);
    // Another success of the same operation answers the same body (e.g. a replayed booking).
    responses[code] =
      status < 300 ? successResponse(status, description) : errorResponse(status, description);
  }
  responses[500] = errorResponse(500, 'Unexpected fault: the log has it under `error.requestId`');

  registry.registerPath({
    method: route.method,
    path: route.path.replace(/:(\w+)/g, '{$1}'),
    operationId,
    summary: route.summary,
    tags: [route.tag],
    // Public routes say so explicitly: an empty requirement, not an absent one.
    security: route.roles === 'public' ? [] : [{ bearerAuth: [] }],
    request: {
      ...(route.params ? { params: route.params } : {}),
      ...(route.query ? { query: route.query } : {}),
      ...(route.headers ? { headers: route.headers } : {}),
      ...(route.body
        ? { body: { required: true, content: { 'application/json': { schema: route.body } } } }
        : {}),
    },
    responses,
  });
}

export interface DocumentOptions {
  /** The absolute URL of the API (`https://yoldas.example/api`), listed first among the servers. */
  serverUrl?: string;
}

type JsonObject = Record<string, unknown>;

export function openApiDocument(registry: OpenAPIRegistry, options: DocumentOptions = {}) {
  const definitions: OpenAPIRegistry['definitions'] = [
    ...registry.definitions,
    { type: 'schema', schema: errorBodySchema },
  ];
  const document = new OpenApiGeneratorV31(definitions, {
    // Every union the API takes is of exclusive shapes (strict objects, a discriminator, types).
    unionPreferredType: 'oneOf',
    sortComponents: 'alphabetically',
  }).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Yoldaş API',
      version: '0.1.0',
      description:
        'Booking, fleet and dispatch API for municipal door-to-door transport. Errors answer the `Error` schema (`{ error: { code, message, issues[], params, requestId } }`) in Turkish or English by Accept-Language; each answer lists the codes it can carry. Realtime updates come over Socket.IO at /socket.io (auth: `{ token }`): see the AsyncAPI document at /api/asyncapi.json and its page at /api/docs/realtime.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Yoldas-Proprietary' },
    },
    servers: [
      ...(options.serverUrl ? [{ url: options.serverUrl, description: 'This server' }] : []),
      { url: '/api', description: 'Relative to the host serving this document' },
    ],
  });
  nameInlineBodies(document as unknown as JsonObject);
  closeRequestObjects(document as unknown as JsonObject);
  expandChoices(document as unknown as JsonObject);
  const components = document.components ?? {};
  components.schemas = Object.fromEntries(
    Object.entries(components.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b)),
  );
  return document;
}

/**
 * The server refuses keys a body's schema does not name, at any depth
 * (validate.ts, strict): every object a request body reaches says so, unless
 * it is a map (`additionalProperties` already set) or one part of an `allOf`.
 */
function closeRequestObjects(document: JsonObject): void {
  const schemas = ((document.components as JsonObject).schemas ?? {}) as Record<string, JsonObject>;
  const seen = new Set<JsonObject>();
  const close = (schema: unknown, inAllOf = false): void => {
    if (typeof schema !== 'object' || schema === null || seen.has(schema as JsonObject)) return;
    const node = schema as JsonObject;
    seen.add(node);
    if (typeof node.$ref === 'string') {
      close(schemas[node.$ref.replace('#/components/schemas/', '')]);
      return;
    }
    if (node.type === 'object' && node.additionalProperties === undefined && !inAllOf)
      node.additionalProperties = false;
    for (const value of Object.values((node.properties ?? {}) as JsonObject)) close(value);
    close(node.items);
    if (typeof node.additionalProperties === 'object') close(node.additionalProperties);
    for (const key of ['oneOf', 'anyOf'] as const)
      for (const option of (node[key] ?? []) as unknown[]) close(option);
    for (const part of (node.allOf ?? []) as unknown[]) close(part, true);
  };
  for (const item of Object.values((document.paths ?? {}) as Record<string, JsonObject>))
    for (const operation of Object.values(item) as JsonObject[]) {
      const content = (operation.requestBody as JsonObject | undefined)?.content as
        | Record<string, JsonObject>
        | undefined;
      close(content?.['application/json']?.schema);
    }
}

/**
 * A schema with a choice (openapi-names.ts, CHOICE) becomes one closed object
 * per branch: for `oneOf` each branch names only its own choice among the
 * choice's properties (so two at once match no branch); for `anyOf` each
 * branch requires its set and allows the rest.
 */
function expandChoices(document: JsonObject): void {
  const schemas = ((document.components as JsonObject).schemas ?? {}) as Record<string, JsonObject>;
  for (const [name, schema] of Object.entries(schemas)) {
    const choice = schema[CHOICE] as { oneOf?: string[][]; anyOf?: string[][] } | undefined;
    if (!choice) continue;
    const {
      [CHOICE]: _choice,
      properties,
      required,
      type: _type,
      additionalProperties,
      ...rest
    } = schema;
    const all = (properties ?? {}) as JsonObject;
    const kind = choice.oneOf ? 'oneOf' : 'anyOf';
    const sets = choice.oneOf ?? choice.anyOf ?? [];
    const chosen = new Set(sets.flat());
    schemas[name] = {
      ...rest,
      [kind]: sets.map((set) => ({
        type: 'object',
        properties:
          kind === 'oneOf'
            ? Object.fromEntries(
                Object.entries(all).filter(([key]) => !chosen.has(key) || set.includes(key)),
              )
            : all,
        required: [...((required as string[] | undefined) ?? []), ...set],
        additionalProperties: additionalProperties ?? false,
      })),
    };
  }
}

/**
 * Gives every request and response body a component name (`CreateBookingRequest`,
 * `ListHolidaysResponse`) so a generated client has a type to name; bodies that
 * are already a named schema, or a list of one, stay as they are.
 */
function nameInlineBodies(document: JsonObject): void {
  const components = (document.components ?? {}) as JsonObject;
  const schemas = (components.schemas ?? {}) as JsonObject;
  components.schemas = schemas;
  document.components = components;
  const isNamed = (schema: JsonObject) =>
    typeof schema.$ref === 'string' ||
    (schema.type === 'array' &&
      typeof (schema.items as JsonObject | undefined)?.$ref === 'string') ||
    Array.isArray(schema.allOf);
  const name = (base: string, schema: JsonObject) => {
    const existing = schemas[base];
    if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(schema))
      throw new Error(`OpenAPI component ${base} named twice with different shapes`);
    schemas[base] = schema;
    return { $ref: `#/components/schemas/${base}` };
  };
  for (const item of Object.values((document.paths ?? {}) as Record<string, JsonObject>)) {
    for (const operation of Object.values(item) as JsonObject[]) {
      const id = pascalCase(String(operation.operationId));
      const body = (operation.requestBody as JsonObject | undefined)?.content as
        | Record<string, JsonObject>
        | undefined;
      const json = body?.['application/json'];
      if (json?.schema && !isNamed(json.schema as JsonObject))
        json.schema = name(`${id}Request`, json.schema as JsonObject);
      for (const [status, response] of Object.entries(
        (operation.responses ?? {}) as Record<string, JsonObject>,
      )) {
        if (!status.startsWith('2')) continue;
        const media = (response.content as Record<string, JsonObject> | undefined)?.[
          'application/json'
        ];
        if (media?.schema && !isNamed(media.schema as JsonObject))
          media.schema = name(`${id}Response`, media.schema as JsonObject);
      }
    }
  }
}
