import type { DayHours } from '../../domain/day-hours.js';
import { notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { DayHoursInput, DayHoursView } from './day-hours.schema.js';
import { type DayHoursStore, toDayHours } from './day-hours.store.js';

/**
 * What must follow when a day's hours change. Standing orders listen, as they
 * do for holidays: rides booked outside the new hours are cancelled; rides of
 * a day whose hours are lifted or widened are booked again.
 */
export interface DayHoursListener {
  /** Returns the ids of the bookings it cancelled. */
  dayHoursSet(hours: DayHours, actor: AuthUser): Promise<string[]>;
  dayHoursLifted(date: string, serviceId: string, actor: AuthUser): Promise<void>;
}

export function createDayHoursService(deps: {
  db: Db;
  store: DayHoursStore;
  listener?: DayHoursListener | undefined;
}) {
  const { db, store } = deps;
  return {
    list: (filter: {
      from?: string | undefined;
      to?: string | undefined;
      serviceId?: string | undefined;
    }) => store.list(filter),

    /**
     * Sets a day's hours for one service. The row is committed first, so a
     * booking made meanwhile is already checked against it; then standing
     * orders drop the rides that no longer fit (and book again those that fit
     * hours made wider).
     */
    async set(date: string, serviceId: string, input: DayHoursInput, actor: AuthUser) {
      const saved = await db.transaction(async (tx) => {
        const service = await tx.query('SELECT 1 FROM services WHERE id = $1', [serviceId]);
        if (service.length === 0) throw notFound('service');
        const before = await store.upsert(date, serviceId, input, actor.id, tx);
        const after = (await store.find(date, serviceId, tx))!;
        await recordAudit(tx, actor, {
          action: before ? 'day-hours.changed' : 'day-hours.set',
          entity: 'day-hours',
          entityId: `${date}/${serviceId}`,
          details: { closed: after.closed, opensAt: after.opensAt, closesAt: after.closesAt },
        });
        return after;
      });
      const cancelledBookingIds = deps.listener
        ? await deps.listener.dayHoursSet(toDayHours(saved), actor)
        : [];
      // Wider hours than before may fit rides an earlier setting refused.
      await deps.listener?.dayHoursLifted(date, serviceId, actor);
      return { ...saved, cancelledBookingIds };
    },

    async remove(date: string, serviceId: string, actor: AuthUser): Promise<DayHoursView> {
      const removed = await db.transaction(async (tx) => {
        const row = await store.remove(date, serviceId, tx);
        if (!row) throw notFound('day-hours');
        await recordAudit(tx, actor, {
          action: 'day-hours.removed',
          entity: 'day-hours',
          entityId: `${date}/${serviceId}`,
        });
        return row;
      });
      await deps.listener?.dayHoursLifted(date, serviceId, actor);
      return removed;
    },
  };
}

export type DayHoursService = ReturnType<typeof createDayHoursService>;
