import type { Migration } from '../migrate.js';

/**
 * What the directorate's reports read, kept on the booking itself so a
 * year's report scans the bookings once and never the history: when the
 * driver reached the door, picked up and dropped off (the tap's own time),
 * who cancelled, when and why, and whether the caller turned the offered
 * times down. A trigger on `booking_events` keeps them, whichever code path
 * writes the event; existing history is copied once here. Indexes for a
 * service's period and its first ride ever.
 */
/** Copies the history's facts onto the bookings (here once; the report benchmark after a bulk load). */
export const REPORT_FACTS_BACKFILL = `
UPDATE bookings b SET
  reached_at = COALESCE(e.arrived, e.picked_up), picked_up_at = e.picked_up, dropped_off_at = e.dropped_off,
  cancel_event_role = e.cancel_role, cancel_event_at = e.cancelled_at, cancel_event_reason = e.cancel_reason,
  offers_declined = e.declined
FROM (
  SELECT booking_id,
    max(booking_event_tapped_at(details, at)) FILTER (WHERE type = 'arrived') AS arrived,
    max(booking_event_tapped_at(details, at)) FILTER (WHERE type = 'picked-up') AS picked_up,
    max(booking_event_tapped_at(details, at)) FILTER (WHERE type = 'dropped-off') AS dropped_off,
    max(at) FILTER (WHERE type = 'cancelled') AS cancelled_at,
    min(actor_role) FILTER (WHERE type = 'cancelled') AS cancel_role,
    min(details->>'reason') FILTER (WHERE type = 'cancelled') AS cancel_reason,
    bool_or(type = 'alternatives-declined') AS declined
  FROM booking_events
  WHERE type IN ('arrived', 'picked-up', 'dropped-off', 'cancelled', 'alternatives-declined')
  GROUP BY booking_id
) e
WHERE e.booking_id = b.id;`;

export const reportIndexes: Migration = {
  version: 12,
  name: 'report-indexes',
  sql: `
ALTER TABLE bookings ADD COLUMN reached_at timestamptz;
ALTER TABLE bookings ADD COLUMN picked_up_at timestamptz;
ALTER TABLE bookings ADD COLUMN dropped_off_at timestamptz;
ALTER TABLE bookings ADD COLUMN cancel_event_role text;
ALTER TABLE bookings ADD COLUMN cancel_event_at timestamptz;
ALTER TABLE bookings ADD COLUMN cancel_event_reason text;
ALTER TABLE bookings ADD COLUMN offers_declined boolean NOT NULL DEFAULT false;

-- The time a driver's tap was made (sent later when offline), else when it was recorded.
CREATE FUNCTION booking_event_tapped_at(details jsonb, recorded timestamptz) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
  RETURN COALESCE((details->>'at')::timestamptz, recorded);
EXCEPTION WHEN others THEN
  -- A malformed time must never refuse the tap itself.
  RETURN recorded;
END
$fn$;

CREATE FUNCTION booking_report_facts() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW.type = 'arrived' THEN
    UPDATE bookings SET reached_at = booking_event_tapped_at(NEW.details, NEW.at) WHERE id = NEW.booking_id;
  ELSIF NEW.type = 'picked-up' THEN
    UPDATE bookings SET picked_up_at = booking_event_tapped_at(NEW.details, NEW.at),
      reached_at = COALESCE(reached_at, booking_event_tapped_at(NEW.details, NEW.at))
    WHERE id = NEW.booking_id;
  ELSIF NEW.type = 'dropped-off' THEN
    UPDATE bookings SET dropped_off_at = booking_event_tapped_at(NEW.details, NEW.at) WHERE id = NEW.booking_id;
  ELSIF NEW.type = 'cancelled' THEN
    UPDATE bookings SET cancel_event_role = NEW.actor_role, cancel_event_at = NEW.at,
      cancel_event_reason = NEW.details->>'reason'
    WHERE id = NEW.booking_id;
  ELSIF NEW.type = 'alternatives-declined' THEN
    UPDATE bookings SET offers_declined = true WHERE id = NEW.booking_id;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER booking_events_report_facts AFTER INSERT ON booking_events
  FOR EACH ROW WHEN (NEW.type IN ('arrived', 'picked-up', 'dropped-off', 'cancelled', 'alternatives-declined'))
  EXECUTE FUNCTION booking_report_facts();

${REPORT_FACTS_BACKFILL}

CREATE INDEX bookings_report_idx ON bookings (service_id, service_date);
`,
};
