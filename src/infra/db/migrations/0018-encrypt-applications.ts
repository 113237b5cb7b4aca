import type { Migration } from '../migrate.js';

/**
 * KVKK, after 0010: an application's disability rate is health data like the
 * eligibility's, so it becomes text holding ciphertext (the startup backfill
 * encrypts the rows already there). Audit entries' free text (reasons, notes)
 * is encrypted by the application too; the partial index keeps the passes that
 * look for it (backfill at every start, key rotation) to the few entries that
 * have any instead of the whole log (its keys are AUDIT_FREE_TEXT_KEYS: a key
 * added there needs this index made again).
 */
export const encryptApplications: Migration = {
  version: 18,
  name: 'encrypt-applications',
  sql: `
ALTER TABLE service_applications DROP CONSTRAINT IF EXISTS service_applications_disability_rate_check;
ALTER TABLE service_applications ALTER COLUMN disability_rate TYPE text USING disability_rate::text;
CREATE INDEX audit_log_free_text_idx ON audit_log (id)
  WHERE details ?| array['reason', 'note', 'notes', 'eligibilityOverride'];
`,
};
