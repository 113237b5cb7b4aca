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
