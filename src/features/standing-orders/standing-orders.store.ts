import type { BookingStatus } from '../../domain/booking-status.js';
import { isoWeekdayOf, type SeriesReturn } from '../../domain/standing-orders.js';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
import type { Db } from '../../infra/db/database.js';
import type { ResolvedLocation } from '../citizens/citizens.schema.js';

export interface StandingOrderRow {
  id: string;
  citizen_id: string;
  citizen_name: string;
  service_id: string;
  pickup: ResolvedLocation;
  dropoff: ResolvedLocation;
  weekdays: number[];
  local_time: string;
  starts_on: string;
  ends_on: string;
  wheelchair: 'none' | 'manual' | 'electric';
  walking_aid: boolean;
  companions: number;
  infants: number;
  notes: string | null;
  return_trip: SeriesReturn | null;
  eligibility_override: { reason: string } | null;
  status: 'active' | 'ended';
  ended_at: Date | null;
  end_reason: string | null;
  version: number;
  created_by: string;
  created_by_name: string;
  created_at: Date;
  updated_at: Date;
}

/** Why an attempt booked nothing: the booking service's error code and its values. */
export interface OccurrenceFailure {
  code: string;
  params: Record<string, string | number>;
}

export interface OccurrenceRow {
  date: string;
  attempt: number;
  booking_id: string | null;
  failure: OccurrenceFailure | null;
  booking_status: BookingStatus | null;
  /** The booked pickup or appointment: the time as it was booked, whatever the series says now. */
  booking_at: Date | null;
}

/** The fields of a series a change may set; the rest stays. */
export interface SeriesFields {
  pickup: ResolvedLocation;
  dropoff: ResolvedLocation;
  weekdays: number[];
  time: string;
  endsOn: string;
  wheelchair: 'none' | 'manual' | 'electric';
  walkingAid: boolean;
  companions: number;
  infants: number;
  notes: string | null;
  returnTrip: SeriesReturn | null;
}

export interface NewStandingOrder extends SeriesFields {
  id: string;
  citizenId: string;
  serviceId: string;
  startsOn: string;
  eligibilityOverride: { reason: string } | null;
  createdBy: string;
}

const SELECT = `SELECT o.*, to_char(o.starts_on, 'YYYY-MM-DD') AS starts_on,
    to_char(o.ends_on, 'YYYY-MM-DD') AS ends_on,
    c.full_name AS citizen_name, u.display_name AS created_by_name
  FROM standing_orders o
  JOIN citizens c ON c.id = o.citizen_id
  JOIN users u ON u.id = o.created_by`;

// The notes are encrypted at rest; rows leave the store with them readable.
function readOrder(row: StandingOrderRow): StandingOrderRow {
  return { ...row, notes: dataCipher().decrypt(row.notes) };
}

/** Owns standing_orders and standing_order_occurrences; bookings are only read. */
export function createStandingOrdersStore(db: Db) {
  return {
    async insert(s: NewStandingOrder, tx: Db = db): Promise<void> {
      await tx.query(
        `INSERT INTO standing_orders (id, citizen_id, service_id, pickup, dropoff, weekdays, local_time,
           starts_on, ends_on, wheelchair, walking_aid, companions, infants, notes, return_trip,
           eligibility_override, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [
          s.id,
          s.citizenId,
          s.serviceId,
          JSON.stringify(s.pickup),
          JSON.stringify(s.dropoff),
          s.weekdays,
          s.time,
          s.startsOn,
          s.endsOn,
          s.wheelchair,
          s.walkingAid,
          s.companions,
          s.infants,
          dataCipher().encrypt(s.notes),
          s.returnTrip ? JSON.stringify(s.returnTrip) : null,
          s.eligibilityOverride ? JSON.stringify(s.eligibilityOverride) : null,
          s.createdBy,
        ],
      );
    },
    async findById(id: string, tx: Db = db): Promise<StandingOrderRow | undefined> {
      const row = (await tx.query<StandingOrderRow>(`${SELECT} WHERE o.id = $1`, [id]))[0];
      return row && readOrder(row);
    },
    /** Locks the series for the rest of the transaction: changes and booking runs take turns. */
    async lock(id: string, tx: Db): Promise<StandingOrderRow | undefined> {
      const rows = await tx.query('SELECT id FROM standing_orders WHERE id = $1 FOR UPDATE', [id]);
      return rows.length > 0 ? this.findById(id, tx) : undefined;
    },
    async ofCitizen(citizenId: string): Promise<StandingOrderRow[]> {
      const rows = await db.query<StandingOrderRow>(
        `${SELECT} WHERE o.citizen_id = $1 ORDER BY o.status, o.starts_on DESC, o.created_at DESC`,
        [citizenId],
      );
      return rows.map(readOrder);
    },
    /** Series still running on or after `date`: the daily run's work list. */
    async activeThrough(date: string): Promise<string[]> {
      const rows = await db.query<{ id: string }>(
        `SELECT id FROM standing_orders WHERE status = 'active' AND ends_on >= $1 ORDER BY created_at`,
        [date],
      );
      return rows.map((r) => r.id);
    },
    /** Active series whose range covers `date` (a holiday added or removed). */
    async activeOn(date: string): Promise<string[]> {
      const rows = await db.query<{ id: string }>(
        `SELECT id FROM standing_orders
          WHERE status = 'active' AND starts_on <= $1 AND ends_on >= $1 AND $2 = ANY(weekdays)`,
        [date, isoWeekdayOf(date)],
      );
      return rows.map((r) => r.id);
    },
    async update(id: string, f: SeriesFields, tx: Db): Promise<void> {
      await tx.query(
        `UPDATE standing_orders SET pickup = $2, dropoff = $3, weekdays = $4, local_time = $5,
           ends_on = $6, wheelchair = $7, walking_aid = $8, companions = $9, infants = $10, notes = $11,
           return_trip = $12, version = version + 1, updated_at = now()
         WHERE id = $1`,
        [
          id,
          JSON.stringify(f.pickup),
          JSON.stringify(f.dropoff),
          f.weekdays,
          f.time,
          f.endsOn,
          f.wheelchair,
          f.walkingAid,
          f.companions,
          f.infants,
          dataCipher().encrypt(f.notes),
          f.returnTrip ? JSON.stringify(f.returnTrip) : null,
        ],
      );
    },
    async end(id: string, e: { at: Date; reason: string; by: string }, tx: Db): Promise<void> {
      await tx.query(
        `UPDATE standing_orders SET status = 'ended', ended_at = $2, end_reason = $3, ended_by = $4,
           version = version + 1, updated_at = now()
         WHERE id = $1`,
        [id, e.at, e.reason, e.by],
      );
    },
    occurrences(id: string, tx: Db = db) {
      return tx.query<OccurrenceRow>(
        `SELECT to_char(x.date, 'YYYY-MM-DD') AS date, x.attempt, x.booking_id, x.failure,
            b.status AS booking_status, COALESCE(b.requested_pickup_at, b.arrive_by) AS booking_at
           FROM standing_order_occurrences x
           LEFT JOIN bookings b ON b.id = x.booking_id
          WHERE x.standing_order_id = $1
          ORDER BY x.date`,
        [id],
      );
    },
    /** Occurrences of every series booked for one date (a new holiday cancels them). */
    bookedOn(date: string) {
      return db.query<{
        standing_order_id: string;
        attempt: number;
        booking_id: string;
        booking_status: BookingStatus;
        service_id: string;
        booking_at: Date;
      }>(
        `SELECT x.standing_order_id, x.attempt, x.booking_id, b.status AS booking_status, b.service_id,
            COALESCE(b.requested_pickup_at, b.arrive_by) AS booking_at
           FROM standing_order_occurrences x JOIN bookings b ON b.id = x.booking_id
          WHERE x.date = $1`,
        [date],
      );
    },
    /**
     * Records the booking of an attempt. Only the attempt that is current may
     * record, and only once: false means a change or a holiday overtook it.
     */
    async recordBooked(
      id: string,
      date: string,
      attempt: number,
      bookingId: string,
      tx: Db,
    ): Promise<boolean> {
      const rows = await tx.query(
        `INSERT INTO standing_order_occurrences (standing_order_id, date, attempt, booking_id)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (standing_order_id, date) DO UPDATE
           SET booking_id = EXCLUDED.booking_id, failure = NULL, updated_at = now()
           WHERE standing_order_occurrences.attempt = EXCLUDED.attempt
             AND (standing_order_occurrences.booking_id IS NULL
               OR standing_order_occurrences.booking_id = EXCLUDED.booking_id)
         RETURNING date`,
        [id, date, attempt, bookingId],
      );
      return rows.length > 0;
    },
    async recordFailure(
      id: string,
      date: string,
      attempt: number,
      failure: OccurrenceFailure,
      tx: Db = db,
    ): Promise<void> {
      await tx.query(
        `INSERT INTO standing_order_occurrences (standing_order_id, date, attempt, failure)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (standing_order_id, date) DO UPDATE
           SET failure = EXCLUDED.failure, updated_at = now()
           WHERE standing_order_occurrences.attempt = EXCLUDED.attempt
             AND standing_order_occurrences.booking_id IS NULL`,
        [id, date, attempt, JSON.stringify(failure)],
      );
    },
    /**
     * Frees a date for a new booking after its ride was cancelled (a change, a
     * holiday): the next attempt gets a new idempotency key. The cancelled
     * booking stays linked to the series through bookings.standing_order_id.
     */
    async nextAttempt(id: string, date: string, after: number, tx: Db = db): Promise<void> {
      await tx.query(
        `INSERT INTO standing_order_occurrences (standing_order_id, date, attempt)
         VALUES ($1, $2, $3 + 1)
         ON CONFLICT (standing_order_id, date) DO UPDATE
           SET attempt = GREATEST(standing_order_occurrences.attempt, EXCLUDED.attempt),
               booking_id = NULL, failure = NULL, updated_at = now()`,
        [id, date, after],
      );
    },
    /** Forgets a failed attempt so the next run tries again (same attempt: nothing was booked). */
    async clearFailure(id: string, date: string, tx: Db = db): Promise<void> {
      await tx.query(
        `UPDATE standing_order_occurrences SET failure = NULL, updated_at = now()
          WHERE standing_order_id = $1 AND date = $2 AND booking_id IS NULL`,
        [id, date],
      );
    },
  };
}

export type StandingOrdersStore = ReturnType<typeof createStandingOrdersStore>;
