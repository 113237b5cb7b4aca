/**
 * The activity and quality reports computed straight from the bookings, as
 * they were before the per-day summaries (migration 0019): kept as the
 * reference the summaries are tested against, never served.
 */
import type { Db } from '../../infra/db/database.js';
import {
  CANCEL_ROLE,
  DIRECT_MINUTES,
  IN_PERIOD,
  LATE_CANCEL,
  nearestArea,
  PLACES_CTE,
  reportParams,
  roadKm,
  runReport,
  SYSTEM_CANCEL,
} from './report-sql.js';
import type { ActivityRow, PlaceRow, QualityRow, ReportFilter } from './reports.store.js';

/**
 * Distinct pickup (or drop-off) places of the period's bookings; a dropped
 * pin (no place id) counts at its nearest neighbourhood or village, looked
 * up once per ~100 m square rather than once per booking.
 */
const placesOf = (where: string, ends: 'pickup' | 'both') => `(
  SELECT g.service_id, COALESCE(g.place_id, ${nearestArea('g.lat', 'g.lng')}) AS place_id
  FROM (
    SELECT DISTINCT b.service_id, v.place_id,
      CASE WHEN v.place_id IS NULL THEN round(v.lat::numeric, 3)::float8 END AS lat,
      CASE WHEN v.place_id IS NULL THEN round(v.lng::numeric, 3)::float8 END AS lng
    FROM bookings b,
      LATERAL (VALUES (b.pickup_place_id, b.pickup_lat, b.pickup_lng)${
        ends === 'both' ? ', (b.dropoff_place_id, b.dropoff_lat, b.dropoff_lng)' : ''
      }) v(place_id, lat, lng)
    WHERE ${IN_PERIOD} AND ${where}
  ) g
)`;

export function createLiveReports(db: Db) {
  return {
    activity(f: ReportFilter): Promise<ActivityRow[]> {
      const late = LATE_CANCEL;
      const role = CANCEL_ROLE;
      const system = SYSTEM_CANCEL;
      const cancelled = `b.status = 'cancelled'`;
      return runReport<ActivityRow>(
        db,
        `WITH ${PLACES_CTE},
         ends AS ${placesOf("b.status = 'completed'", 'both')},
         reached AS (
           SELECT e.service_id,
             count(DISTINCT e.place_id) FILTER (WHERE p.kind = 'mahalle')::int AS neighbourhoods,
             count(DISTINCT e.place_id) FILTER (WHERE p.kind = 'koy')::int AS villages
           FROM ends e JOIN places p ON p.id = e.place_id
           GROUP BY GROUPING SETS ((e.service_id), ())
         ),
         -- Per service in one (parallel) scan; the total is summed from these few rows.
         per_service AS (
           SELECT b.service_id,
             count(*)::int AS requested,
             count(*) FILTER (WHERE b.status = 'completed')::int AS completed,
             count(*) FILTER (WHERE ${cancelled})::int AS cancelled,
             count(*) FILTER (WHERE ${cancelled} AND ${role} = 'citizen' AND NOT ${system})::int AS cancelled_by_citizen,
             count(*) FILTER (WHERE ${cancelled} AND ${role} <> 'citizen' AND NOT ${system})::int AS cancelled_by_operator,
             count(*) FILTER (WHERE ${cancelled} AND (${system} OR ${role} IS NULL))::int AS cancelled_by_system,
             count(*) FILTER (WHERE ${cancelled} AND ${late})::int AS late_cancels,
             count(*) FILTER (WHERE b.status = 'no-show')::int AS no_shows,
             count(*) FILTER (WHERE b.refusal_reason IS NOT NULL OR b.status = 'refused')::int AS refused,
             count(*) FILTER (WHERE b.offers_declined)::int AS turned_down,
             min(COALESCE(b.picked_up_at, b.planned_pickup_at)) FILTER (WHERE b.status = 'completed') AS first_ride,
             max(COALESCE(b.picked_up_at, b.planned_pickup_at)) FILTER (WHERE b.status = 'completed') AS last_ride
           FROM bookings b WHERE ${IN_PERIOD}
           GROUP BY b.service_id
         ),
         -- Citizens served: distinct pairs by hashing, then counted (a citizen of two services once in the total).
         served AS (
           SELECT DISTINCT b.service_id, b.citizen_id FROM bookings b
           WHERE ${IN_PERIOD} AND b.status = 'completed'
         ),
         served_counts AS (
           SELECT s.service_id, count(DISTINCT s.citizen_id)::int AS citizens_served
           FROM served s GROUP BY GROUPING SETS ((s.service_id), ())
         ),
         counts AS (
           SELECT p.*, 0 AS total FROM per_service p
           UNION ALL
           SELECT NULL, sum(requested)::int, sum(completed)::int, sum(cancelled)::int,
             sum(cancelled_by_citizen)::int, sum(cancelled_by_operator)::int, sum(cancelled_by_system)::int,
             sum(late_cancels)::int, sum(no_shows)::int, sum(refused)::int, sum(turned_down)::int,
             min(first_ride), max(last_ride), 1
           FROM per_service
         )
         SELECT c.service_id,
           c.requested, c.completed, c.cancelled, c.cancelled_by_citizen, c.cancelled_by_operator,
           c.cancelled_by_system, c.late_cancels, c.no_shows, c.refused, c.turned_down,
           COALESCE(sc.citizens_served, 0) AS citizens_served,
           COALESCE(r.neighbourhoods, 0) AS neighbourhoods, COALESCE(r.villages, 0) AS villages,
           to_char(c.first_ride AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS first_ride,
           to_char(c.last_ride AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_ride
         FROM counts c
         LEFT JOIN reached r ON r.service_id IS NOT DISTINCT FROM c.service_id
         LEFT JOIN served_counts sc ON sc.service_id IS NOT DISTINCT FROM c.service_id
         ORDER BY c.total, c.service_id`,
        reportParams(f),
      );
    },

    quality(f: ReportFilter): Promise<QualityRow[]> {
      return runReport<QualityRow>(
        db,
        `WITH rides AS (
           SELECT b.id, b.service_id, b.status, b.shift_id, b.arrive_by, b.pickup_window_end,
             b.pickup_lat, b.pickup_lng, b.dropoff_lat, b.dropoff_lng,
             1 + b.companions + b.infants AS riders,
             b.reached_at, b.dropped_off_at,
             COALESCE(b.picked_up_at, b.planned_pickup_at) AS ride_start,
             COALESCE(b.dropped_off_at, b.planned_dropoff_at) AS ride_end,
             (b.picked_up_at IS NOT NULL AND b.dropped_off_at IS NOT NULL) AS actual
           FROM bookings b
           WHERE ${IN_PERIOD} AND b.status IN ('completed', 'no-show', 'on-board', 'arrived')
         ),
         ordered AS (
           SELECT r.*,
             max(r.ride_end) OVER w_before AS before_end,
             lead(r.ride_start) OVER w AS next_start,
             lag(r.dropoff_lat) OVER w AS prev_lat, lag(r.dropoff_lng) OVER w AS prev_lng,
             row_number() OVER w AS n,
             lead(r.id) OVER w IS NULL AS last_of_shift
           FROM rides r WHERE r.status = 'completed' AND r.shift_id IS NOT NULL AND r.ride_start IS NOT NULL
           WINDOW w AS (PARTITION BY r.shift_id ORDER BY r.ride_start, r.id),
             w_before AS (PARTITION BY r.shift_id ORDER BY r.ride_start, r.id
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
         ),
         legs AS (
           SELECT o.service_id, o.shift_id, o.dropped_off_at,
             (o.before_end > o.ride_start OR o.next_start < o.ride_end) AS shared,
             -- Empty when the car reaches this pickup with nobody aboard: from the depot, or the last drop-off.
             CASE WHEN o.n = 1 THEN ${roadKm('v.depot_lat', 'v.depot_lng', 'o.pickup_lat', 'o.pickup_lng')}
                  WHEN o.before_end <= o.ride_start THEN ${roadKm('o.prev_lat', 'o.prev_lng', 'o.pickup_lat', 'o.pickup_lng')}
                  ELSE 0 END
             + CASE WHEN o.last_of_shift THEN ${roadKm('o.dropoff_lat', 'o.dropoff_lng', 'v.depot_lat', 'v.depot_lng')}
                  ELSE 0 END AS empty_km
           FROM ordered o JOIN shifts sh ON sh.id = o.shift_id JOIN vehicles v ON v.id = sh.vehicle_id
         ),
         shift_use AS (
           SELECT l.service_id, l.shift_id,
             extract(epoch FROM (sh.ends_at - sh.starts_at)) / 3600 AS hours,
             GREATEST(0, extract(epoch FROM (max(l.dropped_off_at) - sh.ends_at)) / 3600) AS overtime
           FROM legs l JOIN shifts sh ON sh.id = l.shift_id
           GROUP BY l.service_id, l.shift_id, sh.starts_at, sh.ends_at
         ),
         shift_totals AS (
           SELECT u.service_id, sum(u.hours) AS vehicle_hours,
             count(*) FILTER (WHERE u.overtime > 0)::int AS overtime_shifts,
             COALESCE(sum(u.overtime), 0) AS overtime_hours
           FROM (SELECT service_id, shift_id, hours, overtime FROM shift_use
                 UNION ALL
                 -- A shift that carried several services counts once in the total.
                 SELECT NULL, shift_id, max(hours), max(overtime) FROM shift_use GROUP BY shift_id) u
           GROUP BY u.service_id
         ),
         ride_totals AS (
           SELECT r.service_id, GROUPING(r.service_id) AS total,
             count(r.reached_at)::int AS pickups,
             count(*) FILTER (WHERE r.reached_at <= r.pickup_window_end)::int AS on_time_pickups,
             count(*) FILTER (WHERE r.reached_at > r.pickup_window_end)::int AS late_pickups,
             avg(extract(epoch FROM (r.reached_at - r.pickup_window_end)) / 60)
               FILTER (WHERE r.reached_at > r.pickup_window_end) AS mean_late_minutes,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM (r.reached_at - r.pickup_window_end)) / 60)
               FILTER (WHERE r.reached_at > r.pickup_window_end) AS p95_late_minutes,
             count(*) FILTER (WHERE r.arrive_by IS NOT NULL AND r.dropped_off_at IS NOT NULL)::int AS arrive_by_rides,
             count(*) FILTER (WHERE r.arrive_by IS NOT NULL AND r.dropped_off_at <= r.arrive_by)::int AS arrived_before_appointment,
             avg(extract(epoch FROM (r.ride_end - r.ride_start)) / 60 / ${DIRECT_MINUTES.replaceAll('b.', 'r.')})
               FILTER (WHERE r.status = 'completed' AND r.ride_end > r.ride_start) AS ride_ratio_mean,
             count(*) FILTER (WHERE r.status = 'completed' AND r.actual AND r.ride_end > r.ride_start)::int AS ride_ratio_actual,
             count(*) FILTER (WHERE r.status = 'completed' AND NOT r.actual AND r.ride_end > r.ride_start)::int AS ride_ratio_planned,
             count(*) FILTER (WHERE r.status = 'completed')::int AS completed,
             COALESCE(sum(extract(epoch FROM (r.ride_end - r.ride_start)) / 3600 * r.riders)
               FILTER (WHERE r.status = 'completed' AND r.ride_end > r.ride_start), 0) AS passenger_hours
           FROM rides r
           GROUP BY GROUPING SETS ((r.service_id), ())
         ),
         leg_totals AS (
           SELECT l.service_id, GROUPING(l.service_id) AS total,
             count(*) FILTER (WHERE l.shared)::int AS shared, COALESCE(sum(l.empty_km), 0) AS empty_km
           FROM legs l GROUP BY GROUPING SETS ((l.service_id), ())
         )
         SELECT CASE WHEN t.total = 1 THEN NULL ELSE t.service_id END AS service_id,
           t.pickups, t.on_time_pickups, t.late_pickups,
           round(t.mean_late_minutes::numeric, 1)::float8 AS mean_late_minutes,
           round(t.p95_late_minutes::numeric, 1)::float8 AS p95_late_minutes,
           t.arrive_by_rides, t.arrived_before_appointment,
           round(t.ride_ratio_mean::numeric, 2)::float8 AS ride_ratio_mean,
           t.ride_ratio_actual, t.ride_ratio_planned, t.completed,
           COALESCE(l.shared, 0) AS shared,
           round(t.passenger_hours::numeric, 2)::float8 AS passenger_hours,
           round(COALESCE(sv.vehicle_hours, 0)::numeric, 2)::float8 AS vehicle_hours,
           round(COALESCE(l.empty_km, 0)::numeric, 1)::float8 AS empty_km,
           COALESCE(sv.overtime_shifts, 0) AS overtime_shifts,
           round(COALESCE(sv.overtime_hours, 0)::numeric, 2)::float8 AS overtime_hours
         FROM ride_totals t
         LEFT JOIN leg_totals l ON l.total = t.total AND l.service_id IS NOT DISTINCT FROM t.service_id
         LEFT JOIN shift_totals sv ON sv.service_id IS NOT DISTINCT FROM (CASE WHEN t.total = 1 THEN NULL ELSE t.service_id END)
         ORDER BY t.total, t.service_id`,
        [f.from, f.to, f.serviceId],
      );
    },
    /** Where rides start: per pickup place (a dropped pin counts at its nearest neighbourhood or village). */
    places(f: ReportFilter): Promise<PlaceRow[]> {
      return runReport<PlaceRow>(
        db,
        `WITH ${PLACES_CTE},
         grouped AS (
           SELECT b.pickup_place_id AS place_id,
             CASE WHEN b.pickup_place_id IS NULL THEN round(b.pickup_lat::numeric, 3)::float8 END AS pin_lat,
             CASE WHEN b.pickup_place_id IS NULL THEN round(b.pickup_lng::numeric, 3)::float8 END AS pin_lng,
             min(b.pickup_label) AS label, avg(b.pickup_lat) AS lat, avg(b.pickup_lng) AS lng,
             count(*) AS requested, count(*) FILTER (WHERE b.status = 'completed') AS completed
           FROM bookings b WHERE ${IN_PERIOD}
           GROUP BY 1, 2, 3
         ),
         starts AS (
           SELECT COALESCE(g.place_id, ${nearestArea('g.pin_lat', 'g.pin_lng')}) AS place_id,
             g.label, g.lat, g.lng, g.requested, g.completed
           FROM grouped g
         )
         SELECT s.place_id, COALESCE(min(p.name), min(s.label)) AS name,
           COALESCE(min(p.kind), 'other') AS kind,
           COALESCE(min(p.lat), avg(s.lat)) AS lat, COALESCE(min(p.lng), avg(s.lng)) AS lng,
           sum(s.requested)::int AS requested, sum(s.completed)::int AS completed
         FROM starts s LEFT JOIN places p ON p.id = s.place_id
         GROUP BY s.place_id
         ORDER BY requested DESC, name`,
        reportParams(f),
      );
    },
  };
}
