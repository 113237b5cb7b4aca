import { z } from 'zod';

export const holidayBody = z.object({
  /** The local date (Europe/Istanbul) on which no standing order runs. */
  date: z.iso.date(),
  name: z.string().trim().min(2).max(100),
});
export type HolidayInput = z.output<typeof holidayBody>;

export const holidaysQuery = z
  .object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .refine((q) => !q.from || !q.to || q.to >= q.from, {
    message: 'i18n:date-order',
    path: ['to'],
  });

export const holidayParams = z.object({ date: z.iso.date() });

export const holidayView = z.object({ date: z.string(), name: z.string() });
export type HolidayView = z.infer<typeof holidayView>;

export const addedHolidayView = holidayView.extend({
  /** Rides of standing orders that were booked for the day and are now cancelled. */
  cancelledBookingIds: z.array(z.uuid()),
});
