import { randomUUID } from 'node:crypto';
import type { DoorAddress } from '../../domain/places/door-address.js';
import { foldTurkish } from '../../domain/places/turkish-text.js';
import type { Db } from '../../infra/db/database.js';
import type { CreateCitizenInput, ResolvedLocation } from './citizens.schema.js';

export interface CitizenRow {
  id: string;
  full_name: string;
  phone: string;
  national_id: string | null;
  birth_year: number | null;
  mobility: 'none' | 'walking-aid' | 'manual-wheelchair' | 'electric-wheelchair';
  home_place_id: string | null;
  home_label: string | null;
  home_lat: number | null;
  home_lng: number | null;
  home_address: DoorAddress | null;
  notes: string | null;
}

export interface EligibilityRow {
  id: string;
  citizen_id: string;
  service_id: string;
  valid_from: string;
  valid_until: string;
  basis: string;
  disability_rate: number | null;
}

// Dates as ISO strings: both drivers would otherwise build local-midnight Date objects.
const ELIGIBILITY_COLUMNS = `id, citizen_id, service_id, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
  to_char(valid_until, 'YYYY-MM-DD') AS valid_until, basis, disability_rate`;

/** A new citizen; the home's door address may be left out (the demo data has none). */
export type CitizenInsert = Omit<CreateCitizenInput, 'home'> & {
  home?: Omit<ResolvedLocation, 'address'> & { address?: DoorAddress | null | undefined };
};

export function createCitizensStore(db: Db) {
  return {
    async insert(input: CitizenInsert, createdBy: string, tx: Db = db): Promise<string> {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO citizens (id, full_name, search_key, phone, national_id, birth_year, mobility,
           home_place_id, home_label, home_lat, home_lng, home_address, notes, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          id,
          input.fullName,
          foldTurkish(input.fullName),
          input.phone,
          input.nationalId ?? null,
          input.birthYear ?? null,
          input.mobility,
          input.home?.placeId ?? null,
          input.home?.label ?? null,
          input.home?.lat ?? null,
          input.home?.lng ?? null,
          input.home?.address ? JSON.stringify(input.home.address) : null,
          input.notes ?? null,
          createdBy,
        ],
      );
      return id;
    },
    async insertEligibility(
      citizenId: string,
      e: {
        serviceId: string;
        validFrom: string;
        validUntil: string;
        basis: string;
        disabilityRate?: number | undefined;
        documentRef?: string | undefined;
      },
      createdBy: string,
      tx: Db = db,
    ): Promise<string> {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO eligibility (id, citizen_id, service_id, valid_from, valid_until, basis, disability_rate, created_by,
           document_ref)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          citizenId,
          e.serviceId,
          e.validFrom,
          e.validUntil,
          e.basis,
          e.disabilityRate ?? null,
          createdBy,
          e.documentRef ?? null,
        ],
      );
      return id;
    },
    async findById(id: string, tx: Db = db): Promise<CitizenRow | undefined> {
      return (await tx.query<CitizenRow>('SELECT * FROM citizens WHERE id = $1', [id]))[0];
    },
    async findByNationalId(nationalId: string): Promise<CitizenRow | undefined> {
      return (
        await db.query<CitizenRow>('SELECT * FROM citizens WHERE national_id = $1', [nationalId])
      )[0];
    },
    /** Eligibility in force or expired; a revoked decision no longer counts anywhere. */
    async eligibilityOf(citizenId: string, tx: Db = db): Promise<EligibilityRow[]> {
      return tx.query<EligibilityRow>(
        `SELECT ${ELIGIBILITY_COLUMNS} FROM eligibility WHERE citizen_id = $1 AND revoked_at IS NULL ORDER BY valid_until DESC`,
        [citizenId],
      );
    },
    /** Eligibility of several citizens in one query, by citizen id. */
    async eligibilityOfMany(citizenIds: readonly string[]): Promise<Map<string, EligibilityRow[]>> {
      const byCitizen = new Map<string, EligibilityRow[]>(citizenIds.map((id) => [id, []]));
      if (citizenIds.length === 0) return byCitizen;
      const rows = await db.query<EligibilityRow>(
        `SELECT ${ELIGIBILITY_COLUMNS} FROM eligibility WHERE citizen_id = ANY($1::uuid[]) AND revoked_at IS NULL
         ORDER BY valid_until DESC`,
        [[...citizenIds]],
      );
      for (const row of rows) byCitizen.get(row.citizen_id)?.push(row);
      return byCitizen;
    },
    /** By name (any part, case-insensitive), phone digits or exact national ID. */
    async search(q: string, limit: number): Promise<CitizenRow[]> {
      const digits = q.replace(/\D/g, '');
      const phoneTail = digits.length >= 4 ? `%${digits.slice(-10)}` : null;
      return db.query<CitizenRow>(
        `SELECT * FROM citizens
         WHERE search_key LIKE $1
            OR ($2::text IS NOT NULL AND phone LIKE $2)
            OR national_id = $3
         ORDER BY full_name LIMIT $4`,
        [`%${foldTurkish(q).replace(/[%_\\]/g, '')}%`, phoneTail, digits || null, limit],
      );
    },
  };
}

export type CitizensStore = ReturnType<typeof createCitizensStore>;
