import type { Migration } from '../migrate.js';

/**
 * Administration without a database console: vehicles retired (never deleted,
 * their history stays) and taken out of service for periods the planner
 * honours; drivers' licences; drivers' leave and sickness; weekly shift
 * templates that generate shifts ahead; eligibility's document, grantor and
 * revocation; users' last login and one-time password reset codes.
 */
export const administration: Migration = {
  version: 7,
  name: 'administration',
  sql: `
ALTER TABLE vehicles ADD COLUMN retired_at timestamptz;

-- Maintenance and breakdowns: the vehicle works no shift that overlaps [starts_at, ends_at).
CREATE TABLE vehicle_unavailability (
  id uuid PRIMARY KEY,
  vehicle_id uuid NOT NULL REFERENCES vehicles(id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  reason text NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX vehicle_unavailability_idx ON vehicle_unavailability (vehicle_id, starts_at);

ALTER TABLE drivers ADD COLUMN licence_class text;
ALTER TABLE drivers ADD COLUMN licence_expires_on date;

-- Leave and sickness, local dates inclusive: the driver works no shift on those days.
CREATE TABLE driver_absences (
  id uuid PRIMARY KEY,
  driver_id uuid NOT NULL REFERENCES drivers(id),
  kind text NOT NULL CHECK (kind IN ('leave', 'sickness')),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX driver_absences_idx ON driver_absences (driver_id, starts_on);

-- A weekly roster line: on these ISO weekdays (1 = Monday) this driver works this vehicle
-- from start_time to end_time (local), with a break of break_minutes inside the break window.
CREATE TABLE shift_templates (
  id uuid PRIMARY KEY,
  driver_id uuid NOT NULL REFERENCES drivers(id),
  vehicle_id uuid NOT NULL REFERENCES vehicles(id),
  weekdays integer[] NOT NULL,
  start_time text NOT NULL,
  end_time text NOT NULL,
  break_earliest text,
  break_latest text,
  break_minutes integer NOT NULL DEFAULT 0 CHECK (break_minutes >= 0),
  valid_from date NOT NULL,
  valid_until date,
  active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
-- a shift generated from a template names it, so generating again adds no duplicate
ALTER TABLE shifts ADD COLUMN template_id uuid REFERENCES shift_templates(id);
CREATE UNIQUE INDEX shifts_template_day_idx ON shifts (template_id, starts_at) WHERE template_id IS NOT NULL;

ALTER TABLE eligibility ADD COLUMN document_ref text;
ALTER TABLE eligibility ADD COLUMN revoked_at timestamptz;
ALTER TABLE eligibility ADD COLUMN revoked_by uuid REFERENCES users(id);
ALTER TABLE eligibility ADD COLUMN revoke_reason text;

ALTER TABLE users ADD COLUMN last_login_at timestamptz;
-- one-time password reset: only the code's hash is kept, and it expires
CREATE TABLE password_resets (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  code_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
`,
};
