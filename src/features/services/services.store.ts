import type { ServiceRules } from '../../domain/services.js';
import type { Db } from '../../infra/db/database.js';
import type { RequiredFeature } from '../../scheduling/model.js';

interface ServiceRow {
  id: string;
  name_tr: string;
  name_en: string;
  active: boolean;
  required_features: string[];
  timing: 'pickup' | 'arrive-by';
  min_notice_minutes: number;
  max_days_ahead: number;
  same_day_allowed: boolean;
  pickup_window_minutes: number;
  arrival_margin_minutes: number;
  arrival_window_minutes: number;
  asap_allowed: boolean;
  return_ready_after_minutes: number;
  max_ride_factor: string | number;
  max_ride_extra_minutes: number;
  shared_rides: boolean;
  max_companions: number;
  return_trip: boolean;
  dwell_seconds: number;
  wheelchair_dwell_seconds: number;
  no_show_wait_minutes: number;
  late_cancel_minutes: number;
  no_show_warn_after: number;
  no_show_period_days: number;
  late_cancels_count: boolean;
  quiet_hours: string | null;
}

function toRules(r: ServiceRow): ServiceRules {
  return {
    id: r.id,
    nameTr: r.name_tr,
    nameEn: r.name_en,
    active: r.active,
    requiredFeatures: r.required_features as RequiredFeature[],
    timing: r.timing,
    minNoticeMinutes: r.min_notice_minutes,
    maxDaysAhead: r.max_days_ahead,
    sameDayAllowed: r.same_day_allowed,
    pickupWindowMinutes: r.pickup_window_minutes,
    arrivalMarginMinutes: r.arrival_margin_minutes,
    arrivalWindowMinutes: r.arrival_window_minutes,
    asapAllowed: r.asap_allowed,
    returnReadyAfterMinutes: r.return_ready_after_minutes,
    // numeric arrives as a string from node-postgres
    maxRideFactor: Number(r.max_ride_factor),
    maxRideExtraMinutes: r.max_ride_extra_minutes,
    sharedRides: r.shared_rides,
    maxCompanions: r.max_companions,
    returnTrip: r.return_trip,
    dwellSeconds: r.dwell_seconds,
    wheelchairDwellSeconds: r.wheelchair_dwell_seconds,
    noShowWaitMinutes: r.no_show_wait_minutes,
    lateCancelMinutes: r.late_cancel_minutes,
    noShowWarnAfter: r.no_show_warn_after,
    noShowPeriodDays: r.no_show_period_days,
    lateCancelsCount: r.late_cancels_count,
    quietHours: r.quiet_hours,
  };
}

const COLUMNS: Record<Exclude<keyof ServiceRules, 'id'>, string> = {
  nameTr: 'name_tr',
  nameEn: 'name_en',
  active: 'active',
  requiredFeatures: 'required_features',
  timing: 'timing',
  minNoticeMinutes: 'min_notice_minutes',
  maxDaysAhead: 'max_days_ahead',
  sameDayAllowed: 'same_day_allowed',
  pickupWindowMinutes: 'pickup_window_minutes',
  arrivalMarginMinutes: 'arrival_margin_minutes',
  arrivalWindowMinutes: 'arrival_window_minutes',
  asapAllowed: 'asap_allowed',
  returnReadyAfterMinutes: 'return_ready_after_minutes',
  maxRideFactor: 'max_ride_factor',
  maxRideExtraMinutes: 'max_ride_extra_minutes',
  sharedRides: 'shared_rides',
  maxCompanions: 'max_companions',
  returnTrip: 'return_trip',
  dwellSeconds: 'dwell_seconds',
  wheelchairDwellSeconds: 'wheelchair_dwell_seconds',
  noShowWaitMinutes: 'no_show_wait_minutes',
  lateCancelMinutes: 'late_cancel_minutes',
  noShowWarnAfter: 'no_show_warn_after',
  noShowPeriodDays: 'no_show_period_days',
  lateCancelsCount: 'late_cancels_count',
  quietHours: 'quiet_hours',
};

export function createServicesStore(db: Db) {
  return {
    /** Changes the given rules of a service; answers false when there is no such service. */
    async update(
      id: string,
      changes: Partial<Omit<ServiceRules, 'id'>>,
      tx: Db = db,
    ): Promise<boolean> {
      const entries = Object.entries(changes).filter(([, v]) => v !== undefined) as [
        keyof typeof COLUMNS,
        unknown,
      ][];
      const sets = entries.map(([k], i) => `${COLUMNS[k]} = $${i + 2}`);
      const rows = await tx.query<{ id: string }>(
        `UPDATE services SET ${sets.length > 0 ? sets.join(', ') : 'id = id'} WHERE id = $1 RETURNING id`,
        [id, ...entries.map(([, v]) => v)],
      );
      return rows.length === 1;
    },
    async all(tx: Db = db): Promise<ServiceRules[]> {
      return (await tx.query<ServiceRow>('SELECT * FROM services ORDER BY id')).map(toRules);
    },
    async find(id: string, tx: Db = db): Promise<ServiceRules | undefined> {
      const row = (await tx.query<ServiceRow>('SELECT * FROM services WHERE id = $1', [id]))[0];
      return row && toRules(row);
    },
    async upsert(rules: ServiceRules, tx: Db = db): Promise<void> {
      await tx.query(
        `INSERT INTO services (id, name_tr, name_en, active, required_features, timing, min_notice_minutes,
           max_days_ahead, same_day_allowed, pickup_window_minutes, arrival_margin_minutes, max_ride_factor,
           max_ride_extra_minutes, shared_rides, max_companions, return_trip, dwell_seconds, wheelchair_dwell_seconds,
           arrival_window_minutes, asap_allowed, return_ready_after_minutes, no_show_wait_minutes,
           late_cancel_minutes, no_show_warn_after, no_show_period_days, late_cancels_count, quiet_hours)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
           $22, $23, $24, $25, $26, $27)
         ON CONFLICT (id) DO NOTHING`,
        [
          rules.id,
          rules.nameTr,
          rules.nameEn,
          rules.active,
          rules.requiredFeatures,
          rules.timing,
          rules.minNoticeMinutes,
          rules.maxDaysAhead,
          rules.sameDayAllowed,
          rules.pickupWindowMinutes,
          rules.arrivalMarginMinutes,
          rules.maxRideFactor,
          rules.maxRideExtraMinutes,
          rules.sharedRides,
          rules.maxCompanions,
          rules.returnTrip,
          rules.dwellSeconds,
          rules.wheelchairDwellSeconds,
          rules.arrivalWindowMinutes,
          rules.asapAllowed,
          rules.returnReadyAfterMinutes,
          rules.noShowWaitMinutes,
          rules.lateCancelMinutes,
          rules.noShowWarnAfter,
          rules.noShowPeriodDays,
          rules.lateCancelsCount,
          rules.quietHours ?? null,
        ],
      );
    },
  };
}

export type ServicesStore = ReturnType<typeof createServicesStore>;
