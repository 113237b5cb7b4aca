import { notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { HolidayInput, HolidayView } from './holidays.schema.js';
import type { HolidaysStore } from './holidays.store.js';

/**
 * What must follow when the calendar changes. Standing orders listen: rides
 * booked for a new holiday are cancelled, rides of a removed one are booked.
 */
export interface HolidayListener {
  /** Returns the ids of the bookings it cancelled. */
  holidayAdded(holiday: HolidayView, actor: AuthUser): Promise<string[]>;
  holidayRemoved(holiday: HolidayView, actor: AuthUser): Promise<void>;
}

export interface HolidaysServiceDeps {
  db: Db;
  store: HolidaysStore;
  listener?: HolidayListener | undefined;
}

export function createHolidaysService(deps: HolidaysServiceDeps) {
  const { db, store } = deps;
  return {
    list: (filter: { from?: string | undefined; to?: string | undefined }) => store.list(filter),

    /**
     * Declares a holiday (or renames one). The row is committed first, so a
     * booking run starting meanwhile already skips the day; then the rides
     * booked before are cancelled, and their drivers told.
     */
    async add(input: HolidayInput, actor: AuthUser) {
      const created = await db.transaction(async (tx) => {
        const inserted = await store.upsert(input, actor.id, tx);
        await recordAudit(tx, actor, {
          action: inserted ? 'holiday.added' : 'holiday.renamed',
          entity: 'holiday',
          entityId: input.date,
          details: { name: input.name },
        });
        return inserted;
      });
      const cancelledBookingIds = deps.listener
        ? await deps.listener.holidayAdded(input, actor)
        : [];
      return { holiday: { ...input, cancelledBookingIds }, created };
    },

    async remove(date: string, actor: AuthUser): Promise<void> {
      const removed = await db.transaction(async (tx) => {
        const holiday = await store.remove(date, tx);
        if (!holiday) throw notFound('holiday');
        await recordAudit(tx, actor, {
          action: 'holiday.removed',
          entity: 'holiday',
          entityId: date,
          details: { name: holiday.name },
        });
        return holiday;
      });
      await deps.listener?.holidayRemoved(removed, actor);
    },
  };
}

export type HolidaysService = ReturnType<typeof createHolidaysService>;
