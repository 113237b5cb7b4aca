import type { Migration } from '../migrate.js';

/** The first schema: services, people, fleet, bookings and their history. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE services (
  id text PRIMARY KEY,
  name_tr text NOT NULL,
  name_en text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  -- what every vehicle serving a ride of this service must have
  required_features text[] NOT NULL DEFAULT '{}',
  -- 'pickup': the citizen gives a pickup time; 'arrive-by': an appointment time
  timing text NOT NULL CHECK (timing IN ('pickup', 'arrive-by')),
  min_notice_minutes integer NOT NULL CHECK (min_notice_minutes >= 0),
  max_days_ahead integer NOT NULL CHECK (max_days_ahead >= 0),
  same_day_allowed boolean NOT NULL,
  pickup_window_minutes integer NOT NULL CHECK (pickup_window_minutes > 0),
  arrival_margin_minutes integer NOT NULL DEFAULT 0,
  max_ride_factor numeric NOT NULL CHECK (max_ride_factor >= 1),
  max_ride_extra_minutes integer NOT NULL CHECK (max_ride_extra_minutes >= 0),
  shared_rides boolean NOT NULL,
  max_companions integer NOT NULL CHECK (max_companions >= 0),
  return_trip boolean NOT NULL,
  dwell_seconds integer NOT NULL CHECK (dwell_seconds >= 0),
  wheelchair_dwell_seconds integer NOT NULL CHECK (wheelchair_dwell_seconds >= 0)
);

CREATE TABLE drivers (
  id uuid PRIMARY KEY,
  full_name text NOT NULL,
  phone text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('operator', 'driver', 'admin')),
  display_name text NOT NULL,
  driver_id uuid REFERENCES drivers(id),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'driver') = (driver_id IS NOT NULL))
);

CREATE TABLE refresh_tokens (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);

CREATE TABLE citizens (
  id uuid PRIMARY KEY,
  full_name text NOT NULL,
  -- full_name folded (Turkish letters, case, diacritics) by the application, for search
  search_key text NOT NULL,
  phone text NOT NULL,
  -- TC kimlik no: special category under KVKK; optional, masked for operators
  national_id text UNIQUE,
  birth_year integer,
  mobility text NOT NULL DEFAULT 'none'
    CHECK (mobility IN ('none', 'walking-aid', 'manual-wheelchair', 'electric-wheelchair')),
  home_place_id text,
  home_label text,
  home_lat double precision,
  home_lng double precision,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users(id)
);
CREATE INDEX citizens_search_idx ON citizens (search_key);
CREATE INDEX citizens_phone_idx ON citizens (phone);

CREATE TABLE eligibility (
  id uuid PRIMARY KEY,
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  service_id text NOT NULL REFERENCES services(id),
  valid_from date NOT NULL,
  valid_until date NOT NULL,
  basis text NOT NULL,
  disability_rate integer CHECK (disability_rate BETWEEN 0 AND 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users(id),
  CHECK (valid_until >= valid_from)
);
CREATE INDEX eligibility_citizen_idx ON eligibility (citizen_id, service_id);

CREATE TABLE vehicles (
  id uuid PRIMARY KEY,
  plate text NOT NULL UNIQUE,
  label text NOT NULL,
  seats integer NOT NULL CHECK (seats >= 0),
  wheelchair_places integer NOT NULL CHECK (wheelchair_places >= 0),
  infant_seats integer NOT NULL CHECK (infant_seats >= 0),
  has_ramp boolean NOT NULL DEFAULT false,
  has_lift boolean NOT NULL DEFAULT false,
  depot_label text NOT NULL,
  depot_lat double precision NOT NULL,
  depot_lng double precision NOT NULL,
  active boolean NOT NULL DEFAULT true
);

CREATE TABLE shifts (
  id uuid PRIMARY KEY,
  driver_id uuid NOT NULL REFERENCES drivers(id),
  vehicle_id uuid NOT NULL REFERENCES vehicles(id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  break_earliest timestamptz,
  break_latest timestamptz,
  break_minutes integer NOT NULL DEFAULT 0,
  cancelled boolean NOT NULL DEFAULT false,
  CHECK (ends_at > starts_at)
);
CREATE INDEX shifts_time_idx ON shifts (starts_at, ends_at);
CREATE INDEX shifts_driver_idx ON shifts (driver_id, starts_at);

CREATE TABLE bookings (
  id uuid PRIMARY KEY,
  service_id text NOT NULL REFERENCES services(id),
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  status text NOT NULL CHECK (status IN
    ('pending', 'scheduled', 'refused', 'cancelled', 'arrived', 'on-board', 'completed', 'no-show')),
  pickup_place_id text,
  pickup_label text NOT NULL,
  pickup_lat double precision NOT NULL,
  pickup_lng double precision NOT NULL,
  dropoff_place_id text,
  dropoff_label text NOT NULL,
  dropoff_lat double precision NOT NULL,
  dropoff_lng double precision NOT NULL,
  -- exactly one of the two, as the service's timing says
  requested_pickup_at timestamptz,
  arrive_by timestamptz,
  wheelchair text NOT NULL DEFAULT 'none' CHECK (wheelchair IN ('none', 'manual', 'electric')),
  companions integer NOT NULL DEFAULT 0 CHECK (companions >= 0),
  infants integer NOT NULL DEFAULT 0 CHECK (infants >= 0),
  notes text,
  return_of uuid REFERENCES bookings(id),
  eligibility_override boolean NOT NULL DEFAULT false,
  shift_id uuid REFERENCES shifts(id),
  vehicle_id uuid REFERENCES vehicles(id),
  pickup_window_start timestamptz NOT NULL,
  pickup_window_end timestamptz NOT NULL,
  dropoff_deadline timestamptz,
  planned_pickup_at timestamptz,
  planned_dropoff_at timestamptz,
  refusal_reason text,
  alternatives jsonb,
  service_date date NOT NULL,
  idempotency_key text,
  request_fingerprint text,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((requested_pickup_at IS NULL) <> (arrive_by IS NULL))
);
CREATE UNIQUE INDEX bookings_idempotency_idx ON bookings (created_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX bookings_day_idx ON bookings (service_date, status);
CREATE INDEX bookings_shift_idx ON bookings (shift_id);
CREATE INDEX bookings_pending_idx ON bookings (created_at) WHERE status = 'pending';

-- Every status change: who, when, from what to what. Driver updates carry the
-- client's event id so a retried tap is recorded once.
CREATE TABLE booking_events (
  id bigserial PRIMARY KEY,
  booking_id uuid NOT NULL REFERENCES bookings(id),
  type text NOT NULL,
  from_status text,
  to_status text,
  actor_user_id uuid REFERENCES users(id),
  actor_role text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  details jsonb,
  client_event_id text UNIQUE
);
CREATE INDEX booking_events_booking_idx ON booking_events (booking_id, id);

-- The planned route of each shift. One row per shift, replaced whole by the
-- scheduler; version increases on every change so re-planning can detect races.
CREATE TABLE routes (
  shift_id uuid PRIMARY KEY REFERENCES shifts(id),
  stops jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per planning partition (service area and day). Planning takes this
-- row's lock, so each partition is planned by one worker at a time.
CREATE TABLE planning_partitions (
  key text PRIMARY KEY,
  version integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  actor_role text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  details jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
`,
};
