import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import { erasureAnswer, erasureBody } from './erasure.schema.js';
import type { ErasureService } from './erasure.service.js';

export function erasureRoutes(erasure: ErasureService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/citizens/:id/erasure',
      tag: 'citizens',
      summary:
        "Erase a citizen's personal data on their request (KVKK; administrators): rides and reports keep an anonymous id, everything that tells who they were is removed or anonymised; audited with the reason",
      roles: ['admin'],
      params: idParams,
      body: erasureBody,
      response: erasureAnswer,
      otherResponses: {
        404: 'No such citizen',
        409: 'Rides or standing orders not yet finished (send cancelFutureRides to cancel them), or a ride under way',
      },
      handler: async ({ params, body, user }) => ({
        body: await erasure.erase(params.id, body, user),
      }),
    }),
  ];
}
