import type { ZodType } from 'zod';
import { AppError } from '../domain/errors.js';
import { type Lang, translateSchemaMessage, zodErrorMap } from './i18n.js';

/**
 * Parses untrusted input with a zod schema; a failure becomes a 400 naming
 * each bad field (`body.pickup.lat`) with the reason in the caller's language.
 */
export function parseInput<T>(schema: ZodType<T>, input: unknown, lang: Lang, where: string): T {
  const result = schema.safeParse(input, { error: zodErrorMap[lang] });
  if (result.success) return result.data;
  throw new AppError(
    'VALIDATION_FAILED',
    {},
    result.error.issues.map((issue) => ({
      field: [where, ...issue.path.map(String)].join('.'),
      message: translateSchemaMessage(issue.message, lang),
    })),
  );
}
