import {
  type BookingWindows,
  type RequestedTime,
  type ReturnSpec,
  returnOpensAt,
  UNPLANNED_RIDE_MINUTES,
  windowsFor,
} from '../../domain/booking-windows.js';
import { checkDayHours, type DayHoursLookup } from '../../domain/day-hours.js';
import { AppError, notFound } from '../../domain/errors.js';
import { isServedPlace } from '../../domain/places/service-area.js';
import {
  checkBookingHorizon,
  isEligible,
  type ServiceRules,
  serviceDateOf,
} from '../../domain/services.js';
import type { Db } from '../../infra/db/database.js';
import type { CitizensStore } from '../citizens/citizens.store.js';
import type { ServicesStore } from '../services/services.store.js';
import type { CreateBookingInput } from './bookings.schema.js';

/** The instant a requested time names: the pickup, now for ASAP, or the appointment. */
export function requestedInstant(time: RequestedTime): Date {
  return time.kind === 'pickup' ? time.at : time.kind === 'asap' ? time.now : time.appointment;
}

/**
 * Checks a booking request against its service's rules (timing, companions,
 * return trips, service area, notice and horizon, eligibility) and computes
 * its windows and its return's. Throws the error the caller can act on.
 */
export function createBookingValidator(deps: {
  services: ServicesStore;
  citizens: CitizensStore;
  config: { timeZone: string };
  now: () => Date;
  /** A day's own service hours (closed, or shorter), besides the holiday calendar. */
  dayHours?: DayHoursLookup<Db> | undefined;
}) {
  const { config } = deps;

  /** Refuses a ride whose time falls outside its day's own hours for the service. */
  async function checkDayOf(serviceId: string, when: Date): Promise<void> {
    if (!deps.dayHours) return;
    const hours = await deps.dayHours.on(serviceDateOf(when, config.timeZone), serviceId);
    const problem = checkDayHours(hours, when, config.timeZone);
    if (problem) throw new AppError('BOOKING_OUTSIDE_HORIZON', { ...problem });
  }

  async function validate(input: CreateBookingInput) {
    const rules = await deps.services.find(input.serviceId);
    if (!rules) throw notFound('service');
    if (!rules.active) throw new AppError('SERVICE_RULE_VIOLATED', { rule: 'inactive' });
    const now = deps.now();
    let time: RequestedTime;
    if (input.asap) {
      if (!rules.asapAllowed) throw new AppError('SERVICE_RULE_VIOLATED', { rule: 'asap' });
      time = { kind: 'asap', now };
    } else if (rules.timing === 'pickup' && input.pickupAt) {
      time = { kind: 'pickup', at: input.pickupAt };
    } else if (rules.timing === 'arrive-by' && input.arriveBy) {
      time = { kind: 'arrive-by', appointment: input.arriveBy };
    } else {
      throw new AppError('SERVICE_RULE_VIOLATED', { rule: 'timing', timing: rules.timing });
    }
    if (input.companions > rules.maxCompanions) {
      throw new AppError('SERVICE_RULE_VIOLATED', {
        rule: 'max-companions',
        max: rules.maxCompanions,
      });
    }
    if (input.returnTrip && !rules.returnTrip)
      throw new AppError('SERVICE_RULE_VIOLATED', { rule: 'return-trip' });
    for (const [field, point] of [
      ['pickup', input.pickup],
      ['dropoff', input.dropoff],
    ] as const) {
      if (!isServedPlace(point)) {
        throw new AppError('VALIDATION_FAILED', {}, [
          { field: `body.${field}`, message: 'i18n:service-area' },
        ]);
      }
    }
    const when = requestedInstant(time);
    // "As soon as possible" is a same-day promise only if a vehicle is free: no notice applies.
    const horizonRules = time.kind === 'asap' ? { ...rules, minNoticeMinutes: 0 } : rules;
    const problem = checkBookingHorizon(horizonRules, when, now, config.timeZone);
    if (problem) throw new AppError('BOOKING_OUTSIDE_HORIZON', { ...problem });
    await checkDayOf(rules.id, when);
    const citizen = await deps.citizens.findById(input.citizenId);
    if (!citizen) throw notFound('citizen');
    const serviceDate = serviceDateOf(when, config.timeZone);
    const records = (await deps.citizens.eligibilityOf(citizen.id)).map((e) => ({
      serviceId: e.service_id,
      validFrom: e.valid_from,
      validUntil: e.valid_until,
    }));
    const eligible = isEligible(records, rules.id, serviceDate);
    if (!eligible && !input.eligibilityOverride) {
      throw new AppError('NOT_ELIGIBLE', {
        serviceTr: rules.nameTr,
        serviceEn: rules.nameEn,
        date: serviceDate,
      });
    }
    const windows = windowsFor(rules, time);
    const ret = input.returnTrip ? returnPlan(rules, time, windows, input.returnTrip, now) : null;
    // A return at a time the caller gave must fit its day too; a will-call one gets its time later.
    if (ret && input.returnTrip && 'pickupAt' in input.returnTrip)
      await checkDayOf(rules.id, ret.opens);
    return { rules, time, when, windows, serviceDate, eligible, ret };
  }

  /** The return's first times; a pickup-time outbound's return is re-timed once the outbound is planned. */
  function returnPlan(
    rules: ServiceRules,
    time: RequestedTime,
    outbound: BookingWindows,
    spec: ReturnSpec,
    now: Date,
  ) {
    const appointment = time.kind === 'arrive-by' ? time.appointment : null;
    const estimatedArrival = new Date(
      outbound.pickupWindowEnd.getTime() + UNPLANNED_RIDE_MINUTES * 60_000,
    );
    const opens = returnOpensAt(rules, { appointment, arrival: estimatedArrival }, spec);
    const notBefore = appointment ?? requestedInstant(time);
    if ('pickupAt' in spec && spec.pickupAt.getTime() <= notBefore.getTime()) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { field: 'body.returnTrip.pickupAt', message: 'i18n:return-before-outbound' },
      ]);
    }
    const problem = checkBookingHorizon(
      { ...rules, minNoticeMinutes: 0, sameDayAllowed: true },
      opens,
      now,
      config.timeZone,
    );
    if (problem) throw new AppError('BOOKING_OUTSIDE_HORIZON', { ...problem });
    return {
      willCall: 'willCall' in spec,
      readyAfterMinutes: 'readyAfterMinutes' in spec ? spec.readyAfterMinutes : null,
      windows: windowsFor(rules, { kind: 'pickup', at: opens }),
      opens,
      serviceDate: serviceDateOf(opens, config.timeZone),
    };
  }

  return validate;
}
