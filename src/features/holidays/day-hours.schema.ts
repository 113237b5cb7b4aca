import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'i18n:time-hhmm' });

export const dayHoursParams = z.object({
  /** The local date (Europe/Istanbul). */
  date: z.iso.date(),
  serviceId: z.string().min(1).max(50),
});

/** Closed all day, or open from `opensAt` up to `closesAt` (local `HH:mm`). */
export const dayHoursBody = z
  .object({
    closed: z.boolean(),
    opensAt: hhmm.optional(),
    closesAt: hhmm.optional(),
    /** Why the day differs (shown to operators and administrators), e.g. "Cumhuriyet Bayramı". */
    note: z.string().trim().min(2).max(100).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.closed) {
      for (const field of ['opensAt', 'closesAt'] as const)
        if (b[field] !== undefined)
          ctx.addIssue({ code: 'custom', message: 'i18n:closed-no-hours', path: [field] });
      return;
    }
    for (const field of ['opensAt', 'closesAt'] as const)
      if (b[field] === undefined)
        ctx.addIssue({ code: 'custom', message: 'i18n:hours-required', path: [field] });
    if (b.opensAt && b.closesAt && b.closesAt <= b.opensAt)
      ctx.addIssue({ code: 'custom', message: 'i18n:hours-order', path: ['closesAt'] });
  });
export type DayHoursInput = z.output<typeof dayHoursBody>;

export const dayHoursQuery = z
  .object({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    serviceId: z.string().min(1).max(50).optional(),
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, {
    message: 'i18n:date-order',
    path: ['to'],
  });

export const dayHoursView = z.object({
  date: z.string(),
  serviceId: z.string(),
  closed: z.boolean(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  note: z.string().nullable(),
});
export type DayHoursView = z.infer<typeof dayHoursView>;

export const savedDayHoursView = dayHoursView.extend({
  /** Standing-order rides booked for that day outside the new hours, now cancelled. */
  cancelledBookingIds: z.array(z.uuid()),
});
