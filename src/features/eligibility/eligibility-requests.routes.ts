import { z } from 'zod';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import { DECIDERS, STAFF } from '../auth/auth-user.js';
import {
  eligibilityRequestBody,
  eligibilityRequestsQuery,
  eligibilityRequestView,
  grantRequestBody,
  refuseRequestBody,
} from './eligibility-requests.schema.js';
import type { EligibilityRequestsService } from './eligibility-requests.service.js';

export function eligibilityRequestsRoutes(requests: EligibilityRequestsService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/citizens/:id/eligibility-requests',
      tag: 'citizens',
      summary:
        'Ask for an eligibility (service, basis, document, validity wished) for a supervisor to decide; an open request for the same service is updated',
      roles: STAFF,
      params: idParams,
      body: eligibilityRequestBody,
      response: eligibilityRequestView,
      successStatus: 201,
      otherResponses: { 404: 'No such citizen or service' },
      handler: async ({ params, body, user }) => ({
        status: 201,
        body: await requests.request(params.id, body, user),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/citizens/:id/eligibility-requests',
      tag: 'citizens',
      summary: "A citizen's eligibility requests and their state, newest first (audited)",
      roles: STAFF,
      params: idParams,
      response: z.array(eligibilityRequestView),
      otherResponses: { 404: 'No such citizen' },
      handler: async ({ params, user }) => ({ body: await requests.ofCitizen(params.id, user) }),
    }),
    defineRoute({
      method: 'get',
      path: '/eligibility/requests',
      tag: 'citizens',
      summary:
        "Eligibility requests by state (open ones by default, oldest first), operators' and citizens' own (audited)",
      roles: STAFF,
      query: eligibilityRequestsQuery,
      response: z.array(eligibilityRequestView),
      handler: async ({ query, user }) => ({ body: await requests.list(query.status, user) }),
    }),
    defineRoute({
      method: 'post',
      path: '/eligibility/requests/:id/grant',
      tag: 'citizens',
      summary:
        'Grant an open request (supervisors and administrators): the eligibility is created with the validity, basis and document asked for, or those given here',
      roles: DECIDERS,
      params: idParams,
      body: grantRequestBody,
      response: eligibilityRequestView,
      otherResponses: { 404: 'No open request with that id' },
      handler: async ({ params, body, user }) => ({
        body: await requests.grant(params.id, body, user),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/eligibility/requests/:id/refuse',
      tag: 'citizens',
      summary: 'Refuse an open request with a reason (supervisors and administrators)',
      roles: DECIDERS,
      params: idParams,
      body: refuseRequestBody,
      response: eligibilityRequestView,
      otherResponses: { 404: 'No open request with that id' },
      handler: async ({ params, body, user }) => ({
        body: await requests.refuse(params.id, body.reason, user),
      }),
    }),
  ];
}
