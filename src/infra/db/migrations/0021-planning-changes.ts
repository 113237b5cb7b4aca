import type { Migration } from '../migrate.js';

/**
 * What each version of a partition changed: the shifts whose routes and the
 * bookings whose rows moved with it (null shift ids: anything may have, a
 * withdrawn shift or a re-optimised day). A worker keeping a day in memory
 * reads the steps it missed (a driver's pickup, a cancel, another worker's
 * booking) and re-reads only what they name, rather than the whole day.
 *
 * Written in the statement that bumps the version, under the partition's row
 * lock, so a partition's entries are in commit order. Each bump prunes its
 * partition's entries a thousand versions old: a day in memory further
 * behind than that is read again whole.
 */
export const planningChanges: Migration = {
  version: 21,
  name: 'planning-changes',
  sql: `
CREATE TABLE planning_changes (
  partition_key text NOT NULL,
  version integer NOT NULL,
  shift_ids uuid[],
  booking_ids uuid[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (partition_key, version)
);
`,
};
