import { z } from 'zod';
import { DRIVER_ACTIONS } from '../../domain/booking-status.js';

/** A driver's tap at a stop. `clientEventId` makes a retried tap count once. */
export const driverReport = z.object({
  bookingId: z.uuid(),
  action: z.enum(DRIVER_ACTIONS),
  clientEventId: z.string().min(8).max(100),
  /** When the driver tapped, if it was queued offline; defaults to when the server got it. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type DriverReport = z.infer<typeof driverReport>;

/** What a driver taps about their own shift's break. */
export const BREAK_ACTIONS = ['break-started', 'break-ended'] as const;
export type BreakAction = (typeof BREAK_ACTIONS)[number];

/**
 * A driver's break tap, for one of their shifts. Safe to resend: the first
 * start and the first end count, a repeat changes nothing.
 */
export const breakReport = z.object({
  shiftId: z.uuid(),
  action: z.enum(BREAK_ACTIONS),
  clientEventId: z.string().min(8).max(100),
  /** When the driver tapped, if it was queued offline; defaults to when the server got it. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type BreakReport = z.infer<typeof breakReport>;

/** Any driver tap (`POST /driver/reports`, socket `driver:report`): a stop, or the break. */
export const driverTap = z.discriminatedUnion('action', [driverReport, breakReport]);
export type DriverTap = z.infer<typeof driverTap>;

/** The shift's break as it stands after a break tap. */
export const breakView = z.object({
  shiftId: z.uuid(),
  breakStartedAt: z.string().nullable(),
  breakEndedAt: z.string().nullable(),
});
export type BreakView = z.infer<typeof breakView>;

export const manifestQuery = z.object({ date: z.iso.date().optional() });

/** The driver's app shows `version` of the day `date` (socket `manifest:ack`). */
export const manifestAck = z.object({
  date: z.iso.date(),
  version: z.number().int().min(0),
});
export type ManifestAck = z.infer<typeof manifestAck>;

/**
 * What a driver's app already holds when it connects (handshake `auth.versions`,
 * date → version): only days with a newer version are sent, each once.
 */
export const heldVersions = z.record(z.iso.date(), z.number().int().min(0));

const alertDriver = {
  driverId: z.uuid(),
  driverName: z.string(),
  /** The vehicle of the driver's shift that day, when there is one. */
  plate: z.string().nullable(),
};

/** Something the operators on shift must see (socket `fleet:alert`, room `staff`). */
export const fleetAlert = z.discriminatedUnion('kind', [
  z.object({
    /** A change was sent `sends` times and the driver's app has not acknowledged it. */
    kind: z.literal('manifest-unseen'),
    ...alertDriver,
    date: z.iso.date(),
    version: z.number(),
    sends: z.number(),
  }),
  z.object({
    /** From the vehicle's position, a pickup will be reached past its window (told once per ride). */
    kind: z.literal('late'),
    ...alertDriver,
    bookingId: z.uuid(),
    passengerName: z.string(),
    eta: z.string(),
    windowEnd: z.string(),
    lateMinutes: z.number(),
  }),
  z.object({
    /** The driver's app has now shown the change the operators were alerted about. */
    kind: z.literal('manifest-seen'),
    ...alertDriver,
    date: z.iso.date(),
    version: z.number(),
  }),
]);
export type FleetAlert = z.infer<typeof fleetAlert>;
