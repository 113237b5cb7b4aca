import { z } from 'zod';
import { BOOKING_STATUSES } from '../../domain/booking-status.js';
import { isLocalTime, latestEndOf } from '../../domain/standing-orders.js';
import { doorAddressView, locationSchema } from '../citizens/citizens.schema.js';

const localTime = z.string().refine(isLocalTime, { message: 'i18n:local-time' });
const isoDate = z.iso.date();
const reason = z.string().trim().min(5).max(300);

/** ISO weekdays (1 = Monday … 7 = Sunday), kept sorted and once each. */
const weekdays = z
  .array(z.number().int().min(1).max(7))
  .min(1)
  .max(7)
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));

/** Each occurrence's way back: at a local time that day, or some minutes after the appointment/arrival. */
export const seriesReturnBody = z.union([
  z.object({ pickupTime: localTime }).strict(),
  z.object({ readyAfterMinutes: z.number().int().min(0).max(720) }).strict(),
]);

// The same limits as a single booking's: each occurrence is one.
const needs = {
  wheelchair: z.enum(['none', 'manual', 'electric']),
  walkingAid: z.boolean(),
  companions: z.number().int().min(0).max(4),
  infants: z.number().int().min(0).max(3),
  notes: z.string().trim().max(500),
};

const returnAfterOutbound = (s: {
  time?: string | undefined;
  returnTrip?: z.output<typeof seriesReturnBody> | null | undefined;
}) =>
  !s.time || !s.returnTrip || !('pickupTime' in s.returnTrip) || s.returnTrip.pickupTime > s.time;

export const createStandingOrderBody = z
  .object({
    citizenId: z.uuid(),
    serviceId: z.string().min(1).max(50),
    pickup: locationSchema,
    dropoff: locationSchema,
    weekdays,
    /** Local 'HH:mm': the pickup, or the appointment for arrive-by services. */
    time: localTime,
    startsOn: isoDate,
    endsOn: isoDate,
    wheelchair: needs.wheelchair.default('none'),
    walkingAid: needs.walkingAid.default(false),
    companions: needs.companions.default(0),
    infants: needs.infants.default(0),
    notes: needs.notes.optional(),
    returnTrip: seriesReturnBody.optional(),
    /** Book every occurrence although the citizen is not eligible; the reason goes to the audit log. */
    eligibilityOverride: z.object({ reason }).optional(),
  })
  .refine((s) => s.endsOn >= s.startsOn, { message: 'i18n:date-order', path: ['endsOn'] })
  .refine((s) => s.endsOn <= latestEndOf(s.startsOn), {
    message: 'i18n:series-too-long',
    path: ['endsOn'],
  })
  .refine(returnAfterOutbound, {
    message: 'i18n:return-before-outbound',
    path: ['returnTrip', 'pickupTime'],
  });
export type CreateStandingOrderInput = z.output<typeof createStandingOrderBody>;

/** What may change in a running series; the start stays (end it and start another instead). */
export const updateStandingOrderBody = z
  .object({
    pickup: locationSchema.optional(),
    dropoff: locationSchema.optional(),
    weekdays: weekdays.optional(),
    time: localTime.optional(),
    endsOn: isoDate.optional(),
    wheelchair: needs.wheelchair.optional(),
    walkingAid: needs.walkingAid.optional(),
    companions: needs.companions.optional(),
    infants: needs.infants.optional(),
    /** null clears the notes. */
    notes: needs.notes.nullable().optional(),
    /** null: no returns from now on. */
    returnTrip: seriesReturnBody.nullable().optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), {
    message: 'i18n:nothing-to-change',
    path: [],
  })
  .refine(returnAfterOutbound, {
    message: 'i18n:return-before-outbound',
    path: ['returnTrip', 'pickupTime'],
  });
export type UpdateStandingOrderInput = z.output<typeof updateStandingOrderBody>;

export const endStandingOrderBody = z.object({ reason: z.string().trim().min(3).max(300) });

export const OCCURRENCE_STATES = [
  /** A booking exists: see its status. */
  'booked',
  /** Inside the booking horizon and not booked yet: the next run books it. */
  'due',
  /** Beyond the booking horizon: booked once it enters. */
  'upcoming',
  /** A holiday: no ride (a ride booked before the holiday was declared is cancelled). */
  'skipped',
  /** The last attempt booked nothing: see `failure`; retried by the next run while still ahead. */
  'failed',
  /** Its notice passed without a booking. */
  'missed',
] as const;
export type OccurrenceState = (typeof OCCURRENCE_STATES)[number];

export const occurrenceView = z.object({
  date: z.string(),
  /** The pickup, or the appointment for arrive-by services. */
  at: z.string(),
  state: z.enum(OCCURRENCE_STATES),
  bookingId: z.uuid().nullable(),
  bookingStatus: z.enum(BOOKING_STATUSES).nullable(),
  holidayName: z.string().nullable(),
  failure: z
    .object({
      code: z.string(),
      /** In the caller's language. */
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    })
    .nullable(),
});
export type OccurrenceView = z.infer<typeof occurrenceView>;

const seriesPlace = z.object({
  placeId: z.string().nullable(),
  label: z.string(),
  lat: z.number(),
  lng: z.number(),
  address: doorAddressView.nullable().optional(),
});

export const standingOrderView = z.object({
  id: z.uuid(),
  citizenId: z.uuid(),
  citizenName: z.string(),
  serviceId: z.string(),
  pickup: seriesPlace,
  dropoff: seriesPlace,
  weekdays: z.array(z.number()),
  time: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  wheelchair: z.enum(['none', 'manual', 'electric']),
  walkingAid: z.boolean(),
  companions: z.number(),
  infants: z.number(),
  notes: z.string().nullable(),
  returnTrip: seriesReturnBody.nullable(),
  eligibilityOverride: z.boolean(),
  status: z.enum(['active', 'ended']),
  ended: z.object({ at: z.string(), reason: z.string() }).nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  occurrences: z.array(occurrenceView),
});
export type StandingOrderView = z.infer<typeof standingOrderView>;
