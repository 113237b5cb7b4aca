import type { Migration } from '../migrate.js';

/**
 * The rules of a real call-center day: as-soon-as-possible rides, arrival
 * windows before appointments, return trips in one booking (including an
 * open "will call" return), door addresses, vehicles reserved for services,
 * the supervisor role, and breaks a driver starts and ends.
 */
export const serviceRules: Migration = {
  version: 3,
  name: 'service-rules',
  sql: `
ALTER TABLE services ADD COLUMN asap_allowed boolean NOT NULL DEFAULT false;
-- arrive-by rides arrive no earlier than this before the appointment (and no later than the margin)
ALTER TABLE services ADD COLUMN arrival_window_minutes integer NOT NULL DEFAULT 30
  CHECK (arrival_window_minutes > 0);
-- a return's pickup window opens this long after the appointment (or the outbound arrival) by default
ALTER TABLE services ADD COLUMN return_ready_after_minutes integer NOT NULL DEFAULT 60
  CHECK (return_ready_after_minutes >= 0);
UPDATE services SET asap_allowed = true WHERE id = 'anne-taksi';
UPDATE services SET asap_allowed = true WHERE id = 'engelsiz-taksi';

-- The services a vehicle may serve: an Anne Taksi car stays free for mothers.
ALTER TABLE vehicles ADD COLUMN service_ids text[] NOT NULL DEFAULT '{}';
UPDATE vehicles SET service_ids = ARRAY(SELECT id FROM services ORDER BY id);

ALTER TABLE shifts ADD COLUMN break_started_at timestamptz;
ALTER TABLE shifts ADD COLUMN break_ended_at timestamptz;

ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('operator', 'supervisor', 'driver', 'admin'));

-- 'will-call': an open return the caller confirms later; it is not planned until then.
ALTER TABLE bookings DROP CONSTRAINT bookings_status_check;
ALTER TABLE bookings ADD CONSTRAINT bookings_status_check CHECK (status IN
  ('pending', 'will-call', 'scheduled', 'refused', 'cancelled', 'arrived', 'on-board', 'completed', 'no-show'));
ALTER TABLE bookings ADD COLUMN asap boolean NOT NULL DEFAULT false;
ALTER TABLE bookings ADD COLUMN walking_aid boolean NOT NULL DEFAULT false;
-- door address beyond the point: { street, buildingNo, floor, flat, directions }
ALTER TABLE bookings ADD COLUMN pickup_address jsonb;
ALTER TABLE bookings ADD COLUMN dropoff_address jsonb;
-- arrive-by rides: the earliest acceptable arrival (appointment minus the arrival window)
ALTER TABLE bookings ADD COLUMN dropoff_earliest timestamptz;
-- a return opens this long after its outbound's appointment or planned arrival
ALTER TABLE bookings ADD COLUMN return_ready_after_minutes integer;
ALTER TABLE bookings ADD COLUMN overlap_override boolean NOT NULL DEFAULT false;
-- why the scheduler decided as it did: [{ code, params }], in words the operator repeats
ALTER TABLE bookings ADD COLUMN explanation jsonb;
ALTER TABLE bookings ADD COLUMN standing_order_id uuid;
CREATE INDEX bookings_return_of_idx ON bookings (return_of) WHERE return_of IS NOT NULL;
CREATE INDEX bookings_citizen_idx ON bookings (citizen_id, pickup_window_start);

ALTER TABLE citizen_addresses ADD COLUMN address jsonb;
ALTER TABLE citizens ADD COLUMN home_address jsonb;
`,
};
