import { randomUUID } from 'node:crypto';
import type { DoorAddress } from '../../domain/places/door-address.js';
import { foldTurkish } from '../../domain/places/turkish-text.js';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
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

/**
 * KVKK: phone, national ID, notes and mobility are stored encrypted, eligibility's
 * basis, disability rate, document and revocation reason too; these two
 * functions are the only way rows leave the store. Null (an erased citizen)
 * stays null.
 */
function readCitizen(row: CitizenRow): CitizenRow {
  const cipher = dataCipher();
  return {
    ...row,
    phone: cipher.decrypt(row.phone),
    national_id: cipher.decrypt(row.national_id),
    notes: cipher.decrypt(row.notes),
    mobility: cipher.decrypt(row.mobility) as CitizenRow['mobility'],
  };
}

function readEligibility(row: EligibilityRow): EligibilityRow {
  const cipher = dataCipher();
  return {
    ...row,
    basis: cipher.decrypt(row.basis),
    disability_rate: cipher.decryptNumber(row.disability_rate),
  };
}

/** A new citizen; the home's door address may be left out (the demo data has none). */
export type CitizenInsert = Omit<CreateCitizenInput, 'home'> & {
  home?: Omit<ResolvedLocation, 'address'> & { address?: DoorAddress | null | undefined };
};

export function createCitizensStore(db: Db) {
  return {
    async insert(input: CitizenInsert, createdBy: string, tx: Db = db): Promise<string> {
      const id = randomUUID();
      const cipher = dataCipher();
      await tx.query(
        `INSERT INTO citizens (id, full_name, search_key, phone, national_id, birth_year, mobility,
           home_place_id, home_label, home_lat, home_lng, home_address, notes, created_by,
           phone_hash, national_id_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          id,
          input.fullName,
          foldTurkish(input.fullName),
          cipher.encrypt(input.phone),
          cipher.encrypt(input.nationalId ?? null),
          input.birthYear ?? null,
          cipher.encrypt(input.mobility),
          input.home?.placeId ?? null,
          input.home?.label ?? null,
          input.home?.lat ?? null,
          input.home?.lng ?? null,
          input.home?.address ? JSON.stringify(input.home.address) : null,
          cipher.encrypt(input.notes ?? null),
          createdBy,
          cipher.blindIndex('phone', input.phone),
          cipher.blindIndex('national-id', input.nationalId ?? null),
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
      const cipher = dataCipher();
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
          cipher.encrypt(e.basis),
          cipher.encryptNumber(e.disabilityRate ?? null),
          createdBy,
          cipher.encrypt(e.documentRef ?? null),
        ],
      );
      return id;
    },
    async findById(id: string, tx: Db = db): Promise<CitizenRow | undefined> {
      const row = (await tx.query<CitizenRow>('SELECT * FROM citizens WHERE id = $1', [id]))[0];
      return row && readCitizen(row);
    },
    async findByNationalId(nationalId: string): Promise<CitizenRow | undefined> {
      const row = (
        await db.query<CitizenRow>('SELECT * FROM citizens WHERE national_id_hash = $1', [
          dataCipher().blindIndex('national-id', nationalId),
        ])
      )[0];
      return row && readCitizen(row);
    },
    /** Eligibility in force or expired; a revoked decision no longer counts anywhere. */
    // Longest valid first, then in the order granted, then a fixed order for grants made together:
    // the console preselects the first, so the same citizen opens on the same service every time.
    async eligibilityOf(citizenId: string, tx: Db = db): Promise<EligibilityRow[]> {
      const rows = await tx.query<EligibilityRow>(
        `SELECT ${ELIGIBILITY_COLUMNS} FROM eligibility WHERE citizen_id = $1 AND revoked_at IS NULL
         ORDER BY valid_until DESC, created_at, service_id DESC`,
        [citizenId],
      );
      return rows.map(readEligibility);
    },
    /** Eligibility of several citizens in one query, by citizen id. */
    async eligibilityOfMany(citizenIds: readonly string[]): Promise<Map<string, EligibilityRow[]>> {
      const byCitizen = new Map<string, EligibilityRow[]>(citizenIds.map((id) => [id, []]));
      if (citizenIds.length === 0) return byCitizen;
      const rows = await db.query<EligibilityRow>(
        `SELECT ${ELIGIBILITY_COLUMNS} FROM eligibility WHERE citizen_id = ANY($1::uuid[]) AND revoked_at IS NULL
         ORDER BY valid_until DESC, created_at, service_id DESC`,
        [[...citizenIds]],
      );
      for (const row of rows) byCitizen.get(row.citizen_id)?.push(readEligibility(row));
      return byCitizen;
    },
    /**
     * By name (any part, case-insensitive), whole phone number or whole national ID.
     * Phone and ID are encrypted: only an exact match, through their keyed hashes.
     */
    async search(q: string, limit: number): Promise<CitizenRow[]> {
      const digits = q.replace(/\D/g, '');
      const cipher = dataCipher();
      const whole = digits.length >= 10;
      const rows = await db.query<CitizenRow>(
        `SELECT * FROM citizens
         WHERE search_key LIKE $1
            OR phone_hash = $2
            OR national_id_hash = $3
         ORDER BY full_name LIMIT $4`,
        [
          `%${foldTurkish(q).replace(/[%_\\]/g, '')}%`,
          whole ? cipher.blindIndex('phone', digits) : null,
          whole ? cipher.blindIndex('national-id', digits) : null,
          limit,
        ],
      );
      return rows.map(readCitizen);
    },
  };
}

export type CitizensStore = ReturnType<typeof createCitizensStore>;
