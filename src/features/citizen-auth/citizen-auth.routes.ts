import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../../http/route.js';
import { ROLES } from '../auth/auth-user.js';
import { savedAddressView } from '../places/places.schema.js';
import {
  applicationBody,
  applicationView,
  bookingView,
  cancelRideBody,
  citizenParams,
  citizenServiceView,
  codeRequestBody,
  codeSentView,
  codeVerifyBody,
  meView,
  relativeBody,
  relativeParams,
  relativeView,
  rideParams,
  ridesQuery,
  rideVehicleView,
} from './citizen-auth.schema.js';
import type { CitizenAuthService } from './citizen-auth.service.js';
import type { CitizenSelfService } from './citizen-self.service.js';

const sessionResponse = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  user: z.object({
    id: z.uuid(),
    role: z.enum(ROLES),
    driverId: z.uuid().nullable(),
    name: z.string(),
  }),
});

const CITIZEN = ['citizen'] as const;
const LIMITED =
  'Too many codes asked for this phone or from this address, or too many wrong codes from this address (Retry-After says how long)';

/** Sign-in with a code sent by SMS: no password, no account to make. */
export function citizenAuthRoutes(auth: CitizenAuthService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/citizen/code',
      tag: 'citizen',
      summary:
        "Text a one-time sign-in code to a citizen's (or a named relative's) phone. The answer is the same for an unregistered phone, which gets no message",
      roles: 'public',
      body: codeRequestBody,
      response: codeSentView,
      successStatus: 202,
      otherResponses: { 429: LIMITED },
      handler: async ({ body, req }) => ({
        status: 202,
        body: await auth.requestCode(body.phone, req.ip ?? 'unknown'),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/auth/citizen/verify',
      tag: 'citizen',
      summary:
        'Sign in with the code: it is spent, and a session for the citizen role opens (renewed with /auth/refresh)',
      roles: 'public',
      body: codeVerifyBody,
      response: sessionResponse,
      otherResponses: { 401: 'The code is wrong, spent or expired', 429: LIMITED },
      handler: async ({ body, req }) => ({
        body: await auth.verify(body.phone, body.code, req.ip ?? 'unknown'),
      }),
    }),
  ];
}

/** A signed-in citizen's own things: rides, services, saved addresses, relatives. */
export function citizenSelfRoutes(self: CitizenSelfService): RouteDefinition[] {
  const notYours = 'No such citizen, or not one this phone may act for';
  return [
    defineRoute({
      method: 'get',
      path: '/me',
      tag: 'citizen',
      summary: 'Who is signed in, and the citizens they may act for',
      roles: CITIZEN,
      response: meView,
      handler: async ({ user }) => ({ body: await self.me(user) }),
    }),
    defineRoute({
      method: 'get',
      path: '/me/citizens/:citizenId/services',
      tag: 'citizen',
      summary: 'The services, and whether the citizen may book each today or has applied for it',
      roles: CITIZEN,
      params: citizenParams,
      response: z.array(citizenServiceView),
      otherResponses: { 404: notYours },
      handler: async ({ user, params }) => ({
        body: await self.services(user, params.citizenId),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/me/citizens/:citizenId/applications',
      tag: 'citizen',
      summary:
        'Apply for a service the citizen is not eligible for: recorded for the operators to decide',
      roles: CITIZEN,
      params: citizenParams,
      body: applicationBody,
      response: applicationView,
      successStatus: 201,
      otherResponses: { 404: `${notYours}; or no such service` },
      handler: async ({ user, params, body }) => ({
        status: 201,
        body: await self.apply(user, params.citizenId, body.serviceId, body.note),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/me/citizens/:citizenId/addresses',
      tag: 'citizen',
      summary: "The citizen's saved addresses",
      roles: CITIZEN,
      params: citizenParams,
      response: z.array(savedAddressView),
      otherResponses: { 404: notYours },
      handler: async ({ user, params }) => ({
        body: await self.addresses(user, params.citizenId),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/me/citizens/:citizenId/rides',
      tag: 'citizen',
      summary: "The citizen's upcoming (soonest first) or past (latest first) rides",
      roles: CITIZEN,
      params: citizenParams,
      query: ridesQuery,
      response: z.array(bookingView),
      otherResponses: { 404: notYours },
      handler: async ({ user, params, query }) => ({
        body: await self.rides(user, params.citizenId, query.scope),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/me/rides/:id',
      tag: 'citizen',
      summary: 'One of my rides (the driver by first name, no other riders)',
      roles: CITIZEN,
      params: rideParams,
      response: bookingView,
      otherResponses: { 404: 'No such ride, or not yours' },
      handler: async ({ user, params }) => ({ body: await self.ride(user, params.id) }),
    }),
    defineRoute({
      method: 'get',
      path: '/me/rides/:id/vehicle',
      tag: 'citizen',
      summary:
        "My ride's car while it comes: plate, driver's first name, its position and the ETA at the pickup (planned time when it sends no position)",
      roles: CITIZEN,
      params: rideParams,
      response: rideVehicleView,
      otherResponses: { 404: 'No such ride, or not yours' },
      handler: async ({ user, params }) => ({ body: await self.vehicle(user, params.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/me/rides/:id/cancel',
      tag: 'citizen',
      summary: 'Cancel one of my rides that has not started (and its return when asked)',
      roles: CITIZEN,
      params: rideParams,
      body: cancelRideBody,
      response: bookingView,
      otherResponses: { 404: 'No such ride, or not yours', 409: 'The ride has started or ended' },
      handler: async ({ user, params, body }) => ({
        body: await self.cancel(user, params.id, body.reason, body.cancelReturn ?? false),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/me/citizens/:citizenId/relatives',
      tag: 'citizen',
      summary:
        'The relatives the citizen named: they may sign in with their phone and act for them',
      roles: CITIZEN,
      params: citizenParams,
      response: z.array(relativeView),
      otherResponses: { 404: notYours },
      handler: async ({ user, params }) => ({
        body: await self.relatives(user, params.citizenId),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/me/citizens/:citizenId/relatives',
      tag: 'citizen',
      summary: 'Name a relative by phone (only the citizen themself, not a relative)',
      roles: CITIZEN,
      params: citizenParams,
      body: relativeBody,
      response: z.array(relativeView),
      otherResponses: { 403: 'A relative cannot name another', 404: notYours },
      handler: async ({ user, params, body }) => ({
        body: await self.addRelative(user, params.citizenId, body.phone, body.name),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/me/citizens/:citizenId/relatives/:phone',
      tag: 'citizen',
      summary: 'Remove a named relative: their access ends at once',
      roles: CITIZEN,
      params: relativeParams,
      successStatus: 204,
      otherResponses: {
        403: 'A relative cannot remove another',
        404: `${notYours}; or no such relative`,
      },
      handler: async ({ user, params }) => {
        await self.removeRelative(user, params.citizenId, params.phone);
        return { status: 204 };
      },
    }),
  ];
}
