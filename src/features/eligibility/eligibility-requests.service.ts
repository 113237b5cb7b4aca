import { AppError, notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CitizensStore } from '../citizens/citizens.store.js';
import type {
  EligibilityRequestInput,
  EligibilityRequestView,
  GrantRequestInput,
} from './eligibility-requests.schema.js';
import type { EligibilityRequestsStore } from './eligibility-requests.store.js';

/**
 * Operators ask, supervisors and administrators decide: a request names the
 * service, the basis, the document and the validity wished; a grant creates
 * the eligibility as a direct grant does (validity, basis, document,
 * grantor), a refusal keeps its reason. Every step, and every staff read of
 * the requests, is in the audit log.
 */
export function createEligibilityRequestsService(deps: {
  db: Db;
  store: EligibilityRequestsStore;
  citizens: CitizensStore;
  now: () => Date;
}) {
  const { db, store } = deps;
  return {
    async request(
      citizenId: string,
      input: EligibilityRequestInput,
      actor: AuthUser,
    ): Promise<EligibilityRequestView> {
      const id = await db.transaction(async (tx) => {
        if (!(await deps.citizens.findById(citizenId, tx))) throw notFound('citizen');
        const service = await tx.query('SELECT 1 FROM services WHERE id = $1', [input.serviceId]);
        if (service.length === 0) throw notFound('service');
        const requestId = await store.request(citizenId, input, actor.id, tx);
        await recordAudit(tx, actor, {
          action: 'eligibility-request.create',
          entity: 'citizen',
          entityId: citizenId,
          citizenId,
          details: { requestId, serviceId: input.serviceId },
        });
        return requestId;
      });
      return (await store.find(id))!;
    },

    async ofCitizen(citizenId: string, actor: AuthUser): Promise<EligibilityRequestView[]> {
      if (!(await deps.citizens.findById(citizenId))) throw notFound('citizen');
      const views = await store.ofCitizen(citizenId);
      await recordAudit(db, actor, {
        action: 'eligibility-request.read',
        entity: 'citizen',
        entityId: citizenId,
        citizenId,
        details: { count: views.length },
      });
      return views;
    },

    async list(
      status: 'open' | 'granted' | 'declined',
      actor: AuthUser,
    ): Promise<EligibilityRequestView[]> {
      const views = await store.list(status);
      // Staff reading citizens' names: audited once per request (KVKK).
      await recordAudit(db, actor, {
        action: 'eligibility-request.list',
        entity: 'eligibility-request',
        details: {
          status,
          count: views.length,
          citizenIds: [...new Set(views.map((v) => v.citizenId))],
        },
      });
      return views;
    },

    /** Grants an open request as asked, or with the decider's changes; the eligibility is created with it. */
    async grant(id: string, changes: GrantRequestInput, actor: AuthUser) {
      await db.transaction(async (tx) => {
        const open = await store.lockOpen(id, tx);
        if (!open) throw notFound('eligibility-request');
        const decision = {
          validFrom: changes.validFrom ?? open.validFrom,
          validUntil: changes.validUntil ?? open.validUntil,
          basis: changes.basis ?? open.basis,
          disabilityRate: changes.disabilityRate ?? open.disabilityRate,
          documentRef: changes.documentRef ?? open.documentRef,
        };
        // A citizen's own application names no validity or basis: the decider gives them.
        const missing = (['validFrom', 'validUntil', 'basis'] as const).filter((f) => !decision[f]);
        if (missing.length > 0)
          throw new AppError(
            'VALIDATION_FAILED',
            {},
            missing.map((f) => ({ field: `body.${f}`, message: 'i18n:required-to-grant' })),
          );
        if (decision.validUntil! < decision.validFrom!)
          throw new AppError('VALIDATION_FAILED', {}, [
            { field: 'body.validUntil', message: 'i18n:date-order' },
          ]);
        const eligibilityId = await deps.citizens.insertEligibility(
          open.citizenId,
          {
            serviceId: open.serviceId,
            validFrom: decision.validFrom!,
            validUntil: decision.validUntil!,
            basis: decision.basis!,
            disabilityRate: decision.disabilityRate ?? undefined,
            documentRef: decision.documentRef ?? undefined,
          },
          actor.id,
          tx,
        );
        await store.granted(
          id,
          {
            by: actor.id,
            at: deps.now(),
            eligibilityId,
            validFrom: decision.validFrom!,
            validUntil: decision.validUntil!,
            basis: decision.basis!,
            disabilityRate: decision.disabilityRate,
            documentRef: decision.documentRef,
          },
          tx,
        );
        // The same record a direct grant leaves, and the request's decision beside it.
        await recordAudit(tx, actor, {
          action: 'eligibility.create',
          entity: 'citizen',
          entityId: open.citizenId,
          citizenId: open.citizenId,
          details: { eligibilityId, serviceId: open.serviceId, requestId: id },
        });
        await recordAudit(tx, actor, {
          action: 'eligibility-request.granted',
          entity: 'eligibility-request',
          entityId: id,
          citizenId: open.citizenId,
          details: { eligibilityId },
        });
      });
      return (await store.find(id))!;
    },

    async refuse(id: string, reason: string, actor: AuthUser) {
      await db.transaction(async (tx) => {
        const open = await store.lockOpen(id, tx);
        if (!open) throw notFound('eligibility-request');
        await store.declined(id, { by: actor.id, at: deps.now(), reason }, tx);
        await recordAudit(tx, actor, {
          action: 'eligibility-request.declined',
          entity: 'eligibility-request',
          entityId: id,
          citizenId: open.citizenId,
          details: { reason },
        });
      });
      return (await store.find(id))!;
    },
  };
}

export type EligibilityRequestsService = ReturnType<typeof createEligibilityRequestsService>;
