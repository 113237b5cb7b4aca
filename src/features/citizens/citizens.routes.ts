import { z } from 'zod';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import { DECIDERS, STAFF } from '../auth/auth-user.js';
import {
  citizenView,
  createCitizenBody,
  eligibilityBody,
  searchCitizensQuery,
} from './citizens.schema.js';
import type { CitizensService } from './citizens.service.js';

export function citizensRoutes(citizens: CitizensService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/citizens',
      tag: 'citizens',
      summary: 'Register a citizen, optionally with eligibility records',
      roles: STAFF,
      body: createCitizenBody,
      response: citizenView,
      successStatus: 201,
      otherResponses: { 409: 'A citizen with this national ID exists' },
      handler: async ({ body, user }) => ({ status: 201, body: await citizens.create(body, user) }),
    }),
    defineRoute({
      method: 'get',
      path: '/citizens',
      tag: 'citizens',
      summary: 'Find citizens by part of the name, or by the whole phone number or national ID',
      roles: STAFF,
      query: searchCitizensQuery,
      response: z.array(citizenView),
      handler: async ({ query, user }) => ({
        body: await citizens.search(query.q, query.limit, user),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/citizens/:id',
      tag: 'citizens',
      summary: 'A citizen with eligibility (the read is recorded in the audit log)',
      roles: STAFF,
      params: idParams,
      response: citizenView,
      otherResponses: { 404: 'No such citizen' },
      handler: async ({ params, user }) => ({ body: await citizens.get(params.id, user) }),
    }),
    defineRoute({
      method: 'post',
      path: '/citizens/:id/eligibility',
      tag: 'citizens',
      summary:
        'Record an eligibility decision for a service (supervisors and administrators; operators book with an override and a supervisor confirms here)',
      roles: DECIDERS,
      params: idParams,
      body: eligibilityBody,
      response: citizenView,
      successStatus: 201,
      otherResponses: { 404: 'No such citizen or service' },
      handler: async ({ params, body, user }) => ({
        status: 201,
        body: await citizens.addEligibility(params.id, body, user),
      }),
    }),
  ];
}
