import { z } from 'zod';

const isoDate = z.iso.date();

/** An operator asks, on a citizen's page, for an eligibility a supervisor then decides. */
export const eligibilityRequestBody = z
  .object({
    serviceId: z.string().min(1).max(50),
    /** What the request rests on: a social inspection, a disability record, a discharge note. */
    basis: z.string().trim().min(1).max(200),
    disabilityRate: z.number().int().min(0).max(100).optional(),
    documentRef: z.string().trim().min(1).max(100).optional(),
    /** The validity the operator asks for; the supervisor may change it when granting. */
    validFrom: isoDate,
    validUntil: isoDate,
    note: z.string().trim().min(1).max(500).optional(),
  })
  .refine((e) => e.validUntil >= e.validFrom, { message: 'i18n:date-order', path: ['validUntil'] });
export type EligibilityRequestInput = z.output<typeof eligibilityRequestBody>;

/** The decider may grant as asked, or change the validity, basis or document. */
export const grantRequestBody = z
  .object({
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
    basis: z.string().trim().min(1).max(200).optional(),
    disabilityRate: z.number().int().min(0).max(100).optional(),
    documentRef: z.string().trim().min(1).max(100).optional(),
  })
  .refine((e) => !e.validFrom || !e.validUntil || e.validUntil >= e.validFrom, {
    message: 'i18n:date-order',
    path: ['validUntil'],
  });
export type GrantRequestInput = z.output<typeof grantRequestBody>;

export const refuseRequestBody = z.object({ reason: z.string().trim().min(3).max(300) });

export const REQUEST_STATUSES = ['open', 'granted', 'declined'] as const;

export const eligibilityRequestsQuery = z.object({
  status: z.enum(REQUEST_STATUSES).default('open'),
});

export const eligibilityRequestView = z.object({
  id: z.uuid(),
  citizenId: z.uuid(),
  citizenName: z.string(),
  serviceId: z.string(),
  /** `open` until a supervisor or administrator grants it or refuses it (`declined`). */
  status: z.enum(REQUEST_STATUSES),
  basis: z.string().nullable(),
  disabilityRate: z.number().nullable(),
  documentRef: z.string().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  note: z.string().nullable(),
  /** Who asked (display name) and as what: an operator, or the citizen themselves (`citizen`). */
  requestedBy: z.string(),
  requestedByRole: z.string(),
  createdAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Why it was refused. */
  decisionReason: z.string().nullable(),
  /** The eligibility a grant created. */
  eligibilityId: z.uuid().nullable(),
});
export type EligibilityRequestView = z.infer<typeof eligibilityRequestView>;
