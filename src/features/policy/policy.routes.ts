import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import { STAFF } from '../auth/auth-user.js';
import { liftBody, policyHistoryView, suspendBody, suspensionView } from './policy.schema.js';
import type { PolicyService } from './policy.service.js';

export function policyRoutes(policy: PolicyService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/citizens/:id/policy-history',
      tag: 'citizens',
      summary:
        "A citizen's no-shows, late cancels, warnings and self-booking suspensions, with author and reason (citizens: only their own)",
      roles: [...STAFF, 'citizen'],
      params: idParams,
      response: policyHistoryView,
      otherResponses: { 404: 'No such citizen (or not yours)' },
      handler: async ({ params, user }) => ({ body: await policy.history(params.id, user) }),
    }),
    defineRoute({
      method: 'post',
      path: '/citizens/:id/self-booking-suspension',
      tag: 'citizens',
      summary:
        "Suspend a citizen's own bookings (on /request) until a time, with a reason; operators still book for them",
      roles: STAFF,
      params: idParams,
      body: suspendBody,
      response: suspensionView,
      successStatus: 201,
      otherResponses: {
        404: 'No such citizen',
        409: 'A suspension already holds: lift it first',
      },
      handler: async ({ params, body, user }) => ({
        status: 201,
        body: await policy.suspend(params.id, body, user),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/citizens/:id/self-booking-suspension',
      tag: 'citizens',
      summary: "Lift a citizen's suspension of self-booking early, with a reason",
      roles: STAFF,
      params: idParams,
      body: liftBody,
      successStatus: 204,
      otherResponses: { 404: 'No such citizen, or no suspension holds' },
      handler: async ({ params, body, user }) => {
        await policy.lift(params.id, body.reason, user);
        return { status: 204 };
      },
    }),
  ];
}
