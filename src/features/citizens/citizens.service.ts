import { AppError, notFound } from '../../domain/errors.js';
import { maskNationalId } from '../../domain/national-id.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CitizenView, CreateCitizenInput } from './citizens.schema.js';
import type { CitizenRow, CitizensStore, EligibilityRow } from './citizens.store.js';

export interface CitizensServiceDeps {
  db: Db;
  store: CitizensStore;
}

function toView(row: CitizenRow, eligibility: EligibilityRow[], viewer: AuthUser): CitizenView {
  return {
    id: row.id,
    fullName: row.full_name,
    phone: row.phone,
    // KVKK: only administrators see the whole national ID.
    nationalId:
      row.national_id &&
      (viewer.role === 'admin' ? row.national_id : maskNationalId(row.national_id)),
    birthYear: row.birth_year,
    mobility: row.mobility,
    home:
      row.home_lat !== null && row.home_lng !== null
        ? {
            placeId: row.home_place_id,
            label: row.home_label ?? '',
            lat: row.home_lat,
            lng: row.home_lng,
            address: row.home_address,
          }
        : null,
    notes: row.notes,
    eligibility: eligibility.map((e) => ({
      id: e.id,
      serviceId: e.service_id,
      validFrom: e.valid_from,
      validUntil: e.valid_until,
      basis: e.basis,
      disabilityRate: e.disability_rate,
    })),
  };
}

export function createCitizensService({ db, store }: CitizensServiceDeps) {
  async function assertServices(tx: Db, serviceIds: string[]): Promise<void> {
    for (const serviceId of new Set(serviceIds)) {
      const rows = await tx.query('SELECT 1 FROM services WHERE id = $1', [serviceId]);
      if (rows.length === 0) throw notFound('service');
    }
  }

  return {
    async create(input: CreateCitizenInput, actor: AuthUser): Promise<CitizenView> {
      // Eligibility is an administrative decision (a social inspection, a medical board).
      if ((input.eligibility?.length ?? 0) > 0 && actor.role !== 'admin')
        throw new AppError('FORBIDDEN');
      const existing = input.nationalId && (await store.findByNationalId(input.nationalId));
      // The caller is already registered: the operator is told whom to pick, not to "try again".
      if (existing)
        throw new AppError('CITIZEN_EXISTS', { citizenId: existing.id, name: existing.full_name });
      const id = await db.transaction(async (tx) => {
        await assertServices(
          tx,
          (input.eligibility ?? []).map((e) => e.serviceId),
        );
        const citizenId = await store.insert(input, actor.id, tx);
        for (const e of input.eligibility ?? [])
          await store.insertEligibility(citizenId, e, actor.id, tx);
        await recordAudit(tx, actor, {
          action: 'citizen.create',
          entity: 'citizen',
          entityId: citizenId,
        });
        return citizenId;
      });
      return this.get(id, actor, false);
    },

    async get(id: string, actor: AuthUser, audit = true): Promise<CitizenView> {
      const row = await store.findById(id);
      if (!row) throw notFound('citizen');
      if (audit)
        await recordAudit(db, actor, { action: 'citizen.read', entity: 'citizen', entityId: id });
      return toView(row, await store.eligibilityOf(id), actor);
    },

    async search(q: string, limit: number, actor: AuthUser): Promise<CitizenView[]> {
      const rows = await store.search(q, limit);
      await recordAudit(db, actor, {
        action: 'citizen.search',
        entity: 'citizen',
        details: { results: rows.length },
      });
      const eligibility = await store.eligibilityOfMany(rows.map((r) => r.id));
      return rows.map((row) => toView(row, eligibility.get(row.id) ?? [], actor));
    },

    async addEligibility(
      citizenId: string,
      e: {
        serviceId: string;
        validFrom: string;
        validUntil: string;
        basis: string;
        disabilityRate?: number | undefined;
      },
      actor: AuthUser,
    ): Promise<CitizenView> {
      await db.transaction(async (tx) => {
        if (!(await store.findById(citizenId, tx))) throw notFound('citizen');
        await assertServices(tx, [e.serviceId]);
        const id = await store.insertEligibility(citizenId, e, actor.id, tx);
        await recordAudit(tx, actor, {
          action: 'eligibility.create',
          entity: 'citizen',
          entityId: citizenId,
          details: { eligibilityId: id, serviceId: e.serviceId },
        });
      });
      return this.get(citizenId, actor, false);
    },
  };
}

export type CitizensService = ReturnType<typeof createCitizensService>;
