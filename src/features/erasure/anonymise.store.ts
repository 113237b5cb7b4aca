import type { Db } from '../../infra/db/database.js';
import { ANONYMOUS_NAME, coarsePlace, sanitiseDetails } from './anonymise.js';

/**
 * The SQL of KVKK anonymisation, shared by a citizen's erasure and the
 * nightly retention run. It reaches across the tables where a citizen's data
 * lives (the one place that does, so a new table holding personal data has
 * one place to be added): what reports count stays (the booking rows, their
 * service, status, times, neighbourhood or village, the citizen as an opaque
 * id), what identifies a person goes.
 */

/** How many rows each kind of data lost: the audit entry's counts (never the data). */
export type AnonymiseCounts = Record<string, number>;

const add = (counts: AnonymiseCounts, key: string, n: number) => {
  if (n > 0) counts[key] = (counts[key] ?? 0) + n;
};

interface PlaceColumns {
  id: string;
  pickup_place_id: string | null;
  pickup_lat: number;
  pickup_lng: number;
  dropoff_place_id: string | null;
  dropoff_lat: number;
  dropoff_lng: number;
}

/** Tables later features add; anonymisation reaches each one only where it exists. */
async function existing(tx: Db, tables: readonly string[]): Promise<Set<string>> {
  const rows = await tx.query<{ name: string }>(
    `SELECT t AS name FROM unnest($1::text[]) AS t WHERE to_regclass(t) IS NOT NULL`,
    [[...tables]],
  );
  return new Set(rows.map((r) => r.name));
}

const OPTIONAL_TABLES = [
  'notification_deliveries',
  'notification_preferences',
  'self_booking_suspensions',
  'citizen_policy_events',
  'push_subscriptions',
] as const;

/** Rewrites jsonb `details` of the given rows without their personal keys (events, audit entries, policy steps). */
async function sanitiseRows(
  tx: Db,
  table: 'booking_events' | 'audit_log' | 'citizen_policy_events',
  rows: { id: string | number; details: Record<string, unknown> | null }[],
): Promise<number> {
  const changed: { id: string; details: string | null }[] = [];
  for (const row of rows) {
    const clean = sanitiseDetails(row.details);
    const json = clean === null ? null : JSON.stringify(clean);
    if (json !== JSON.stringify(row.details)) changed.push({ id: String(row.id), details: json });
  }
  if (changed.length === 0) return 0;
  await tx.query(
    `UPDATE ${table} t SET details = v.details::jsonb
     FROM unnest($1::bigint[], $2::text[]) AS v(id, details) WHERE t.id = v.id`,
    [changed.map((c) => c.id), changed.map((c) => c.details)],
  );
  return changed.length;
}

export function createAnonymiseStore() {
  return {
    /**
     * Rides reduced to what reports need: places to their neighbourhood or
     * village and a point to two decimals; door details, notes and the
     * request's fingerprint removed; their events' and audit entries' details
     * stripped of free text. Marks them anonymised.
     */
    async anonymiseBookings(tx: Db, ids: readonly string[]): Promise<AnonymiseCounts> {
      const counts: AnonymiseCounts = {};
      if (ids.length === 0) return counts;
      const rows = await tx.query<PlaceColumns>(
        `SELECT id, pickup_place_id, pickup_lat, pickup_lng, dropoff_place_id, dropoff_lat, dropoff_lng
         FROM bookings WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const pickups = rows.map((r) =>
        coarsePlace({ placeId: r.pickup_place_id, lat: r.pickup_lat, lng: r.pickup_lng }),
      );
      const dropoffs = rows.map((r) =>
        coarsePlace({ placeId: r.dropoff_place_id, lat: r.dropoff_lat, lng: r.dropoff_lng }),
      );
      await tx.query(
        `UPDATE bookings b SET
           pickup_place_id = v.pp, pickup_label = v.pl, pickup_lat = v.pa, pickup_lng = v.pn,
           dropoff_place_id = v.dp, dropoff_label = v.dl, dropoff_lat = v.da, dropoff_lng = v.dn,
           pickup_address = NULL, dropoff_address = NULL, notes = NULL, request_fingerprint = NULL,
           anonymised_at = coalesce(b.anonymised_at, now())
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::float8[], $5::float8[],
                     $6::text[], $7::text[], $8::float8[], $9::float8[])
           AS v(id, pp, pl, pa, pn, dp, dl, da, dn)
         WHERE b.id = v.id`,
        [
          rows.map((r) => r.id),
          pickups.map((p) => p.placeId),
          pickups.map((p) => p.label),
          pickups.map((p) => p.lat),
          pickups.map((p) => p.lng),
          dropoffs.map((p) => p.placeId),
          dropoffs.map((p) => p.label),
          dropoffs.map((p) => p.lat),
          dropoffs.map((p) => p.lng),
        ],
      );
      add(counts, 'bookings', rows.length);
      const events = await tx.query<{ id: string; details: Record<string, unknown> | null }>(
        `SELECT id, details FROM booking_events WHERE booking_id = ANY($1::uuid[]) AND details IS NOT NULL`,
        [[...ids]],
      );
      add(counts, 'bookingEvents', await sanitiseRows(tx, 'booking_events', events));
      const audit = await tx.query<{ id: string; details: Record<string, unknown> | null }>(
        `SELECT id, details FROM audit_log
         WHERE entity = 'booking' AND entity_id = ANY($1::text[]) AND details IS NOT NULL`,
        [[...ids]],
      );
      add(counts, 'auditEntries', await sanitiseRows(tx, 'audit_log', audit));
      const optional = await existing(tx, OPTIONAL_TABLES);
      if (optional.has('notification_deliveries')) {
        const sent = await tx.query(
          `UPDATE notification_deliveries SET body = NULL, recipient = NULL, last_error = NULL
           WHERE booking_id = ANY($1::uuid[]) AND (body IS NOT NULL OR recipient IS NOT NULL)
           RETURNING id`,
          [[...ids]],
        );
        add(counts, 'notifications', sent.length);
      }
      if (optional.has('citizen_policy_events')) {
        const steps = await tx.query<{ id: string; details: Record<string, unknown> | null }>(
          `UPDATE citizen_policy_events SET reason = NULL
           WHERE booking_id = ANY($1::uuid[]) RETURNING id, details`,
          [[...ids]],
        );
        await sanitiseRows(tx, 'citizen_policy_events', steps);
      }
      return counts;
    },

    /** Standing orders reduced like rides: places coarse, notes and the reason they ended gone. */
    async anonymiseStandingOrders(tx: Db, ids: readonly string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const rows = await tx.query<{
        id: string;
        pickup: { placeId?: string | null; lat: number; lng: number };
        dropoff: { placeId?: string | null; lat: number; lng: number };
      }>('SELECT id, pickup, dropoff FROM standing_orders WHERE id = ANY($1::uuid[])', [[...ids]]);
      const coarse = (p: { placeId?: string | null; lat: number; lng: number }) =>
        JSON.stringify(coarsePlace({ placeId: p.placeId ?? null, lat: p.lat, lng: p.lng }));
      await tx.query(
        `UPDATE standing_orders s SET pickup = v.pickup::jsonb, dropoff = v.dropoff::jsonb,
           notes = NULL, end_reason = CASE WHEN s.end_reason IS NULL THEN NULL ELSE 'anonymised' END,
           anonymised_at = coalesce(s.anonymised_at, now())
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, pickup, dropoff)
         WHERE s.id = v.id`,
        [
          rows.map((r) => r.id),
          rows.map((r) => coarse(r.pickup)),
          rows.map((r) => coarse(r.dropoff)),
        ],
      );
      const audit = await tx.query<{ id: string; details: Record<string, unknown> | null }>(
        `SELECT id, details FROM audit_log
         WHERE entity = 'standing-order' AND entity_id = ANY($1::text[]) AND details IS NOT NULL`,
        [[...ids]],
      );
      await sanitiseRows(tx, 'audit_log', audit);
      return rows.length;
    },

    /**
     * Everything of one citizen that is not a ride: the row keeps its id (an
     * opaque id the reports count) and nothing else that tells who it was;
     * saved addresses, relatives and applications are deleted; eligibility
     * keeps its service and dates (the reports' "eligible since") without
     * its basis, rate or document; audit entries about them lose free text.
     * Their rides and standing orders go through the functions above.
     * Returns the counts and the sign-in users it erased (their sessions to close).
     */
    async anonymiseCitizen(
      tx: Db,
      citizenId: string,
    ): Promise<{ counts: AnonymiseCounts; revokedSessions: string[] }> {
      const counts: AnonymiseCounts = {};
      // Who signed in with this citizen's phone, or a relative's it named: read before they go.
      const phones = await tx.query<{ phone: string | null; phone_hash: string | null }>(
        `SELECT phone, phone_hash FROM citizens WHERE id = $1
         UNION ALL SELECT phone, phone_hash FROM citizen_relatives WHERE citizen_id = $1`,
        [citizenId],
      );
      const users = await tx.query<{ id: string }>(
        `SELECT DISTINCT u.id FROM users u JOIN unnest($1::text[], $2::text[]) AS p(phone, hash)
           ON (p.hash IS NOT NULL AND u.phone_hash = p.hash) OR u.phone = p.phone
         WHERE u.role = 'citizen'`,
        [phones.map((p) => p.phone), phones.map((p) => p.phone_hash)],
      );
      await tx.query(
        `UPDATE citizens SET full_name = $2, search_key = lower($2), phone = NULL, phone_hash = NULL,
           national_id = NULL, national_id_hash = NULL, birth_year = NULL, mobility = 'none',
           home_place_id = NULL, home_label = NULL, home_lat = NULL, home_lng = NULL,
           home_address = NULL, notes = NULL, anonymised_at = coalesce(anonymised_at, now())
         WHERE id = $1`,
        [citizenId, ANONYMOUS_NAME],
      );
      const deleted = async (key: string, sql: string) => {
        add(counts, key, (await tx.query(sql, [citizenId])).length);
      };
      await deleted(
        'addresses',
        'DELETE FROM citizen_addresses WHERE citizen_id = $1 RETURNING id',
      );
      await deleted(
        'relatives',
        'DELETE FROM citizen_relatives WHERE citizen_id = $1 RETURNING citizen_id',
      );
      await deleted(
        'applications',
        'DELETE FROM service_applications WHERE citizen_id = $1 RETURNING id',
      );
      const eligibility = await tx.query(
        `UPDATE eligibility SET basis = '-', disability_rate = NULL, document_ref = NULL,
           revoke_reason = CASE WHEN revoke_reason IS NULL THEN NULL ELSE '-' END
         WHERE citizen_id = $1 RETURNING id`,
        [citizenId],
      );
      add(counts, 'eligibility', eligibility.length);
      const optional = await existing(tx, OPTIONAL_TABLES);
      if (optional.has('notification_deliveries'))
        await deleted(
          'notifications',
          'DELETE FROM notification_deliveries WHERE citizen_id = $1 RETURNING id',
        );
      if (optional.has('notification_preferences'))
        await deleted(
          'notificationPreferences',
          'DELETE FROM notification_preferences WHERE citizen_id = $1 RETURNING citizen_id',
        );
      if (optional.has('self_booking_suspensions'))
        await tx.query(
          `UPDATE self_booking_suspensions SET reason = '-',
             lift_reason = CASE WHEN lift_reason IS NULL THEN NULL ELSE '-' END
           WHERE citizen_id = $1`,
          [citizenId],
        );
      if (optional.has('citizen_policy_events')) {
        const steps = await tx.query<{ id: string; details: Record<string, unknown> | null }>(
          'UPDATE citizen_policy_events SET reason = NULL WHERE citizen_id = $1 RETURNING id, details',
          [citizenId],
        );
        await sanitiseRows(tx, 'citizen_policy_events', steps);
      }
      const audit = await tx.query<{ id: string; details: Record<string, unknown> | null }>(
        'SELECT id, details FROM audit_log WHERE citizen_id = $1 AND details IS NOT NULL',
        [citizenId],
      );
      add(counts, 'auditEntries', await sanitiseRows(tx, 'audit_log', audit));

      const revokedSessions: string[] = [];
      for (const { id } of users) {
        const sessions = await this.settleCitizenUser(tx, id, optional.has('push_subscriptions'));
        if (sessions) {
          add(counts, 'users', 1);
          revokedSessions.push(...sessions);
        }
      }
      return { counts, revokedSessions };
    },

    /**
     * A citizen user whose phone reaches nobody any more is erased: no
     * phone, no name, no way in (its sessions revoked, its push endpoints
     * gone); kept as a row for the rides it booked. One that still reaches
     * someone (a relative, another citizen on the same phone) stays, named
     * after whom it reaches. Answers the sessions revoked, or null when kept.
     */
    async settleCitizenUser(tx: Db, userId: string, hasPush: boolean): Promise<string[] | null> {
      const reach = await tx.query<{ full_name: string; relation: string }>(
        `SELECT c.full_name, 'self' AS relation FROM users u JOIN citizens c
           ON (u.phone_hash IS NOT NULL AND c.phone_hash = u.phone_hash) OR c.phone = u.phone
         WHERE u.id = $1 AND c.anonymised_at IS NULL
         UNION ALL
         SELECT c.full_name, 'relative' AS relation FROM users u
           JOIN citizen_relatives r ON (u.phone_hash IS NOT NULL AND r.phone_hash = u.phone_hash) OR r.phone = u.phone
           JOIN citizens c ON c.id = r.citizen_id
         WHERE u.id = $1 AND c.anonymised_at IS NULL
         ORDER BY relation DESC, full_name LIMIT 1`,
        [userId],
      );
      const first = reach[0];
      if (first) {
        await tx.query('UPDATE users SET display_name = $2 WHERE id = $1', [
          userId,
          first.relation === 'self' ? first.full_name : `${first.full_name} (yakını)`,
        ]);
        return null;
      }
      await tx.query(
        `UPDATE users SET username = 'erased:' || id::text, display_name = $2, phone = NULL,
           phone_hash = NULL, active = false
         WHERE id = $1`,
        [userId, ANONYMOUS_NAME],
      );
      const sessions = await tx.query<{ id: string }>(
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'erased'
         WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
        [userId],
      );
      await tx.query(
        'UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
        [userId],
      );
      if (hasPush) await tx.query('DELETE FROM push_subscriptions WHERE user_id = $1', [userId]);
      return sessions.map((s) => s.id);
    },
  };
}

export type AnonymiseStore = ReturnType<typeof createAnonymiseStore>;
