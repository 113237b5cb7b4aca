import { z } from 'zod';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ROLES, STAFF } from '../auth/auth-user.js';
import { forCitizen } from '../citizen-auth/citizen-view.js';
import type { BookingChanges } from './booking-changes.js';
import {
  type BookingView,
  bookingEventView,
  bookingView,
  cancelBookingBody,
  citizenBookingsQuery,
  confirmReturnBody,
  createBookingBody,
  declineBody,
  idempotencyHeaders,
  listBookingsQuery,
  moveBookingBody,
  noShowBody,
  reassignBody,
} from './bookings.schema.js';
import type { BookingsService } from './bookings.service.js';

/** Moves a scheduled booking to another shift; the planning service checks it with the engine. */
export type Reassign = (
  bookingId: string,
  shiftId: string,
  reason: string,
  actor: AuthUser,
) => Promise<BookingView>;

export function bookingsRoutes(
  bookings: BookingsService,
  changes: BookingChanges,
  reassign: Reassign,
): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/bookings',
      tag: 'bookings',
      summary:
        'Book a ride. Answers within a few seconds with the planned vehicle and pickup window, or a refusal with feasible alternative times; 202 if planning takes longer',
      // Citizens book for themselves (or whoever named them), without overrides.
      roles: [...STAFF, 'citizen'],
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
        const answer = user.role === 'citizen' ? forCitizen(booking) : booking;
        return { status, body: answer, headers: { Location: location } };
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
      summary: 'One booking (drivers: only their own jobs; citizens: only their own rides)',
      roles: ROLES,
      params: idParams,
      response: bookingView,
      otherResponses: { 404: 'No such booking (or not yours)' },
      handler: async ({ params, user }) => {
        const booking = await bookings.get(params.id, user);
        return { body: user.role === 'citizen' ? forCitizen(booking) : booking };
      },
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
      summary:
        'Cancel a booking that has not started (and its return when cancelReturn is true); its driver is told at once',
      roles: STAFF,
      params: idParams,
      body: cancelBookingBody,
      response: bookingView,
      otherResponses: { 404: 'No such booking', 409: 'The ride has started or ended' },
      handler: async ({ params, body, user }) => ({
        body: await changes.cancel(params.id, body.reason, user, body.cancelReturn ?? false),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/bookings/:id/no-show',
      tag: 'bookings',
      summary:
        'The citizen did not come: recorded with its author (and the return cancelled when asked)',
      roles: STAFF,
      params: idParams,
      body: noShowBody,
      response: bookingView,
      otherResponses: { 404: 'No such booking', 409: 'Not a scheduled ride' },
      handler: async ({ params, body, user }) => ({
        body: await changes.noShow(params.id, body.reason, user, body.cancelReturn ?? false),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/bookings/:id/decline',
      tag: 'bookings',
      summary:
        'The caller declined the alternatives of a refusal: kept with the reason for the reports',
      roles: STAFF,
      params: idParams,
      body: declineBody,
      response: bookingView,
      otherResponses: { 404: 'No such booking', 409: 'Not a refused booking' },
      handler: async ({ params, body, user }) => ({
        body: await changes.decline(params.id, body.reason, user),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/bookings/:id/return',
      tag: 'bookings',
      summary:
        'Give a will-call return its pickup time (or a refused return another): planned at once',
      roles: STAFF,
      params: idParams,
      body: confirmReturnBody,
      response: bookingView,
      otherResponses: { 404: 'No such booking', 409: 'Not an open or refused return' },
      handler: async ({ params, body, user }) => ({
        body: await changes.confirmReturn(params.id, body.pickupAt, user),
      }),
    }),
    defineRoute({
      method: 'patch',
      path: '/bookings/:id',
      tag: 'bookings',
      summary:
        'Move a ride to a new pickup time or appointment: planned again, with its return when that follows it',
      roles: STAFF,
      params: idParams,
      body: moveBookingBody,
      response: bookingView,
      otherResponses: { 404: 'No such booking', 409: 'The ride has started or ended' },
      handler: async ({ params, body, user }) => ({
        body: await changes.move(params.id, body, user),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/bookings/:id/reassign',
      tag: 'bookings',
      summary:
        'Move a scheduled ride to another vehicle (shift); the engine checks it and answers why when it cannot',
      roles: STAFF,
      params: idParams,
      body: reassignBody,
      response: bookingView,
      otherResponses: {
        404: 'No such booking or shift',
        409: 'Not a scheduled ride',
        422: 'The other vehicle cannot take it: the reason',
      },
      handler: async ({ params, body, user }) => ({
        body: await reassign(params.id, body.shiftId, body.reason, user),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/citizens/:id/bookings',
      tag: 'bookings',
      summary: "A citizen's upcoming (soonest first) or past (latest first) rides",
      roles: STAFF,
      params: idParams,
      query: citizenBookingsQuery,
      response: z.array(bookingView),
      otherResponses: { 404: 'No such citizen' },
      handler: async ({ params, query }) => ({
        body: await bookings.ofCitizen(params.id, query.scope),
      }),
    }),
  ];
}
