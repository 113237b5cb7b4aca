import { type ZodType, z } from 'zod';
import { AppError, type FieldIssue } from '../domain/errors.js';
import { type Lang, translateSchemaMessage, zodErrorMap } from './i18n.js';

export interface ParseOptions {
  /**
   * Refuse keys the schema does not name, at any depth, so a caller's typo
   * (`pickupAtt`) is a 400 naming it rather than a silent success.
   */
  strict?: boolean;
}

/**
 * Parses untrusted input with a zod schema; a failure becomes a 400 naming
 * each bad field (`body.pickup.lat`) with the reason in the caller's language.
 * A NUL character anywhere is refused first: PostgreSQL cannot store it.
 */
export function parseInput<T>(
  schema: ZodType<T>,
  input: unknown,
  lang: Lang,
  where: string,
  options: ParseOptions = {},
): T {
  const nul = nulCharacters(input, [where]);
  if (nul.length > 0) throw new AppError('VALIDATION_FAILED', {}, nul);
  const result = (options.strict ? strictDeep(schema) : schema).safeParse(input, {
    error: zodErrorMap[lang],
  });
  if (result.success) return result.data as T;
  throw new AppError(
    'VALIDATION_FAILED',
    {},
    result.error.issues.flatMap((issue) => {
      const path = [where, ...issue.path.map(String)];
      if (issue.code === 'unrecognized_keys')
        return issue.keys.map((key) => ({
          field: [...path, key].join('.'),
          message: translateSchemaMessage('i18n:unknown-field', lang),
        }));
      return [{ field: path.join('.'), message: translateSchemaMessage(issue.message, lang) }];
    }),
  );
}

/** Every string (or key) holding U+0000, by its field path. */
function nulCharacters(value: unknown, path: string[], depth = 0): FieldIssue[] {
  const issue = (at: string[]) => ({ field: at.join('.'), message: 'i18n:nul-character' });
  if (typeof value === 'string') return value.includes('\u0000') ? [issue(path)] : [];
  if (depth > 32 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => nulCharacters(item, [...path, String(i)], depth + 1));
  return Object.entries(value).flatMap(([key, inner]) =>
    key.includes('\u0000')
      ? [issue([...path, key.replaceAll('\u0000', '\\0')])]
      : nulCharacters(inner, [...path, key], depth + 1),
  );
}

const strictCache = new WeakMap<ZodType, ZodType>();

/**
 * The same schema with every object in it strict (unknown keys refused), made
 * once per schema. Objects declared loose (a catchall) stay loose, and both
 * sides of an intersection are left alone: each names only part of the keys.
 */
export function strictDeep<T extends ZodType>(schema: T): T {
  const cached = strictCache.get(schema);
  if (cached) return cached as T;
  const made = makeStrict(schema);
  strictCache.set(schema, made);
  return made as T;
}

// Zod keeps a schema's structure in `_zod.def`; a clone with a changed def keeps
// its checks (refinements) and messages.
type Def = Record<string, unknown> & { type: string };

function makeStrict(schema: ZodType): ZodType {
  const def = schema._zod.def as unknown as Def;
  const inner = (key: string) => strictDeep(def[key] as ZodType);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, ZodType>;
      const strictShape = Object.fromEntries(
        Object.entries(shape).map(([key, value]) => [key, strictDeep(value)]),
      );
      return clone(schema, { ...def, shape: strictShape, catchall: def.catchall ?? z.never() });
    }
    case 'array':
      return clone(schema, { ...def, element: inner('element') });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'catch':
    case 'readonly':
      return clone(schema, { ...def, innerType: inner('innerType') });
    case 'pipe':
      return clone(schema, { ...def, in: inner('in'), out: inner('out') });
    case 'union':
      return clone(schema, {
        ...def,
        options: (def.options as ZodType[]).map((option) => strictDeep(option)),
      });
    case 'record':
      return clone(schema, { ...def, valueType: inner('valueType') });
    case 'tuple':
      return clone(schema, {
        ...def,
        items: (def.items as ZodType[]).map((item) => strictDeep(item)),
      });
    case 'lazy': {
      const getter = def.getter as () => ZodType;
      return clone(schema, { ...def, getter: () => strictDeep(getter()) });
    }
    default:
      return schema;
  }
}

function clone(schema: ZodType, def: Def): ZodType {
  return z.core.clone(schema, def as never) as ZodType;
}
