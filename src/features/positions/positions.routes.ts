import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { liveQuery, liveView } from './positions.schema.js';
import type { PositionsService } from './positions.service.js';

export function positionsRoutes(positions: PositionsService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/fleet/live',
      tag: 'fleet',
      summary:
        "The dispatcher's live map: every vehicle on shift now (optionally of one service) with its last position, trail, stops ahead with estimated arrivals, and whether a pickup will be late",
      roles: ['operator', 'supervisor', 'admin'],
      query: liveQuery,
      response: liveView,
      handler: async ({ query }) => ({ body: await positions.live(query.serviceId) }),
    }),
  ];
}
