import { z } from 'zod';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import { STAFF } from '../auth/auth-user.js';
import {
  createStandingOrderBody,
  endStandingOrderBody,
  standingOrderView,
  updateStandingOrderBody,
} from './standing-orders.schema.js';
import type { StandingOrdersService } from './standing-orders.service.js';

export function standingOrdersRoutes(orders: StandingOrdersService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/standing-orders',
      tag: 'standing-orders',
      summary:
        'Create a repeating ride (e.g. dialysis Mon/Wed/Fri 08:00): occurrences inside the booking horizon are booked at once, later ones by the daily run, holidays skipped',
      roles: STAFF,
      body: createStandingOrderBody,
      response: standingOrderView,
      successStatus: 201,
      otherResponses: {
        404: 'No such citizen or service',
        422: 'A rule of the service is broken (inactive, companions, no returns)',
      },
      handler: async ({ body, user, lang }) => {
        const series = await orders.create(body, user, lang);
        return {
          status: 201,
          body: series,
          headers: { Location: `/api/standing-orders/${series.id}` },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/standing-orders/:id',
      tag: 'standing-orders',
      summary: 'A series with every occurrence: its booking and status, or why it has none',
      roles: STAFF,
      params: idParams,
      response: standingOrderView,
      otherResponses: { 404: 'No such standing order' },
      handler: async ({ params, lang }) => ({ body: await orders.get(params.id, lang) }),
    }),
    defineRoute({
      method: 'get',
      path: '/citizens/:id/standing-orders',
      tag: 'standing-orders',
      summary: "A citizen's standing orders, running ones first",
      roles: STAFF,
      params: idParams,
      response: z.array(standingOrderView),
      otherResponses: { 404: 'No such citizen' },
      handler: async ({ params, lang }) => ({ body: await orders.ofCitizen(params.id, lang) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/standing-orders/:id',
      tag: 'standing-orders',
      summary:
        'Change the time, weekdays, end, needs, places or return; rides still ahead are cancelled and booked again as needed',
      roles: STAFF,
      params: idParams,
      body: updateStandingOrderBody,
      response: standingOrderView,
      otherResponses: {
        404: 'No such standing order',
        409: 'The series has ended, or someone changed it meanwhile',
      },
      handler: async ({ params, body, user, lang }) => ({
        body: await orders.update(params.id, body, user, lang),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/standing-orders/:id/end',
      tag: 'standing-orders',
      summary:
        'End the series: rides still ahead are cancelled (drivers told); the series stays for history',
      roles: STAFF,
      params: idParams,
      body: endStandingOrderBody,
      response: standingOrderView,
      otherResponses: { 404: 'No such standing order' },
      handler: async ({ params, body, user, lang }) => ({
        body: await orders.end(params.id, body.reason, user, lang),
      }),
    }),
  ];
}
