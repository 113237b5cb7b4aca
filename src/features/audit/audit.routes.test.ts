import { describe, expect, it } from 'vitest';
import { toCsv } from './audit.routes.js';
import type { AuditEntryView } from './audit.schema.js';

const entry = (over: Partial<AuditEntryView>): AuditEntryView => ({
  id: 1,
  at: '2026-01-02T03:04:05.000Z',
  userId: null,
  username: 'operator',
  role: 'operator',
  action: 'booking.read',
  entity: 'booking',
  entityId: null,
  citizenId: null,
  details: null,
  ...over,
});

describe('the audit CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv([entry({ details: { reason: 'a, "b"\nc' } })]);
    const [, row] = csv.split('\r\n');
    expect(row).toContain('"{""reason"":""a, \\""b\\""\\nc""}"');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    const csv = toCsv([entry({ username: '=HYPERLINK("http://x")', action: '+1', entity: '@a' })]);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(",'+1,'@a,");
  });
});
