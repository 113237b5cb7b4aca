/**
 * The shape of a JSON value: object keys (sorted) and value types, arrays by
 * their first element. Compares a fake's answer with a recorded one while
 * ignoring the values.
 */
export function jsonShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [jsonShape(value[0])] : [];
  if (value === null) return 'null';
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, jsonShape((value as Record<string, unknown>)[k])]),
    );
  }
  return typeof value;
}
