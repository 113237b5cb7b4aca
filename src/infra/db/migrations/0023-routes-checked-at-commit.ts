import type { Migration } from '../migrate.js';

/**
 * The check that a route takes on only planned rides (0022) runs when the
 * transaction commits, not when the route is written: the planner now
 * commits a placed booking in one statement (the ride scheduled and its
 * route written together, `commitPlacement`), in which a check made as the
 * route row is written still saw the ride pending. At commit it sees what
 * the transaction leaves, which is what the rule is about; a failed check
 * rolls the whole transaction back (SQLSTATE YD001, as before).
 */
export const routesCheckedAtCommit: Migration = {
  version: 23,
  name: 'routes-checked-at-commit',
  sql: `
DROP TRIGGER routes_take_planned_rides ON routes;

CREATE CONSTRAINT TRIGGER routes_take_planned_rides AFTER INSERT OR UPDATE OF stops ON routes
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION routes_take_planned_rides();
`,
};
