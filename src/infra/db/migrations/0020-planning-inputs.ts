import type { Migration } from '../migrate.js';

/**
 * A counter of changes to what planning reads besides bookings and routes
 * (shifts, vehicles, service rules), so a worker keeping a day in memory
 * asks one cheap row per booking whether anything moved, and digests the
 * day's shifts and vehicles only when it did (that digest grew with the
 * fleet and was paid on every booking).
 *
 * Bumped by deferred triggers, once per transaction, at commit: in the same
 * transaction as the change (a reader never sees one without the other),
 * and after every other lock the transaction takes, so waiting for the
 * counter's row can never close a cycle with a partition's lock.
 */
export const planningInputs: Migration = {
  version: 20,
  name: 'planning-inputs',
  sql: `
CREATE TABLE planning_inputs (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL DEFAULT 0
);
INSERT INTO planning_inputs DEFAULT VALUES;

CREATE FUNCTION planning_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('yoldas.planning_inputs_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('yoldas.planning_inputs_bumped', txid_current()::text, true);
    UPDATE planning_inputs SET version = version + 1;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE CONSTRAINT TRIGGER shifts_planning_inputs AFTER INSERT OR DELETE ON shifts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION planning_inputs_changed();
CREATE CONSTRAINT TRIGGER shifts_planning_inputs_update AFTER UPDATE ON shifts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
  EXECUTE FUNCTION planning_inputs_changed();
CREATE CONSTRAINT TRIGGER vehicles_planning_inputs AFTER INSERT OR DELETE ON vehicles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION planning_inputs_changed();
CREATE CONSTRAINT TRIGGER vehicles_planning_inputs_update AFTER UPDATE ON vehicles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
  EXECUTE FUNCTION planning_inputs_changed();
CREATE CONSTRAINT TRIGGER services_planning_inputs AFTER INSERT OR DELETE ON services
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION planning_inputs_changed();
CREATE CONSTRAINT TRIGGER services_planning_inputs_update AFTER UPDATE ON services
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
  EXECUTE FUNCTION planning_inputs_changed();
`,
};
