import { DateTime } from 'luxon';
import { AppError, notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { FleetStore } from '../fleet/fleet.store.js';
import type { Generation, TemplateInput, TemplateView } from './rosters.schema.js';
import type { RostersStore } from './rosters.store.js';

/** Shifts are generated this many weeks ahead, and kept so by a periodic run. */
export const ROSTER_WEEKS_AHEAD = 4;

export interface RostersServiceDeps {
  db: Db;
  store: RostersStore;
  fleet: FleetStore;
  timeZone: string;
  now: () => Date;
}

/**
 * Weekly shift templates that generate shifts ahead. A day the driver is on
 * leave, the vehicle out of service or either already working is skipped (and
 * said so), never double-booked; a generated shift cancelled later (leave, a
 * breakdown) is not made again.
 */
export function createRostersService({ db, store, fleet, timeZone, now }: RostersServiceDeps) {
  async function generate(template: TemplateView, weeks: number): Promise<Generation> {
    const out: Generation = { created: [], skipped: [] };
    if (!template.active) return out;
    const today = DateTime.fromJSDate(now(), { zone: timeZone }).startOf('day');
    const first = DateTime.fromISO(template.validFrom, { zone: timeZone });
    let day = DateTime.max(first, today);
    const stop = today.plus({ weeks });
    const last = template.validUntil
      ? DateTime.fromISO(template.validUntil, { zone: timeZone })
      : undefined;
    const at = (d: DateTime, hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number);
      return d.set({ hour: h, minute: m, second: 0, millisecond: 0 });
    };
    for (; day < stop && (!last || day <= last); day = day.plus({ days: 1 })) {
      if (!template.weekdays.includes(day.weekday)) continue;
      const date = day.toISODate()!;
      const startsAt = at(day, template.startTime);
      let endsAt = at(day, template.endTime);
      if (endsAt <= startsAt) endsAt = endsAt.plus({ days: 1 });
      // A shift already under way or over is history, not a plan.
      if (endsAt.toJSDate() <= now()) continue;
      const inShift = (hhmm: string) => {
        const t = at(day, hhmm);
        return t < startsAt ? t.plus({ days: 1 }) : t;
      };
      if (await store.made(template.id, startsAt.toJSDate())) {
        out.skipped.push({ date, reason: 'exists' });
        continue;
      }
      const blocked = await fleet.unavailableFor(
        template.driverId,
        template.vehicleId,
        startsAt.toJSDate(),
        endsAt.toJSDate(),
        date,
        endsAt.minus({ milliseconds: 1 }).toISODate()!,
      );
      if (blocked) {
        out.skipped.push({ date, reason: `${blocked}-unavailable` });
        continue;
      }
      if (
        await fleet.overlaps(
          template.driverId,
          template.vehicleId,
          startsAt.toJSDate(),
          endsAt.toJSDate(),
        )
      ) {
        out.skipped.push({ date, reason: 'overlap' });
        continue;
      }
      const made = await store.insertShift({
        templateId: template.id,
        driverId: template.driverId,
        vehicleId: template.vehicleId,
        startsAt: startsAt.toJSDate(),
        endsAt: endsAt.toJSDate(),
        breakEarliest: template.breakEarliest ? inShift(template.breakEarliest).toJSDate() : null,
        breakLatest: template.breakLatest ? inShift(template.breakLatest).toJSDate() : null,
        breakMinutes: template.breakMinutes,
      });
      if (made) out.created.push(date);
      else out.skipped.push({ date, reason: 'exists' });
    }
    return out;
  }

  return {
    async create(input: TemplateInput, actor: AuthUser) {
      if (!(await fleet.driverExists(input.driverId))) throw notFound('driver');
      const vehicle = await fleet.findVehicle(input.vehicleId);
      if (!vehicle) throw notFound('vehicle');
      if (!vehicle.active) throw new AppError('CONFLICT');
      const id = await db.transaction(async (tx) => {
        const templateId = await store.insert(input, actor.id, tx);
        await recordAudit(tx, actor, {
          action: 'roster.create',
          entity: 'shift-template',
          entityId: templateId,
        });
        return templateId;
      });
      const template = (await store.find(id))!;
      return { ...template, generation: await generate(template, ROSTER_WEEKS_AHEAD) };
    },
    list: () => store.list(),
    async generate(id: string, weeks: number | undefined, actor: AuthUser) {
      const template = await store.find(id);
      if (!template) throw notFound('shift-template');
      const generation = await generate(template, weeks ?? ROSTER_WEEKS_AHEAD);
      await recordAudit(db, actor, {
        action: 'roster.generate',
        entity: 'shift-template',
        entityId: id,
        details: { created: generation.created.length },
      });
      return generation;
    },
    /** Stops generating; shifts already made stay (cancel them one by one, or record leave). */
    async end(id: string, actor: AuthUser) {
      const template = await store.find(id);
      if (!template) throw notFound('shift-template');
      await db.transaction(async (tx) => {
        await store.end(id, tx);
        await recordAudit(tx, actor, {
          action: 'roster.end',
          entity: 'shift-template',
          entityId: id,
        });
      });
      return (await store.find(id))!;
    },
    /** Keeps every active roster generated ROSTER_WEEKS_AHEAD (a periodic run). */
    async extendAll(): Promise<number> {
      let created = 0;
      for (const id of await store.activeIds()) {
        const template = await store.find(id);
        if (template) created += (await generate(template, ROSTER_WEEKS_AHEAD)).created.length;
      }
      return created;
    },
  };
}

export type RostersService = ReturnType<typeof createRostersService>;
