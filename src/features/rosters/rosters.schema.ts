import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'i18n:time-hhmm' });

/**
 * A weekly roster line: on these ISO weekdays (1 = Monday … 7 = Sunday) the
 * driver works the vehicle from `startTime` to `endTime`, local time (an end
 * at or before the start is the next morning: a night shift).
 */
export const templateBody = z
  .object({
    driverId: z.uuid(),
    vehicleId: z.uuid(),
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    startTime: hhmm,
    endTime: hhmm,
    /** The break's window, local times inside the shift. */
    breakEarliest: hhmm.optional(),
    breakLatest: hhmm.optional(),
    breakMinutes: z.number().int().min(0).max(120).default(0),
    validFrom: z.iso.date(),
    validUntil: z.iso.date().optional(),
  })
  .refine((t) => !t.validUntil || t.validUntil >= t.validFrom, {
    message: 'i18n:date-order',
    path: ['validUntil'],
  })
  .refine((t) => t.breakMinutes === 0 || (t.breakEarliest && t.breakLatest), {
    message: 'i18n:break-window',
    path: ['breakEarliest'],
  });
export type TemplateInput = z.output<typeof templateBody>;

export const generateBody = z.object({
  /** How many weeks ahead from today to generate (default ROSTER_WEEKS_AHEAD). */
  weeks: z.number().int().min(1).max(12).optional(),
});

export const templateView = z.object({
  id: z.uuid(),
  driverId: z.uuid(),
  driverName: z.string(),
  vehicleId: z.uuid(),
  vehiclePlate: z.string(),
  weekdays: z.array(z.number()),
  startTime: z.string(),
  endTime: z.string(),
  breakEarliest: z.string().nullable(),
  breakLatest: z.string().nullable(),
  breakMinutes: z.number(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  active: z.boolean(),
});
export type TemplateView = z.infer<typeof templateView>;

export const generationView = z.object({
  /** Shifts made, by local date. */
  created: z.array(z.string()),
  /** Dates skipped and why: the driver absent, the vehicle out of service, either already working. */
  skipped: z.array(
    z.object({
      date: z.string(),
      reason: z.enum(['driver-unavailable', 'vehicle-unavailable', 'overlap', 'exists']),
    }),
  ),
});
export type Generation = z.infer<typeof generationView>;

export const templateResult = templateView.extend({ generation: generationView });
