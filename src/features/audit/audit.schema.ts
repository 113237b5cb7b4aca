import { z } from 'zod';

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** The administrator's search of the audit log; every filter optional, newest first. */
export const auditSearchQuery = z
  .object({
    userId: z.uuid().optional(),
    citizenId: z.uuid().optional(),
    /** An exact action (`booking.read`) or a prefix ending in a dot (`booking.`). */
    action: z
      .string()
      .regex(/^[a-z][a-z0-9.-]{0,79}$/)
      .optional(),
    from: instant.optional(),
    to: instant.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    /** The `nextCursor` of the previous page. */
    cursor: z.coerce.number().int().min(1).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, {
    message: 'i18n:date-order',
    path: ['to'],
  });
export type AuditSearch = z.output<typeof auditSearchQuery>;

/** The CSV export takes the same filters and no page: up to its row limit, newest first. */
export const auditExportQuery = z
  .object({
    userId: z.uuid().optional(),
    citizenId: z.uuid().optional(),
    action: z
      .string()
      .regex(/^[a-z][a-z0-9.-]{0,79}$/)
      .optional(),
    from: instant.optional(),
    to: instant.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, {
    message: 'i18n:date-order',
    path: ['to'],
  });

export const auditEntryView = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  userId: z.uuid().nullable(),
  username: z.string().nullable(),
  role: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  citizenId: z.uuid().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;

export const auditPage = z.object({
  entries: z.array(auditEntryView),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.number().int().nullable(),
});
