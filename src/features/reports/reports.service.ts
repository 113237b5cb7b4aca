import { DateTime } from 'luxon';
import { AppError } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { type ReportPeriod, serviceSentences } from './report-sentences.js';
import type { ActivityRowView, QualityRowView, ReportQuery } from './reports.schema.js';
import { createReportsStore, type ReportFilter } from './reports.store.js';

export interface ReportsServiceDeps {
  db: Db;
  timeZone: string;
}

/** The directorate's figures: activity, refusals, quality and where rides start, per service and period. */
export function createReportsService(deps: ReportsServiceDeps) {
  const store = createReportsStore(deps.db);

  async function servicesById() {
    const rows = await deps.db.query<{ id: string; name_tr: string; name_en: string }>(
      'SELECT id, name_tr, name_en FROM services ORDER BY id',
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, nameTr: r.name_tr, nameEn: r.name_en }]));
  }

  /** The period and filter a query names; an unknown service is a 400 on `serviceId`. */
  async function resolve(q: ReportQuery) {
    const services = await servicesById();
    if (q.serviceId && !services.has(q.serviceId))
      throw new AppError('VALIDATION_FAILED', {}, [
        { field: 'query.serviceId', message: 'i18n:report-service' },
      ]);
    const period = periodOf(q);
    const filter: ReportFilter = {
      from: period.from,
      to: period.to,
      serviceId: q.serviceId ?? null,
    };
    return { services, period, filter };
  }

  return {
    async activity(q: ReportQuery) {
      const { services, period, filter } = await resolve(q);
      const rows = (await store.activity(filter)).map(
        (r): ActivityRowView => ({
          serviceId: r.service_id,
          requested: r.requested,
          completed: r.completed,
          cancelled: r.cancelled,
          cancelledByCitizen: r.cancelled_by_citizen,
          cancelledByOperator: r.cancelled_by_operator,
          cancelledBySystem: r.cancelled_by_system,
          lateCancels: r.late_cancels,
          noShows: r.no_shows,
          refused: r.refused,
          turnedDown: r.turned_down,
          citizensServed: r.citizens_served,
          neighbourhoods: r.neighbourhoods,
          villages: r.villages,
          firstRide: r.first_ride,
          lastRide: r.last_ride,
        }),
      );
      const reported = filter.serviceId ? [filter.serviceId] : [...services.keys()];
      const first = new Map(
        (await store.firstRides(reported)).map((r) => [r.service_id, r.first] as const),
      );
      const sentences = { tr: [] as string[], en: [] as string[] };
      for (const id of reported) {
        const service = services.get(id)!;
        const row = rows.find((r) => r.serviceId === id);
        if (!row) continue;
        const s = serviceSentences(
          {
            serviceId: id,
            nameTr: service.nameTr,
            nameEn: service.nameEn,
            completed: row.completed,
            citizensServed: row.citizensServed,
            neighbourhoods: row.neighbourhoods,
            villages: row.villages,
            firstEver: first.get(id) ?? null,
          },
          period,
          deps.timeZone,
        );
        sentences.tr.push(...s.tr);
        sentences.en.push(...s.en);
      }
      return {
        period: periodView(period),
        serviceId: filter.serviceId,
        services: [...services.values()],
        rows,
        sentences,
      };
    },

    async refusals(q: ReportQuery) {
      const { period, filter } = await resolve(q);
      const rows = (await store.refusals(filter)).map((r) => ({
        serviceId: r.service_id,
        reason: r.reason,
        refused: r.refused,
        turnedDown: r.turned_down,
      }));
      return { period: periodView(period), rows };
    },

    async quality(q: ReportQuery) {
      const { period, filter } = await resolve(q);
      const rows = (await store.quality(filter)).map(
        (r): QualityRowView => ({
          serviceId: r.service_id,
          pickups: r.pickups,
          onTimePickups: r.on_time_pickups,
          latePickups: r.late_pickups,
          meanLateMinutes: r.mean_late_minutes,
          p95LateMinutes: r.p95_late_minutes,
          arriveByRides: r.arrive_by_rides,
          arrivedBeforeAppointment: r.arrived_before_appointment,
          rideRatioMean: r.ride_ratio_mean,
          rideRatioActual: r.ride_ratio_actual,
          rideRatioPlanned: r.ride_ratio_planned,
          completed: r.completed,
          shared: r.shared,
          passengerHours: r.passenger_hours,
          vehicleHours: r.vehicle_hours,
          utilisation:
            r.vehicle_hours > 0
              ? Math.round((r.passenger_hours / r.vehicle_hours) * 1000) / 1000
              : null,
          emptyKm: r.empty_km,
          overtimeShifts: r.overtime_shifts,
          overtimeHours: r.overtime_hours,
        }),
      );
      return { period: periodView(period), rows };
    },

    async places(q: ReportQuery) {
      const { period, filter } = await resolve(q);
      const rows = (await store.places(filter)).map((r) => ({
        placeId: r.place_id,
        name: r.name,
        kind: r.kind,
        lat: r.lat,
        lng: r.lng,
        requested: r.requested,
        completed: r.completed,
      }));
      return { period: periodView(period), rows };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;

/** The calendar dates a query covers (the schema has made sure it names exactly one period). */
export function periodOf(q: ReportQuery): ReportPeriod {
  if (q.year !== undefined && q.month !== undefined) {
    const start = DateTime.fromObject({ year: q.year, month: q.month, day: 1 });
    return {
      kind: 'month',
      year: q.year,
      month: q.month,
      from: start.toISODate()!,
      to: start.endOf('month').toISODate()!,
    };
  }
  if (q.year !== undefined)
    return { kind: 'year', year: q.year, from: `${q.year}-01-01`, to: `${q.year}-12-31` };
  return { kind: 'custom', from: q.from!, to: q.to! };
}

function periodView(p: ReportPeriod) {
  return { kind: p.kind, from: p.from, to: p.to };
}
