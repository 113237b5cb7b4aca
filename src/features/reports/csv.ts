/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes
 * doubled, lines end in CRLF. A cell a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`) is prefixed with a quote, unless it is a plain number.
 * The byte order mark lets Excel read the Turkish letters as UTF-8.
 */
export function toCsv<Row extends Record<string, unknown>>(
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): string {
  const lines = [columns.map(cell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
