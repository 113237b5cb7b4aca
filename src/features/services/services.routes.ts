import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { ROLES } from '../auth/auth-user.js';
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
});

export function servicesRoutes(services: ServicesStore): RouteDefinition[] {
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
  ];
}
