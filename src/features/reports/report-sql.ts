import { IZMIT_PLACES, NEARBY_HOSPITALS } from '../../domain/places/izmit-gazetteer.js';
import type { Db } from '../../infra/db/database.js';
import { DEFAULT_OFFLINE_SETTINGS } from '../../infra/maps/offline-model-settings.js';

/**
 * SQL pieces the reports share with the database functions of migration 0019
 * (which builds the per-day summaries from them): one definition of each
 * figure, whether it is read live from the bookings or from a summary.
 * Changing one changes what a new summary holds: ship a migration that
 * replaces `report_build_days` and clears `report_days` with it.
 */

/**
 * Without the no-show policy's `bookings.late_cancel` flag, a cancel counts as
 * late when it was recorded less than this before the pickup window opened.
 */
export const DERIVED_LATE_CANCEL_MINUTES = 60;

/** Cancels the system made on its own: a holiday declared, a standing order changed or ended. */
const SYSTEM_CANCEL_REASONS = ['holiday', 'standing order changed'];
const STAFF_ROLES = ['operator', 'supervisor', 'admin'];
const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

const derivedLate = `b.cancel_event_at > b.pickup_window_start - interval '${DERIVED_LATE_CANCEL_MINUTES} minutes'`;
/** Bookings made before the no-show policy (no deadline of their own) have no flag: derived. */
export const LATE_CANCEL = `(b.late_cancel OR (b.late_cancel_minutes IS NULL AND ${derivedLate}))`;
export const CANCEL_ROLE = 'COALESCE(b.cancelled_by_role, b.cancel_event_role)';
export const SYSTEM_CANCEL = `(${CANCEL_ROLE} NOT IN ('citizen', ${list(STAFF_ROLES)})
  OR b.cancel_event_reason IN (${list(SYSTEM_CANCEL_REASONS)}))`;

/** Rides that reached the citizen's door, whatever came of them: what service quality counts. */
export const QUALITY_STATUSES = `('completed', 'no-show', 'on-board', 'arrived')`;

/**
 * Distances are equirectangular at İzmit's latitude: within a district they
 * differ from the great circle by well under a per cent, and cost a year's
 * report no trigonometry per ride.
 */
const KM_PER_DEGREE = 111.195;
export const COS_LAT = Math.cos((40.77 * Math.PI) / 180).toFixed(5);

/** Road kilometres between two points as the offline travel-time model reckons them. */
export const roadKm = (lat1: string, lng1: string, lat2: string, lng2: string) =>
  `(${KM_PER_DEGREE} * sqrt((${lat2} - ${lat1}) ^ 2 + ((${lng2} - ${lng1}) * ${COS_LAT}) ^ 2)
   * ${DEFAULT_OFFLINE_SETTINGS.detourFactor})`;

/** The offline model's free-flow speed (km/h) at a point: centre, district or village. */
function speedAt(lat: string, lng: string): string {
  const s = DEFAULT_OFFLINE_SETTINGS;
  const fromCentre = roadKm(lat, lng, String(s.centre.lat), String(s.centre.lng));
  const km = `(${fromCentre} / ${s.detourFactor})`;
  return `(CASE WHEN ${km} <= ${s.centreRadiusM / 1000} THEN ${s.speedKmh.centre}
    WHEN ${km} <= ${s.districtRadiusM / 1000} THEN ${s.speedKmh.district}
    ELSE ${s.speedKmh.village} END)`;
}

/**
 * The direct ride in minutes: the offline model's free flow (road distance
 * driven half at the origin's speed, half at the destination's, plus the
 * trip overhead), without the hour's congestion.
 */
export const DIRECT_MINUTES = `(${roadKm('b.pickup_lat', 'b.pickup_lng', 'b.dropoff_lat', 'b.dropoff_lng')}
  * (0.5 / ${speedAt('b.pickup_lat', 'b.pickup_lng')} + 0.5 / ${speedAt('b.dropoff_lat', 'b.dropoff_lng')}) * 60
  + ${DEFAULT_OFFLINE_SETTINGS.tripOverheadSec / 60})`;

/**
 * A shift's completed rides in the order it drove them, as legs: shared when
 * the time aboard overlaps another ride's, and the empty kilometres driven to
 * reach the pickup with nobody aboard (from the depot, or the last drop-off)
 * and back to the depot after the last. `rides` has one row per ride with
 * ride_start, ride_end, pickup and drop-off; `partition` names the columns
 * that make one run of a shift (a shift, a shift's day, a service's part of it).
 */
export function legsOf(rides: string, partition: string): string {
  return `(
  SELECT o.*,
    (o.before_end > o.ride_start OR o.next_start < o.ride_end) AS shared,
    CASE WHEN o.n = 1 THEN ${roadKm('v.depot_lat', 'v.depot_lng', 'o.pickup_lat', 'o.pickup_lng')}
         WHEN o.before_end <= o.ride_start THEN ${roadKm('o.prev_lat', 'o.prev_lng', 'o.pickup_lat', 'o.pickup_lng')}
         ELSE 0 END
    + CASE WHEN o.last_of_shift THEN ${roadKm('o.dropoff_lat', 'o.dropoff_lng', 'v.depot_lat', 'v.depot_lng')}
         ELSE 0 END AS empty_km
  FROM (
    SELECT r.*,
      max(r.ride_end) OVER w_before AS before_end,
      lead(r.ride_start) OVER w AS next_start,
      lag(r.dropoff_lat) OVER w AS prev_lat, lag(r.dropoff_lng) OVER w AS prev_lng,
      row_number() OVER w AS n,
      lead(r.id) OVER w IS NULL AS last_of_shift
    FROM ${rides} r
    WINDOW w AS (PARTITION BY ${partition} ORDER BY r.ride_start, r.id),
      w_before AS (PARTITION BY ${partition} ORDER BY r.ride_start, r.id
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ) o JOIN shifts sh ON sh.id = o.shift_id JOIN vehicles v ON v.id = sh.vehicle_id
)`;
}

/** Completed rides on a shift with a start, as `legsOf` reads them, from bookings `b` matching `where`. */
export const shiftRides = (where: string) => `(
  SELECT b.id, b.service_id, b.service_date, b.shift_id, b.dropped_off_at,
    b.pickup_lat, b.pickup_lng, b.dropoff_lat, b.dropoff_lng,
    COALESCE(b.picked_up_at, b.planned_pickup_at) AS ride_start,
    COALESCE(b.dropped_off_at, b.planned_dropoff_at) AS ride_end
  FROM bookings b
  WHERE ${where} AND b.status = 'completed' AND b.shift_id IS NOT NULL
    AND COALESCE(b.picked_up_at, b.planned_pickup_at) IS NOT NULL
)`;

/**
 * The gazetteer as SQL arrays ($4–$8 of every report), so the database knows
 * which pickup is a neighbourhood (mahalle) or village (köy), and where each place is.
 */
const GAZETTEER = [...IZMIT_PLACES, ...NEARBY_HOSPITALS];
const PLACE_PARAMS = [
  GAZETTEER.map((p) => p.id),
  GAZETTEER.map((p) => p.name),
  GAZETTEER.map((p) => p.kind),
  GAZETTEER.map((p) => p.lat),
  GAZETTEER.map((p) => p.lng),
];
export const PLACES_CTE = `places AS (
  SELECT * FROM unnest($4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[])
    AS p(id, name, kind, lat, lng)
)`;

/** The nearest neighbourhood or village to a dropped pin (a booking without a place id). */
export const nearestArea = (lat: string, lng: string) =>
  `(SELECT p.id FROM places p WHERE p.kind IN ('mahalle', 'koy')
     ORDER BY (p.lat - ${lat}) ^ 2 + ((p.lng - ${lng}) * ${COS_LAT}) ^ 2 LIMIT 1)`;

/** The period's bookings (bookings_report_idx for a service, bookings_day_idx for all). */
export const IN_PERIOD = `b.service_date BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR b.service_id = $3)`;

/** A report's parameters: the period ($1, $2), the service or null ($3), the gazetteer ($4–$8). */
export function reportParams(f: { from: string; to: string; serviceId: string | null }): unknown[] {
  return [f.from, f.to, f.serviceId, ...PLACE_PARAMS];
}

/**
 * Runs a report in its own transaction with room to sort in memory and no
 * JIT compilation (which costs seconds and gains nothing on one scan).
 */
export async function runReport<Row>(
  db: Db,
  sql: string,
  values: readonly unknown[],
): Promise<Row[]> {
  return db.transaction(async (tx) => {
    if (tx.dialect === 'postgres')
      await tx.query(
        `SELECT set_config('jit', 'off', true), set_config('work_mem', '256MB', true)`,
      );
    return tx.query<Row>(sql, values);
  });
}
