import type { Migration } from '../migrate.js';

/**
 * A service may keep its own quiet hours (`HH:mm-HH:mm`, local time; equal
 * ends mean none): a service riders use at dawn is not held to the city's
 * night. NULL follows NOTIFY_QUIET_HOURS. The notifications find the
 * warning a ride's no-show brought by the ride, hence the index.
 */
export const serviceQuietHours: Migration = {
  version: 17,
  name: 'service-quiet-hours',
  sql: `
ALTER TABLE services ADD COLUMN quiet_hours text
  CHECK (quiet_hours IS NULL OR quiet_hours ~ '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$');
CREATE INDEX citizen_policy_events_warning_booking_idx ON citizen_policy_events (booking_id)
  WHERE kind = 'warning';
`,
};
