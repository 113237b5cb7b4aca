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
  'note',
  'idempotency-key',
  // health details, and the keyed hashes that single a person out (encrypted at rest, masked here)
  'basis',
  'disabilityrate',
  'disability_rate',
  'documentref',
  'document_ref',
  'phone_hash',
  'national_id_hash',
]);

// 11-digit IDs, and phone numbers written with spaces, dashes, dots or a +90 prefix.
// Dates (8 digits) and times stay readable: an ID or a phone number has 10 or more.
const DIGIT_RUN = /\+?\d[\d\s().-]{8,}\d/g;

// A UUID's digit groups are an id, not a phone number: left as they are.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function maskRuns(text: string): string {
  return text.replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/\D/g, '');
    if (digits.length < 10) return run;
    return `[masked …${digits.slice(-2)}]`;
  });
}

export function maskText(text: string): string {
  if (!/\d/.test(text)) return text;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(UUID)) {
    out += maskRuns(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + maskRuns(text.slice(last));
}

/** Plain data (object literals, parsed JSON, rows): what the masking walks. */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
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
    // A class instance (a raw request or response) is left to its serializer,
    // which keeps only a few masked fields: walking it cost a third of the API's CPU.
    if (!isPlain(value)) return value;
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
