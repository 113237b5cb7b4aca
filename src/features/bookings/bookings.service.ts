import { createHash, randomUUID } from 'node:crypto';
import { canCancel } from '../../domain/booking-status.js';
import { AppError, notFound } from '../../domain/errors.js';
import { isInServiceArea } from '../../domain/places/service-area.js';
import { checkBookingHorizon, isEligible, serviceDateOf } from '../../domain/services.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CitizensStore } from '../citizens/citizens.store.js';
import { ALLOWED_OUTSIDE_AREA } from '../places/places.service.js';
import type { ServicesStore } from '../services/services.store.js';
import type { BookingView, CreateBookingInput } from './bookings.schema.js';
import { type BookingRow, type BookingsStore, bookingToView } from './bookings.store.js';

/** What the booking flow needs from the scheduling queue. */
export interface SchedulingQueuePort {
  /** Enqueues planning for a committed booking; the job id is the booking id, so repeats are no-ops. */
  enqueue(bookingId: string): Promise<void>;
  /** Resolves when the booking's planning job has finished or `timeoutMs` has passed. */
  waitForOutcome(bookingId: string, timeoutMs: number): Promise<void>;
}

/** Tells live screens that something changed; called after a commit. */
export interface ChangeNotifier {
  bookingChanged(booking: BookingView): void;
  /** A driver's manifest of a local date (ISO) changed. */
  manifestChanged(driverId: string, date: string): void;
}

export interface BookingsServiceDeps {
  db: Db;
  store: BookingsStore;
  services: ServicesStore;
  citizens: CitizensStore;
  queue: SchedulingQueuePort;
  notifier: ChangeNotifier;
  /** Removes a cancelled booking's stops from its route; returns the driver to notify. */
  releaseFromRoute(tx: Db, booking: BookingRow): Promise<string | null>;
  config: { timeZone: string; bookingWaitMs: number };
  now: () => Date;
  log: { warn(obj: object, msg: string): void };
}

export interface CreateOutcome {
  booking: BookingView;
  /** False when an Idempotency-Key replayed an earlier request. */
  created: boolean;
}

export function createBookingsService(deps: BookingsServiceDeps) {
  const { db, store, config } = deps;

  function fingerprint(input: CreateBookingInput): string {
    return createHash('sha256').update(JSON.stringify(input)).digest('hex');
  }

  async function validate(input: CreateBookingInput) {
    const rules = await deps.services.find(input.serviceId);
    if (!rules) throw notFound('service');
    if (!rules.active) throw new AppError('SERVICE_RULE_VIOLATED', { rule: 'inactive' });
    const when = rules.timing === 'pickup' ? input.pickupAt : input.arriveBy;
    if (!when)
      throw new AppError('SERVICE_RULE_VIOLATED', { rule: 'timing', timing: rules.timing });
    if (input.companions > rules.maxCompanions) {
      throw new AppError('SERVICE_RULE_VIOLATED', {
        rule: 'max-companions',
        max: rules.maxCompanions,
      });
    }
    for (const [field, point] of [
      ['pickup', input.pickup],
      ['dropoff', input.dropoff],
    ] as const) {
      // Hospitals just outside the district that patients are still driven to are allowed by id.
      const allowedOutside = point.placeId !== null && ALLOWED_OUTSIDE_AREA.has(point.placeId);
      if (!allowedOutside && !isInServiceArea(point)) {
        throw new AppError('VALIDATION_FAILED', {}, [
          { field: `body.${field}`, message: 'i18n:service-area' },
        ]);
      }
    }
    const problem = checkBookingHorizon(rules, when, deps.now(), config.timeZone);
    if (problem) throw new AppError('BOOKING_OUTSIDE_HORIZON', { ...problem });
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
    return { rules, when, serviceDate, eligible };
  }

  return {
    /**
     * Accepts a booking: validates it, commits it as `pending`, then enqueues
     * its planning job. The row is committed before the job exists, so a lost
     * job is re-created by the relay and never loses the booking.
     */
    async create(
      input: CreateBookingInput,
      actor: AuthUser,
      idempotencyKey?: string,
    ): Promise<CreateOutcome> {
      const print = fingerprint(input);
      if (idempotencyKey) {
        const earlier = await store.findByIdempotencyKey(actor.id, idempotencyKey);
        if (earlier) return replay(earlier, print);
      }
      const { rules, when, serviceDate, eligible } = await validate(input);
      const windowMs = rules.pickupWindowMinutes * 60_000;
      const deadline =
        rules.timing === 'arrive-by'
          ? new Date(when.getTime() - rules.arrivalMarginMinutes * 60_000)
          : null;
      // For appointments the promise is fixed by the planner; until then the
      // window spans the time the ride may take before the deadline.
      const pickupWindowStart = deadline
        ? new Date(deadline.getTime() - windowMs - (rules.maxRideExtraMinutes + 60) * 60_000)
        : when;
      const pickupWindowEnd = deadline ?? new Date(when.getTime() + windowMs);
      const id = randomUUID();
      try {
        await db.transaction(async (tx) => {
          await store.insert(
            {
              id,
              serviceId: rules.id,
              citizenId: input.citizenId,
              pickup: input.pickup,
              dropoff: input.dropoff,
              requestedPickupAt: rules.timing === 'pickup' ? when : null,
              arriveBy: rules.timing === 'arrive-by' ? when : null,
              wheelchair: input.wheelchair,
              companions: input.companions,
              infants: input.infants,
              notes: input.notes ?? null,
              eligibilityOverride: !eligible,
              pickupWindowStart,
              pickupWindowEnd,
              dropoffDeadline: deadline,
              serviceDate,
              idempotencyKey: idempotencyKey ?? null,
              requestFingerprint: print,
              createdBy: actor.id,
            },
            tx,
          );
          await store.insertEvent(
            {
              bookingId: id,
              type: 'created',
              fromStatus: null,
              toStatus: 'pending',
              actorUserId: actor.id,
              actorRole: actor.role,
            },
            tx,
          );
          if (!eligible) {
            await recordAudit(tx, actor, {
              action: 'booking.eligibility-override',
              entity: 'booking',
              entityId: id,
              details: { serviceId: rules.id, reason: input.eligibilityOverride?.reason },
            });
          }
        });
      } catch (error) {
        // Two requests with the same key raced: the unique index let one in.
        if (idempotencyKey && isUniqueViolation(error)) {
          const earlier = await store.findByIdempotencyKey(actor.id, idempotencyKey);
          if (earlier) return replay(earlier, print);
        }
        throw error;
      }
      // Announced before the job exists, so screens see `pending` before the
      // scheduler's outcome (which the planning service announces itself).
      deps.notifier.bookingChanged(bookingToView((await store.findById(id))!));
      try {
        await deps.queue.enqueue(id);
        await deps.queue.waitForOutcome(id, config.bookingWaitMs);
      } catch (error) {
        // The booking is committed; the relay will enqueue it when Redis is back.
        deps.log.warn({ err: error, bookingId: id }, 'enqueue failed; the relay will retry');
      }
      const booking = bookingToView((await store.findById(id))!);
      return { booking, created: true };
    },

    async get(id: string, actor: AuthUser): Promise<BookingView> {
      const row = await store.findById(id);
      // A driver sees only their own jobs; others' look like they do not exist.
      if (!row || (actor.role === 'driver' && row.driver_id !== actor.driverId))
        throw notFound('booking');
      return bookingToView(row);
    },

    async list(filter: Parameters<BookingsStore['list']>[0]): Promise<BookingView[]> {
      return (await store.list(filter)).map(bookingToView);
    },

    async events(id: string) {
      if (!(await store.findById(id))) throw notFound('booking');
      return (await store.events(id)).map((e) => ({
        id: e.id,
        type: e.type,
        fromStatus: e.from_status,
        toStatus: e.to_status,
        actorRole: e.actor_role,
        at: e.at.toISOString(),
        details: e.details,
      }));
    },

    async cancel(id: string, reason: string, actor: AuthUser): Promise<BookingView> {
      const driverToTell = await db.transaction(async (tx) => {
        const row = await store.lock(id, tx);
        if (!row) throw notFound('booking');
        if (row.status === 'cancelled') return null;
        if (!canCancel(row.status))
          throw new AppError('INVALID_TRANSITION', { from: row.status, action: 'cancel' });
        const driverId = await deps.releaseFromRoute(tx, row);
        await store.setStatus(id, 'cancelled', tx);
        await store.insertEvent(
          {
            bookingId: id,
            type: 'cancelled',
            fromStatus: row.status,
            toStatus: 'cancelled',
            actorUserId: actor.id,
            actorRole: actor.role,
            details: { reason },
          },
          tx,
        );
        return driverId;
      });
      const row = (await store.findById(id))!;
      const booking = bookingToView(row);
      deps.notifier.bookingChanged(booking);
      if (driverToTell) deps.notifier.manifestChanged(driverToTell, row.service_date);
      return booking;
    },
  };

  function replay(earlier: BookingRow, print: string): CreateOutcome {
    if (earlier.request_fingerprint !== print) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { booking: bookingToView(earlier), created: false };
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code: string }).code === '23505'
  );
}

export type BookingsService = ReturnType<typeof createBookingsService>;
