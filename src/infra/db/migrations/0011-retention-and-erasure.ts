import type { Migration } from '../migrate.js';

/**
 * KVKK: retention and erasure. An erased citizen (or one past the retention
 * period) keeps their row as an opaque id, so the reports still count
 * distinct citizens, but loses their phone; their sign-in user is kept for
 * the rides it booked, deactivated and without a phone. `anonymised_at`
 * marks what has been anonymised, so the nightly run does each row once.
 */
export const retentionAndErasure: Migration = {
  version: 11,
  name: 'retention-and-erasure',
  sql: `
ALTER TABLE citizens ADD COLUMN anonymised_at timestamptz;
ALTER TABLE citizens ALTER COLUMN phone DROP NOT NULL;
ALTER TABLE citizens ADD CONSTRAINT citizens_phone_or_anonymised_check
  CHECK (phone IS NOT NULL OR anonymised_at IS NOT NULL);

ALTER TABLE bookings ADD COLUMN anonymised_at timestamptz;
-- the retention run's work list: rides not yet anonymised, oldest first
CREATE INDEX bookings_retention_idx ON bookings (service_date) WHERE anonymised_at IS NULL;
ALTER TABLE standing_orders ADD COLUMN anonymised_at timestamptz;

-- a citizen user without a phone is an erased one, and it cannot sign in
ALTER TABLE users DROP CONSTRAINT users_citizen_phone_check;
ALTER TABLE users ADD CONSTRAINT users_citizen_phone_check CHECK (
  CASE WHEN role = 'citizen' THEN phone IS NOT NULL OR NOT active ELSE phone IS NULL END
);
`,
};
