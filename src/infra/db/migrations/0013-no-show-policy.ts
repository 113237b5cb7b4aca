import type { Migration } from '../migrate.js';

/**
 * No-show and late-cancel policy per service: how long a driver waits at the
 * door, how close to the pickup window a cancel counts as late, and after how
 * many no-shows in a period a citizen is warned. A booking keeps the waiting
 * time and deadline its service had when it was made, so a change counts for
 * new bookings only. Operators may suspend a citizen's self-booking for a
 * period; every step is kept, with its author and reason, in one history.
 */
export const noShowPolicy: Migration = {
  version: 13,
  name: 'no-show-policy',
  sql: `
ALTER TABLE services ADD COLUMN no_show_wait_minutes integer NOT NULL DEFAULT 5
  CHECK (no_show_wait_minutes BETWEEN 0 AND 60);
ALTER TABLE services ADD COLUMN late_cancel_minutes integer NOT NULL DEFAULT 60
  CHECK (late_cancel_minutes BETWEEN 0 AND 2880);
ALTER TABLE services ADD COLUMN no_show_warn_after integer NOT NULL DEFAULT 3
  CHECK (no_show_warn_after BETWEEN 1 AND 50);
ALTER TABLE services ADD COLUMN no_show_period_days integer NOT NULL DEFAULT 90
  CHECK (no_show_period_days BETWEEN 1 AND 730);
-- whether late cancels count towards the warning with the no-shows
ALTER TABLE services ADD COLUMN late_cancels_count boolean NOT NULL DEFAULT false;

-- the service's rules as they were when the booking was made (NULL: booked before this migration)
ALTER TABLE bookings ADD COLUMN no_show_wait_minutes integer;
ALTER TABLE bookings ADD COLUMN late_cancel_minutes integer;
-- cancelled less than late_cancel_minutes before the pickup window opened, at the citizen's request
ALTER TABLE bookings ADD COLUMN late_cancel boolean NOT NULL DEFAULT false;
ALTER TABLE bookings ADD COLUMN cancelled_by uuid REFERENCES users(id);
ALTER TABLE bookings ADD COLUMN cancelled_by_role text;
ALTER TABLE bookings ADD COLUMN cancelled_at timestamptz;

-- Operators stop a citizen's own bookings (never theirs) until ends_at, or until lifted.
CREATE TABLE self_booking_suspensions (
  id uuid PRIMARY KEY,
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  reason text NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  lifted_at timestamptz,
  lifted_by uuid REFERENCES users(id),
  lift_reason text
);
CREATE INDEX self_booking_suspensions_citizen_idx ON self_booking_suspensions (citizen_id, ends_at);

-- Every step of the policy: a no-show or late cancel counted, a warning, a suspension, a lift.
CREATE TABLE citizen_policy_events (
  id bigserial PRIMARY KEY,
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  kind text NOT NULL CHECK (kind IN ('no-show', 'late-cancel', 'warning', 'suspended', 'lifted')),
  service_id text REFERENCES services(id),
  booking_id uuid REFERENCES bookings(id),
  suspension_id uuid REFERENCES self_booking_suspensions(id),
  reason text,
  details jsonb,
  author_user_id uuid REFERENCES users(id),
  author_role text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX citizen_policy_events_citizen_idx ON citizen_policy_events (citizen_id, at);
`,
};
