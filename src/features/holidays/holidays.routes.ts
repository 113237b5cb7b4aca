import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { STAFF } from '../auth/auth-user.js';
import {
  addedHolidayView,
  holidayBody,
  holidayParams,
  holidaysQuery,
  holidayView,
} from './holidays.schema.js';
import type { HolidaysService } from './holidays.service.js';

export function holidaysRoutes(holidays: HolidaysService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/holidays',
      tag: 'holidays',
      summary: 'Holidays (local dates) on which standing orders do not run, optionally in a range',
      roles: STAFF,
      query: holidaysQuery,
      response: z.array(holidayView),
      handler: async ({ query }) => ({ body: await holidays.list(query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/holidays',
      tag: 'holidays',
      summary:
        'Declare a holiday (administrators); rides of standing orders booked for that day are cancelled and their drivers told',
      roles: ['admin'],
      body: holidayBody,
      response: addedHolidayView,
      successStatus: 201,
      otherResponses: { 200: 'The date was a holiday already: renamed' },
      handler: async ({ body, user }) => {
        const { holiday, created } = await holidays.add(body, user);
        return { status: created ? 201 : 200, body: holiday };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/holidays/:date',
      tag: 'holidays',
      summary:
        'Remove a holiday (administrators); standing orders book that day again where it is still ahead',
      roles: ['admin'],
      params: holidayParams,
      successStatus: 204,
      otherResponses: { 404: 'The date is not a holiday' },
      handler: async ({ params, user }) => {
        await holidays.remove(params.date, user);
        return { status: 204 };
      },
    }),
  ];
}
