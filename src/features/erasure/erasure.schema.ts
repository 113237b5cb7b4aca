import { z } from 'zod';

export const erasureBody = z.object({
  /** Why (the citizen's request, its date and channel): kept in the audit log with the erasure. */
  reason: z.string().trim().min(5).max(500),
  /** Cancel the citizen's rides still ahead and end their standing orders first; without it they refuse the erasure (409). */
  cancelFutureRides: z.boolean().default(false),
});
export type ErasureInput = z.output<typeof erasureBody>;

export const erasureAnswer = z.object({
  citizenId: z.uuid(),
  /** When the citizen's data was anonymised (the earlier erasure's time when `alreadyErased`). */
  erasedAt: z.string(),
  alreadyErased: z.boolean(),
  cancelledRides: z.number().int(),
  endedStandingOrders: z.number().int(),
  /** Rows anonymised or removed, by kind (bookings, bookingEvents, addresses, relatives, users, …). */
  counts: z.record(z.string(), z.number().int()),
  /** Redis: notification jobs removed and cache keys deleted. */
  redis: z.object({ jobs: z.number().int(), keys: z.number().int() }),
});
export type ErasureAnswer = z.infer<typeof erasureAnswer>;
