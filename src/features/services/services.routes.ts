import { z } from 'zod';
import { AppError, notFound } from '../../domain/errors.js';
import type { ServiceRules } from '../../domain/services.js';
import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { parseInput } from '../../http/validate.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import { ROLES } from '../auth/auth-user.js';
import { createServiceBody, serviceParams, updateServiceBody } from './services.schema.js';
import type { ServicesStore } from './services.store.js';

const serviceView = z.object({
  id: z.string(),
  nameTr: z.string(),
  nameEn: z.string(),
  active: z.boolean(),
  requiredFeatures: z.array(z.string()),
  timing: z.enum(['pickup', 'arrive-by']),
  minNoticeMinutes: z.number(),
  maxDaysAhead: z.number(),
  sameDayAllowed: z.boolean(),
  pickupWindowMinutes: z.number(),
  arrivalMarginMinutes: z.number(),
  arrivalWindowMinutes: z.number(),
  asapAllowed: z.boolean(),
  returnReadyAfterMinutes: z.number(),
  maxRideFactor: z.number(),
  maxRideExtraMinutes: z.number(),
  sharedRides: z.boolean(),
  maxCompanions: z.number(),
  returnTrip: z.boolean(),
  dwellSeconds: z.number(),
  wheelchairDwellSeconds: z.number(),
  noShowWaitMinutes: z.number(),
  lateCancelMinutes: z.number(),
  noShowWarnAfter: z.number(),
  noShowPeriodDays: z.number(),
  lateCancelsCount: z.boolean(),
  /** Its own quiet hours for messages (`HH:mm-HH:mm`, equal ends: none); null: the global setting. */
  quietHours: z.string().nullable(),
});

/*
 * A booking copies what it needs of its service's rules when it is made (its
 * windows, its deadline), so a change here counts for bookings made from now
 * and never rewrites a booked ride's promise.
 */
export function servicesRoutes(services: ServicesStore, db: Db): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/services',
      tag: 'services',
      summary: 'The transport services and their booking rules',
      roles: ROLES,
      response: z.array(serviceView),
      handler: async () => ({ body: await services.all() }),
    }),
    defineRoute({
      method: 'post',
      path: '/services',
      tag: 'services',
      summary: 'Add a transport service with all its rules (administrators): no code needed',
      roles: ['admin'],
      body: createServiceBody,
      response: serviceView,
      successStatus: 201,
      otherResponses: { 409: 'A service with this id exists' },
      handler: async ({ body, user }) => {
        if (await services.find(body.id)) throw new AppError('CONFLICT');
        const rules = body as ServiceRules;
        await db.transaction(async (tx) => {
          await services.upsert(rules, tx);
          await recordAudit(tx, user, {
            action: 'service.create',
            entity: 'service',
            entityId: body.id,
          });
        });
        return { status: 201, body: await services.find(body.id) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/services/:id',
      tag: 'services',
      summary:
        "Change a service's rules (administrators); they count for bookings made from now, booked rides keep theirs",
      roles: ['admin'],
      params: serviceParams,
      body: updateServiceBody,
      response: serviceView,
      otherResponses: { 404: 'No such service' },
      handler: async ({ params, body, user, lang }) => {
        const current = await services.find(params.id);
        if (!current) throw notFound('service');
        // The rules that hold together are checked on the service as it will be.
        parseInput(createServiceBody, { ...current, ...body, id: current.id }, lang, 'body');
        await db.transaction(async (tx) => {
          await services.update(params.id, body, tx);
          await recordAudit(tx, user, {
            action: 'service.update',
            entity: 'service',
            entityId: params.id,
            details: { before: pick(current, Object.keys(body)), after: body },
          });
        });
        return { body: await services.find(params.id) };
      },
    }),
  ];
}

function pick(rules: ServiceRules, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (rules as unknown as Record<string, unknown>)[k]]));
}
