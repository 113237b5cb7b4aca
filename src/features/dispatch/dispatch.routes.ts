import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { bookingView } from '../bookings/bookings.schema.js';
import { breakView, driverTap, manifestQuery } from './dispatch.schema.js';
import type { DispatchService } from './dispatch.service.js';
import { manifestsView } from './manifest.js';

export function dispatchRoutes(dispatch: DispatchService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/driver/manifest',
      tag: 'driver',
      summary:
        "The calling driver's shifts of a day (default today) with ordered stops and passenger needs",
      roles: ['driver'],
      query: manifestQuery,
      response: manifestsView,
      handler: async ({ user, query }) => ({ body: await dispatch.manifests(user, query.date) }),
    }),
    defineRoute({
      method: 'post',
      path: '/driver/reports',
      tag: 'driver',
      summary:
        'Report arrived / picked-up / dropped-off / no-show for one of your jobs, or break-started / break-ended for one of your shifts (idempotent by clientEventId)',
      roles: ['driver'],
      body: driverTap,
      response: z.union([bookingView, breakView]),
      otherResponses: {
        404: 'No such booking among your jobs, or no such shift of yours',
        409: 'Not allowed from the booking’s status, or no break to start or end now',
      },
      handler: async ({ user, body }) => ({ body: await dispatch.tap(user, body) }),
    }),
  ];
}
