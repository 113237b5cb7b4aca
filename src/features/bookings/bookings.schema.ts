import { z } from 'zod';
import { BOOKING_STATUSES } from '../../domain/booking-status.js';
import { doorAddressView, locationSchema } from '../citizens/citizens.schema.js';

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

const reason = z.string().trim().min(5).max(300);

/** How the caller wants to come back: at a time, some minutes after, or "I will call". */
export const returnTripBody = z.union([
  z.object({ pickupAt: instant }).strict(),
  z.object({ readyAfterMinutes: z.number().int().min(0).max(720) }).strict(),
  z.object({ willCall: z.literal(true) }).strict(),
]);

export const createBookingBody = z
  .object({
    serviceId: z.string().min(1).max(50),
    citizenId: z.uuid(),
    pickup: locationSchema,
    dropoff: locationSchema,
    /** For pickup-time services: when the citizen wants to be picked up. */
    pickupAt: instant.optional(),
    /** For services that allow it: the earliest feasible pickup from now. */
    asap: z.literal(true).optional(),
    /** For appointment services: when the citizen must be there. */
    arriveBy: instant.optional(),
    wheelchair: z.enum(['none', 'manual', 'electric']).default('none'),
    walkingAid: z.boolean().default(false),
    companions: z.number().int().min(0).max(4).default(0),
    infants: z.number().int().min(0).max(3).default(0),
    notes: z.string().trim().max(500).optional(),
    /** Book although the citizen has no valid eligibility; the reason goes to the audit log. */
    eligibilityOverride: z.object({ reason }).optional(),
    /** Book although the citizen already has a ride at that time; the reason goes to the audit log. */
    overlapOverride: z.object({ reason }).optional(),
    /** Book the way back in the same call: linked to this booking by `returnOf`. */
    returnTrip: returnTripBody.optional(),
  })
  .refine((b) => [b.pickupAt, b.asap, b.arriveBy].filter((x) => x !== undefined).length === 1, {
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
  vehicleId: z.uuid().optional(),
});

export const citizenBookingsQuery = z.object({
  scope: z.enum(['upcoming', 'past']).default('upcoming'),
});

export const cancelBookingBody = z.object({
  reason: z.string().trim().min(3).max(300),
  /** Cancel the booking's return as well; omitted: the return is kept. */
  cancelReturn: z.boolean().optional(),
});

export const noShowBody = z.object({
  reason: z.string().trim().max(300).optional(),
  cancelReturn: z.boolean().optional(),
});
export const declineBody = z.object({ reason: z.string().trim().min(3).max(300) });
export const reassignBody = z.object({
  shiftId: z.uuid(),
  reason: z.string().trim().min(3).max(300),
});
export const confirmReturnBody = z.object({ pickupAt: instant });
export const moveBookingBody = z
  .object({ pickupAt: instant.optional(), arriveBy: instant.optional() })
  .refine((b) => (b.pickupAt === undefined) !== (b.arriveBy === undefined), {
    message: 'i18n:one-time',
    path: ['pickupAt'],
  });

export type DoorAddress = z.infer<typeof doorAddressView>;

const place = z.object({
  placeId: z.string().nullable(),
  label: z.string(),
  lat: z.number(),
  lng: z.number(),
  address: doorAddressView.nullable(),
});

/** One reason the scheduler gives, in words the operator can repeat: a code and its values. */
export const explanationItem = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type ExplanationItem = z.infer<typeof explanationItem>;

export const sharedRider = z.object({ bookingId: z.uuid(), citizenName: z.string() });
export type SharedRider = z.infer<typeof sharedRider>;

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
  asap: z.boolean(),
  /** The appointment, for arrive-by rides. */
  arriveBy: z.string().nullable(),
  /** When an appointment ride may arrive: not earlier, not later. */
  arrivalWindow: z.object({ earliest: z.string(), latest: z.string() }).nullable(),
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
  walkingAid: z.boolean(),
  notes: z.string().nullable(),
  refusal: z
    .object({
      reason: z.string(),
      alternatives: z.array(alternativeView),
    })
    .nullable(),
  /** Why this vehicle and time, or why refused (grouped by reason). */
  explanation: z.array(explanationItem),
  /** The outbound ride this one returns from. */
  returnOf: z.uuid().nullable(),
  returnTrip: z
    .object({
      id: z.uuid(),
      status: z.enum(BOOKING_STATUSES),
      willCall: z.boolean(),
      pickupAt: z.string().nullable(),
      pickupWindow: z.object({ start: z.string(), end: z.string() }),
      planned: z
        .object({ pickupAt: z.string(), dropoffAt: z.string(), plate: z.string() })
        .nullable(),
    })
    .nullable(),
  /** Who rides in the same vehicle at the same time. */
  sharedWith: z.array(sharedRider),
  standingOrderId: z.uuid().nullable(),
  eligibilityOverride: z.boolean(),
  overlapOverride: z.boolean(),
  /** Cancelled at the citizen's request after the service's late-cancel deadline (counted by the policy). */
  lateCancel: z.boolean(),
  /** From this time a cancel counts as late (the rule the service had when the ride was booked); null: never. */
  lateCancelFrom: z.string().nullable(),
  /** Who cancelled: `citizen`, `operator`, `supervisor`, `admin`; null while not cancelled. */
  cancelledByRole: z.string().nullable(),
  createdByName: z.string(),
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
  /** The person who did it; the scheduler and the system have none. */
  actorName: z.string().nullable(),
  at: z.string(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
