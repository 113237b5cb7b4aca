import type { Db } from '../../infra/db/database.js';
import type { HolidayView } from './holidays.schema.js';

const SELECT = `SELECT to_char(date, 'YYYY-MM-DD') AS date, name FROM holidays`;

export function createHolidaysStore(db: Db) {
  return {
    list(filter: { from?: string | undefined; to?: string | undefined }, tx: Db = db) {
      return tx.query<HolidayView>(
        `${SELECT} WHERE ($1::date IS NULL OR date >= $1) AND ($2::date IS NULL OR date <= $2)
         ORDER BY date`,
        [filter.from ?? null, filter.to ?? null],
      );
    },
    /** Holidays of a date range by date, for looking occurrences up. */
    async between(from: string, to: string, tx: Db = db): Promise<Map<string, string>> {
      const rows = await this.list({ from, to }, tx);
      return new Map(rows.map((h) => [h.date, h.name]));
    },
    /** Adds the holiday or renames it; true when the date was not a holiday before. */
    async upsert(h: HolidayView, createdBy: string, tx: Db = db): Promise<boolean> {
      const rows = await tx.query<{ inserted: boolean }>(
        `INSERT INTO holidays (date, name, created_by) VALUES ($1, $2, $3)
         ON CONFLICT (date) DO UPDATE SET name = EXCLUDED.name
         RETURNING (xmax = 0) AS inserted`,
        [h.date, h.name, createdBy],
      );
      return rows[0]?.inserted ?? false;
    },
    async remove(date: string, tx: Db = db): Promise<HolidayView | undefined> {
      const rows = await tx.query<HolidayView>(
        `DELETE FROM holidays WHERE date = $1 RETURNING to_char(date, 'YYYY-MM-DD') AS date, name`,
        [date],
      );
      return rows[0];
    },
  };
}

export type HolidaysStore = ReturnType<typeof createHolidaysStore>;
