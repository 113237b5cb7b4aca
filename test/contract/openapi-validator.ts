import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => void;

/** Response headers that belong to the API contract: when the server sends one, the document must declare it. */
const CONTRACT_HEADERS = [
  'location',
  'retry-after',
  'x-request-id',
  'ratelimit',
  'ratelimit-policy',
];

export interface Answer {
  method: string;
  /** The document's path template (`/bookings/{id}`). */
  path: string;
  status: number;
  headers: Headers;
  /** The body as text ('' when none). */
  text: string;
}

/**
 * Checks an answer against the OpenAPI document as an integrator would: the
 * status is documented for the operation, the body validates against its
 * schema with Ajv (JSON Schema 2020-12, formats checked), a documented
 * header is present and a contract header sent is documented.
 */
export function createAnswerValidator(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The document's `#/components/...` references, made absolute to one schema holding the components.
  const rebased = JSON.parse(
    JSON.stringify(document.components).replaceAll('"#/components/', '"openapi.json#/components/'),
  ) as Json;
  ajv.addSchema({ $id: 'openapi.json', components: rebased });
  const compiled = new Map<string, ValidateFunction>();
  const paths = document.paths as Record<string, Record<string, Json>>;
  const headerComponents = (document.components as Json).headers as Record<string, Json>;

  return function problemsOf(answer: Answer): string[] {
    const where = `${answer.method.toUpperCase()} ${answer.path} → ${answer.status}`;
    const operation = paths[answer.path]?.[answer.method.toLowerCase()];
    if (!operation) return [`${where}: no such operation in the document`];
    const responses = operation.responses as Record<string, Json>;
    const response = responses[String(answer.status)] ?? responses.default;
    if (!response)
      return [`${where}: status not documented (has ${Object.keys(responses).join(', ')})`];
    const problems: string[] = [];
    const declared = Object.fromEntries(
      Object.entries((response.headers ?? {}) as Record<string, Json>).map(([name, header]) => [
        name.toLowerCase(),
        typeof header.$ref === 'string'
          ? headerComponents[header.$ref.split('/').at(-1) ?? '']
          : header,
      ]),
    );
    for (const name of Object.keys(declared))
      if (!answer.headers.has(name)) problems.push(`${where}: documented header ${name} missing`);
    for (const name of CONTRACT_HEADERS)
      if (answer.headers.has(name) && !(name in declared))
        problems.push(`${where}: header ${name} sent but not documented`);

    const media = (response.content as Record<string, Json> | undefined)?.['application/json'];
    if (!media) {
      if (answer.text !== '') problems.push(`${where}: a body sent where none is documented`);
      return problems;
    }
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return [...problems, `${where}: body is not JSON: ${answer.text.slice(0, 100)}`];
    }
    const key = `${answer.method} ${answer.path} ${answer.status}`;
    let validate = compiled.get(key);
    if (!validate) {
      const schema = JSON.parse(
        JSON.stringify(media.schema).replaceAll('"#/components/', '"openapi.json#/components/'),
      ) as Json;
      validate = ajv.compile(schema);
      compiled.set(key, validate);
    }
    if (!validate(body))
      problems.push(
        `${where}: body does not match the document: ${ajv.errorsText(validate.errors, { separator: '; ' })}`,
      );
    return problems;
  };
}
