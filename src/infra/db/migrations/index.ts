import type { Migration } from '../migrate.js';
import { initialSchema } from './0001-initial.js';
import { citizenAddresses } from './0002-citizen-addresses.js';
import { serviceRules } from './0003-service-rules.js';
import { standingOrders } from './0004-standing-orders.js';
import { sessionsAndAudit } from './0005-sessions-and-audit.js';
import { fleetInMotion } from './0006-fleet-in-motion.js';
import { administration } from './0007-administration.js';
import { citizenSignIn } from './0009-citizen-sign-in.js';
import { encryptionAtRest } from './0010-encryption-at-rest.js';
import { retentionAndErasure } from './0011-retention-and-erasure.js';
import { reportIndexes } from './0012-report-indexes.js';
import { noShowPolicy } from './0013-no-show-policy.js';
import { messageTemplatesAndDeliveries } from './0014-message-templates-and-deliveries.js';
import { pushSubscriptions } from './0015-push-subscriptions.js';
import { eligibilityRequestsAndDayHours } from './0016-eligibility-requests-and-day-hours.js';
import { serviceQuietHours } from './0017-service-quiet-hours.js';
import { encryptApplications } from './0018-encrypt-applications.js';
import { reportSummaries } from './0019-report-summaries.js';
import { planningInputs } from './0020-planning-inputs.js';
import { planningChanges } from './0021-planning-changes.js';
import { routesTakePlannedRides } from './0022-routes-take-planned-rides.js';
import { routesCheckedAtCommit } from './0023-routes-checked-at-commit.js';

/** Every migration, in order. Append; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  initialSchema,
  citizenAddresses,
  serviceRules,
  standingOrders,
  sessionsAndAudit,
  fleetInMotion,
  administration,
  citizenSignIn,
  encryptionAtRest,
  retentionAndErasure,
  reportIndexes,
  noShowPolicy,
  messageTemplatesAndDeliveries,
  pushSubscriptions,
  eligibilityRequestsAndDayHours,
  serviceQuietHours,
  encryptApplications,
  reportSummaries,
  planningInputs,
  planningChanges,
  routesTakePlannedRides,
  routesCheckedAtCommit,
];
