import type { Migration } from '../migrate.js';
import { initialSchema } from './0001-initial.js';
import { citizenAddresses } from './0002-citizen-addresses.js';
import { serviceRules } from './0003-service-rules.js';
import { standingOrders } from './0004-standing-orders.js';
import { sessionsAndAudit } from './0005-sessions-and-audit.js';
import { fleetInMotion } from './0006-fleet-in-motion.js';
import { administration } from './0007-administration.js';
import { citizenSignIn } from './0009-citizen-sign-in.js';

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
];
