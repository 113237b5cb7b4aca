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

export const manifestQuery = z.object({ date: z.iso.date().optional() });
