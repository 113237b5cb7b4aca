import { z } from 'zod';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import { DECIDERS, STAFF } from '../auth/auth-user.js';
import { eligibilityRecordView, expiringQuery, revokeBody } from './eligibility.schema.js';
import type { EligibilityService } from './eligibility.service.js';

export function eligibilityRoutes(eligibility: EligibilityService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/eligibility/expiring',
      tag: 'citizens',
      summary:
        'Eligibility ending within a number of days and not yet renewed (the read is recorded in the audit log)',
      roles: STAFF,
      query: expiringQuery,
      response: z.array(eligibilityRecordView),
      handler: async ({ query, user }) => ({ body: await eligibility.expiring(query, user) }),
    }),
    defineRoute({
      method: 'post',
      path: '/eligibility/:id/revoke',
      tag: 'citizens',
      summary:
        'Revoke an eligibility decision with a reason (supervisors and administrators); bookings from now are refused',
      roles: DECIDERS,
      params: idParams,
      body: revokeBody,
      response: eligibilityRecordView,
      otherResponses: { 404: 'No such eligibility', 409: 'Revoked already' },
      handler: async ({ params, body, user }) => ({
        body: await eligibility.revoke(params.id, body.reason, user),
      }),
    }),
  ];
}
