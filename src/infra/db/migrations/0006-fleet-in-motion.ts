import type { Migration } from '../migrate.js';

/**
 * The fleet in motion.
 *
 * `manifest_deliveries`: per driver and local day, the version of the
 * manifest last pushed, how often it was sent, the version the driver's app
 * acknowledged, and the version the operators were alerted about. A push the
 * app has not acknowledged is sent again; past a limit the operators are told.
 *
 * `vehicle_positions`: GPS positions sent by drivers' apps during a shift
 * (kept for POSITION_RETENTION_HOURS). `driver_messages`: short texts between
 * dispatch and a driver. `emergencies`: a driver's alarm, until an operator
 * acknowledges it.
 */
export const fleetInMotion: Migration = {
  version: 6,
  name: 'fleet-in-motion',
  sql: `
CREATE TABLE manifest_deliveries (
  driver_id uuid NOT NULL REFERENCES drivers(id),
  service_date date NOT NULL,
  version bigint NOT NULL DEFAULT 0,
  sent_at timestamptz NOT NULL DEFAULT now(),
  sends integer NOT NULL DEFAULT 0,
  acked_version bigint NOT NULL DEFAULT 0,
  acked_at timestamptz,
  alerted_version bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (driver_id, service_date)
);
CREATE INDEX manifest_deliveries_unacked_idx ON manifest_deliveries (sent_at)
  WHERE acked_version < version;

CREATE TABLE vehicle_positions (
  id bigserial PRIMARY KEY,
  vehicle_id uuid NOT NULL REFERENCES vehicles(id),
  shift_id uuid NOT NULL REFERENCES shifts(id),
  driver_id uuid NOT NULL REFERENCES drivers(id),
  at timestamptz NOT NULL,
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  accuracy real,
  speed real,
  heading real
);
CREATE INDEX vehicle_positions_vehicle_idx ON vehicle_positions (vehicle_id, at DESC);
CREATE INDEX vehicle_positions_at_idx ON vehicle_positions (at);

CREATE TABLE driver_messages (
  id uuid PRIMARY KEY,
  driver_id uuid NOT NULL REFERENCES drivers(id),
  shift_id uuid REFERENCES shifts(id),
  from_driver boolean NOT NULL,
  body text NOT NULL,
  sender_user_id uuid NOT NULL REFERENCES users(id),
  client_message_id text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX driver_messages_driver_idx ON driver_messages (driver_id, created_at);

CREATE TABLE emergencies (
  id uuid PRIMARY KEY,
  driver_id uuid NOT NULL REFERENCES drivers(id),
  shift_id uuid REFERENCES shifts(id),
  vehicle_id uuid REFERENCES vehicles(id),
  lat double precision,
  lng double precision,
  client_event_id text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES users(id)
);
CREATE INDEX emergencies_open_idx ON emergencies (created_at) WHERE acknowledged_at IS NULL;
`,
};
