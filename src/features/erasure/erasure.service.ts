import { AppError, notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { AnonymiseCounts, AnonymiseStore } from './anonymise.store.js';
import type { ErasureAnswer, ErasureInput } from './erasure.schema.js';

/** Where a citizen's data lives outside the database (Redis), forgotten after the erasure commits. */
export interface ErasureRedisPort {
  /**
   * Waits (at most `timeoutMs`) until the messages telling of these rides'
   * cancellation have been sent or given up, so none is sent after the
   * cleanup with nobody to send it to.
   */
  settleCancelMessages(bookingIds: readonly string[], timeoutMs: number): Promise<void>;
  /** Removes every queued, delayed, failed or kept job about these rides (reminders above all); answers how many. */
  removeNotificationJobs(bookingIds: readonly string[]): Promise<number>;
  /** Deletes caches keyed by these ids (message claims, late alerts); answers how many keys. */
  deleteKeysOf(ids: readonly string[]): Promise<number>;
  /** Deletes a phone's sign-in code and its send counter. */
  forgetPhone(phone: string): Promise<void>;
}

export interface ErasureServiceDeps {
  db: Db;
  store: AnonymiseStore;
  /** The normal cancel path, so routes and drivers' manifests change as for any cancel. */
  cancelBooking(id: string, reason: string, actor: AuthUser): Promise<unknown>;
  /** The normal end of a series: its rides ahead cancelled. */
  endStandingOrder(id: string, reason: string, actor: AuthUser): Promise<unknown>;
  redis: ErasureRedisPort;
  /** A stored phone as it was given (the column may be encrypted); identity where it is not. */
  plainPhone(stored: string): string;
  /** Closes the sockets of a revoked session. */
  onSessionRevoked(sessionId: string): void;
  /** How long to wait for the cancel messages before erasing (default 5 s). */
  settleMs?: number;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/** Rides that are not over: cancellable ahead, or under way (a car at the door, on board). */
const CANCELLABLE = ['pending', 'will-call', 'scheduled'];
const UNDER_WAY = ['arrived', 'on-board'];

// The reason written on rides cancelled by an erasure: a code, so the erased citizen's history holds no free text.
const ERASURE_REASON = 'kvkk-erasure';

/**
 * A citizen's erasure request (KVKK art. 7), carried out by an administrator:
 * their rides still ahead are cancelled through the normal path when asked
 * (refused otherwise), then everything that tells who they were is removed
 * or anonymised in one transaction, and Redis forgets their rides and phone.
 * The erasure itself is audited: who, when, the reason and the counts.
 */
export function createErasureService(deps: ErasureServiceDeps) {
  const { db, store } = deps;

  async function openItems(citizenId: string, tx: Db = db) {
    const rides = await tx.query<{ id: string; status: string; return_of: string | null }>(
      `SELECT id, status, return_of FROM bookings WHERE citizen_id = $1 AND status = ANY($2::text[])
       ORDER BY return_of NULLS FIRST, pickup_window_start`,
      [citizenId, [...CANCELLABLE, ...UNDER_WAY]],
    );
    const series = await tx.query<{ id: string }>(
      `SELECT id FROM standing_orders WHERE citizen_id = $1 AND status = 'active'`,
      [citizenId],
    );
    return {
      cancellable: rides.filter((r) => CANCELLABLE.includes(r.status)),
      underWay: rides.filter((r) => UNDER_WAY.includes(r.status)),
      series: series.map((s) => s.id),
    };
  }

  function refuseWhileOpen(open: Awaited<ReturnType<typeof openItems>>, cancel: boolean) {
    if (open.underWay.length > 0)
      throw new AppError('ERASURE_BLOCKED', { underWay: open.underWay.length, open: 0 });
    const count = open.cancellable.length + open.series.length;
    if (count > 0 && !cancel) throw new AppError('ERASURE_BLOCKED', { underWay: 0, open: count });
  }

  async function forgetInRedis(bookingIds: string[], citizenId: string, phones: string[]) {
    const out = { jobs: 0, keys: 0 };
    try {
      out.jobs = await deps.redis.removeNotificationJobs(bookingIds);
      out.keys = await deps.redis.deleteKeysOf([citizenId, ...bookingIds]);
      for (const phone of phones) await deps.redis.forgetPhone(phone);
    } catch (error) {
      // The database is already anonymised; what Redis keeps expires (30 days at most) and
      // names no one: a reminder finds no phone to send to. Logged for the operator to retry.
      deps.log.warn({ err: error, citizenId }, 'erasure: Redis could not be cleaned up');
    }
    return out;
  }

  return {
    async erase(citizenId: string, input: ErasureInput, actor: AuthUser): Promise<ErasureAnswer> {
      const before = await db.query<{ anonymised_at: Date | null }>(
        'SELECT anonymised_at FROM citizens WHERE id = $1',
        [citizenId],
      );
      const found = before[0];
      if (!found) throw notFound('citizen');
      if (found.anonymised_at)
        return {
          citizenId,
          erasedAt: found.anonymised_at.toISOString(),
          alreadyErased: true,
          cancelledRides: 0,
          endedStandingOrders: 0,
          counts: {},
          redis: { jobs: 0, keys: 0 },
        };

      const open = await openItems(citizenId);
      refuseWhileOpen(open, input.cancelFutureRides);
      for (const id of open.series) await deps.endStandingOrder(id, ERASURE_REASON, actor);
      const cancelledIds: string[] = [];
      // Outbound rides first: cancelling one cancels its return with it.
      for (const ride of (await openItems(citizenId)).cancellable) {
        const still = await db.query<{ status: string }>(
          'SELECT status FROM bookings WHERE id = $1',
          [ride.id],
        );
        if (!still[0] || !CANCELLABLE.includes(still[0].status)) continue;
        await deps.cancelBooking(ride.id, ERASURE_REASON, actor);
        cancelledIds.push(ride.id);
      }
      const cancelled = cancelledIds.length;
      // The citizen is told of the cancels while their phone is still known.
      if (cancelled > 0)
        await deps.redis
          .settleCancelMessages(cancelledIds, deps.settleMs ?? 5000)
          .catch(() => undefined);

      // Phones read before they go: their sign-in codes are deleted from Redis afterwards.
      const phones = await db.query<{ phone: string | null }>(
        `SELECT phone FROM citizens WHERE id = $1
         UNION ALL SELECT phone FROM citizen_relatives WHERE citizen_id = $1`,
        [citizenId],
      );
      const done = await db.transaction(async (tx) => {
        const locked = await tx.query<{ anonymised_at: Date | null }>(
          'SELECT anonymised_at FROM citizens WHERE id = $1 FOR UPDATE',
          [citizenId],
        );
        if (!locked[0]) throw notFound('citizen');
        // A ride booked or a car arriving while the rides were cancelled: nothing is erased.
        refuseWhileOpen(await openItems(citizenId, tx), false);
        const bookingIds = (
          await tx.query<{ id: string }>('SELECT id FROM bookings WHERE citizen_id = $1', [
            citizenId,
          ])
        ).map((r) => r.id);
        const seriesIds = (
          await tx.query<{ id: string }>('SELECT id FROM standing_orders WHERE citizen_id = $1', [
            citizenId,
          ])
        ).map((r) => r.id);
        const counts: AnonymiseCounts = await store.anonymiseBookings(tx, bookingIds);
        const standingOrders = await store.anonymiseStandingOrders(tx, seriesIds);
        if (standingOrders > 0) counts.standingOrders = standingOrders;
        const citizen = await store.anonymiseCitizen(tx, citizenId);
        for (const [key, n] of Object.entries(citizen.counts)) counts[key] = (counts[key] ?? 0) + n;
        const at = (
          await tx.query<{ anonymised_at: Date }>(
            'SELECT anonymised_at FROM citizens WHERE id = $1',
            [citizenId],
          )
        )[0]!.anonymised_at;
        await recordAudit(tx, actor, {
          action: 'citizen.erasure',
          entity: 'citizen',
          entityId: citizenId,
          details: {
            reason: input.reason,
            cancelledRides: cancelled,
            endedStandingOrders: open.series.length,
            ...counts,
          },
        });
        return { bookingIds, counts, at, sessions: citizen.revokedSessions };
      });

      for (const session of done.sessions) deps.onSessionRevoked(session);
      const redis = await forgetInRedis(
        done.bookingIds,
        citizenId,
        phones.flatMap((p) => (p.phone ? [deps.plainPhone(p.phone)] : [])),
      );
      deps.log.info(
        { citizenId, counts: done.counts, cancelled, redis },
        'a citizen was erased (KVKK)',
      );
      return {
        citizenId,
        erasedAt: done.at.toISOString(),
        alreadyErased: false,
        cancelledRides: cancelled,
        endedStandingOrders: open.series.length,
        counts: done.counts,
        redis,
      };
    },
  };
}

export type ErasureService = ReturnType<typeof createErasureService>;
