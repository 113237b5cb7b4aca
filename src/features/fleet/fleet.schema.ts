import { z } from 'zod';
import { locationSchema, phoneSchema } from '../citizens/citizens.schema.js';

export const createVehicleBody = z.object({
  plate: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^\d{2}\s?[A-Z]{1,3}\s?\d{2,5}$/, { message: 'i18n:plate' }),
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
});
export type VehicleView = z.infer<typeof vehicleView>;

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
});

export const driverView = z.object({
  id: z.uuid(),
  fullName: z.string(),
  phone: z.string(),
  active: z.boolean(),
});

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
