import { defineRoute, type RouteDefinition } from '../../http/route.js';
import type { Db } from '../../infra/db/database.js';
import {
  type AuditEntryView,
  auditExportQuery,
  auditPage,
  auditSearchQuery,
} from './audit.schema.js';
import { type AuditFilter, createAuditStore } from './audit.store.js';
import { recordAudit } from './audit-log.js';

/** Rows in one CSV export; narrow the time range for more. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
const EXPORT_PAGE = 5_000;

/** The administrator's view of the audit log: search (paged) and a CSV export. */
export function auditRoutes(db: Db): RouteDefinition[] {
  const store = createAuditStore(db);
  return [
    defineRoute({
      method: 'get',
      path: '/audit',
      tag: 'audit',
      summary:
        'Search the audit log by user, citizen, action (exact, or a prefix ending in a dot) and time range; newest first, paged by cursor',
      roles: ['admin'],
      query: auditSearchQuery,
      response: auditPage,
      handler: async ({ query }) => {
        const entries = await store.search(
          { ...filterOf(query), beforeId: query.cursor },
          query.limit + 1,
        );
        const page = entries.slice(0, query.limit);
        const more = entries.length > query.limit;
        return { body: { entries: page, nextCursor: more ? (page.at(-1)?.id ?? null) : null } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/audit.csv',
      tag: 'audit',
      summary: `Export the audit log as CSV with the search's filters (at most ${AUDIT_EXPORT_MAX_ROWS} rows, newest first); the export is itself audited`,
      roles: ['admin'],
      query: auditExportQuery,
      handler: async ({ query, user }) => {
        const filter = filterOf(query);
        const rows: AuditEntryView[] = [];
        let beforeId: number | undefined;
        while (rows.length < AUDIT_EXPORT_MAX_ROWS) {
          const page = await store.search(
            { ...filter, beforeId },
            Math.min(EXPORT_PAGE, AUDIT_EXPORT_MAX_ROWS - rows.length),
          );
          rows.push(...page);
          if (page.length < EXPORT_PAGE) break;
          beforeId = page.at(-1)?.id;
        }
        await recordAudit(db, user, {
          action: 'audit.export',
          entity: 'audit',
          details: { rows: rows.length, filter: { ...query } },
        });
        return {
          text: toCsv(rows),
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="yoldas-audit.csv"',
          },
        };
      },
    }),
  ];
}

function filterOf(q: {
  userId?: string | undefined;
  citizenId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}): AuditFilter {
  return { userId: q.userId, citizenId: q.citizenId, action: q.action, from: q.from, to: q.to };
}

const COLUMNS = [
  'id',
  'at',
  'userId',
  'username',
  'role',
  'action',
  'entity',
  'entityId',
  'citizenId',
  'details',
] as const;

/** RFC 4180 CSV; a cell that a spreadsheet would run as a formula is prefixed with a quote. */
export function toCsv(rows: readonly AuditEntryView[]): string {
  const cell = (value: unknown): string => {
    let text =
      value === null || value === undefined
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [COLUMNS.join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => cell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
