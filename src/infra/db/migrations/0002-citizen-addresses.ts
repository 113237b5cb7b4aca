import type { Migration } from '../migrate.js';

/** Addresses a citizen is often picked up from or taken to, beyond home. */
export const citizenAddresses: Migration = {
  version: 2,
  name: 'citizen-addresses',
  sql: `
CREATE TABLE citizen_addresses (
  id uuid PRIMARY KEY,
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  label text NOT NULL,
  place_id text,
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users(id)
);
CREATE INDEX citizen_addresses_citizen_idx ON citizen_addresses (citizen_id);
`,
};
