import { DateTime } from 'luxon';
import { z } from 'zod';
import { BOOKING_STATUSES, type BookingStatus } from '../../domain/booking-status.js';
import {
  type DriverStopRules,
  noShowAllowedFrom,
  STOP_STATES,
  stopStateOf,
} from '../../domain/driver-stops.js';
import {
  type DoorAddress,
  formatAddress,
  navigationUri,
} from '../../domain/places/door-address.js';
import type { Db } from '../../infra/db/database.js';
import type { StoredStop } from '../planning/planning-snapshot.js';

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

interface ShiftRouteRow {
  id: string;
  starts_at: Date;
  break_earliest: Date | null;
  break_latest: Date | null;
  break_minutes: number;
  break_started_at: Date | null;
  break_ended_at: Date | null;
  ends_at: Date;
  plate: string;
  label: string;
  stops: StoredStop[] | null;
  version: number | null;
}

interface PassengerRow {
  id: string;
  status: BookingStatus;
  service_id: string;
  full_name: string;
  phone: string;
  wheelchair: 'none' | 'manual' | 'electric';
  companions: number;
  infants: number;
  walking_aid: boolean;
  notes: string | null;
  arrive_by: Date | null;
  pickup_window_start: Date;
  arrived_at: Date | null;
  pickup_address: DoorAddress | null;
  dropoff_address: DoorAddress | null;
}

/**
 * A driver's shifts on a local date with their ordered stops and what each
 * passenger needs. Only the driver's own bookings are ever read.
 */
export async function loadManifests(
  db: Db,
  driverId: string,
  date: string,
  timeZone: string,
  rules: DriverStopRules,
  version = 0,
): Promise<DriverManifests> {
  const day = DateTime.fromISO(date, { zone: timeZone });
  const shifts = await db.query<ShiftRouteRow>(
    `SELECT s.id, s.starts_at, s.ends_at, s.break_earliest, s.break_latest, s.break_minutes,
       s.break_started_at, s.break_ended_at, v.plate, v.label, r.stops, r.version
     FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id LEFT JOIN routes r ON r.shift_id = s.id
     WHERE s.driver_id = $1 AND NOT s.cancelled AND s.starts_at < $3 AND s.ends_at > $2
     ORDER BY s.starts_at`,
    [driverId, day.toJSDate(), day.plus({ days: 1 }).toJSDate()],
  );
  const manifests = [];
  for (const shift of shifts) {
    const stops = shift.stops ?? [];
    const ids = [...new Set(stops.filter((s) => s.kind !== 'break').map((s) => s.refId))];
    const passengers = new Map<string, PassengerRow>();
    if (ids.length > 0) {
      const rows = await db.query<PassengerRow>(
        `SELECT b.id, b.status, b.service_id, c.full_name, c.phone, b.wheelchair, b.companions, b.infants, b.notes,
           b.walking_aid, b.arrive_by, b.pickup_address, b.dropoff_address, b.pickup_window_start,
           (SELECT COALESCE((e.details->>'at')::timestamptz, e.at) FROM booking_events e
            WHERE e.booking_id = b.id AND e.type = 'arrived' ORDER BY e.id DESC LIMIT 1) AS arrived_at
         FROM bookings b JOIN citizens c ON c.id = b.citizen_id JOIN shifts s ON s.id = b.shift_id
         WHERE b.id = ANY($1::uuid[]) AND s.driver_id = $2`,
        [ids, driverId],
      );
      for (const row of rows) passengers.set(row.id, row);
    }
    manifests.push({
      shiftId: shift.id,
      vehicle: { plate: shift.plate, label: shift.label },
      startsAt: shift.starts_at.toISOString(),
      endsAt: shift.ends_at.toISOString(),
      version: shift.version ?? 0,
      break:
        shift.break_minutes > 0 && shift.break_earliest && shift.break_latest
          ? {
              earliest: shift.break_earliest.toISOString(),
              latest: shift.break_latest.toISOString(),
              minutes: shift.break_minutes,
              startedAt: shift.break_started_at?.toISOString() ?? null,
              endedAt: shift.break_ended_at?.toISOString() ?? null,
            }
          : null,
      stops: stops.map((s) => {
        const p = s.kind === 'break' ? undefined : passengers.get(s.refId);
        const door = p ? (s.kind === 'pickup' ? p.pickup_address : p.dropoff_address) : null;
        const formatted = formatAddress(s.label, door);
        return {
          kind: s.kind,
          bookingId: s.kind === 'break' ? null : s.refId,
          plannedAt: s.start,
          plannedArrival: s.arrival,
          label: s.label,
          address: formatted.line,
          directions: formatted.directions,
          navigationUrl: s.kind === 'break' ? null : navigationUri(s, formatted.line),
          lat: s.lat,
          lng: s.lng,
          status: p?.status ?? null,
          state: p && s.kind !== 'break' ? stopStateOf(s.kind, p.status) : null,
          noShowFrom:
            p && s.kind === 'pickup' && p.status === 'arrived'
              ? noShowAllowedFrom(
                  new Date(p.arrived_at ?? p.pickup_window_start),
                  new Date(p.pickup_window_start),
                  rules,
                ).toISOString()
              : null,
          serviceId: p?.service_id ?? null,
          passenger: p
            ? {
                name: p.full_name,
                phone: p.phone,
                wheelchair: p.wheelchair,
                companions: p.companions,
                infants: p.infants,
                walkingAid: p.walking_aid,
                notes: p.notes,
                appointmentAt: p.arrive_by?.toISOString() ?? null,
              }
            : null,
        };
      }),
    });
  }
  return { date, version, rules, shifts: manifests };
}
