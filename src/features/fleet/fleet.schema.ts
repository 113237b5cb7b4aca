import { z } from 'zod';
import { locationSchema, phoneSchema } from '../citizens/citizens.schema.js';

const plateSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{2}\s?[A-Z]{1,3}\s?\d{2,5}$/, { message: 'i18n:plate' });

export const createVehicleBody = z.object({
  plate: plateSchema,
  label: z.string().trim().min(1).max(80),
  seats: z.number().int().min(0).max(60),
  wheelchairPlaces: z.number().int().min(0).max(10),
  infantSeats: z.number().int().min(0).max(6),
  hasRamp: z.boolean().default(false),
  hasLift: z.boolean().default(false),
  depot: locationSchema,
  /** The services it may serve (an Anne Taksi car kept for mothers); omitted: every active service. */
  serviceIds: z.array(z.string().min(1).max(50)).max(20).optional(),
});

export const vehicleView = z.object({
  id: z.uuid(),
  plate: z.string(),
  label: z.string(),
  seats: z.number(),
  wheelchairPlaces: z.number(),
  infantSeats: z.number(),
  hasRamp: z.boolean(),
  hasLift: z.boolean(),
  depot: z.object({ label: z.string(), lat: z.number(), lng: z.number() }),
  serviceIds: z.array(z.string()),
  active: z.boolean(),
  /** When it was retired (kept for its history, never deleted); null while in the fleet. */
  retiredAt: z.string().nullable(),
});
export type VehicleView = z.infer<typeof vehicleView>;

/** Turkish driving licence classes that carry passengers for a municipality. */
export const licenceClass = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(B|BE|C1|C1E|C|CE|D1|D1E|D)$/, { message: 'i18n:licence-class' });

export const createDriverBody = z.object({
  fullName: z.string().trim().min(2).max(120),
  phone: phoneSchema,
  username: z
    .string()
    .trim()
    .min(3)
    .max(50)
    .regex(/^[a-z0-9._-]+$/),
  password: z.string().min(10).max(200),
  licenceClass: licenceClass.optional(),
  licenceExpiresOn: z.iso.date().optional(),
});

export const driverView = z.object({
  id: z.uuid(),
  fullName: z.string(),
  phone: z.string(),
  active: z.boolean(),
  licenceClass: z.string().nullable(),
  licenceExpiresOn: z.string().nullable(),
  /** `expired`, or `expiring` within LICENCE_WARNING_DAYS; null when valid or not recorded. */
  licenceWarning: z.enum(['expired', 'expiring']).nullable(),
  /** The driver's login. */
  username: z.string().nullable(),
});
export type DriverView = z.infer<typeof driverView>;

export const createShiftBody = z
  .object({
    driverId: z.uuid(),
    vehicleId: z.uuid(),
    startsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    endsAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    breakEarliest: z.iso
      .datetime({ offset: true })
      .transform((s) => new Date(s))
      .optional(),
    breakLatest: z.iso
      .datetime({ offset: true })
      .transform((s) => new Date(s))
      .optional(),
    breakMinutes: z.number().int().min(0).max(120).default(0),
  })
  .refine((s) => s.endsAt > s.startsAt, { message: 'i18n:date-order', path: ['endsAt'] });

export const shiftView = z.object({
  id: z.uuid(),
  driverId: z.uuid(),
  driverName: z.string(),
  vehicleId: z.uuid(),
  vehiclePlate: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  breakEarliest: z.string().nullable(),
  breakLatest: z.string().nullable(),
  breakMinutes: z.number(),
});
export type ShiftView = z.infer<typeof shiftView>;

export const shiftsQuery = z.object({ date: z.iso.date() });

/** Every field of a vehicle but its history; omitted fields stay as they are. */
export const updateVehicleBody = z.object({
  plate: plateSchema.optional(),
  label: z.string().trim().min(1).max(80).optional(),
  seats: z.number().int().min(0).max(60).optional(),
  wheelchairPlaces: z.number().int().min(0).max(10).optional(),
  infantSeats: z.number().int().min(0).max(6).optional(),
  hasRamp: z.boolean().optional(),
  hasLift: z.boolean().optional(),
  depot: locationSchema.optional(),
  serviceIds: z.array(z.string().min(1).max(50)).max(20).optional(),
});

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const unavailabilityBody = z
  .object({
    startsAt: instant,
    endsAt: instant,
    reason: z.string().trim().min(2).max(200),
  })
  .refine((p) => p.endsAt > p.startsAt, { message: 'i18n:date-order', path: ['endsAt'] });

export const withdrawalView = z.object({
  shiftsCancelled: z.number(),
  shiftsShortened: z.number(),
  replanned: z.array(z.uuid()),
  refused: z.array(z.uuid()),
  pending: z.array(z.uuid()),
  kept: z.array(z.uuid()),
});

export const unavailabilityView = z.object({
  id: z.uuid(),
  vehicleId: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
});

export const unavailabilityResult = unavailabilityView.extend({ withdrawal: withdrawalView });

export const retireResult = z.object({ vehicle: vehicleView, withdrawal: withdrawalView });

/** After a change that takes places, a ramp or lift, or a service away: the planned rides that no longer fit. */
export const capacityRecheckView = z.object({
  /** Rides on the vehicle's planned routes from now that were checked (0: nothing was taken away). */
  checked: z.number(),
  /** Rides that no longer fit and were planned onto another car. */
  replanned: z.array(z.uuid()),
  /** Rides no other car can take: refused, with the reason, on the operators' board. */
  refused: z.array(z.uuid()),
  /** Left pending for the planner (busy now); planned again by the booking relay. */
  pending: z.array(z.uuid()),
});

export const updateVehicleResult = vehicleView.extend({ recheck: capacityRecheckView });

export const updateDriverBody = z.object({
  fullName: z.string().trim().min(2).max(120).optional(),
  phone: phoneSchema.optional(),
  licenceClass: licenceClass.nullable().optional(),
  licenceExpiresOn: z.iso.date().nullable().optional(),
});

export const absenceBody = z
  .object({
    kind: z.enum(['leave', 'sickness']),
    /** Local dates (Europe/Istanbul), both included. */
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    note: z.string().trim().max(200).optional(),
  })
  .refine((a) => a.endsOn >= a.startsOn, { message: 'i18n:date-order', path: ['endsOn'] });

export const absenceView = z.object({
  id: z.uuid(),
  driverId: z.uuid(),
  kind: z.enum(['leave', 'sickness']),
  startsOn: z.string(),
  endsOn: z.string(),
  note: z.string().nullable(),
});

export const absenceResult = absenceView.extend({ withdrawal: withdrawalView });

export const deactivateResult = z.object({ driver: driverView, withdrawal: withdrawalView });

export const cancelShiftBody = z.object({ reason: z.string().trim().min(2).max(200) });
export const cancelShiftResult = z.object({ withdrawal: withdrawalView });
