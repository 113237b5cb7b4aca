import { z } from 'zod';

/** Longest period one report covers: two years and a day, so two full years compare. */
export const MAX_REPORT_DAYS = 732;

/**
 * A report's filters: a service (or every service) and a period given as a
 * year, a month of a year, or custom local dates `from`–`to` (both included,
 * Istanbul calendar). CSV with `format=csv` or `Accept: text/csv`.
 */
export const reportQuery = z
  .object({
    serviceId: z.string().min(1).max(50).optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    month: z.coerce.number().int().min(1).max(12).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    format: z.enum(['json', 'csv']).optional(),
  })
  .superRefine((q, ctx) => {
    const custom = q.from !== undefined || q.to !== undefined;
    if (q.year === undefined && !custom)
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'i18n:report-period' });
    if (q.year !== undefined && custom)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'i18n:report-period-one' });
    if (q.month !== undefined && q.year === undefined)
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'i18n:report-month-year' });
    if (custom && (q.from === undefined || q.to === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [q.from === undefined ? 'from' : 'to'],
        message: 'i18n:report-from-to',
      });
    if (q.from && q.to) {
      if (q.to < q.from)
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'i18n:report-date-order' });
      else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1 > MAX_REPORT_DAYS)
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'i18n:report-span' });
    }
  });
export type ReportQuery = z.output<typeof reportQuery>;

const count = z.number().int().min(0);
const minutes = z.number().nullable();

export const reportPeriodView = z.object({
  kind: z.enum(['year', 'month', 'custom']),
  from: z.iso.date(),
  to: z.iso.date(),
});

export const activityRowView = z.object({
  /** null: every service of the report together. */
  serviceId: z.string().nullable(),
  requested: count,
  completed: count,
  cancelled: count,
  cancelledByCitizen: count,
  cancelledByOperator: count,
  cancelledBySystem: count,
  lateCancels: count,
  noShows: count,
  refused: count,
  turnedDown: count,
  citizensServed: count,
  neighbourhoods: count,
  villages: count,
  firstRide: z.string().nullable(),
  lastRide: z.string().nullable(),
});
export type ActivityRowView = z.infer<typeof activityRowView>;

const serviceName = z.object({ id: z.string(), nameTr: z.string(), nameEn: z.string() });

export const activityReport = z.object({
  period: reportPeriodView,
  serviceId: z.string().nullable(),
  services: z.array(serviceName),
  rows: z.array(activityRowView),
  /** Ready to paste into the year's activity report, per service. */
  sentences: z.object({ tr: z.array(z.string()), en: z.array(z.string()) }),
});

export const refusalRowView = z.object({
  serviceId: z.string(),
  reason: z.string(),
  refused: count,
  turnedDown: count,
});
export const refusalsReport = z.object({
  period: reportPeriodView,
  rows: z.array(refusalRowView),
});

export const qualityRowView = z.object({
  serviceId: z.string().nullable(),
  pickups: count,
  onTimePickups: count,
  latePickups: count,
  meanLateMinutes: minutes,
  p95LateMinutes: minutes,
  arriveByRides: count,
  arrivedBeforeAppointment: count,
  rideRatioMean: z.number().nullable(),
  rideRatioActual: count,
  rideRatioPlanned: count,
  completed: count,
  shared: count,
  passengerHours: z.number(),
  vehicleHours: z.number(),
  utilisation: z.number().nullable(),
  emptyKm: z.number(),
  overtimeShifts: count,
  overtimeHours: z.number(),
});
export type QualityRowView = z.infer<typeof qualityRowView>;
export const qualityReport = z.object({
  period: reportPeriodView,
  rows: z.array(qualityRowView),
});

export const placeRowView = z.object({
  placeId: z.string().nullable(),
  name: z.string(),
  kind: z.string(),
  lat: z.number(),
  lng: z.number(),
  requested: count,
  completed: count,
});
export const placesReport = z.object({
  period: reportPeriodView,
  rows: z.array(placeRowView),
});
