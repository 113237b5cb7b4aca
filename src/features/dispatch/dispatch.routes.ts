import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { bookingView } from '../bookings/bookings.schema.js';
import { driverReport, manifestQuery } from './dispatch.schema.js';
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
        'Report arrived / picked-up / dropped-off / no-show for one of your jobs (idempotent by clientEventId)',
      roles: ['driver'],
      body: driverReport,
      response: bookingView,
      otherResponses: {
        404: 'No such booking among your jobs',
        409: 'Not allowed from the booking’s status',
      },
      handler: async ({ user, body }) => ({ body: await dispatch.report(user, body) }),
    }),
  ];
}
