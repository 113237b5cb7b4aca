import { DateTime } from 'luxon';
import type { Load, RequiredFeature } from '../scheduling/model.js';
import type { NoShowPolicy } from './no-show-policy.js';

/**
 * A transport service is a row of configuration, not a code path: a city
 * adds a fourth service by inserting a row with these rules.
 */
export interface ServiceRules extends NoShowPolicy {
  id: string;
  nameTr: string;
  nameEn: string;
  active: boolean;
  /** Features every ride of this service needs, whoever rides. */
  requiredFeatures: RequiredFeature[];
  /** `pickup`: the caller gives a pickup time; `arrive-by`: an appointment the passenger must reach. */
  timing: 'pickup' | 'arrive-by';
  minNoticeMinutes: number;
  maxDaysAhead: number;
  sameDayAllowed: boolean;
  /** Width of the promised pickup window, starting at the requested time. */
  pickupWindowMinutes: number;
  /** For arrive-by services: arrive at least this long before the appointment. */
  arrivalMarginMinutes: number;
  /** For arrive-by services: arrive at most this long before the appointment. */
  arrivalWindowMinutes: number;
  /** Callers may ask for a pickup "as soon as possible" (same day). */
  asapAllowed: boolean;
  /** A return's pickup window opens this long after the appointment (or the outbound arrival) unless told. */
  returnReadyAfterMinutes: number;
  /** Maximum ride time = direct time × factor + extra. */
  maxRideFactor: number;
  maxRideExtraMinutes: number;
  sharedRides: boolean;
  maxCompanions: number;
  returnTrip: boolean;
  dwellSeconds: number;
  wheelchairDwellSeconds: number;
  /** Its own quiet hours for messages (`HH:mm-HH:mm`); null or absent: the global setting. */
  quietHours?: string | null;
}

export type Wheelchair = 'none' | 'manual' | 'electric';

export interface Passengers {
  wheelchair: Wheelchair;
  companions: number;
  infants: number;
}

/** Places the party takes: the passenger sits, or stays in a wheelchair; each companion takes a seat; each baby an infant seat. */
export function demandOf(party: Passengers): Load {
  return {
    seats: (party.wheelchair === 'none' ? 1 : 0) + party.companions,
    wheelchairs: party.wheelchair === 'none' ? 0 : 1,
    infantSeats: party.infants,
  };
}

/** What the vehicle must have for this service and this party. */
export function requiredFeaturesOf(rules: ServiceRules, party: Passengers): RequiredFeature[] {
  const features = new Set<RequiredFeature>(rules.requiredFeatures);
  if (party.wheelchair !== 'none') features.add('wheelchairAccess');
  if (party.infants > 0) features.add('infantSeat');
  return [...features].sort();
}

export function dwellSecondsOf(rules: ServiceRules, party: Passengers): number {
  return party.wheelchair === 'none' ? rules.dwellSeconds : rules.wheelchairDwellSeconds;
}

/** Why a requested time cannot be booked under the service's rules, or undefined when it can. */
export type HorizonProblem =
  | { reason: 'in-past' }
  | { reason: 'too-short-notice'; minNoticeMinutes: number }
  | { reason: 'same-day-not-allowed' }
  | { reason: 'too-far-ahead'; maxDaysAhead: number };

/**
 * Checks the booking notice and horizon. `when` is the requested pickup or the
 * appointment; days are counted in the municipality's time zone.
 */
export function checkBookingHorizon(
  rules: ServiceRules,
  when: Date,
  now: Date,
  timeZone: string,
): HorizonProblem | undefined {
  const leadMinutes = (when.getTime() - now.getTime()) / 60_000;
  // A minute of grace: "as soon as possible" is sent as now, and clocks differ.
  if (leadMinutes < -1) return { reason: 'in-past' };
  const day = DateTime.fromJSDate(when, { zone: timeZone }).startOf('day');
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const daysAhead = Math.round(day.diff(today, 'days').days);
  if (daysAhead === 0 && !rules.sameDayAllowed) return { reason: 'same-day-not-allowed' };
  if (daysAhead > rules.maxDaysAhead)
    return { reason: 'too-far-ahead', maxDaysAhead: rules.maxDaysAhead };
  if (leadMinutes < rules.minNoticeMinutes) {
    return { reason: 'too-short-notice', minNoticeMinutes: rules.minNoticeMinutes };
  }
  return undefined;
}

/** The service day (local date, ISO) a ride belongs to. */
export function serviceDateOf(when: Date, timeZone: string): string {
  return DateTime.fromJSDate(when, { zone: timeZone }).toISODate() ?? '';
}

export interface EligibilityRecord {
  serviceId: string;
  validFrom: string;
  validUntil: string;
}

/** Whether some record covers the service on the (local, ISO) date. */
export function isEligible(
  records: readonly EligibilityRecord[],
  serviceId: string,
  date: string,
): boolean {
  return records.some(
    (r) => r.serviceId === serviceId && r.validFrom <= date && date <= r.validUntil,
  );
}
