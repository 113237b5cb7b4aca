import { z } from 'zod';

/** An operator stops a citizen's own bookings until a time, with the reason the citizen is told about. */
export const suspendBody = z.object({
  until: z.coerce.date(),
  reason: z.string().trim().min(3).max(500),
});

/** Lifting a suspension early: why. */
export const liftBody = z.object({ reason: z.string().trim().min(3).max(500) });

export const suspensionView = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
  createdByName: z.string(),
});

export const policyEventView = z.object({
  id: z.string(),
  /** A no-show or a late cancel counted, a warning after N in the period, a suspension, a lift. */
  kind: z.enum(['no-show', 'late-cancel', 'warning', 'suspended', 'lifted']),
  serviceId: z.string().nullable(),
  serviceNameTr: z.string().nullable(),
  serviceNameEn: z.string().nullable(),
  bookingId: z.uuid().nullable(),
  /** The ride's pickup window, for a no-show or late cancel. */
  pickupWindowStart: z.string().nullable(),
  reason: z.string().nullable(),
  /** A warning: `{ count, periodDays, lateCancelsCount }`; a suspension: `{ until }`. */
  details: z.record(z.string(), z.unknown()),
  /** `system` for a warning the policy gave. */
  authorRole: z.string(),
  /** Staff names are shown to staff only. */
  authorName: z.string().nullable(),
  at: z.string(),
});

export const policyHistoryView = z.object({
  /** The suspension of self-booking holding now, if any. */
  suspension: suspensionView.nullable(),
  /** The number a suspended citizen is told to call. */
  callCenterPhone: z.string(),
  events: z.array(policyEventView),
});
