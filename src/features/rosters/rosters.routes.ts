import { z } from 'zod';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import { STAFF } from '../auth/auth-user.js';
import {
  generateBody,
  generationView,
  templateBody,
  templateResult,
  templateView,
} from './rosters.schema.js';
import type { RostersService } from './rosters.service.js';

export function rostersRoutes(rosters: RostersService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/shift-templates',
      tag: 'fleet',
      summary: 'Weekly shift templates (the rosters)',
      roles: STAFF,
      response: z.array(templateView),
      handler: async () => ({ body: await rosters.list() }),
    }),
    defineRoute({
      method: 'post',
      path: '/shift-templates',
      tag: 'fleet',
      summary:
        'Add a weekly shift template (administrators); its shifts are generated four weeks ahead, days the driver or vehicle is unavailable skipped',
      roles: ['admin'],
      body: templateBody,
      response: templateResult,
      successStatus: 201,
      otherResponses: { 404: 'No such driver or vehicle', 409: 'The vehicle is retired' },
      handler: async ({ body, user }) => ({ status: 201, body: await rosters.create(body, user) }),
    }),
    defineRoute({
      method: 'post',
      path: '/shift-templates/:id/generate',
      tag: 'fleet',
      summary: 'Generate the template’s shifts some weeks ahead (administrators); idempotent',
      roles: ['admin'],
      params: idParams,
      body: generateBody,
      response: generationView,
      otherResponses: { 404: 'No such template' },
      handler: async ({ params, body, user }) => ({
        body: await rosters.generate(params.id, body.weeks, user),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/shift-templates/:id/end',
      tag: 'fleet',
      summary: 'Stop a template generating shifts (administrators); shifts already made stay',
      roles: ['admin'],
      params: idParams,
      response: templateView,
      otherResponses: { 404: 'No such template' },
      handler: async ({ params, user }) => ({ body: await rosters.end(params.id, user) }),
    }),
  ];
}
