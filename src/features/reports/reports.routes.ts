import type { Request } from 'express';
import { defineRoute, type RouteDefinition, type RouteResult } from '../../http/route.js';
import { toCsv } from './csv.js';
import {
  activityReport,
  activityRowView,
  placeRowView,
  placesReport,
  qualityReport,
  qualityRowView,
  refusalRowView,
  refusalsReport,
  reportQuery,
} from './reports.schema.js';
import type { ReportsService } from './reports.service.js';

/** Who reads the directorate's figures: supervisors and administrators, not operators or drivers. */
const READERS = ['admin', 'supervisor'] as const;

function wantsCsv(format: string | undefined, req: Request): boolean {
  if (format) return format === 'csv';
  return req.accepts(['application/json', 'text/csv']) === 'text/csv';
}

/** The rows as CSV (columns in the view's order), or the whole report as JSON. */
function answer<Row extends Record<string, unknown>>(
  report: { period: { from: string; to: string }; rows: Row[] },
  columns: readonly (keyof Row & string)[],
  name: string,
  csv: boolean,
): RouteResult {
  if (!csv) return { body: report };
  return {
    text: toCsv(columns, report.rows),
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="yoldas-${name}-${report.period.from}-${report.period.to}.csv"`,
    },
  };
}

const FILTERS =
  'Filters: serviceId (or every service); year, year and month, or from and to (local dates, both included). CSV with format=csv or Accept: text/csv.';

export function reportsRoutes(reports: ReportsService): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/reports/activity',
      tag: 'reports',
      summary: `Rides requested, completed, cancelled (by whom, late or not), no-shows, refused and turned down, citizens served, neighbourhoods and villages reached, first and last ride, per service; with the sentences for the activity report in Turkish and English. ${FILTERS}`,
      roles: READERS,
      query: reportQuery,
      response: activityReport,
      handler: async ({ query, req }) =>
        answer(
          await reports.activity(query),
          Object.keys(activityRowView.shape) as (keyof typeof activityRowView.shape)[],
          'activity',
          wantsCsv(query.format, req),
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/reports/refusals',
      tag: 'reports',
      summary: `Why rides were refused, per service and reason, and how often the caller turned the offered times down. ${FILTERS}`,
      roles: READERS,
      query: reportQuery,
      response: refusalsReport,
      handler: async ({ query, req }) =>
        answer(
          await reports.refusals(query),
          Object.keys(refusalRowView.shape) as (keyof typeof refusalRowView.shape)[],
          'refusals',
          wantsCsv(query.format, req),
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/reports/quality',
      tag: 'reports',
      summary: `On-time pickups, late minutes (mean, 95th percentile), arrivals before appointments, ride time against direct time, shared rides, utilisation, empty kilometres and overtime, per service. ${FILTERS}`,
      roles: READERS,
      query: reportQuery,
      response: qualityReport,
      handler: async ({ query, req }) =>
        answer(
          await reports.quality(query),
          Object.keys(qualityRowView.shape) as (keyof typeof qualityRowView.shape)[],
          'quality',
          wantsCsv(query.format, req),
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/reports/places',
      tag: 'reports',
      summary: `Where rides start: requested and completed rides per pickup place (neighbourhood, village or facility) with its point. ${FILTERS}`,
      roles: READERS,
      query: reportQuery,
      response: placesReport,
      handler: async ({ query, req }) =>
        answer(
          await reports.places(query),
          Object.keys(placeRowView.shape) as (keyof typeof placeRowView.shape)[],
          'places',
          wantsCsv(query.format, req),
        ),
    }),
  ];
}
