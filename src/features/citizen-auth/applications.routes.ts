import { z } from 'zod';
import { notFound } from '../../domain/errors.js';
import { defineRoute, idParams, type RouteDefinition } from '../../http/route.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import { DECIDERS, STAFF } from '../auth/auth-user.js';
import type { CitizenAccessStore } from './citizen-access.store.js';

const applicationsQuery = z.object({
  status: z.enum(['open', 'granted', 'declined']).default('open'),
});
const applicationRow = z.object({
  id: z.uuid(),
  citizenId: z.uuid(),
  citizenName: z.string(),
  serviceId: z.string(),
  note: z.string().nullable(),
  status: z.enum(['open', 'granted', 'declined']),
  createdAt: z.string(),
});
const decideBody = z.object({ status: z.enum(['granted', 'declined']) });

/**
 * Citizens' applications for services they are not eligible for, as the
 * operators see and close them. Granting one is recorded here; the
 * eligibility itself is added as always (POST /citizens/:id/eligibility).
 */
export function applicationsRoutes(db: Db, access: CitizenAccessStore): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/service-applications',
      tag: 'citizen',
      summary: "Citizens' applications for a service, oldest first (open ones by default)",
      roles: STAFF,
      query: applicationsQuery,
      response: z.array(applicationRow),
      handler: async ({ query, user }) => {
        const rows = await access.applications(query.status);
        // Staff reading citizens' names: audited once per request (KVKK).
        await recordAudit(db, user, {
          action: 'service-applications.list',
          entity: 'service-application',
          details: { count: rows.length, citizenIds: [...new Set(rows.map((r) => r.citizen_id))] },
        });
        return {
          body: rows.map((r) => ({
            id: r.id,
            citizenId: r.citizen_id,
            citizenName: r.full_name,
            serviceId: r.service_id,
            note: r.note,
            status: r.status,
            createdAt: r.created_at.toISOString(),
          })),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/service-applications/:id/decide',
      tag: 'citizen',
      summary: 'Close an open application as granted or declined (supervisors, administrators)',
      roles: DECIDERS,
      params: idParams,
      body: decideBody,
      successStatus: 204,
      otherResponses: { 404: 'No open application with that id' },
      handler: async ({ params, body, user }) => {
        const citizenId = await access.decide(params.id, body.status);
        if (!citizenId) throw notFound('service-application');
        await recordAudit(db, user, {
          action: `service-application.${body.status}`,
          entity: 'service-application',
          entityId: params.id,
          citizenId,
        });
        return { status: 204 };
      },
    }),
  ];
}
