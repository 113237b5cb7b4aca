import type { Db } from '../../infra/db/database.js';
import {
  IN_PERIOD,
  legsOf,
  nearestArea,
  PLACES_CTE,
  reportParams,
  runReport,
  shiftRides,
} from './report-sql.js';

export { DERIVED_LATE_CANCEL_MINUTES } from './report-sql.js';

/** Local calendar dates, both included, and the service (null: every service). */
export interface ReportFilter {
  from: string;
  to: string;
  serviceId: string | null;
}

export interface ActivityRow {
  service_id: string | null;
  requested: number;
  completed: number;
  cancelled: number;
  cancelled_by_citizen: number;
  cancelled_by_operator: number;
  cancelled_by_system: number;
  late_cancels: number;
  no_shows: number;
  refused: number;
  turned_down: number;
  citizens_served: number;
  neighbourhoods: number;
  villages: number;
  first_ride: string | null;
  last_ride: string | null;
}

export interface RefusalRow {
  service_id: string;
  reason: string;
  refused: number;
  turned_down: number;
}

export interface QualityRow {
  service_id: string | null;
  pickups: number;
  on_time_pickups: number;
  late_pickups: number;
  mean_late_minutes: number | null;
  p95_late_minutes: number | null;
  arrive_by_rides: number;
  arrived_before_appointment: number;
  ride_ratio_mean: number | null;
  ride_ratio_actual: number;
  ride_ratio_planned: number;
  completed: number;
  shared: number;
  passenger_hours: number;
  vehicle_hours: number;
  empty_km: number;
  overtime_shifts: number;
  overtime_hours: number;
}

export interface PlaceRow {
  place_id: string | null;
  name: string;
  kind: string;
  lat: number;
  lng: number;
  requested: number;
  completed: number;
}

/** Carries a report's rows out of the transaction that is rolled back to forget its open days. */
class Rows<Row> {
  constructor(readonly rows: Row[]) {}
}

/**
 * Runs a report on the per-day summaries (migration 0019). The period's closed
 * days not yet summarised are summarised and kept first (in a transaction of
 * their own); then, in one snapshot, the days still without a summary (today,
 * the future, a day a writer holds) are summarised too and the report read,
 * and that transaction rolled back, so open days never keep a summary.
 */
async function summarised<Row>(
  db: Db,
  f: ReportFilter,
  sql: string,
  values: readonly unknown[],
): Promise<Row[]> {
  await db.query('SELECT report_close_days($1::date, $2::date)', [f.from, f.to]);
  try {
    await db.transaction(async (tx) => {
      // One snapshot for the open days' summaries and the read (the default reads each statement afresh).
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      if (tx.dialect === 'postgres')
        await tx.query(
          `SELECT set_config('jit', 'off', true), set_config('work_mem', '256MB', true)`,
        );
      await tx.query(
        `SELECT report_build_days(ARRAY(
           SELECT g::date FROM generate_series($1::date, $2::date, interval '1 day') g
           WHERE NOT EXISTS (SELECT 1 FROM report_days r WHERE r.day = g::date)))`,
        [f.from, f.to],
      );
      throw new Rows(await tx.query<Row>(sql, values));
    });
  } catch (outcome) {
    if (outcome instanceof Rows) return outcome.rows as Row[];
    throw outcome;
  }
  throw new Error('unreachable: the report transaction always rolls back');
}

/** The period's summary rows of table alias `s`. */
const SUMMARY_PERIOD = (s: string) =>
  `${s}.day BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR ${s}.service_id = $3)`;

export function createReportsStore(db: Db) {
  return {
    activity(f: ReportFilter): Promise<ActivityRow[]> {
      // Within one year each citizen has one row of bits per service: no distinct needed.
      const oneYear = f.from.slice(0, 4) === f.to.slice(0, 4);
      return summarised<ActivityRow>(
        db,
        f,
        `WITH ${PLACES_CTE},
         -- Completed rides' ends; a dropped pin counts at its nearest neighbourhood or village.
         ends AS (
           SELECT g.service_id, COALESCE(g.place_id, ${nearestArea('g.lat', 'g.lng')}) AS place_id
           FROM (SELECT DISTINCT s.service_id, s.place_id, s.pin_lat AS lat, s.pin_lng AS lng
                 FROM report_day_places s WHERE ${SUMMARY_PERIOD('s')}) g
         ),
         reached AS (
           SELECT e.service_id,
             count(DISTINCT e.place_id) FILTER (WHERE p.kind = 'mahalle')::int AS neighbourhoods,
             count(DISTINCT e.place_id) FILTER (WHERE p.kind = 'koy')::int AS villages
           FROM ends e JOIN places p ON p.id = e.place_id
           GROUP BY GROUPING SETS ((e.service_id), ())
         ),
         per_service AS (
           SELECT s.service_id,
             sum(s.requested)::int AS requested, sum(s.completed)::int AS completed,
             sum(s.cancelled)::int AS cancelled, sum(s.cancelled_by_citizen)::int AS cancelled_by_citizen,
             sum(s.cancelled_by_operator)::int AS cancelled_by_operator,
             sum(s.cancelled_by_system)::int AS cancelled_by_system, sum(s.late_cancels)::int AS late_cancels,
             sum(s.no_shows)::int AS no_shows, sum(s.refused)::int AS refused, sum(s.turned_down)::int AS turned_down,
             min(s.first_ride) AS first_ride, max(s.last_ride) AS last_ride
           FROM report_day_services s WHERE ${SUMMARY_PERIOD('s')}
           GROUP BY s.service_id
         ),
         -- Citizens of the kept days from their year's bits, then those only the other days have.
         masks AS (
           SELECT g.year, (repeat('0', g.lo) || repeat('1', g.hi - g.lo + 1) || repeat('0', 365 - g.hi))::bit(366) AS mask
           FROM (SELECT y AS year,
                   GREATEST($1::date, make_date(y, 1, 1)) - make_date(y, 1, 1) AS lo,
                   LEAST($2::date, make_date(y, 12, 31)) - make_date(y, 1, 1) AS hi
                 FROM generate_series(extract(year FROM $1::date)::int, extract(year FROM $2::date)::int) y) g
         ),
         kept AS (
           SELECT y.service_id, y.citizen_id FROM report_year_citizens y JOIN masks m ON m.year = y.year
           WHERE ($3::text IS NULL OR y.service_id = $3) AND bit_count(y.days & m.mask) > 0
         ),
         open_days AS (
           SELECT DISTINCT c.service_id, c.citizen_id FROM report_day_citizens c
           WHERE c.day = ANY(ARRAY(
               SELECT g::date FROM generate_series($1::date, $2::date, interval '1 day') g
               WHERE NOT EXISTS (SELECT 1 FROM report_days r WHERE r.day = g::date)))
             AND ($3::text IS NULL OR c.service_id = $3) AND c.citizen_id IS NOT NULL
         ),
         served AS (
           SELECT ${oneYear ? '' : 'DISTINCT'} k.service_id, k.citizen_id FROM kept k
           UNION ALL
           SELECT DISTINCT o.service_id, o.citizen_id FROM open_days o
           WHERE NOT EXISTS (SELECT 1 FROM report_year_citizens y JOIN masks m ON m.year = y.year
             WHERE y.service_id = o.service_id AND y.citizen_id = o.citizen_id AND bit_count(y.days & m.mask) > 0)
           UNION ALL
           SELECT DISTINCT '', o.citizen_id FROM open_days o
           WHERE $3::text IS NULL AND NOT EXISTS (SELECT 1 FROM report_year_citizens y JOIN masks m ON m.year = y.year
             WHERE y.service_id = '' AND y.citizen_id = o.citizen_id AND bit_count(y.days & m.mask) > 0)
         ),
         -- The total is the any-service ('') row; for one service, that service's.
         served_counts AS (
           SELECT s.service_id, count(*)::int AS citizens_served FROM served s
           WHERE s.service_id <> '' GROUP BY s.service_id
           UNION ALL
           SELECT NULL, count(*)::int FROM served s WHERE s.service_id = COALESCE($3::text, '')
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

    /** Why rides were refused, and how often the caller then turned the offered times down. */
    refusals(f: ReportFilter): Promise<RefusalRow[]> {
      return runReport<RefusalRow>(
        db,
        `SELECT b.service_id, b.refusal_reason AS reason, count(*)::int AS refused,
           count(*) FILTER (WHERE b.offers_declined)::int AS turned_down
         FROM bookings b WHERE ${IN_PERIOD} AND b.refusal_reason IS NOT NULL
         GROUP BY b.service_id, b.refusal_reason
         ORDER BY b.service_id, refused DESC, reason`,
        [f.from, f.to, f.serviceId],
      );
    },

    quality(f: ReportFilter): Promise<QualityRow[]> {
      return summarised<QualityRow>(
        db,
        f,
        `WITH days AS (
           SELECT s.* FROM report_day_services s WHERE ${SUMMARY_PERIOD('s')} AND s.rides > 0
         ),
         -- The 95th percentile as percentile_cont takes it, from each late minute's count.
         late AS (
           SELECT s.service_id, GROUPING(s.service_id) AS total, s.minutes::float8 AS v, sum(s.n) AS n
           FROM report_day_late s WHERE ${SUMMARY_PERIOD('s')}
           GROUP BY GROUPING SETS ((s.service_id, s.minutes::float8), (s.minutes::float8))
         ),
         late_ranked AS (
           SELECT l.*, sum(l.n) OVER (PARTITION BY l.total, l.service_id ORDER BY l.v) AS upto,
             0.95::float8 * (sum(l.n) OVER (PARTITION BY l.total, l.service_id) - 1)::float8 AS pos
           FROM late l
         ),
         p95 AS (
           SELECT r.total, r.service_id, min(r.pos) AS pos,
             min(r.v) FILTER (WHERE r.upto > floor(r.pos)) AS lo,
             min(r.v) FILTER (WHERE r.upto > ceil(r.pos)) AS hi
           FROM late_ranked r GROUP BY r.total, r.service_id
         ),
         shift_days AS (
           SELECT s.service_id, s.shift_id, s.day, s.last_dropped_off,
             CASE WHEN $3::text IS NULL THEN s.shared ELSE s.own_shared END AS shared,
             CASE WHEN $3::text IS NULL THEN s.empty_km ELSE s.own_empty_km END AS empty_km
           FROM report_day_shifts s WHERE ${SUMMARY_PERIOD('s')}
         ),
         -- A shift driving on several days of the period is ordered whole, from its bookings.
         multi AS (
           SELECT d.shift_id FROM shift_days d GROUP BY d.shift_id HAVING count(DISTINCT d.day) > 1
         ),
         legs AS (
           SELECT d.service_id, d.shared, d.empty_km FROM shift_days d
           WHERE d.shift_id NOT IN (SELECT m.shift_id FROM multi m)
           UNION ALL
           SELECT l.service_id, CASE WHEN l.shared THEN 1 ELSE 0 END, l.empty_km
           FROM ${legsOf(shiftRides(`${IN_PERIOD} AND b.shift_id IN (SELECT m.shift_id FROM multi m)`), 'r.shift_id')} l
         ),
         shift_use AS (
           SELECT d.service_id, d.shift_id,
             extract(epoch FROM (sh.ends_at - sh.starts_at)) / 3600 AS hours,
             GREATEST(0, extract(epoch FROM (max(d.last_dropped_off) - sh.ends_at)) / 3600) AS overtime
           FROM shift_days d JOIN shifts sh ON sh.id = d.shift_id
           GROUP BY d.service_id, d.shift_id, sh.starts_at, sh.ends_at
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
           SELECT d.service_id, GROUPING(d.service_id) AS total,
             COALESCE(sum(d.pickups), 0)::int AS pickups,
             COALESCE(sum(d.on_time_pickups), 0)::int AS on_time_pickups,
             COALESCE(sum(d.late_pickups), 0)::int AS late_pickups,
             sum(d.late_minutes) / NULLIF(sum(d.late_pickups), 0) AS mean_late_minutes,
             COALESCE(sum(d.arrive_by_rides), 0)::int AS arrive_by_rides,
             COALESCE(sum(d.arrived_before_appointment), 0)::int AS arrived_before_appointment,
             sum(d.ride_ratio_sum) / NULLIF(sum(d.ride_ratio_actual + d.ride_ratio_planned), 0) AS ride_ratio_mean,
             COALESCE(sum(d.ride_ratio_actual), 0)::int AS ride_ratio_actual,
             COALESCE(sum(d.ride_ratio_planned), 0)::int AS ride_ratio_planned,
             COALESCE(sum(d.completed), 0)::int AS completed,
             COALESCE(sum(d.passenger_hours), 0) AS passenger_hours
           FROM days d
           GROUP BY GROUPING SETS ((d.service_id), ())
         ),
         leg_totals AS (
           SELECT l.service_id, GROUPING(l.service_id) AS total,
             sum(l.shared)::int AS shared, COALESCE(sum(l.empty_km), 0) AS empty_km
           FROM legs l GROUP BY GROUPING SETS ((l.service_id), ())
         )
         SELECT CASE WHEN t.total = 1 THEN NULL ELSE t.service_id END AS service_id,
           t.pickups, t.on_time_pickups, t.late_pickups,
           round(t.mean_late_minutes::numeric, 1)::float8 AS mean_late_minutes,
           round((p.lo + (p.hi - p.lo) * (p.pos - floor(p.pos)))::numeric, 1)::float8 AS p95_late_minutes,
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
         LEFT JOIN p95 p ON p.total = t.total AND p.service_id IS NOT DISTINCT FROM t.service_id
         LEFT JOIN leg_totals l ON l.total = t.total AND l.service_id IS NOT DISTINCT FROM t.service_id
         LEFT JOIN shift_totals sv ON sv.service_id IS NOT DISTINCT FROM (CASE WHEN t.total = 1 THEN NULL ELSE t.service_id END)
         ORDER BY t.total, t.service_id`,
        [f.from, f.to, f.serviceId],
      );
    },

    /** Where rides start: per pickup place (a dropped pin counts at its nearest neighbourhood or village). */
    places(f: ReportFilter): Promise<PlaceRow[]> {
      return summarised<PlaceRow>(
        db,
        f,
        `WITH ${PLACES_CTE},
         grouped AS (
           SELECT s.place_id, s.pin_lat, s.pin_lng,
             min(s.label) AS label, sum(s.lat_sum) / sum(s.requested) AS lat, sum(s.lng_sum) / sum(s.requested) AS lng,
             sum(s.requested) AS requested, sum(s.completed) AS completed
           FROM report_day_starts s WHERE ${SUMMARY_PERIOD('s')}
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

    /** Each service's first completed ride ever (to say "started in October"). */
    firstRides(serviceIds: readonly string[]): Promise<{ service_id: string; first: string }[]> {
      return db.query(
        `SELECT s.id AS service_id, to_char(f.first AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS first
         FROM services s, LATERAL (
           SELECT min(COALESCE(b.picked_up_at, b.planned_pickup_at, b.pickup_window_start)) AS first FROM bookings b
           WHERE b.service_id = s.id AND b.status = 'completed'
             AND b.service_date = (SELECT min(b2.service_date) FROM bookings b2
                                    WHERE b2.service_id = s.id AND b2.status = 'completed')
         ) f
         WHERE s.id = ANY($1::text[]) AND f.first IS NOT NULL`,
        [[...serviceIds]],
      );
    },
  };
}

export type ReportsStore = ReturnType<typeof createReportsStore>;
