import { randomUUID } from 'node:crypto';
import type { Db } from '../../infra/db/database.js';
import type { TemplateInput, TemplateView } from './rosters.schema.js';

interface TemplateRow {
  id: string;
  driver_id: string;
  driver_name: string;
  vehicle_id: string;
  vehicle_plate: string;
  weekdays: number[];
  start_time: string;
  end_time: string;
  break_earliest: string | null;
  break_latest: string | null;
  break_minutes: number;
  valid_from: string;
  valid_until: string | null;
  active: boolean;
}

const SELECT = `SELECT t.id, t.driver_id, d.full_name AS driver_name, t.vehicle_id, v.plate AS vehicle_plate,
  t.weekdays, t.start_time, t.end_time, t.break_earliest, t.break_latest, t.break_minutes,
  to_char(t.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(t.valid_until, 'YYYY-MM-DD') AS valid_until, t.active
  FROM shift_templates t JOIN drivers d ON d.id = t.driver_id JOIN vehicles v ON v.id = t.vehicle_id`;

export function templateToView(r: TemplateRow): TemplateView {
  return {
    id: r.id,
    driverId: r.driver_id,
    driverName: r.driver_name,
    vehicleId: r.vehicle_id,
    vehiclePlate: r.vehicle_plate,
    weekdays: r.weekdays,
    startTime: r.start_time,
    endTime: r.end_time,
    breakEarliest: r.break_earliest,
    breakLatest: r.break_latest,
    breakMinutes: r.break_minutes,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    active: r.active,
  };
}

export function createRostersStore(db: Db) {
  return {
    async insert(t: TemplateInput, createdBy: string, tx: Db = db): Promise<string> {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO shift_templates (id, driver_id, vehicle_id, weekdays, start_time, end_time, break_earliest,
           break_latest, break_minutes, valid_from, valid_until, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          id,
          t.driverId,
          t.vehicleId,
          [...new Set(t.weekdays)].sort(),
          t.startTime,
          t.endTime,
          t.breakEarliest ?? null,
          t.breakLatest ?? null,
          t.breakMinutes,
          t.validFrom,
          t.validUntil ?? null,
          createdBy,
        ],
      );
      return id;
    },
    async find(id: string, tx: Db = db): Promise<TemplateView | undefined> {
      const row = (await tx.query<TemplateRow>(`${SELECT} WHERE t.id = $1`, [id]))[0];
      return row && templateToView(row);
    },
    async list(): Promise<TemplateView[]> {
      return (
        await db.query<TemplateRow>(`${SELECT} ORDER BY v.plate, t.start_time, t.valid_from`)
      ).map(templateToView);
    },
    async activeIds(): Promise<string[]> {
      return (await db.query<{ id: string }>('SELECT id FROM shift_templates WHERE active')).map(
        (r) => r.id,
      );
    },
    async end(id: string, tx: Db = db): Promise<void> {
      await tx.query('UPDATE shift_templates SET active = false WHERE id = $1', [id]);
    },
    /** A shift made from the template; false when that day's shift of the template exists already. */
    async insertShift(
      s: {
        templateId: string;
        driverId: string;
        vehicleId: string;
        startsAt: Date;
        endsAt: Date;
        breakEarliest: Date | null;
        breakLatest: Date | null;
        breakMinutes: number;
      },
      tx: Db = db,
    ): Promise<boolean> {
      const rows = await tx.query<{ id: string }>(
        `INSERT INTO shifts (id, driver_id, vehicle_id, starts_at, ends_at, break_earliest, break_latest,
           break_minutes, template_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (template_id, starts_at) WHERE template_id IS NOT NULL DO NOTHING RETURNING id`,
        [
          randomUUID(),
          s.driverId,
          s.vehicleId,
          s.startsAt,
          s.endsAt,
          s.breakEarliest,
          s.breakLatest,
          s.breakMinutes,
          s.templateId,
        ],
      );
      return rows.length === 1;
    },
    /** Whether the template already made its shift starting then (even one later cancelled). */
    async made(templateId: string, startsAt: Date): Promise<boolean> {
      const rows = await db.query(
        'SELECT 1 FROM shifts WHERE template_id = $1 AND starts_at = $2',
        [templateId, startsAt],
      );
      return rows.length > 0;
    },
  };
}

export type RostersStore = ReturnType<typeof createRostersStore>;
