import { z } from 'zod';

export const expiringQuery = z.object({
  /** Records whose validity ends from today to this many days ahead. */
  withinDays: z.coerce.number().int().min(1).max(365).default(30),
  serviceId: z.string().min(1).max(50).optional(),
});

export const revokeBody = z.object({ reason: z.string().trim().min(3).max(300) });

export const eligibilityRecordView = z.object({
  id: z.uuid(),
  citizenId: z.uuid(),
  citizenName: z.string(),
  serviceId: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  basis: z.string(),
  disabilityRate: z.number().nullable(),
  documentRef: z.string().nullable(),
  /** Who granted it (display name), and when. */
  grantedBy: z.string().nullable(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type EligibilityRecordView = z.infer<typeof eligibilityRecordView>;
