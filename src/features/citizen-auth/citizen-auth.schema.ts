import { z } from 'zod';
import { BOOKING_STATUSES } from '../../domain/booking-status.js';
import { bookingView } from '../bookings/bookings.schema.js';
import { phoneSchema } from '../citizens/citizens.schema.js';

export const codeRequestBody = z.object({ phone: phoneSchema });
export const codeVerifyBody = z.object({
  phone: phoneSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const codeSentView = z.object({
  /** Seconds the code (if the phone is registered, one was sent) stays valid. */
  expiresIn: z.number().int(),
});

export const reachableCitizenView = z.object({
  id: z.uuid(),
  fullName: z.string(),
  relation: z.enum(['self', 'relative']),
  home: z
    .object({ placeId: z.string().nullable(), label: z.string(), lat: z.number(), lng: z.number() })
    .nullable(),
});

export const meView = z.object({
  userId: z.uuid(),
  name: z.string(),
  /** The citizens this phone may act for: its own record first, then those who named it. */
  citizens: z.array(reachableCitizenView),
});

export const citizenParams = z.object({ citizenId: z.uuid() });
export const rideParams = z.object({ id: z.uuid() });

export const citizenServiceView = z.object({
  id: z.string(),
  nameTr: z.string(),
  nameEn: z.string(),
  /** Valid eligibility today: the citizen may book it. */
  eligible: z.boolean(),
  /** An application for it waits for the operators. */
  applied: z.boolean(),
  timing: z.enum(['pickup', 'arrive-by']),
  asapAllowed: z.boolean(),
  returnTrip: z.boolean(),
  maxCompanions: z.number().int(),
  minNoticeMinutes: z.number().int(),
  maxDaysAhead: z.number().int(),
  sameDayAllowed: z.boolean(),
});

export const applicationBody = z.object({
  serviceId: z.string().min(1).max(50),
  note: z.string().trim().max(500).optional(),
});
export const applicationView = z.object({
  id: z.uuid(),
  serviceId: z.string(),
  status: z.literal('open'),
});

export const ridesQuery = z.object({ scope: z.enum(['upcoming', 'past']).default('upcoming') });

export const cancelRideBody = z.object({
  reason: z.string().trim().min(3).max(300),
  cancelReturn: z.boolean().optional(),
});

export const relativeBody = z.object({
  phone: phoneSchema,
  name: z.string().trim().min(2).max(100),
});
export const relativeView = z.object({ phone: z.string(), name: z.string(), since: z.string() });
export const relativeParams = z.object({
  citizenId: z.uuid(),
  phone: z.string().regex(/^\+90\d{10}$/),
});

/** The car of a ride while it approaches: where it is and when it should be at the door. */
export const rideVehicleView = z.object({
  status: z.enum(BOOKING_STATUSES),
  plate: z.string().nullable(),
  driverFirstName: z.string().nullable(),
  /** Null before the car is on the way, or when its phone sends no position. */
  position: z.object({ lat: z.number(), lng: z.number(), at: z.string() }).nullable(),
  /** At the pickup: from the live position when there is one, else the plan. */
  eta: z.string().nullable(),
  etaSource: z.enum(['gps', 'plan']).nullable(),
});

export { bookingView };
