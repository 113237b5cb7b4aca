import { randomUUID } from 'node:crypto';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
import type { Db } from '../../infra/db/database.js';
import type {
  EligibilityRequestInput,
  EligibilityRequestView,
} from './eligibility-requests.schema.js';

interface Row {
  id: string;
  citizen_id: string;
  citizen_name: string;
  service_id: string;
  status: 'open' | 'granted' | 'declined';
  basis: string | null;
  disability_rate: string | null;
  document_ref: string | null;
  valid_from: string | null;
  valid_until: string | null;
  note: string | null;
  requested_by: string;
  requested_by_role: string;
  created_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  eligibility_id: string | null;
}

// A citizen's own application (no requested_by) is asked by its creator, the citizen user.
const SELECT = `SELECT a.id, a.citizen_id, c.full_name AS citizen_name, a.service_id, a.status, a.basis,
  a.disability_rate, a.document_ref, to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from,
  to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until, a.note, r.display_name AS requested_by,
  r.role AS requested_by_role, a.created_at, d.display_name AS decided_by, a.decided_at,
  a.decision_reason, a.eligibility_id
  FROM service_applications a JOIN citizens c ON c.id = a.citizen_id
  JOIN users r ON r.id = COALESCE(a.requested_by, a.created_by)
  LEFT JOIN users d ON d.id = a.decided_by`;

// The basis, disability rate, document, note and decision reason are encrypted at rest (health data).
const toView = (r: Row, cipher = dataCipher()): EligibilityRequestView => ({
  id: r.id,
  citizenId: r.citizen_id,
  citizenName: r.citizen_name,
  serviceId: r.service_id,
  status: r.status,
  basis: cipher.decrypt(r.basis),
  disabilityRate: cipher.decryptNumber(r.disability_rate),
  documentRef: cipher.decrypt(r.document_ref),
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  note: cipher.decrypt(r.note),
  requestedBy: r.requested_by,
  requestedByRole: r.requested_by_role,
  createdAt: new Date(r.created_at).toISOString(),
  decidedBy: r.decided_by,
  decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
  decisionReason: cipher.decrypt(r.decision_reason),
  eligibilityId: r.eligibility_id,
});

/**
 * Eligibility requests: rows of `service_applications` (a citizen's own
 * application is one too) with what staff asked for and how it was decided.
 * Citizens' own applications are written by the citizen-access store; the
 * staff's requests and every decision here.
 */
export function createEligibilityRequestsStore(db: Db) {
  return {
    /** Records the request; an open one for the same service (the citizen's own, say) takes its details. */
    async request(
      citizenId: string,
      input: EligibilityRequestInput,
      userId: string,
      tx: Db = db,
    ): Promise<string> {
      const cipher = dataCipher();
      const rows = await tx.query<{ id: string }>(
        `INSERT INTO service_applications (id, citizen_id, service_id, note, created_by, requested_by, basis,
           disability_rate, document_ref, valid_from, valid_until)
         VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (citizen_id, service_id) WHERE status = 'open' DO UPDATE SET
           note = COALESCE(EXCLUDED.note, service_applications.note), requested_by = EXCLUDED.requested_by,
           basis = EXCLUDED.basis, disability_rate = EXCLUDED.disability_rate,
           document_ref = EXCLUDED.document_ref, valid_from = EXCLUDED.valid_from,
           valid_until = EXCLUDED.valid_until
         RETURNING id`,
        [
          randomUUID(),
          citizenId,
          input.serviceId,
          cipher.encrypt(input.note ?? null),
          userId,
          cipher.encrypt(input.basis),
          cipher.encryptNumber(input.disabilityRate ?? null),
          cipher.encrypt(input.documentRef ?? null),
          input.validFrom,
          input.validUntil,
        ],
      );
      return rows[0]!.id;
    },
    async find(id: string, tx: Db = db): Promise<EligibilityRequestView | undefined> {
      const rows = await tx.query<Row>(`${SELECT} WHERE a.id = $1`, [id]);
      return rows[0] && toView(rows[0]);
    },
    /** Locks an open request for its decision; undefined when there is none open with that id. */
    async lockOpen(id: string, tx: Db): Promise<EligibilityRequestView | undefined> {
      const locked = await tx.query(
        `SELECT id FROM service_applications WHERE id = $1 AND status = 'open' FOR UPDATE`,
        [id],
      );
      return locked.length > 0 ? this.find(id, tx) : undefined;
    },
    async ofCitizen(citizenId: string): Promise<EligibilityRequestView[]> {
      const rows = await db.query<Row>(
        `${SELECT} WHERE a.citizen_id = $1 ORDER BY a.created_at DESC LIMIT 100`,
        [citizenId],
      );
      return rows.map((r) => toView(r));
    },
    /** Requests by status, oldest first (they are answered in turn); decided ones newest first. */
    async list(status: 'open' | 'granted' | 'declined'): Promise<EligibilityRequestView[]> {
      const order = status === 'open' ? 'a.created_at' : 'a.decided_at DESC NULLS LAST';
      const rows = await db.query<Row>(
        `${SELECT} WHERE a.status = $1 ORDER BY ${order} LIMIT 500`,
        [status],
      );
      return rows.map((r) => toView(r));
    },
    async granted(
      id: string,
      d: {
        by: string;
        at: Date;
        eligibilityId: string;
        validFrom: string;
        validUntil: string;
        basis: string;
        disabilityRate: number | null;
        documentRef: string | null;
      },
      tx: Db,
    ): Promise<void> {
      await tx.query(
        `UPDATE service_applications SET status = 'granted', decided_by = $2, decided_at = $3,
           eligibility_id = $4, valid_from = $5, valid_until = $6, basis = $7, disability_rate = $8,
           document_ref = $9
         WHERE id = $1`,
        [
          id,
          d.by,
          d.at,
          d.eligibilityId,
          d.validFrom,
          d.validUntil,
          dataCipher().encrypt(d.basis),
          dataCipher().encryptNumber(d.disabilityRate),
          dataCipher().encrypt(d.documentRef),
        ],
      );
    },
    async declined(id: string, d: { by: string; at: Date; reason: string }, tx: Db): Promise<void> {
      await tx.query(
        `UPDATE service_applications SET status = 'declined', decided_by = $2, decided_at = $3,
           decision_reason = $4
         WHERE id = $1`,
        [id, d.by, d.at, dataCipher().encrypt(d.reason)],
      );
    },
  };
}

export type EligibilityRequestsStore = ReturnType<typeof createEligibilityRequestsStore>;
