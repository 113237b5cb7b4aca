import { DateTime } from 'luxon';
import type { BookingStatus } from '../../domain/booking-status.js';
import { type DriverStopRules, noShowAllowedFrom, stopStateOf } from '../../domain/driver-stops.js';
import {
  type DoorAddress,
  formatAddress,
  navigationUri,
} from '../../domain/places/door-address.js';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
import type { Db } from '../../infra/db/database.js';
import type { StoredStop } from '../planning/planning-snapshot.js';

import type { DriverManifests } from './manifest-view.js';

export {
  type DriverManifest,
  type DriverManifests,
  manifestStopView,
  manifestsView,
  manifestView,
} from './manifest-view.js';

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
  no_show_wait_minutes: number | null;
  pickup_address: DoorAddress | null;
  dropoff_address: DoorAddress | null;
}

/** A passenger row as json_build_object gives it: its times are ISO strings. */
type PassengerJson = Omit<PassengerRow, 'arrive_by' | 'pickup_window_start' | 'arrived_at'> & {
  arrive_by: string | null;
  pickup_window_start: string;
  arrived_at: string | null;
};

const passengerOf = (row: PassengerJson): PassengerRow => ({
  ...row,
  arrive_by: row.arrive_by === null ? null : new Date(row.arrive_by),
  pickup_window_start: new Date(row.pickup_window_start),
  arrived_at: row.arrived_at === null ? null : new Date(row.arrived_at),
});

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
  // One query: a manifest is pushed after every change, and each round trip to the database
  // is a turn of an event loop that may be busy planning the next ride.
  const shifts = await db.query<ShiftRouteRow & { passengers: PassengerJson[] | null }>(
    `SELECT s.id, s.starts_at, s.ends_at, s.break_earliest, s.break_latest, s.break_minutes,
       s.break_started_at, s.break_ended_at, v.plate, v.label, r.stops, r.version,
       (SELECT json_agg(json_build_object(
            'id', b.id, 'status', b.status, 'service_id', b.service_id, 'full_name', c.full_name,
            'phone', c.phone, 'wheelchair', b.wheelchair, 'companions', b.companions,
            'infants', b.infants, 'notes', b.notes, 'walking_aid', b.walking_aid,
            'arrive_by', b.arrive_by, 'pickup_address', b.pickup_address,
            'dropoff_address', b.dropoff_address, 'pickup_window_start', b.pickup_window_start,
            'no_show_wait_minutes', b.no_show_wait_minutes,
            'arrived_at', (SELECT COALESCE((e.details->>'at')::timestamptz, e.at) FROM booking_events e
                           WHERE e.booking_id = b.id AND e.type = 'arrived' ORDER BY e.id DESC LIMIT 1)))
        FROM bookings b JOIN citizens c ON c.id = b.citizen_id JOIN shifts bs ON bs.id = b.shift_id
        WHERE bs.driver_id = $1
          AND b.id IN (SELECT (x->>'refId')::uuid FROM jsonb_array_elements(r.stops) x
                       WHERE x->>'kind' <> 'break')) AS passengers
     FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id LEFT JOIN routes r ON r.shift_id = s.id
     WHERE s.driver_id = $1 AND NOT s.cancelled AND s.starts_at < $3 AND s.ends_at > $2
     ORDER BY s.starts_at`,
    [driverId, day.toJSDate(), day.plus({ days: 1 }).toJSDate()],
  );
  const manifests = [];
  for (const shift of shifts) {
    const stops = shift.stops ?? [];
    const passengers = new Map<string, PassengerRow>();
    for (const row of shift.passengers ?? []) passengers.set(row.id, passengerOf(row));
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
                  // The waiting time the ride's service had when it was booked.
                  { noShowWaitMinutes: p.no_show_wait_minutes ?? rules.noShowWaitMinutes },
                ).toISOString()
              : null,
          noShowWait:
            p && s.kind === 'pickup'
              ? {
                  minutes: p.no_show_wait_minutes ?? rules.noShowWaitMinutes,
                  windowStart: new Date(p.pickup_window_start).toISOString(),
                }
              : null,
          serviceId: p?.service_id ?? null,
          passenger: p
            ? {
                name: p.full_name,
                // the driver calls the passenger; both are encrypted at rest
                phone: dataCipher().decrypt(p.phone),
                wheelchair: p.wheelchair,
                companions: p.companions,
                infants: p.infants,
                walkingAid: p.walking_aid,
                notes: dataCipher().decrypt(p.notes),
                appointmentAt: p.arrive_by?.toISOString() ?? null,
              }
            : null,
        };
      }),
    });
  }
  return { date, version, rules, shifts: manifests };
}
