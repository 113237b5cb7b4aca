import { createBatcher } from '../../infra/batcher.js';
import type { Db } from '../../infra/db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { isUuid, recordAudits, type TimedAuditEntry } from './audit-log.js';

/**
 * How a route's reads and changes of a citizen's data reach the audit log
 * when its service does not record them itself: the action, and where the
 * citizen is found (the `:id` of a citizen path, the booking or standing
 * order of the `:id`, or the `citizenId` of the answer).
 */
export interface RouteAuditRule {
  action: string;
  entity: 'citizen' | 'booking' | 'standing-order';
  citizen: 'param' | 'booking' | 'standing-order' | 'answer';
}

/** Routes the pipeline audits, by `METHOD /path` as the route table declares them. */
export const AUDITED_ROUTES: Readonly<Record<string, RouteAuditRule>> = {
  'GET /citizens/:id/addresses': {
    action: 'citizen.addresses.read',
    entity: 'citizen',
    citizen: 'param',
  },
  'GET /citizens/:id/bookings': {
    action: 'citizen.bookings.read',
    entity: 'citizen',
    citizen: 'param',
  },
  'GET /citizens/:id/notifications': {
    action: 'citizen.notifications.read',
    entity: 'citizen',
    citizen: 'param',
  },
  'GET /citizens/:id/notification-preferences': {
    action: 'citizen.notification-preferences.read',
    entity: 'citizen',
    citizen: 'param',
  },
  'PUT /citizens/:id/notification-preferences': {
    action: 'citizen.notification-preferences.update',
    entity: 'citizen',
    citizen: 'param',
  },
  'GET /citizens/:id/policy-history': {
    action: 'citizen.policy-history.read',
    entity: 'citizen',
    citizen: 'param',
  },
  'GET /citizens/:id/standing-orders': {
    action: 'citizen.standing-orders.read',
    entity: 'citizen',
    citizen: 'param',
  },
  'GET /bookings': { action: 'bookings.list', entity: 'booking', citizen: 'answer' },
  'GET /bookings/:id': { action: 'booking.read', entity: 'booking', citizen: 'answer' },
  'GET /bookings/:id/events': {
    action: 'booking.events.read',
    entity: 'booking',
    citizen: 'booking',
  },
  'POST /bookings': { action: 'booking.create', entity: 'booking', citizen: 'answer' },
  'PATCH /bookings/:id': { action: 'booking.move', entity: 'booking', citizen: 'answer' },
  'POST /bookings/:id/cancel': { action: 'booking.cancel', entity: 'booking', citizen: 'answer' },
  'POST /bookings/:id/no-show': { action: 'booking.no-show', entity: 'booking', citizen: 'answer' },
  'POST /bookings/:id/decline': { action: 'booking.decline', entity: 'booking', citizen: 'answer' },
  'POST /bookings/:id/return': { action: 'booking.return', entity: 'booking', citizen: 'answer' },
  'POST /bookings/:id/reassign': {
    action: 'booking.reassign',
    entity: 'booking',
    citizen: 'answer',
  },
  'GET /standing-orders/:id': {
    action: 'standing-order.read',
    entity: 'standing-order',
    citizen: 'answer',
  },
};

/**
 * Routes on citizens' data whose service writes its own audit entry (with a
 * richer action); the pipeline leaves them alone so a request is one entry.
 */
export const SELF_AUDITED_ROUTES: readonly string[] = [
  'POST /citizens',
  'GET /citizens',
  'GET /citizens/:id',
  'POST /citizens/:id/eligibility',
  'POST /citizens/:id/eligibility-requests',
  'GET /citizens/:id/eligibility-requests',
  'POST /citizens/:id/erasure',
  'POST /citizens/:id/addresses',
  'POST /citizens/:id/self-booking-suspension',
  'DELETE /citizens/:id/self-booking-suspension',
  'POST /standing-orders',
  'PATCH /standing-orders/:id',
  'POST /standing-orders/:id/end',
];

export function routeKey(route: { method: string; path: string }): string {
  return `${route.method.toUpperCase()} ${route.path}`;
}

/** Paths that hold a citizen's data: every route under them is audited, by the pipeline or its service. */
export const CITIZEN_DATA_PATHS = /^\/(citizens|bookings|standing-orders)(\/|$)/;

export interface AuditedRequest {
  route: { method: string; path: string };
  user: AuthUser;
  params: Record<string, unknown>;
  /** The answer's body, where the citizen (or citizens, for a list) is read. */
  answer: unknown;
}

/**
 * Writes one audit entry for a request the table lists (a list's citizens go
 * into `details.citizenIds`, never one row per citizen). The request is
 * answered only once its entry is committed; entries from requests in flight
 * together are committed as one statement, so busy reads take one
 * connection for their audit rather than one each.
 */
export function createRouteAuditor(db: Db) {
  const batches = createBatcher<TimedAuditEntry, void>({
    handle: async (entries) => {
      await recordAudits(db, entries);
      return entries.map(() => undefined);
    },
    // Group commit: the first entry leaves at once, the next ones gather while it is written.
    windowMs: 0,
    maxBatch: 500,
    // An entry the law asks for is never turned away.
    maxWaiting: Number.POSITIVE_INFINITY,
  });
  return async function auditRequest({ route, user, params, answer }: AuditedRequest) {
    const rule = AUDITED_ROUTES[routeKey(route)];
    if (!rule) return;
    const id = isUuid(params.id) ? params.id : null;
    const fromAnswer = citizensIn(answer);
    let citizenId: string | null = null;
    if (rule.citizen === 'param') citizenId = id;
    else if (rule.citizen === 'answer')
      citizenId = fromAnswer.length === 1 ? (fromAnswer[0] ?? null) : null;
    else if (id) {
      const table = rule.citizen === 'booking' ? 'bookings' : 'standing_orders';
      const rows = await db.query<{ citizen_id: string }>(
        `SELECT citizen_id FROM ${table} WHERE id = $1`,
        [id],
      );
      citizenId = rows[0]?.citizen_id ?? null;
    }
    const list = Array.isArray(answer);
    await batches.add({
      actor: user,
      at: new Date(),
      entry: {
        action: rule.action,
        entity: rule.entity,
        entityId: rule.entity === 'citizen' ? citizenId : (id ?? idOf(answer)),
        citizenId,
        ...(list ? { details: { count: answer.length, citizenIds: fromAnswer } } : {}),
      },
    });
  };
}

export type RouteAuditor = ReturnType<typeof createRouteAuditor>;

function idOf(answer: unknown): string | null {
  const id = (answer as { id?: unknown } | null)?.id;
  return isUuid(id) ? id : null;
}

/** The distinct `citizenId`s of an answer (one object or a list). */
function citizensIn(answer: unknown): string[] {
  const items = Array.isArray(answer) ? answer : [answer];
  const ids = new Set<string>();
  for (const item of items) {
    const id = (item as { citizenId?: unknown } | null)?.citizenId;
    if (isUuid(id)) ids.add(id);
  }
  return [...ids];
}
