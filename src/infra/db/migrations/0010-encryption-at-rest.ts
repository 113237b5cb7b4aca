import type { Migration } from '../migrate.js';

/**
 * KVKK: special-category and contact data encrypted at rest. The columns keep
 * their names but hold `enc:v1:<keyId>:...` text written by the application
 * (the key never reaches the database, so SQL cannot encrypt: the startup
 * backfill encrypts rows written before this migration and fills the hashes).
 * Equality searches go through keyed hashes (`*_hash`, HMAC-SHA256); a
 * partial match on an encrypted column is no longer possible.
 *
 * Encrypted: citizens.phone, national_id, notes, mobility; eligibility.basis,
 * disability_rate (now text), document_ref, revoke_reason; bookings.notes;
 * standing_orders.notes; citizen_relatives.phone; users.phone.
 */
export const encryptionAtRest: Migration = {
  version: 10,
  name: 'encryption-at-rest',
  sql: `
ALTER TABLE citizens ADD COLUMN phone_hash text;
ALTER TABLE citizens ADD COLUMN national_id_hash text;
-- ciphertext differs on every write: uniqueness moves to the keyed hash
ALTER TABLE citizens DROP CONSTRAINT citizens_national_id_key;
CREATE UNIQUE INDEX citizens_national_id_hash_idx ON citizens (national_id_hash);
DROP INDEX citizens_phone_idx;
CREATE INDEX citizens_phone_hash_idx ON citizens (phone_hash);
-- mobility is health data, read by no SQL (a ride carries its own wheelchair and walking aid)
ALTER TABLE citizens DROP CONSTRAINT citizens_mobility_check;
ALTER TABLE citizens ALTER COLUMN mobility DROP DEFAULT;

ALTER TABLE eligibility DROP CONSTRAINT eligibility_disability_rate_check;
ALTER TABLE eligibility ALTER COLUMN disability_rate TYPE text USING disability_rate::text;

ALTER TABLE citizen_relatives ADD COLUMN phone_hash text;
ALTER TABLE citizen_relatives DROP CONSTRAINT citizen_relatives_pkey;
DROP INDEX citizen_relatives_phone_idx;
CREATE UNIQUE INDEX citizen_relatives_citizen_phone_hash_idx ON citizen_relatives (citizen_id, phone_hash);
CREATE INDEX citizen_relatives_phone_hash_idx ON citizen_relatives (phone_hash);

ALTER TABLE users ADD COLUMN phone_hash text;
DROP INDEX users_phone_idx;
CREATE UNIQUE INDEX users_phone_hash_idx ON users (phone_hash) WHERE phone_hash IS NOT NULL;
`,
};
