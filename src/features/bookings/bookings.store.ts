import type { BookingStatus } from '../../domain/booking-status.js';
import type { Db } from '../../infra/db/database.js';
import type { AlternativeView, BookingView } from './bookings.schema.js';

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
  dropoff_place_id: string | null;
  dropoff_label: string;
  dropoff_lat: number;
  dropoff_lng: number;
  requested_pickup_at: Date | null;
  arrive_by: Date | null;
  wheelchair: 'none' | 'manual' | 'electric';
  companions: number;
  infants: number;
  notes: string | null;
  eligibility_override: boolean;
  shift_id: string | null;
  vehicle_id: string | null;
  vehicle_plate: string | null;
  vehicle_label: string | null;
  driver_id: string | null;
  driver_name: string | null;
  pickup_window_start: Date;
  pickup_window_end: Date;
  dropoff_deadline: Date | null;
  planned_pickup_at: Date | null;
  planned_dropoff_at: Date | null;
  refusal_reason: string | null;
  alternatives: AlternativeView[] | null;
  service_date: string;
  idempotency_key: string | null;
  request_fingerprint: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** Columns of a new booking, as the service computes them. */
export interface NewBooking {
  id: string;
  serviceId: string;
  citizenId: string;
  pickup: { placeId: string | null; label: string; lat: number; lng: number };
  dropoff: { placeId: string | null; label: string; lat: number; lng: number };
  requestedPickupAt: Date | null;
  arriveBy: Date | null;
  wheelchair: 'none' | 'manual' | 'electric';
  companions: number;
  infants: number;
  notes: string | null;
  eligibilityOverride: boolean;
  pickupWindowStart: Date;
  pickupWindowEnd: Date;
  dropoffDeadline: Date | null;
  serviceDate: string;
  idempotencyKey: string | null;
  requestFingerprint: string | null;
  createdBy: string;
}

export const BOOKING_SELECT = `SELECT b.*, to_char(b.service_date, 'YYYY-MM-DD') AS service_date,
    c.full_name AS citizen_name, v.plate AS vehicle_plate, v.label AS vehicle_label,
    s.driver_id, d.full_name AS driver_name
  FROM bookings b
  JOIN citizens c ON c.id = b.citizen_id
  LEFT JOIN vehicles v ON v.id = b.vehicle_id
  LEFT JOIN shifts s ON s.id = b.shift_id
  LEFT JOIN drivers d ON d.id = s.driver_id`;

export function bookingToView(b: BookingRow): BookingView {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
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
    },
    dropoff: {
      placeId: b.dropoff_place_id,
      label: b.dropoff_label,
      lat: b.dropoff_lat,
      lng: b.dropoff_lng,
    },
    pickupAt: iso(b.requested_pickup_at),
    arriveBy: iso(b.arrive_by),
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
    notes: b.notes,
    refusal: b.refusal_reason
      ? { reason: b.refusal_reason, alternatives: b.alternatives ?? [] }
      : null,
    eligibilityOverride: b.eligibility_override,
    createdAt: b.created_at.toISOString(),
    updatedAt: b.updated_at.toISOString(),
  };
}

export interface BookingEventInput {
  bookingId: string;
  type: string;
  fromStatus: BookingStatus | null;
  toStatus: BookingStatus | null;
  actorUserId: string | null;
  actorRole: string;
  details?: Record<string, unknown>;
  clientEventId?: string;
}

export function createBookingsStore(db: Db) {
  return {
    async insert(b: NewBooking, tx: Db = db): Promise<void> {
      await tx.query(
        `INSERT INTO bookings (id, service_id, citizen_id, status,
           pickup_place_id, pickup_label, pickup_lat, pickup_lng,
           dropoff_place_id, dropoff_label, dropoff_lat, dropoff_lng,
           requested_pickup_at, arrive_by, wheelchair, companions, infants, notes, eligibility_override,
           pickup_window_start, pickup_window_end, dropoff_deadline, service_date,
           idempotency_key, request_fingerprint, created_by)
         VALUES ($1, $2, $3, 'pending', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
           $19, $20, $21, $22, $23, $24, $25)`,
        [
          b.id,
          b.serviceId,
          b.citizenId,
          b.pickup.placeId,
          b.pickup.label,
          b.pickup.lat,
          b.pickup.lng,
          b.dropoff.placeId,
          b.dropoff.label,
          b.dropoff.lat,
          b.dropoff.lng,
          b.requestedPickupAt,
          b.arriveBy,
          b.wheelchair,
          b.companions,
          b.infants,
          b.notes,
          b.eligibilityOverride,
          b.pickupWindowStart,
          b.pickupWindowEnd,
          b.dropoffDeadline,
          b.serviceDate,
          b.idempotencyKey,
          b.requestFingerprint,
          b.createdBy,
        ],
      );
    },
    async findById(id: string, tx: Db = db): Promise<BookingRow | undefined> {
      return (await tx.query<BookingRow>(`${BOOKING_SELECT} WHERE b.id = $1`, [id]))[0];
    },
    /** Several bookings in one query (announcing a changed route). */
    findByIds(ids: readonly string[], tx: Db = db): Promise<BookingRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return tx.query<BookingRow>(`${BOOKING_SELECT} WHERE b.id = ANY($1::uuid[])`, [[...ids]]);
    },
    /** Locks the booking row for the rest of the transaction. */
    async lock(id: string, tx: Db): Promise<BookingRow | undefined> {
      const rows = await tx.query<{ id: string }>(
        'SELECT id FROM bookings WHERE id = $1 FOR UPDATE',
        [id],
      );
      return rows[0] ? this.findById(id, tx) : undefined;
    },
    async findByIdempotencyKey(createdBy: string, key: string): Promise<BookingRow | undefined> {
      return (
        await db.query<BookingRow>(
          `${BOOKING_SELECT} WHERE b.created_by = $1 AND b.idempotency_key = $2`,
          [createdBy, key],
        )
      )[0];
    },
    list(filter: {
      date: string;
      serviceId?: string | undefined;
      status?: BookingStatus | undefined;
    }) {
      return db.query<BookingRow>(
        `${BOOKING_SELECT} WHERE b.service_date = $1
           AND ($2::text IS NULL OR b.service_id = $2) AND ($3::text IS NULL OR b.status = $3)
         ORDER BY b.pickup_window_start, b.created_at`,
        [filter.date, filter.serviceId ?? null, filter.status ?? null],
      );
    },
    /** Bookings accepted but not planned for longer than `olderThan`: the relay's work list. */
    pendingSince(olderThan: Date, limit: number) {
      return db.query<{ id: string }>(
        `SELECT id FROM bookings WHERE status = 'pending' AND created_at < $1 ORDER BY created_at LIMIT $2`,
        [olderThan, limit],
      );
    },
    async insertEvent(e: BookingEventInput, tx: Db = db): Promise<void> {
      await tx.query(
        `INSERT INTO booking_events (booking_id, type, from_status, to_status, actor_user_id, actor_role, details, client_event_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          e.bookingId,
          e.type,
          e.fromStatus,
          e.toStatus,
          e.actorUserId,
          e.actorRole,
          e.details ?? null,
          e.clientEventId ?? null,
        ],
      );
    },
    async eventByClientId(clientEventId: string, tx: Db = db) {
      return (
        await tx.query<{ booking_id: string }>(
          'SELECT booking_id FROM booking_events WHERE client_event_id = $1',
          [clientEventId],
        )
      )[0];
    },
    events(bookingId: string) {
      return db.query<{
        id: number;
        type: string;
        from_status: string | null;
        to_status: string | null;
        actor_role: string;
        at: Date;
        details: Record<string, unknown> | null;
      }>(
        'SELECT id, type, from_status, to_status, actor_role, at, details FROM booking_events WHERE booking_id = $1 ORDER BY id',
        [bookingId],
      );
    },
    async setStatus(id: string, status: BookingStatus, tx: Db): Promise<void> {
      await tx.query('UPDATE bookings SET status = $2, updated_at = now() WHERE id = $1', [
        id,
        status,
      ]);
    },
  };
}

export type BookingsStore = ReturnType<typeof createBookingsStore>;
