import type { Migration } from '../migrate.js';

/**
 * The citizen's own way in: a `citizen` user signs in with a one-time code
 * sent to their phone (no password), acts for the citizens registered with
 * that phone and for those who named the phone as a relative's; a citizen
 * may apply for a service they are not eligible for, for operators to decide.
 */
export const citizenSignIn: Migration = {
  version: 9,
  name: 'citizen-sign-in',
  sql: `
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('operator', 'supervisor', 'driver', 'admin', 'citizen'));
-- a citizen user's verified phone (+90XXXXXXXXXX): it links them to citizens by phone
ALTER TABLE users ADD COLUMN phone text;
CREATE UNIQUE INDEX users_phone_idx ON users (phone) WHERE phone IS NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_citizen_phone_check CHECK ((role = 'citizen') = (phone IS NOT NULL));

-- a relative (by phone) the citizen named: they may sign in and act for the citizen
CREATE TABLE citizen_relatives (
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  phone text NOT NULL,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (citizen_id, phone)
);
CREATE INDEX citizen_relatives_phone_idx ON citizen_relatives (phone);

-- a citizen asks for a service they are not eligible for; operators decide
CREATE TABLE service_applications (
  id uuid PRIMARY KEY,
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  service_id text NOT NULL REFERENCES services(id),
  note text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'granted', 'declined')),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX service_applications_open_idx ON service_applications (citizen_id, service_id)
  WHERE status = 'open';
`,
};
