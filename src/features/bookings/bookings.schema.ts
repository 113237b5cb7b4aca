import { z } from 'zod';
import { BOOKING_STATUSES } from '../../domain/booking-status.js';
import { locationSchema } from '../citizens/citizens.schema.js';

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const createBookingBody = z
  .object({
    serviceId: z.string().min(1).max(50),
    citizenId: z.uuid(),
    pickup: locationSchema,
    dropoff: locationSchema,
    /** For pickup-time services: when the citizen wants to be picked up. */
    pickupAt: instant.optional(),
    /** For appointment services: when the citizen must be there. */
    arriveBy: instant.optional(),
    wheelchair: z.enum(['none', 'manual', 'electric']).default('none'),
    companions: z.number().int().min(0).max(4).default(0),
    infants: z.number().int().min(0).max(3).default(0),
    notes: z.string().trim().max(500).optional(),
    /** Book although the citizen has no valid eligibility; the reason goes to the audit log. */
    eligibilityOverride: z.object({ reason: z.string().trim().min(5).max(300) }).optional(),
  })
  .refine((b) => (b.pickupAt === undefined) !== (b.arriveBy === undefined), {
    message: 'i18n:one-time',
    path: ['pickupAt'],
  });
export type CreateBookingInput = z.output<typeof createBookingBody>;

export const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(8).max(100).optional(),
});

export const listBookingsQuery = z.object({
  date: z.iso.date(),
  serviceId: z.string().min(1).max(50).optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
});

export const cancelBookingBody = z.object({ reason: z.string().trim().min(3).max(300) });

const place = z.object({
  placeId: z.string().nullable(),
  label: z.string(),
  lat: z.number(),
  lng: z.number(),
});

export const alternativeView = z.object({
  /** Feed this back as `pickupAt` (or `arriveBy`) to book it. */
  requestedAt: z.string(),
  plannedPickupAt: z.string(),
  plannedDropoffAt: z.string(),
});

export const bookingView = z.object({
  id: z.uuid(),
  serviceId: z.string(),
  citizenId: z.uuid(),
  citizenName: z.string(),
  status: z.enum(BOOKING_STATUSES),
  pickup: place,
  dropoff: place,
  pickupAt: z.string().nullable(),
  arriveBy: z.string().nullable(),
  /** The window promised to the citizen. */
  pickupWindow: z.object({ start: z.string(), end: z.string() }),
  planned: z
    .object({
      pickupAt: z.string(),
      dropoffAt: z.string(),
      vehicle: z.object({ id: z.uuid(), plate: z.string(), label: z.string() }),
      shiftId: z.uuid(),
      driverName: z.string(),
    })
    .nullable(),
  passengers: z.object({
    wheelchair: z.enum(['none', 'manual', 'electric']),
    companions: z.number(),
    infants: z.number(),
  }),
  notes: z.string().nullable(),
  refusal: z
    .object({
      reason: z.string(),
      alternatives: z.array(alternativeView),
    })
    .nullable(),
  eligibilityOverride: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BookingView = z.infer<typeof bookingView>;
export type AlternativeView = z.infer<typeof alternativeView>;

export const bookingEventView = z.object({
  id: z.number(),
  type: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  actorRole: z.string(),
  at: z.string(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
