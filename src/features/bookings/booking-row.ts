import type { BookingStatus } from '../../domain/booking-status.js';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
import type {
  AlternativeView,
  BookingView,
  DoorAddress,
  ExplanationItem,
  SharedRider,
} from './bookings.schema.js';

/** A booking as read by BOOKING_SELECT: its own columns and what the screens show beside them. */
export interface BookingRow {
  id: string;
  service_id: string;
  citizen_id: string;
  citizen_name: string;
  status: BookingStatus;
  pickup_place_id: string | null;
  pickup_label: string;
  pickup_lat: number;
  pickup_lng: number;
  pickup_address: DoorAddress | null;
  dropoff_place_id: string | null;
  dropoff_label: string;
  dropoff_lat: number;
  dropoff_lng: number;
  dropoff_address: DoorAddress | null;
  requested_pickup_at: Date | null;
  arrive_by: Date | null;
  asap: boolean;
  wheelchair: 'none' | 'manual' | 'electric';
  walking_aid: boolean;
  companions: number;
  infants: number;
  notes: string | null;
  eligibility_override: boolean;
  overlap_override: boolean;
  return_of: string | null;
  return_ready_after_minutes: number | null;
  standing_order_id: string | null;
  /** The service's waiting time and late-cancel deadline when the ride was booked (null: booked before they existed). */
  no_show_wait_minutes: number | null;
  late_cancel_minutes: number | null;
  /** Cancelled at the citizen's request after the late-cancel deadline. */
  late_cancel: boolean;
  cancelled_by_role: string | null;
  shift_id: string | null;
  vehicle_id: string | null;
  vehicle_plate: string | null;
  vehicle_label: string | null;
  driver_id: string | null;
  driver_name: string | null;
  /** The span of the shift the ride is planned on (a driver's tap reads it: a night shift is one day). */
  shift_starts_at: Date | null;
  shift_ends_at: Date | null;
  pickup_window_start: Date;
  pickup_window_end: Date;
  dropoff_earliest: Date | null;
  dropoff_deadline: Date | null;
  planned_pickup_at: Date | null;
  planned_dropoff_at: Date | null;
  refusal_reason: string | null;
  alternatives: AlternativeView[] | null;
  explanation: ExplanationItem[] | null;
  service_date: string;
  idempotency_key: string | null;
  request_fingerprint: string | null;
  created_by: string;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  /** The newest return booked with this one, as JSON (dates as strings). */
  return_trip: ReturnTripRow | null;
  shared_with: SharedRider[] | null;
}

/** Columns BOOKING_SELECT joins from other rows: what the screens show, not what the planner reads. */
type JoinedColumns =
  | 'citizen_name'
  | 'vehicle_plate'
  | 'vehicle_label'
  | 'driver_id'
  | 'driver_name'
  | 'shift_starts_at'
  | 'shift_ends_at'
  | 'created_by_name'
  | 'return_trip'
  | 'shared_with';

/** A booking's own columns, as BOOKING_ROW_SELECT reads them. */
export type BookingOwnRow = Omit<BookingRow, JoinedColumns>;

interface ReturnTripRow {
  id: string;
  status: BookingStatus;
  requested_pickup_at: string | null;
  pickup_window_start: string;
  pickup_window_end: string;
  planned_pickup_at: string | null;
  planned_dropoff_at: string | null;
  plate: string | null;
}

// The newest return of a booking, and who rides in the same vehicle at the
// same time (the operator tells a villager whom they share with).
export const BOOKING_SELECT = `SELECT b.*, to_char(b.service_date, 'YYYY-MM-DD') AS service_date,
    c.full_name AS citizen_name, v.plate AS vehicle_plate, v.label AS vehicle_label,
    s.driver_id, s.starts_at AS shift_starts_at, s.ends_at AS shift_ends_at,
    d.full_name AS driver_name, u.display_name AS created_by_name,
    rt.return_trip, sw.shared_with
  FROM bookings b
  JOIN citizens c ON c.id = b.citizen_id
  LEFT JOIN users u ON u.id = b.created_by
  LEFT JOIN vehicles v ON v.id = b.vehicle_id
  LEFT JOIN shifts s ON s.id = b.shift_id
  LEFT JOIN drivers d ON d.id = s.driver_id
  LEFT JOIN LATERAL (
    SELECT json_build_object('id', r.id, 'status', r.status, 'requested_pickup_at', r.requested_pickup_at,
      'pickup_window_start', r.pickup_window_start, 'pickup_window_end', r.pickup_window_end,
      'planned_pickup_at', r.planned_pickup_at, 'planned_dropoff_at', r.planned_dropoff_at,
      'plate', rv.plate) AS return_trip
    FROM bookings r LEFT JOIN vehicles rv ON rv.id = r.vehicle_id
    WHERE r.return_of = b.id ORDER BY r.created_at DESC LIMIT 1
  ) rt ON true
  LEFT JOIN LATERAL (
    SELECT json_agg(json_build_object('bookingId', o.id, 'citizenName', oc.full_name) ORDER BY o.planned_pickup_at)
      AS shared_with
    FROM bookings o JOIN citizens oc ON oc.id = o.citizen_id
    WHERE b.shift_id IS NOT NULL AND o.shift_id = b.shift_id AND o.id <> b.id
      AND o.status IN ('scheduled', 'arrived', 'on-board', 'completed')
      AND o.planned_pickup_at < b.planned_dropoff_at AND b.planned_pickup_at < o.planned_dropoff_at
  ) sw ON true`;

// The row alone: the planner reads a booking several times per turn and needs none of the joins.
export const BOOKING_ROW_SELECT = `SELECT b.*, to_char(b.service_date, 'YYYY-MM-DD') AS service_date
  FROM bookings b`;

const iso = (d: Date | null) => d?.toISOString() ?? null;
// JSON built in SQL carries timestamps as text in the server's format: normalise to ISO 8601 UTC.
const isoText = (s: string | null) => (s ? new Date(s).toISOString() : null);

export function bookingToView(b: BookingRow): BookingView {
  const r = b.return_trip;
  return {
    id: b.id,
    serviceId: b.service_id,
    citizenId: b.citizen_id,
    citizenName: b.citizen_name,
    status: b.status,
    pickup: {
      placeId: b.pickup_place_id,
      label: b.pickup_label,
      lat: b.pickup_lat,
      lng: b.pickup_lng,
      address: b.pickup_address,
    },
    dropoff: {
      placeId: b.dropoff_place_id,
      label: b.dropoff_label,
      lat: b.dropoff_lat,
      lng: b.dropoff_lng,
      address: b.dropoff_address,
    },
    pickupAt: iso(b.requested_pickup_at),
    asap: b.asap,
    arriveBy: iso(b.arrive_by),
    arrivalWindow:
      b.dropoff_earliest && b.dropoff_deadline
        ? { earliest: b.dropoff_earliest.toISOString(), latest: b.dropoff_deadline.toISOString() }
        : null,
    pickupWindow: {
      start: b.pickup_window_start.toISOString(),
      end: b.pickup_window_end.toISOString(),
    },
    planned:
      b.planned_pickup_at && b.planned_dropoff_at && b.vehicle_id && b.shift_id
        ? {
            pickupAt: b.planned_pickup_at.toISOString(),
            dropoffAt: b.planned_dropoff_at.toISOString(),
            vehicle: {
              id: b.vehicle_id,
              plate: b.vehicle_plate ?? '',
              label: b.vehicle_label ?? '',
            },
            shiftId: b.shift_id,
            driverName: b.driver_name ?? '',
          }
        : null,
    passengers: { wheelchair: b.wheelchair, companions: b.companions, infants: b.infants },
    walkingAid: b.walking_aid,
    // encrypted at rest: a note may name an illness or a door code
    notes: dataCipher().decrypt(b.notes),
    refusal: b.refusal_reason
      ? { reason: b.refusal_reason, alternatives: b.alternatives ?? [] }
      : null,
    explanation: b.explanation ?? [],
    returnOf: b.return_of,
    returnTrip: r
      ? {
          id: r.id,
          status: r.status,
          willCall: r.status === 'will-call',
          pickupAt: r.status === 'will-call' ? null : isoText(r.requested_pickup_at),
          pickupWindow: {
            start: isoText(r.pickup_window_start) ?? '',
            end: isoText(r.pickup_window_end) ?? '',
          },
          planned:
            r.planned_pickup_at && r.planned_dropoff_at
              ? {
                  pickupAt: isoText(r.planned_pickup_at) ?? '',
                  dropoffAt: isoText(r.planned_dropoff_at) ?? '',
                  plate: r.plate ?? '',
                }
              : null,
        }
      : null,
    sharedWith: b.shared_with ?? [],
    standingOrderId: b.standing_order_id,
    eligibilityOverride: b.eligibility_override,
    overlapOverride: b.overlap_override,
    lateCancel: b.late_cancel,
    lateCancelFrom: b.late_cancel_minutes
      ? new Date(b.pickup_window_start.getTime() - b.late_cancel_minutes * 60_000).toISOString()
      : null,
    cancelledByRole: b.cancelled_by_role,
    createdByName: b.created_by_name ?? '',
    createdAt: b.created_at.toISOString(),
    updatedAt: b.updated_at.toISOString(),
  };
}
