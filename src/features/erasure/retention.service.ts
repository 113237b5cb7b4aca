import { DateTime } from 'luxon';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AnonymiseStore } from './anonymise.store.js';

/** How long personal data is kept (config.retention). */
export interface RetentionSettings {
  /** Rides whose service day is older than this many months are anonymised. */
  rideMonths: number;
  /** Citizens with no ride and no change for this many months are anonymised. */
  citizenMonths: number;
  /** Rows per transaction. */
  batchSize: number;
  /** Rows of each kind per run at most; the next night goes on where this one stopped. */
  maxPerRun: number;
}

export interface RetentionOutcome {
  rides: number;
  standingOrders: number;
  citizens: number;
  users: number;
  /** False when a limit stopped the run with work left for the next one. */
  complete: boolean;
  rideCutoff: string;
  citizenCutoff: string;
}

// Rides not over yet keep a citizen whatever their age (a will-call return never called stays open).
const OPEN = ['pending', 'will-call', 'scheduled', 'arrived', 'on-board'];

/**
 * The nightly KVKK retention run: rides older than the retention period are
 * reduced to what reports count, and citizens with no ride and no change
 * within theirs are anonymised (their rides with them). Batched (one
 * transaction per batch, rows locked and skipped if busy), bounded per run,
 * idempotent: anonymised rows are marked and never taken again. Each run is
 * recorded in the audit log as a system action, with its counts.
 */
export function createRetentionService(deps: {
  db: Db;
  store: AnonymiseStore;
  settings: RetentionSettings;
  timeZone: string;
  now: () => Date;
  /** Closes the sockets of a session revoked because its citizen user was erased. */
  onSessionRevoked?(sessionId: string): void;
  log: { info(obj: object, msg: string): void };
}) {
  const { db, store, settings } = deps;

  async function rideBatch(cutoff: string, limit: number): Promise<number> {
    return db.transaction(async (tx) => {
      const rows = await tx.query<{ id: string }>(
        `SELECT id FROM bookings WHERE anonymised_at IS NULL AND service_date < $1::date
         ORDER BY service_date, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [cutoff, limit],
      );
      await store.anonymiseBookings(
        tx,
        rows.map((r) => r.id),
      );
      return rows.length;
    });
  }

  async function seriesBatch(cutoff: string, limit: number): Promise<number> {
    return db.transaction(async (tx) => {
      const rows = await tx.query<{ id: string }>(
        `SELECT id FROM standing_orders WHERE anonymised_at IS NULL AND status = 'ended' AND ends_on < $1::date
         ORDER BY ends_on, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [cutoff, limit],
      );
      return store.anonymiseStandingOrders(
        tx,
        rows.map((r) => r.id),
      );
    });
  }

  async function citizenBatch(
    cutoff: Date,
    limit: number,
  ): Promise<{ citizens: number; users: number }> {
    const out = await db.transaction(async (tx) => {
      // Last activity: a ride (asked for or made), a series, an eligibility still running or
      // granted, a saved address, a relative, an application, or a change the audit log recorded.
      const rows = await tx.query<{ id: string }>(
        `SELECT c.id FROM citizens c
         WHERE c.anonymised_at IS NULL AND c.created_at < $1
           AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.citizen_id = c.id
             AND (b.pickup_window_start >= $1 OR b.created_at >= $1 OR b.status = ANY($3::text[])))
           AND NOT EXISTS (SELECT 1 FROM standing_orders s WHERE s.citizen_id = c.id
             AND (s.status = 'active' OR s.ends_on >= $1::date OR s.updated_at >= $1))
           AND NOT EXISTS (SELECT 1 FROM eligibility e WHERE e.citizen_id = c.id
             AND (e.valid_until >= $1::date OR e.created_at >= $1))
           AND NOT EXISTS (SELECT 1 FROM citizen_addresses a WHERE a.citizen_id = c.id AND a.created_at >= $1)
           AND NOT EXISTS (SELECT 1 FROM citizen_relatives r WHERE r.citizen_id = c.id AND r.created_at >= $1)
           AND NOT EXISTS (SELECT 1 FROM service_applications p WHERE p.citizen_id = c.id AND p.created_at >= $1)
           AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.citizen_id = c.id AND l.at >= $1
             AND l.action NOT LIKE '%.read' AND l.action NOT LIKE '%.list' AND l.action <> 'citizen.search')
         ORDER BY c.created_at, c.id LIMIT $2 FOR UPDATE OF c SKIP LOCKED`,
        [cutoff, limit, OPEN],
      );
      let users = 0;
      const sessions: string[] = [];
      for (const { id } of rows) {
        const rides = await tx.query<{ id: string }>(
          'SELECT id FROM bookings WHERE citizen_id = $1 AND anonymised_at IS NULL',
          [id],
        );
        await store.anonymiseBookings(
          tx,
          rides.map((r) => r.id),
        );
        const series = await tx.query<{ id: string }>(
          'SELECT id FROM standing_orders WHERE citizen_id = $1 AND anonymised_at IS NULL',
          [id],
        );
        await store.anonymiseStandingOrders(
          tx,
          series.map((s) => s.id),
        );
        const done = await store.anonymiseCitizen(tx, id);
        users += done.counts.users ?? 0;
        sessions.push(...done.revokedSessions);
      }
      return { citizens: rows.length, users, sessions };
    });
    for (const session of out.sessions) deps.onSessionRevoked?.(session);
    return { citizens: out.citizens, users: out.users };
  }

  /** Calls `batch` until it finds nothing or the run's budget is spent; answers the total and whether it finished. */
  async function drain(batch: (limit: number) => Promise<number>) {
    let total = 0;
    while (total < settings.maxPerRun) {
      const limit = Math.min(settings.batchSize, settings.maxPerRun - total);
      const n = await batch(limit);
      total += n;
      if (n < limit) return { total, complete: true };
    }
    return { total, complete: false };
  }

  return {
    async run(): Promise<RetentionOutcome> {
      const now = DateTime.fromJSDate(deps.now(), { zone: deps.timeZone });
      const rideCutoff = now.minus({ months: settings.rideMonths }).toISODate()!;
      const citizenCutoff = now.minus({ months: settings.citizenMonths }).startOf('day');
      const citizenCutoffDate = citizenCutoff.toJSDate();

      let users = 0;
      const citizens = await drain(async (limit) => {
        const done = await citizenBatch(citizenCutoffDate, limit);
        users += done.users;
        return done.citizens;
      });
      const rides = await drain((limit) => rideBatch(rideCutoff, limit));
      const series = await drain((limit) => seriesBatch(rideCutoff, limit));
      const outcome: RetentionOutcome = {
        rides: rides.total,
        standingOrders: series.total,
        citizens: citizens.total,
        users,
        complete: rides.complete && series.complete && citizens.complete,
        rideCutoff,
        citizenCutoff: citizenCutoff.toISODate()!,
      };
      await recordAudit(db, 'system', {
        action: 'retention.run',
        entity: 'retention',
        details: { ...outcome },
      });
      deps.log.info({ outcome }, 'KVKK retention run');
      return outcome;
    },
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
