import { createHash, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { overlaps, type RideInterval, rideIntervalOf } from '../../domain/booking-windows.js';
import type { DayHoursLookup } from '../../domain/day-hours.js';
import { AppError, notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CitizensStore } from '../citizens/citizens.store.js';
import type { ServicesStore } from '../services/services.store.js';
import type { BookingOwnRow } from './booking-row.js';
import { createBookingValidator, requestedInstant } from './booking-validation.js';
import type { BookingView, CreateBookingInput } from './bookings.schema.js';
import { type BookingsStore, bookingToView } from './bookings.store.js';

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
  config: { timeZone: string; bookingWaitMs: number };
  now: () => Date;
  log: { warn(obj: object, msg: string): void };
  /**
   * Whether a citizen user may act for a citizen (their own record, or one
   * who named them as a relative). Without it citizens can book for nobody.
   */
  citizenAccess?: { canActFor(userId: string, citizenId: string): Promise<boolean> };
  /** A citizen whose self-booking is suspended cannot book. */
  policy?: {
    assertMayBookSelf(citizenId: string): Promise<void>;
  };
  /** A day's own service hours (closed, or shorter): a booking outside them is refused. */
  dayHours?: DayHoursLookup<Db> | undefined;
}

export interface CreateOutcome {
  booking: BookingView;
  /** False when an Idempotency-Key replayed an earlier request. */
  created: boolean;
}

export function createBookingsService(deps: BookingsServiceDeps) {
  const { db, store, config } = deps;
  const validate = createBookingValidator(deps);

  async function announce(ids: readonly string[]) {
    for (const row of await store.findByIds(ids)) deps.notifier.bookingChanged(bookingToView(row));
  }

  async function planAndWait(id: string, waitMs: number) {
    try {
      await deps.queue.enqueue(id);
      await deps.queue.waitForOutcome(id, waitMs);
    } catch (error) {
      // The booking is committed; the relay will enqueue it when Redis is back.
      deps.log.warn({ err: error, bookingId: id }, 'enqueue failed; the relay will retry');
    }
  }

  function localTime(d: Date): string {
    return DateTime.fromJSDate(d, { zone: config.timeZone }).toFormat('dd.MM.yyyy HH:mm');
  }

  function fingerprint(input: CreateBookingInput): string {
    return createHash('sha256').update(JSON.stringify(input)).digest('hex');
  }

  /**
   * One ride at a time: the citizen's active bookings that overlap any of
   * `rides` (a return never conflicts with its own outbound).
   */
  async function overlapping(citizenId: string, rides: readonly RideInterval[]) {
    const from = new Date(Math.min(...rides.map((r) => r.start.getTime())));
    const to = new Date(Math.max(...rides.map((r) => r.end.getTime())));
    const candidates = await store.activeOfCitizenAround(citizenId, from, to);
    return candidates.find((row) => {
      const busy = rideIntervalOf({
        pickupWindowStart: row.pickup_window_start,
        pickupWindowEnd: row.pickup_window_end,
        dropoffEarliest: row.dropoff_earliest,
        dropoffDeadline: row.dropoff_deadline,
        plannedPickupAt: row.planned_pickup_at,
        plannedDropoffAt: row.planned_dropoff_at,
      });
      // A will-call return has no time yet: it never blocks another ride.
      return row.status !== 'will-call' && rides.some((r) => overlaps(r, busy));
    });
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
      origin: { standingOrderId?: string } = {},
    ): Promise<CreateOutcome> {
      if (actor.role === 'citizen') {
        // Citizens book under the operators' rules without an operator's discretion.
        if (input.eligibilityOverride || input.overlapOverride) throw new AppError('FORBIDDEN');
        if (!(await deps.citizenAccess?.canActFor(actor.id, input.citizenId)))
          throw notFound('citizen');
        // Suspended: the citizen calls the operators, who still book for them.
        await deps.policy?.assertMayBookSelf(input.citizenId);
      }
      const print = fingerprint(input);
      if (idempotencyKey) {
        const earlier = await store.findByIdempotencyKey(actor.id, idempotencyKey);
        if (earlier) return replay(earlier, print);
      }
      const { rules, time, windows, serviceDate, eligible, ret } = await validate(input);
      const busy = [
        rideIntervalOf({ ...windows, plannedPickupAt: null, plannedDropoffAt: null }),
        ...(ret && !ret.willCall
          ? [rideIntervalOf({ ...ret.windows, plannedPickupAt: null, plannedDropoffAt: null })]
          : []),
      ];
      const clash = await overlapping(input.citizenId, busy);
      if (clash && !input.overlapOverride) {
        const clashRules = await deps.services.find(clash.service_id);
        throw new AppError('OVERLAPPING_BOOKING', {
          bookingId: clash.id,
          when: localTime(clash.planned_pickup_at ?? clash.pickup_window_start),
          serviceTr: clashRules?.nameTr ?? clash.service_id,
          serviceEn: clashRules?.nameEn ?? clash.service_id,
        });
      }
      const id = randomUUID();
      const returnId = ret ? randomUUID() : null;
      const common = {
        serviceId: rules.id,
        citizenId: input.citizenId,
        wheelchair: input.wheelchair,
        walkingAid: input.walkingAid,
        companions: input.companions,
        infants: input.infants,
        notes: input.notes ?? null,
        eligibilityOverride: !eligible,
        overlapOverride: clash !== undefined,
        standingOrderId: origin.standingOrderId ?? null,
        createdBy: actor.id,
        // A booking keeps the no-show policy of its service as it was when booked.
        noShowWaitMinutes: rules.noShowWaitMinutes,
        lateCancelMinutes: rules.lateCancelMinutes,
      };
      const write = async (tx: Db) => {
        await store.insert(
          {
            ...common,
            id,
            status: 'pending',
            pickup: input.pickup,
            dropoff: input.dropoff,
            requestedPickupAt: time.kind === 'arrive-by' ? null : requestedInstant(time),
            arriveBy: time.kind === 'arrive-by' ? time.appointment : null,
            asap: time.kind === 'asap',
            ...windows,
            returnOf: null,
            returnReadyAfterMinutes: null,
            serviceDate,
            idempotencyKey: idempotencyKey ?? null,
            requestFingerprint: print,
          },
          tx,
          actor,
        );
        if (ret && returnId) {
          await store.insert(
            {
              ...common,
              id: returnId,
              status: ret.willCall ? 'will-call' : 'pending',
              pickup: input.dropoff,
              dropoff: input.pickup,
              requestedPickupAt: ret.opens,
              arriveBy: null,
              asap: false,
              ...ret.windows,
              returnOf: id,
              returnReadyAfterMinutes: ret.readyAfterMinutes,
              serviceDate: ret.serviceDate,
              idempotencyKey: null,
              requestFingerprint: null,
            },
            tx,
            actor,
          );
        }
        if (!eligible) {
          await recordAudit(tx, actor, {
            action: 'booking.eligibility-override',
            entity: 'booking',
            entityId: id,
            details: { serviceId: rules.id, reason: input.eligibilityOverride?.reason },
          });
        }
        if (clash) {
          await recordAudit(tx, actor, {
            action: 'booking.overlap-override',
            entity: 'booking',
            entityId: id,
            details: { overlapping: clash.id, reason: input.overlapOverride?.reason },
          });
        }
      };
      try {
        // One statement (the booking and its event) needs no transaction around it.
        if (!ret && eligible && !clash) await write(db);
        else await db.transaction(write);
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
      await announce([id, ...(returnId ? [returnId] : [])]);
      const started = Date.now();
      await planAndWait(id, config.bookingWaitMs);
      // The return is planned after its outbound: its window may follow the outbound's arrival.
      if (returnId && ret && !ret.willCall) {
        await planAndWait(returnId, Math.max(0, config.bookingWaitMs - (Date.now() - started)));
      }
      const booking = bookingToView((await store.findById(id))!);
      return { booking, created: true };
    },

    async get(id: string, actor: AuthUser): Promise<BookingView> {
      const row = await store.findById(id);
      // A driver sees only their own jobs; others' look like they do not exist.
      if (!row || (actor.role === 'driver' && row.driver_id !== actor.driverId))
        throw notFound('booking');
      if (
        actor.role === 'citizen' &&
        !(await deps.citizenAccess?.canActFor(actor.id, row.citizen_id))
      )
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
        actorName: e.actor_name,
        at: e.at.toISOString(),
        details: e.details,
      }));
    },

    /** A citizen's upcoming or past rides, for the citizen page. */
    async ofCitizen(citizenId: string, scope: 'upcoming' | 'past'): Promise<BookingView[]> {
      if (!(await deps.citizens.findById(citizenId))) throw notFound('citizen');
      return (await store.listByCitizen(citizenId, scope, deps.now())).map(bookingToView);
    },
  };

  async function replay(earlier: BookingOwnRow, print: string): Promise<CreateOutcome> {
    if (earlier.request_fingerprint !== print) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    const row = await store.findById(earlier.id);
    if (!row) throw notFound('booking');
    return { booking: bookingToView(row), created: false };
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
