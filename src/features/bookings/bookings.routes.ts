import { z } from 'zod';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import { ROLES, STAFF } from '../auth/auth-user.js';
import {
  bookingEventView,
  bookingView,
  cancelBookingBody,
  createBookingBody,
  idempotencyHeaders,
  listBookingsQuery,
} from './bookings.schema.js';
import type { BookingsService } from './bookings.service.js';

export function bookingsRoutes(bookings: BookingsService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/bookings',
      tag: 'bookings',
      summary:
        'Book a ride. Answers within a few seconds with the planned vehicle and pickup window, or a refusal with feasible alternative times; 202 if planning takes longer',
      roles: STAFF,
      body: createBookingBody,
      headers: idempotencyHeaders,
      response: bookingView,
      successStatus: 201,
      otherResponses: {
        200: 'The Idempotency-Key was seen before: the earlier booking, unchanged',
        202: 'Accepted and committed; still being planned. Follow the Location header',
        404: 'No such citizen or service',
        422: 'Not eligible, outside the booking horizon, a service rule broken, or the Idempotency-Key reused for another request',
      },
      handler: async ({ body, user, headers }) => {
        const { booking, created } = await bookings.create(body, user, headers['idempotency-key']);
        const location = `/api/bookings/${booking.id}`;
        const status = !created ? 200 : booking.status === 'pending' ? 202 : 201;
        return { status, body: booking, headers: { Location: location } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/bookings',
      tag: 'bookings',
      summary: 'Bookings of a local date, optionally by service and status',
      roles: STAFF,
      query: listBookingsQuery,
      response: z.array(bookingView),
      handler: async ({ query }) => ({ body: await bookings.list(query) }),
    }),
    defineRoute({
      method: 'get',
      path: '/bookings/:id',
      tag: 'bookings',
      summary: 'One booking (drivers: only their own jobs)',
      roles: ROLES,
      params: idParams,
      response: bookingView,
      otherResponses: { 404: 'No such booking (or not yours)' },
      handler: async ({ params, user }) => ({ body: await bookings.get(params.id, user) }),
    }),
    defineRoute({
      method: 'get',
      path: '/bookings/:id/events',
      tag: 'bookings',
      summary: 'Every status change of a booking: what, who and when',
      roles: STAFF,
      params: idParams,
      response: z.array(bookingEventView),
      otherResponses: { 404: 'No such booking' },
      handler: async ({ params }) => ({ body: await bookings.events(params.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/bookings/:id/cancel',
      tag: 'bookings',
      summary: 'Cancel a booking that has not started; its driver is told at once',
      roles: STAFF,
      params: idParams,
      body: cancelBookingBody,
      response: bookingView,
      otherResponses: { 404: 'No such booking', 409: 'The ride has started or ended' },
      handler: async ({ params, body, user }) => ({
        body: await bookings.cancel(params.id, body.reason, user),
      }),
    }),
  ];
}
