import type { DayHours, DayHoursLookup } from '../../domain/day-hours.js';
import type { Db } from '../../infra/db/database.js';
import type { DayHoursInput, DayHoursView } from './day-hours.schema.js';

const SELECT = `SELECT to_char(date, 'YYYY-MM-DD') AS date, service_id AS "serviceId", closed,
  opens_at AS "opensAt", closes_at AS "closesAt", note FROM service_day_hours`;

export function toDayHours(v: DayHoursView): DayHours {
  return v.closed || !v.opensAt || !v.closesAt
    ? { date: v.date, serviceId: v.serviceId, closed: true }
    : {
        date: v.date,
        serviceId: v.serviceId,
        closed: false,
        opensAt: v.opensAt,
        closesAt: v.closesAt,
      };
}

/** A day's own service hours per service; the only writer of `service_day_hours`. */
export function createDayHoursStore(db: Db) {
  return {
    list(
      filter: {
        from?: string | undefined;
        to?: string | undefined;
        serviceId?: string | undefined;
      },
      tx: Db = db,
    ) {
      return tx.query<DayHoursView>(
        `${SELECT} WHERE ($1::date IS NULL OR date >= $1) AND ($2::date IS NULL OR date <= $2)
           AND ($3::text IS NULL OR service_id = $3)
         ORDER BY date, service_id LIMIT 1000`,
        [filter.from ?? null, filter.to ?? null, filter.serviceId ?? null],
      );
    },
    async find(date: string, serviceId: string, tx: Db = db): Promise<DayHoursView | undefined> {
      const rows = await tx.query<DayHoursView>(`${SELECT} WHERE date = $1 AND service_id = $2`, [
        date,
        serviceId,
      ]);
      return rows[0];
    },
    /** Sets the day's hours (replacing earlier ones); returns what was there before. */
    async upsert(
      date: string,
      serviceId: string,
      input: DayHoursInput,
      createdBy: string,
      tx: Db = db,
    ): Promise<DayHoursView | undefined> {
      const before = await this.find(date, serviceId, tx);
      await tx.query(
        `INSERT INTO service_day_hours (date, service_id, closed, opens_at, closes_at, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (date, service_id) DO UPDATE SET closed = EXCLUDED.closed,
           opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at, note = EXCLUDED.note,
           created_by = EXCLUDED.created_by, created_at = now()`,
        [
          date,
          serviceId,
          input.closed,
          input.closed ? null : (input.opensAt ?? null),
          input.closed ? null : (input.closesAt ?? null),
          input.note ?? null,
          createdBy,
        ],
      );
      return before;
    },
    async remove(date: string, serviceId: string, tx: Db = db): Promise<DayHoursView | undefined> {
      const before = await this.find(date, serviceId, tx);
      if (before)
        await tx.query('DELETE FROM service_day_hours WHERE date = $1 AND service_id = $2', [
          date,
          serviceId,
        ]);
      return before;
    },
  };
}

export type DayHoursStore = ReturnType<typeof createDayHoursStore>;

/** The lookup bookings use: one small query per booking. */
export function dayHoursLookupOf(store: DayHoursStore): DayHoursLookup<Db> {
  return {
    async on(date, serviceId, tx) {
      const row = await store.find(date, serviceId, tx);
      return row ? toDayHours(row) : undefined;
    },
  };
}
