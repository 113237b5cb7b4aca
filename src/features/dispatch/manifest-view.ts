import { z } from 'zod';
import { BOOKING_STATUSES } from '../../domain/booking-status.js';
import { STOP_STATES } from '../../domain/driver-stops.js';

// The driver's manifest as it travels to the screen, apart from the code that reads it
// from the database (which decrypts passengers' data): the pages import these types.

export const manifestStopView = z.object({
  kind: z.enum(['pickup', 'dropoff', 'break']),
  bookingId: z.uuid().nullable(),
  /** Planned start of service at the stop. */
  plannedAt: z.string(),
  plannedArrival: z.string(),
  label: z.string(),
  /** The full address line to read: `Cumhuriyet Cad. No: 12, Kat 3, Daire 5, Kadıköy Mahallesi`. */
  address: z.string(),
  /** What the caller said about finding the door, shown apart from the address. */
  directions: z.string().nullable(),
  /**
   * Opens the phone's navigation app on the stop: a `geo:lat,lng?q=lat,lng(label)`
   * URI (Android hands it to the driver's navigation app). Null for breaks.
   */
  navigationUrl: z.string().nullable(),
  lat: z.number(),
  lng: z.number(),
  /** The booking's status (both of its stops carry it): read `state` for the stop's own. */
  status: z.enum(BOOKING_STATUSES).nullable(),
  /** This stop's own state: a drop-off stays `planned` while its passenger waits at the pickup. Null for breaks. */
  state: z.enum(STOP_STATES).nullable(),
  /** A pickup the driver arrived at: when a no-show may be reported (the waiting time is over). */
  noShowFrom: z.string().nullable(),
  /**
   * A pickup's waiting time before a no-show (its service's when booked) and the start of its
   * window, from which the wait counts when the driver is early: the screen counts down with
   * them between the driver's "arrived" and the server's `noShowFrom`. Null for other stops.
   */
  noShowWait: z.object({ minutes: z.number(), windowStart: z.string() }).nullable(),
  serviceId: z.string().nullable(),
  passenger: z
    .object({
      name: z.string(),
      phone: z.string(),
      wheelchair: z.enum(['none', 'manual', 'electric']),
      companions: z.number(),
      infants: z.number(),
      walkingAid: z.boolean(),
      notes: z.string().nullable(),
      /** The appointment the passenger must reach (arrive-by rides): the driver sees it. */
      appointmentAt: z.string().nullable(),
    })
    .nullable(),
});

export const manifestView = z.object({
  shiftId: z.uuid(),
  vehicle: z.object({ plate: z.string(), label: z.string() }),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Increases with every change, so a client can ignore an older copy. */
  version: z.number(),
  /** The driver's break: when it may start, how long, and when the driver started and ended it. */
  break: z
    .object({
      earliest: z.string(),
      latest: z.string(),
      minutes: z.number(),
      startedAt: z.string().nullable(),
      endedAt: z.string().nullable(),
    })
    .nullable(),
  stops: z.array(manifestStopView),
});
export type DriverManifest = z.infer<typeof manifestView>;

export const manifestsView = z.object({
  date: z.string(),
  /**
   * The delivery version of this driver's day: every push takes the next one.
   * Keep the highest seen, ignore an older or equal copy, and acknowledge it
   * (`manifest:ack`); an unacknowledged push is sent again. 0: never pushed.
   */
  version: z.number(),
  /** The rules the driver's screen applies before the server does (the server decides). */
  rules: z.object({ dayToleranceMinutes: z.number(), noShowWaitMinutes: z.number() }),
  shifts: z.array(manifestView),
});
export type DriverManifests = z.infer<typeof manifestsView>;
