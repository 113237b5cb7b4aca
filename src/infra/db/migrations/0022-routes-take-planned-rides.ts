import type { Migration } from '../migrate.js';

/**
 * A route never takes on a ride that is not planned: a stop added to a
 * shift's route (one its route did not have before) must be of a booking the
 * planner has placed, not one pending, waiting for a call, refused or
 * cancelled. Writers already order their steps so (the planner marks a ride
 * scheduled, then writes its route; a cancel takes a ride off its route
 * under the day's lock), and the version check keeps a stale plan from being
 * written. This holds it where the data lives: should a plan built from a
 * stale view of the day ever carry a cancelled ride back onto a route, the
 * write fails (SQLSTATE YD001) and the planner reads the day again, rather
 * than a driver being sent to a mother who cancelled.
 *
 * Stops already on the route are not checked: a driver's break tap or a
 * cancel rewrites a route without adding anyone, and must not fail on it.
 */
export const routesTakePlannedRides: Migration = {
  version: 22,
  name: 'routes-take-planned-rides',
  sql: `
CREATE FUNCTION routes_take_planned_rides() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  stray uuid;
  stray_status text;
BEGIN
  SELECT b.id, b.status INTO stray, stray_status
    FROM bookings b
   WHERE b.status IN ('pending', 'will-call', 'refused', 'cancelled')
     AND b.id IN (
       SELECT (s->>'refId')::uuid FROM jsonb_array_elements(NEW.stops) AS s
        WHERE s->>'kind' IN ('pickup', 'dropoff')
       EXCEPT
       SELECT (s->>'refId')::uuid
         FROM jsonb_array_elements(CASE WHEN TG_OP = 'UPDATE' THEN OLD.stops ELSE '[]'::jsonb END) AS s
        WHERE s->>'kind' IN ('pickup', 'dropoff'))
   LIMIT 1;
  IF stray IS NOT NULL THEN
    RAISE EXCEPTION 'the route of shift % would take ride %, which is %, not planned',
      NEW.shift_id, stray, stray_status USING ERRCODE = 'YD001';
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER routes_take_planned_rides BEFORE INSERT OR UPDATE OF stops ON routes
  FOR EACH ROW EXECUTE FUNCTION routes_take_planned_rides();
`,
};
