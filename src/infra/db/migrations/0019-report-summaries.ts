import {
  CANCEL_ROLE,
  DIRECT_MINUTES,
  LATE_CANCEL,
  legsOf,
  QUALITY_STATUSES,
  SYSTEM_CANCEL,
  shiftRides,
} from '../../../features/reports/report-sql.js';
import type { Migration } from '../migrate.js';

/**
 * Per-day summaries of the bookings, so a year's report reads a few hundred
 * thousand small rows instead of a million bookings and sorting every ride of
 * every shift. A day is summarised once it is closed (two days past, by the
 * server's UTC date) and marked in `report_days`; any write to a summarised
 * day's bookings, to a shift's vehicle or to a depot drops its summary in the
 * same transaction, and the next report builds it again. Days not summarised
 * (today, the future, a day just changed) are summarised inside the report's
 * own transaction and rolled back, so every figure comes from one definition.
 *
 * Distinct counts keep their sets per day (citizens served, places reached),
 * and a kept day's citizens are also a bit in their row of the year;
 * the 95th percentile keeps each day's late minutes with their counts; a
 * shift's shared rides and empty kilometres are kept per day, both over the
 * whole shift and over each service's part of it, and a shift driving on
 * more than one day of a period is worked out from its bookings instead.
 *
 * Locks: writers take the day's advisory lock shared, the builder takes it
 * exclusively and only if free (so never waits, never deadlocks), and
 * re-reads the day after taking it: a summary is never built from a snapshot
 * missing a write that committed after its marker was dropped.
 */
const completed = `b.status = 'completed'`;
const cancelled = `b.status = 'cancelled'`;
const quality = `b.status IN ${QUALITY_STATUSES}`;
const late = 'b.reached_at > b.pickup_window_end';
const rideStart = 'COALESCE(b.picked_up_at, b.planned_pickup_at)';
const rideEnd = 'COALESCE(b.dropped_off_at, b.planned_dropoff_at)';
const ratio = `${completed} AND ${rideEnd} > ${rideStart}`;
const actual = '(b.picked_up_at IS NOT NULL AND b.dropped_off_at IS NOT NULL)';
const inDays = 'b.service_date = ANY(days)';

export const reportSummaries: Migration = {
  version: 19,
  name: 'report-summaries',
  sql: `
CREATE TABLE report_days (
  day date PRIMARY KEY,
  built_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE report_day_services (
  day date NOT NULL,
  service_id text NOT NULL,
  requested integer NOT NULL,
  completed integer NOT NULL,
  cancelled integer NOT NULL,
  cancelled_by_citizen integer NOT NULL,
  cancelled_by_operator integer NOT NULL,
  cancelled_by_system integer NOT NULL,
  late_cancels integer NOT NULL,
  no_shows integer NOT NULL,
  refused integer NOT NULL,
  turned_down integer NOT NULL,
  first_ride timestamptz,
  last_ride timestamptz,
  rides integer NOT NULL,
  pickups integer NOT NULL,
  on_time_pickups integer NOT NULL,
  late_pickups integer NOT NULL,
  late_minutes numeric,
  arrive_by_rides integer NOT NULL,
  arrived_before_appointment integer NOT NULL,
  ride_ratio_sum double precision,
  ride_ratio_actual integer NOT NULL,
  ride_ratio_planned integer NOT NULL,
  passenger_hours numeric
);
CREATE INDEX report_day_services_idx ON report_day_services (day, service_id);

-- Citizens with a completed ride, and completed rides' ends (a pin rounded to ~100 m).
CREATE TABLE report_day_citizens (day date NOT NULL, service_id text NOT NULL, citizen_id uuid);
CREATE INDEX report_day_citizens_idx ON report_day_citizens (day, service_id, citizen_id);
-- Each citizen's kept days of a year as bits (per service, and '' for any), so a
-- year's distinct citizens are counted without hashing every day's set.
CREATE TABLE report_year_citizens (
  service_id text NOT NULL, citizen_id uuid NOT NULL, year integer NOT NULL, days bit(366) NOT NULL,
  PRIMARY KEY (service_id, citizen_id, year)
);
CREATE INDEX report_year_citizens_year_idx ON report_year_citizens (year);

/* The bit of a day in its year's row (0 for the 1st of January). */
CREATE FUNCTION report_day_bit(d date) RETURNS bit(366) LANGUAGE sql IMMUTABLE AS $fn$
  SELECT set_bit(repeat('0', 366)::bit(366), d - make_date(extract(year FROM d)::int, 1, 1), 1)
$fn$;

CREATE TABLE report_day_places (
  day date NOT NULL, service_id text NOT NULL, place_id text, pin_lat double precision, pin_lng double precision
);
CREATE INDEX report_day_places_idx ON report_day_places (day);

-- Where rides start: per pickup place (or pin at ~100 m), its label and the sums for its mean point.
CREATE TABLE report_day_starts (
  day date NOT NULL, service_id text NOT NULL, place_id text, pin_lat double precision, pin_lng double precision,
  label text, lat_sum double precision, lng_sum double precision, requested integer NOT NULL, completed integer NOT NULL
);
CREATE INDEX report_day_starts_idx ON report_day_starts (day);

-- Minutes late of late pickups, with how many were that late.
CREATE TABLE report_day_late (day date NOT NULL, service_id text NOT NULL, minutes numeric NOT NULL, n integer NOT NULL);
CREATE INDEX report_day_late_idx ON report_day_late (day);

CREATE TABLE report_day_shifts (
  day date NOT NULL,
  service_id text NOT NULL,
  shift_id uuid NOT NULL,
  last_dropped_off timestamptz,
  shared integer NOT NULL,
  empty_km double precision,
  own_shared integer NOT NULL,
  own_empty_km double precision
);
CREATE INDEX report_day_shifts_idx ON report_day_shifts (day);

/* The summaries of the given days, from the bookings as the caller sees them. */
CREATE FUNCTION report_build_days(days date[], keep boolean DEFAULT false) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO report_day_services
  SELECT b.service_date, b.service_id,
    count(*),
    count(*) FILTER (WHERE ${completed}),
    count(*) FILTER (WHERE ${cancelled}),
    count(*) FILTER (WHERE ${cancelled} AND ${CANCEL_ROLE} = 'citizen' AND NOT ${SYSTEM_CANCEL}),
    count(*) FILTER (WHERE ${cancelled} AND ${CANCEL_ROLE} <> 'citizen' AND NOT ${SYSTEM_CANCEL}),
    count(*) FILTER (WHERE ${cancelled} AND (${SYSTEM_CANCEL} OR ${CANCEL_ROLE} IS NULL)),
    count(*) FILTER (WHERE ${cancelled} AND ${LATE_CANCEL}),
    count(*) FILTER (WHERE b.status = 'no-show'),
    count(*) FILTER (WHERE b.refusal_reason IS NOT NULL OR b.status = 'refused'),
    count(*) FILTER (WHERE b.offers_declined),
    min(${rideStart}) FILTER (WHERE ${completed}),
    max(${rideStart}) FILTER (WHERE ${completed}),
    count(*) FILTER (WHERE ${quality}),
    count(b.reached_at) FILTER (WHERE ${quality}),
    count(*) FILTER (WHERE ${quality} AND b.reached_at <= b.pickup_window_end),
    count(*) FILTER (WHERE ${quality} AND ${late}),
    sum(extract(epoch FROM (b.reached_at - b.pickup_window_end)) / 60) FILTER (WHERE ${quality} AND ${late}),
    count(*) FILTER (WHERE ${quality} AND b.arrive_by IS NOT NULL AND b.dropped_off_at IS NOT NULL),
    count(*) FILTER (WHERE ${quality} AND b.arrive_by IS NOT NULL AND b.dropped_off_at <= b.arrive_by),
    sum(extract(epoch FROM (${rideEnd} - ${rideStart})) / 60 / ${DIRECT_MINUTES}) FILTER (WHERE ${ratio}),
    count(*) FILTER (WHERE ${ratio} AND ${actual}),
    count(*) FILTER (WHERE ${ratio} AND NOT ${actual}),
    sum(extract(epoch FROM (${rideEnd} - ${rideStart})) / 3600 * (1 + b.companions + b.infants)) FILTER (WHERE ${ratio})
  FROM bookings b WHERE ${inDays}
  GROUP BY b.service_date, b.service_id;

  INSERT INTO report_day_citizens
  SELECT DISTINCT b.service_date, b.service_id, b.citizen_id FROM bookings b WHERE ${inDays} AND ${completed};

  IF keep THEN
    INSERT INTO report_year_citizens (service_id, citizen_id, year, days)
    SELECT v.service_id, c.citizen_id, extract(year FROM c.day)::int, bit_or(report_day_bit(c.day))
    FROM report_day_citizens c, LATERAL (VALUES (c.service_id), ('')) v(service_id)
    WHERE c.day = ANY(days) AND c.citizen_id IS NOT NULL
    GROUP BY 1, 2, 3
    ON CONFLICT (service_id, citizen_id, year) DO UPDATE SET days = report_year_citizens.days | excluded.days;
  END IF;

  INSERT INTO report_day_places
  SELECT DISTINCT b.service_date, b.service_id, v.place_id,
    CASE WHEN v.place_id IS NULL THEN round(v.lat::numeric, 3)::float8 END,
    CASE WHEN v.place_id IS NULL THEN round(v.lng::numeric, 3)::float8 END
  FROM bookings b,
    LATERAL (VALUES (b.pickup_place_id, b.pickup_lat, b.pickup_lng), (b.dropoff_place_id, b.dropoff_lat, b.dropoff_lng))
      v(place_id, lat, lng)
  WHERE ${inDays} AND ${completed};

  INSERT INTO report_day_starts
  SELECT b.service_date, b.service_id, b.pickup_place_id,
    CASE WHEN b.pickup_place_id IS NULL THEN round(b.pickup_lat::numeric, 3)::float8 END,
    CASE WHEN b.pickup_place_id IS NULL THEN round(b.pickup_lng::numeric, 3)::float8 END,
    min(b.pickup_label), sum(b.pickup_lat), sum(b.pickup_lng), count(*), count(*) FILTER (WHERE ${completed})
  FROM bookings b WHERE ${inDays}
  GROUP BY 1, 2, 3, 4, 5;

  INSERT INTO report_day_late
  SELECT b.service_date, b.service_id, extract(epoch FROM (b.reached_at - b.pickup_window_end)) / 60, count(*)
  FROM bookings b WHERE ${inDays} AND ${quality} AND ${late}
  GROUP BY 1, 2, 3;

  INSERT INTO report_day_shifts
  SELECT a.service_date, a.service_id, a.shift_id, max(a.dropped_off_at),
    count(*) FILTER (WHERE a.shared), sum(a.empty_km),
    count(*) FILTER (WHERE o.shared), sum(o.empty_km)
  FROM ${legsOf(shiftRides(inDays), 'r.service_date, r.shift_id')} a
  JOIN ${legsOf(shiftRides(inDays), 'r.service_date, r.shift_id, r.service_id')} o ON o.id = a.id
  GROUP BY a.service_date, a.service_id, a.shift_id;
END
$fn$;

/* Summarises the closed days of a period not yet summarised, skipping a day a writer holds. */
CREATE FUNCTION report_close_days(from_day date, to_day date) RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  d date;
  locked date[] := '{}';
  todo date[];
BEGIN
  to_day := LEAST(to_day, (now() AT TIME ZONE 'UTC')::date - 2);
  FOR d IN SELECT g::date FROM generate_series(from_day, to_day, interval '1 day') g
    WHERE NOT EXISTS (SELECT 1 FROM report_days r WHERE r.day = g::date) ORDER BY 1
  LOOP
    IF pg_try_advisory_xact_lock(19, d - date '2000-01-01') THEN locked := locked || d; END IF;
  END LOOP;
  -- Read again under the locks: another builder may have been first.
  SELECT array_agg(x) INTO todo FROM unnest(locked) x WHERE NOT EXISTS (SELECT 1 FROM report_days r WHERE r.day = x);
  IF todo IS NULL THEN RETURN 0; END IF;
  PERFORM report_forget_days(todo, false);
  PERFORM report_build_days(todo, true);
  INSERT INTO report_days (day) SELECT unnest(todo);
  RETURN cardinality(todo);
END
$fn$;

/* Drops the summaries of days whose bookings change (writers hold the day's lock shared until commit). */
CREATE FUNCTION report_forget_days(days date[], writer boolean DEFAULT true) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  d date;
  gone date[];
BEGIN
  IF writer THEN
    FOR d IN SELECT DISTINCT x FROM unnest(days) x WHERE x IS NOT NULL ORDER BY 1 LOOP
      PERFORM pg_advisory_xact_lock_shared(19, d - date '2000-01-01');
    END LOOP;
    WITH deleted AS (DELETE FROM report_days WHERE day = ANY(days) RETURNING day)
    SELECT array_agg(day) INTO gone FROM deleted;
    IF gone IS NULL THEN RETURN; END IF;
  ELSE
    gone := days;
  END IF;
  UPDATE report_year_citizens y SET days = y.days & ~c.days
  FROM (
    SELECT v.service_id, c.citizen_id, extract(year FROM c.day)::int AS year, bit_or(report_day_bit(c.day)) AS days
    FROM report_day_citizens c, LATERAL (VALUES (c.service_id), ('')) v(service_id)
    WHERE c.day = ANY(gone) AND c.citizen_id IS NOT NULL
    GROUP BY 1, 2, 3
  ) c
  WHERE y.service_id = c.service_id AND y.citizen_id = c.citizen_id AND y.year = c.year;
  DELETE FROM report_day_services WHERE day = ANY(gone);
  DELETE FROM report_day_citizens WHERE day = ANY(gone);
  DELETE FROM report_day_places WHERE day = ANY(gone);
  DELETE FROM report_day_starts WHERE day = ANY(gone);
  DELETE FROM report_day_late WHERE day = ANY(gone);
  DELETE FROM report_day_shifts WHERE day = ANY(gone);
END
$fn$;

CREATE FUNCTION report_bookings_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM report_forget_days(ARRAY(SELECT DISTINCT service_date FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM report_forget_days(ARRAY(SELECT DISTINCT service_date FROM old_rows));
  ELSE
    PERFORM report_forget_days(ARRAY(
      SELECT service_date FROM old_rows UNION SELECT service_date FROM new_rows));
  END IF;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER bookings_report_insert AFTER INSERT ON bookings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_bookings_changed();
CREATE TRIGGER bookings_report_update AFTER UPDATE ON bookings
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_bookings_changed();
CREATE TRIGGER bookings_report_delete AFTER DELETE ON bookings
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_bookings_changed();

-- Empty kilometres start and end at the shift's vehicle's depot.
CREATE FUNCTION report_shift_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_TABLE_NAME = 'shifts' THEN
    PERFORM report_forget_days(ARRAY(SELECT DISTINCT service_date FROM bookings WHERE shift_id = NEW.id));
  ELSE
    PERFORM report_forget_days(ARRAY(
      SELECT DISTINCT b.service_date FROM shifts sh JOIN bookings b ON b.shift_id = sh.id WHERE sh.vehicle_id = NEW.id));
  END IF;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER shifts_report_vehicle AFTER UPDATE OF vehicle_id ON shifts
  FOR EACH ROW WHEN (OLD.vehicle_id IS DISTINCT FROM NEW.vehicle_id) EXECUTE FUNCTION report_shift_changed();
CREATE TRIGGER vehicles_report_depot AFTER UPDATE OF depot_lat, depot_lng ON vehicles
  FOR EACH ROW WHEN (OLD.depot_lat IS DISTINCT FROM NEW.depot_lat OR OLD.depot_lng IS DISTINCT FROM NEW.depot_lng)
  EXECUTE FUNCTION report_shift_changed();

-- The history so far, from its first day to the last closed one.
SELECT report_close_days(min(service_date), max(service_date)) FROM bookings;
ANALYZE report_days, report_year_citizens, report_day_services, report_day_citizens, report_day_places, report_day_starts,
  report_day_late, report_day_shifts;
`,
};
