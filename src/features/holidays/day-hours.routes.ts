import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { STAFF } from '../auth/auth-user.js';
import {
  dayHoursBody,
  dayHoursParams,
  dayHoursQuery,
  dayHoursView,
  savedDayHoursView,
} from './day-hours.schema.js';
import type { DayHoursService } from './day-hours.service.js';

export function dayHoursRoutes(dayHours: DayHoursService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/day-hours',
      tag: 'holidays',
      summary:
        'Days with their own service hours (closed, or open from–to) per service, optionally in a range; bookings outside them are refused',
      roles: STAFF,
      query: dayHoursQuery,
      response: z.array(dayHoursView),
      handler: async ({ query }) => ({ body: await dayHours.list(query) }),
    }),
    defineRoute({
      method: 'put',
      path: '/day-hours/:date/:serviceId',
      tag: 'holidays',
      summary:
        "Set a day's own hours for a service (administrators): closed, or open from opensAt up to closesAt; standing-order rides booked outside them are cancelled",
      roles: ['admin'],
      params: dayHoursParams,
      body: dayHoursBody,
      response: savedDayHoursView,
      otherResponses: { 404: 'No such service' },
      handler: async ({ params, body, user }) => ({
        body: await dayHours.set(params.date, params.serviceId, body, user),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/day-hours/:date/:serviceId',
      tag: 'holidays',
      summary:
        "Remove a day's own hours (administrators): the service runs as on any other day, and standing orders book that day again",
      roles: ['admin'],
      params: dayHoursParams,
      successStatus: 204,
      otherResponses: { 404: 'The day has no hours of its own for this service' },
      handler: async ({ params, user }) => {
        await dayHours.remove(params.date, params.serviceId, user);
        return { status: 204 };
      },
    }),
  ];
}
