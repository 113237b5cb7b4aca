/**
 * KVKK: national ID numbers, phone numbers, names and health data never reach
 * the logs. Keys are masked by name; free text is scanned for digit runs that
 * look like an ID or a phone number.
 */
const SENSITIVE_KEYS = new Set([
  'nationalid',
  'national_id',
  'phone',
  'password',
  'password_hash',
  'passwordhash',
  'authorization',
  'cookie',
  'token',
  'accesstoken',
  'refreshtoken',
  'fullname',
  'full_name',
  'notes',
  'idempotency-key',
]);

// 11-digit IDs, and phone numbers written with spaces, dashes, dots or a +90 prefix.
// Dates (8 digits) and times stay readable: an ID or a phone number has 10 or more.
const DIGIT_RUN = /\+?\d[\d\s().-]{8,}\d/g;

export function maskText(text: string): string {
  return text.replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/\D/g, '');
    if (digits.length < 10) return run;
    return `[masked …${digits.slice(-2)}]`;
  });
}

export function maskPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[deep]';
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, depth + 1));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if (value instanceof Error) {
      return {
        type: value.name,
        message: maskText(value.message),
        stack: value.stack && maskText(value.stack),
      };
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = SENSITIVE_KEYS.has(key.toLowerCase())
        ? '[masked]'
        : maskPersonalData(inner, depth + 1);
    }
    return out;
  }
  return value;
}
