import { randomUUID } from 'node:crypto';
import { dataCipher } from '../../infra/crypto/data-cipher.js';
import type { Db } from '../../infra/db/database.js';
import type { UserRow } from '../auth/auth.store.js';

/** A citizen a signed-in phone may act for, and why. */
export interface ReachableCitizen {
  id: string;
  fullName: string;
  /** `self`: registered with this phone; `relative`: the citizen named this phone. */
  relation: 'self' | 'relative';
  /** The home an operator registered, where rides usually start. */
  home: { placeId: string | null; label: string; lat: number; lng: number } | null;
}

interface ReachableRow {
  id: string;
  full_name: string;
  relation: 'self' | 'relative';
  home_place_id: string | null;
  home_label: string | null;
  home_lat: number | null;
  home_lng: number | null;
}

const COLUMNS = 'c.id, c.full_name, c.home_place_id, c.home_label, c.home_lat, c.home_lng';

/** A citizen user's name: a fixed prefix and the phone's keyed hash, never the number itself. */
const usernameOf = (phoneHash: string) => `tel:${phoneHash.slice(0, 32)}`;

/**
 * Who a citizen user is and whom they may act for: the citizens registered
 * with their phone and those who named the phone as a relative's. Read on
 * every check (one indexed query), so a relative removed loses access at once.
 * Phones are encrypted at rest: every match is on their keyed hash.
 */
export function createCitizenAccessStore(db: Db) {
  async function reachableByHash(phoneHash: string, tx: Db): Promise<ReachableCitizen[]> {
    const rows = await tx.query<ReachableRow>(
      `SELECT ${COLUMNS}, 'self' AS relation FROM citizens c WHERE c.phone_hash = $1
       UNION
       SELECT ${COLUMNS}, 'relative' AS relation
       FROM citizen_relatives r JOIN citizens c ON c.id = r.citizen_id
       WHERE r.phone_hash = $1 AND c.phone_hash IS DISTINCT FROM $1
       ORDER BY relation DESC, full_name`,
      [phoneHash],
    );
    return rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      relation: r.relation,
      home:
        r.home_label !== null && r.home_lat !== null && r.home_lng !== null
          ? { placeId: r.home_place_id, label: r.home_label, lat: r.home_lat, lng: r.home_lng }
          : null,
    }));
  }

  return {
    reachableByPhone(phone: string, tx: Db = db): Promise<ReachableCitizen[]> {
      return reachableByHash(dataCipher().blindIndex('phone', phone), tx);
    },
    /** The citizens a user may act for; empty for any user who is not a citizen. */
    async reachableByUser(userId: string): Promise<ReachableCitizen[]> {
      const rows = await db.query<{ phone_hash: string | null }>(
        `SELECT phone_hash FROM users WHERE id = $1 AND role = 'citizen' AND active`,
        [userId],
      );
      const phoneHash = rows[0]?.phone_hash;
      return phoneHash ? reachableByHash(phoneHash, db) : [];
    },
    async canActFor(userId: string, citizenId: string): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM users u JOIN citizens c ON c.phone_hash = u.phone_hash
         WHERE u.id = $1 AND u.role = 'citizen' AND u.active AND c.id = $2
         UNION ALL
         SELECT 1 FROM users u JOIN citizen_relatives r ON r.phone_hash = u.phone_hash
         WHERE u.id = $1 AND u.role = 'citizen' AND u.active AND r.citizen_id = $2`,
        [userId, citizenId],
      );
      return rows.length > 0;
    },
    /** The citizen user of a phone, made on its first sign-in (it has no password: '!' matches none). */
    async userForPhone(phone: string, displayName: string): Promise<UserRow> {
      const cipher = dataCipher();
      const phoneHash = cipher.blindIndex('phone', phone);
      await db.query(
        `INSERT INTO users (id, username, password_hash, role, display_name, phone, phone_hash)
         VALUES ($1, $2, '!', 'citizen', $3, $4, $5)
         ON CONFLICT (username) DO NOTHING`,
        [randomUUID(), usernameOf(phoneHash), displayName, cipher.encrypt(phone), phoneHash],
      );
      const rows = await db.query<UserRow>(
        `SELECT id, username, password_hash, role, display_name, driver_id, active FROM users
         WHERE username = $1 AND role = 'citizen'`,
        [usernameOf(phoneHash)],
      );
      return rows[0]!;
    },
    async relatives(citizenId: string) {
      const rows = await db.query<{ phone: string; name: string; created_at: Date }>(
        'SELECT phone, name, created_at FROM citizen_relatives WHERE citizen_id = $1 ORDER BY created_at',
        [citizenId],
      );
      return rows.map((r) => ({ ...r, phone: dataCipher().decrypt(r.phone) }));
    },
    async addRelative(citizenId: string, phone: string, name: string): Promise<void> {
      const cipher = dataCipher();
      await db.query(
        `INSERT INTO citizen_relatives (citizen_id, phone, phone_hash, name) VALUES ($1, $2, $3, $4)
         ON CONFLICT (citizen_id, phone_hash) DO UPDATE SET name = EXCLUDED.name`,
        [citizenId, cipher.encrypt(phone), cipher.blindIndex('phone', phone), name],
      );
    },
    async removeRelative(citizenId: string, phone: string): Promise<boolean> {
      const rows = await db.query(
        'DELETE FROM citizen_relatives WHERE citizen_id = $1 AND phone_hash = $2 RETURNING citizen_id',
        [citizenId, dataCipher().blindIndex('phone', phone)],
      );
      return rows.length > 0;
    },
    async apply(citizenId: string, serviceId: string, note: string | null, userId: string) {
      const rows = await db.query<{ id: string }>(
        `INSERT INTO service_applications (id, citizen_id, service_id, note, created_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (citizen_id, service_id) WHERE status = 'open' DO UPDATE SET note = EXCLUDED.note
         RETURNING id`,
        [randomUUID(), citizenId, serviceId, dataCipher().encrypt(note), userId],
      );
      return rows[0]!.id;
    },
    /** Applications for the operators, oldest first (they are answered in turn). */
    async applications(status: 'open' | 'granted' | 'declined') {
      const rows = await db.query<{
        id: string;
        citizen_id: string;
        full_name: string;
        service_id: string;
        note: string | null;
        status: 'open' | 'granted' | 'declined';
        created_at: Date;
      }>(
        `SELECT a.id, a.citizen_id, c.full_name, a.service_id, a.note, a.status, a.created_at
         FROM service_applications a JOIN citizens c ON c.id = a.citizen_id
         WHERE a.status = $1 ORDER BY a.created_at LIMIT 500`,
        [status],
      );
      return rows.map((r) => ({ ...r, note: dataCipher().decrypt(r.note) }));
    },
    /** Closes an open application; false when there is none open with that id. */
    async decide(id: string, status: 'granted' | 'declined'): Promise<string | undefined> {
      const rows = await db.query<{ citizen_id: string }>(
        `UPDATE service_applications SET status = $2 WHERE id = $1 AND status = 'open' RETURNING citizen_id`,
        [id, status],
      );
      return rows[0]?.citizen_id;
    },
    async openApplications(citizenId: string): Promise<string[]> {
      const rows = await db.query<{ service_id: string }>(
        `SELECT service_id FROM service_applications WHERE citizen_id = $1 AND status = 'open'`,
        [citizenId],
      );
      return rows.map((r) => r.service_id);
    },
  };
}

export type CitizenAccessStore = ReturnType<typeof createCitizenAccessStore>;
