import type { Migration } from '../migrate.js';

/**
 * Repeating rides (dialysis every Monday, Wednesday and Friday): the series,
 * what happened to each of its dates, and the holidays on which no series
 * runs. Each occurrence is an ordinary booking linked back to its series.
 */
export const standingOrders: Migration = {
  version: 4,
  name: 'standing-orders',
  sql: `
CREATE TABLE holidays (
  date date PRIMARY KEY,
  name text NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE standing_orders (
  id uuid PRIMARY KEY,
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  service_id text NOT NULL REFERENCES services(id),
  -- places as a booking takes them: { placeId, label, lat, lng, address? }
  pickup jsonb NOT NULL,
  dropoff jsonb NOT NULL,
  -- ISO weekdays, 1 = Monday
  weekdays integer[] NOT NULL,
  -- local wall-clock 'HH:mm': the pickup, or the appointment for arrive-by services
  local_time text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  wheelchair text NOT NULL DEFAULT 'none' CHECK (wheelchair IN ('none', 'manual', 'electric')),
  walking_aid boolean NOT NULL DEFAULT false,
  companions integer NOT NULL DEFAULT 0 CHECK (companions >= 0),
  infants integer NOT NULL DEFAULT 0 CHECK (infants >= 0),
  notes text,
  -- { pickupTime: 'HH:mm' } or { readyAfterMinutes }
  return_trip jsonb,
  -- { reason }: every occurrence is booked with this eligibility override
  eligibility_override jsonb,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  ended_at timestamptz,
  end_reason text,
  ended_by uuid REFERENCES users(id),
  -- bumped by every change, so a booking run that read an older version gives way
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on),
  CHECK ((status = 'ended') = (ended_at IS NOT NULL))
);
CREATE INDEX standing_orders_citizen_idx ON standing_orders (citizen_id, starts_on);
CREATE INDEX standing_orders_active_idx ON standing_orders (ends_on) WHERE status = 'active';

-- One row per date a booking was attempted for. The idempotency key of that
-- booking is derived from (series, date, attempt), so a repeated run books
-- nothing twice; a cancelled occurrence booked again takes the next attempt.
CREATE TABLE standing_order_occurrences (
  standing_order_id uuid NOT NULL REFERENCES standing_orders(id),
  date date NOT NULL,
  attempt integer NOT NULL DEFAULT 1,
  booking_id uuid REFERENCES bookings(id),
  -- why the last attempt booked nothing: { code, params }
  failure jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (standing_order_id, date)
);
CREATE INDEX standing_order_occurrences_date_idx ON standing_order_occurrences (date);

ALTER TABLE bookings ADD CONSTRAINT bookings_standing_order_fk
  FOREIGN KEY (standing_order_id) REFERENCES standing_orders(id);
CREATE INDEX bookings_standing_order_idx ON bookings (standing_order_id)
  WHERE standing_order_id IS NOT NULL;
`,
};
