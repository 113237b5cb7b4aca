import type { BookingStatus } from '../../domain/booking-status.js';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
import type { Db } from '../../infra/db/database.js';
import {
  BOOKING_ROW_SELECT,
  BOOKING_SELECT,
  type BookingOwnRow,
  type BookingRow,
} from './booking-row.js';
import type { AlternativeView, DoorAddress, ExplanationItem } from './bookings.schema.js';

export {
  BOOKING_SELECT,
  type BookingOwnRow,
  type BookingRow,
  bookingToView,
} from './booking-row.js';

/** Columns of a new booking, as the service computes them. */
export interface NewBooking {
  id: string;
  serviceId: string;
  citizenId: string;
  status: 'pending' | 'will-call';
  pickup: NewPlace;
  dropoff: NewPlace;
  requestedPickupAt: Date | null;
  arriveBy: Date | null;
  asap: boolean;
  wheelchair: 'none' | 'manual' | 'electric';
  walkingAid: boolean;
  companions: number;
  infants: number;
  notes: string | null;
  eligibilityOverride: boolean;
  overlapOverride: boolean;
  pickupWindowStart: Date;
  pickupWindowEnd: Date;
  dropoffEarliest: Date | null;
  dropoffDeadline: Date | null;
  returnOf: string | null;
  returnReadyAfterMinutes: number | null;
  standingOrderId: string | null;
  serviceDate: string;
  idempotencyKey: string | null;
  requestFingerprint: string | null;
  createdBy: string;
  /** The service's no-show policy when booked: the ride keeps it if the service's changes. */
  noShowWaitMinutes?: number | null;
  lateCancelMinutes?: number | null;
}

interface NewPlace {
  placeId: string | null;
  label: string;
  lat: number;
  lng: number;
  address?: DoorAddress | null;
}

/** Bookings that keep their citizen busy: not ended, not refused. */
const ACTIVE: readonly BookingStatus[] = [
  'pending',
  'will-call',
  'scheduled',
  'arrived',
  'on-board',
];

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
    /**
     * Inserts a booking and, with `createdBy`, its `created` event in the same
     * statement: a booking with neither return nor audit is then one round
     * trip, without a transaction around it.
     */
    async insert(
      b: NewBooking,
      tx: Db = db,
      createdBy?: { id: string; role: string },
    ): Promise<void> {
      await tx.query(
        `WITH inserted AS (
         INSERT INTO bookings (id, service_id, citizen_id, status,
           pickup_place_id, pickup_label, pickup_lat, pickup_lng, pickup_address,
           dropoff_place_id, dropoff_label, dropoff_lat, dropoff_lng, dropoff_address,
           requested_pickup_at, arrive_by, asap, wheelchair, walking_aid, companions, infants, notes,
           eligibility_override, overlap_override, pickup_window_start, pickup_window_end,
           dropoff_earliest, dropoff_deadline, return_of, return_ready_after_minutes, standing_order_id,
           service_date, idempotency_key, request_fingerprint, created_by, no_show_wait_minutes,
           late_cancel_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
           $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37)
         RETURNING id, status
       )
       INSERT INTO booking_events (booking_id, type, from_status, to_status, actor_user_id, actor_role)
       SELECT id, 'created', NULL, status, $38, $39 FROM inserted WHERE $39::text IS NOT NULL`,
        [
          b.id,
          b.serviceId,
          b.citizenId,
          b.status,
          b.pickup.placeId,
          b.pickup.label,
          b.pickup.lat,
          b.pickup.lng,
          jsonOrNull(b.pickup.address),
          b.dropoff.placeId,
          b.dropoff.label,
          b.dropoff.lat,
          b.dropoff.lng,
          jsonOrNull(b.dropoff.address),
          b.requestedPickupAt,
          b.arriveBy,
          b.asap,
          b.wheelchair,
          b.walkingAid,
          b.companions,
          b.infants,
          dataCipher().encrypt(b.notes),
          b.eligibilityOverride,
          b.overlapOverride,
          b.pickupWindowStart,
          b.pickupWindowEnd,
          b.dropoffEarliest,
          b.dropoffDeadline,
          b.returnOf,
          b.returnReadyAfterMinutes,
          b.standingOrderId,
          b.serviceDate,
          b.idempotencyKey,
          b.requestFingerprint,
          b.createdBy,
          b.noShowWaitMinutes ?? null,
          b.lateCancelMinutes ?? null,
          createdBy?.id ?? null,
          createdBy?.role ?? null,
        ],
      );
    },
    async findById(id: string, tx: Db = db): Promise<BookingRow | undefined> {
      return (await tx.query<BookingRow>(`${BOOKING_SELECT} WHERE b.id = $1`, [id]))[0];
    },
    /** The booking's own columns without the view's joins (the planner's reads). */
    async findRowById(id: string, tx: Db = db): Promise<BookingOwnRow | undefined> {
      return (await tx.query<BookingOwnRow>(`${BOOKING_ROW_SELECT} WHERE b.id = $1`, [id]))[0];
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
    /** The row alone (a request sent again reads its booking's view only when there is one). */
    async findByIdempotencyKey(createdBy: string, key: string): Promise<BookingOwnRow | undefined> {
      return (
        await db.query<BookingOwnRow>(
          `${BOOKING_ROW_SELECT} WHERE b.created_by = $1 AND b.idempotency_key = $2`,
          [createdBy, key],
        )
      )[0];
    },
    list(filter: {
      date: string;
      serviceId?: string | undefined;
      status?: BookingStatus | undefined;
      vehicleId?: string | undefined;
    }) {
      return db.query<BookingRow>(
        `${BOOKING_SELECT} WHERE b.service_date = $1
           AND ($2::text IS NULL OR b.service_id = $2) AND ($3::text IS NULL OR b.status = $3)
           AND ($4::uuid IS NULL OR b.vehicle_id = $4)
         ORDER BY b.pickup_window_start, b.created_at`,
        [filter.date, filter.serviceId ?? null, filter.status ?? null, filter.vehicleId ?? null],
      );
    },
    /** A citizen's rides: upcoming (soonest first) or past (latest first). */
    listByCitizen(citizenId: string, scope: 'upcoming' | 'past', now: Date, limit = 100) {
      return db.query<BookingRow>(
        scope === 'upcoming'
          ? `${BOOKING_SELECT} WHERE b.citizen_id = $1 AND b.pickup_window_end >= $2
               AND b.status = ANY($3::text[]) ORDER BY b.pickup_window_start LIMIT $4`
          : `${BOOKING_SELECT} WHERE b.citizen_id = $1
               AND (b.pickup_window_end < $2 OR NOT (b.status = ANY($3::text[])))
             ORDER BY b.pickup_window_start DESC LIMIT $4`,
        [citizenId, now, ACTIVE, limit],
      );
    },
    /**
     * The citizen's active bookings whose time could touch [from, to]: candidates
     * for the overlap rule. The rows alone: every booking asks this, and the
     * view's joins (the car, the driver, who shares the ride) cost a lookup per
     * row for nothing the overlap check reads.
     */
    activeOfCitizenAround(citizenId: string, from: Date, to: Date, tx: Db = db) {
      return tx.query<BookingOwnRow>(
        `${BOOKING_ROW_SELECT} WHERE b.citizen_id = $1 AND b.status = ANY($2::text[])
           AND b.pickup_window_start < $4::timestamptz AND b.pickup_window_end > $3::timestamptz - interval '1 day'`,
        [citizenId, ACTIVE, from, to],
      );
    },
    /** The bookings returning from `outboundId` that are still alive. */
    activeReturnsOf(outboundId: string, tx: Db = db) {
      return tx.query<BookingRow>(
        `${BOOKING_SELECT} WHERE b.return_of = $1 AND b.status = ANY($2::text[])`,
        [outboundId, ACTIVE],
      );
    },
    /** Bookings accepted but not planned for longer than `olderThan`: the relay's work list. */
    pendingSince(olderThan: Date, limit: number) {
      return db.query<{ id: string }>(
        `SELECT id FROM bookings WHERE status = 'pending' AND created_at < $1 ORDER BY created_at LIMIT $2`,
        [olderThan, limit],
      );
    },
    /** True once the booking was put back to planning after a promise (a car withdrawn, a move). */
    async wasReplanned(id: string): Promise<boolean> {
      const rows = await db.query<{ one: number }>(
        `SELECT 1 AS one FROM booking_events WHERE booking_id = $1 AND type = 'replanned' LIMIT 1`,
        [id],
      );
      return rows.length > 0;
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
        actor_name: string | null;
        at: Date;
        details: Record<string, unknown> | null;
      }>(
        `SELECT e.id, e.type, e.from_status, e.to_status, e.actor_role, u.display_name AS actor_name, e.at, e.details
         FROM booking_events e LEFT JOIN users u ON u.id = e.actor_user_id
         WHERE e.booking_id = $1 ORDER BY e.id`,
        [bookingId],
      );
    },
    /**
     * The one way a booking's status changes: a compare-and-set from the
     * states `from` allows. Answers false (and writes nothing) when the booking
     * has moved on meanwhile, e.g. a cancel that won the race with the planner.
     */
    async transition(
      id: string,
      from: readonly BookingStatus[],
      to: BookingStatus,
      tx: Db,
    ): Promise<boolean> {
      const rows = await tx.query<{ id: string }>(
        `UPDATE bookings SET status = $3, updated_at = now()
         WHERE id = $1 AND status = ANY($2::text[]) RETURNING id`,
        [id, [...from], to],
      );
      return rows.length === 1;
    },
    /** pending → refused, with the reason, the feasible alternatives and the explanation. */
    async markRefused(
      id: string,
      refusal: { reason: string; alternatives: AlternativeView[]; explanation: ExplanationItem[] },
      tx: Db,
    ): Promise<boolean> {
      const rows = await tx.query<{ id: string }>(
        `UPDATE bookings SET status = 'refused', refusal_reason = $2, alternatives = $3, explanation = $4,
           updated_at = now()
         WHERE id = $1 AND status = 'pending' RETURNING id`,
        [
          id,
          refusal.reason,
          JSON.stringify(refusal.alternatives),
          JSON.stringify(refusal.explanation),
        ],
      );
      return rows.length === 1;
    },
    /** The planned times of every booking on a shift's route (engine start of service). */
    /**
     * Writes a route's planned times, shift and vehicle, and returns the ids of the bookings it
     * changed: an insertion moves only the stops after it, and only those need telling.
     */
    async setPlannedTimes(
      entries: readonly { id: string; pickupAt: Date; dropoffAt: Date }[],
      shiftId: string,
      vehicleId: string,
      tx: Db,
    ): Promise<string[]> {
      if (entries.length === 0) return [];
      // One statement for the whole route: the commit otherwise waits on a round trip per booking.
      const rows = await tx.query<{ id: string }>(
        `UPDATE bookings b SET planned_pickup_at = t.pickup, planned_dropoff_at = t.dropoff, shift_id = $4,
           vehicle_id = $5, updated_at = now()
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS t(id, pickup, dropoff)
         WHERE b.id = t.id
           AND (b.planned_pickup_at IS DISTINCT FROM t.pickup OR b.planned_dropoff_at IS DISTINCT FROM t.dropoff
                OR b.shift_id IS DISTINCT FROM $4 OR b.vehicle_id IS DISTINCT FROM $5)
         RETURNING b.id`,
        [
          entries.map((e) => e.id),
          entries.map((e) => e.pickupAt),
          entries.map((e) => e.dropoffAt),
          shiftId,
          vehicleId,
        ],
      );
      return rows.map((r) => r.id);
    },
    /** Replaces the pickup window (an appointment's promise, an ASAP ride's found window). */
    /** A booking's window, and with `requestedAt` the time it is told as asked for. */
    async setPickupWindow(
      id: string,
      start: Date,
      end: Date,
      tx: Db,
      options: { requestedAt?: Date } = {},
    ): Promise<void> {
      await tx.query(
        `UPDATE bookings SET pickup_window_start = $2, pickup_window_end = $3,
           requested_pickup_at = COALESCE($4, requested_pickup_at) WHERE id = $1`,
        [id, start, end, options.requestedAt ?? null],
      );
    },
    /**
     * Puts a booking back to planning with new times (a moved appointment, a
     * confirmed will-call return): off its vehicle, `pending` again.
     */
    async replan(
      id: string,
      from: readonly BookingStatus[],
      times: {
        requestedPickupAt: Date | null;
        arriveBy: Date | null;
        pickupWindowStart: Date;
        pickupWindowEnd: Date;
        dropoffEarliest: Date | null;
        dropoffDeadline: Date | null;
        serviceDate: string;
      },
      tx: Db,
    ): Promise<boolean> {
      const rows = await tx.query<{ id: string }>(
        `UPDATE bookings SET status = 'pending', requested_pickup_at = $3, arrive_by = $4,
           pickup_window_start = $5, pickup_window_end = $6, dropoff_earliest = $7, dropoff_deadline = $8,
           service_date = $9, shift_id = NULL, vehicle_id = NULL, planned_pickup_at = NULL,
           planned_dropoff_at = NULL, refusal_reason = NULL, alternatives = NULL, explanation = NULL,
           updated_at = now()
         WHERE id = $1 AND status = ANY($2::text[]) RETURNING id`,
        [
          id,
          [...from],
          times.requestedPickupAt,
          times.arriveBy,
          times.pickupWindowStart,
          times.pickupWindowEnd,
          times.dropoffEarliest,
          times.dropoffDeadline,
          times.serviceDate,
        ],
      );
      return rows.length === 1;
    },
  };
}

export type BookingsStore = ReturnType<typeof createBookingsStore>;

function jsonOrNull(value: object | null | undefined): string | null {
  return value && Object.keys(value).length > 0 ? JSON.stringify(value) : null;
}
