import { DateTime } from 'luxon';
import { statusAfterDriverAction } from '../../domain/booking-status.js';
import { type DriverStopRules, refusalOf } from '../../domain/driver-stops.js';
import { AppError, notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { ChangeNotifier } from '../bookings/bookings.service.js';
import { type BookingsStore, bookingToView } from '../bookings/bookings.store.js';
import type { PlanningStore } from '../planning/planning.store.js';
import type { PolicyService } from '../policy/policy.service.js';
import { createBreakReporter } from './break-report.js';
import type { BreakView, DriverReport, DriverTap, ManifestAck } from './dispatch.schema.js';
import { type DriverManifests, loadManifests } from './manifest.js';
import type { ManifestDeliveries } from './manifest-deliveries.js';

export interface DispatchServiceDeps {
  db: Db;
  bookings: BookingsStore;
  planning: PlanningStore;
  notifier: ChangeNotifier;
  timeZone: string;
  /** Which stops a driver may act on, and when a no-show may be reported. */
  rules: DriverStopRules;
  deliveries: ManifestDeliveries;
  /** The operators had been alerted that the driver had not seen this day's change: now they have. */
  onSeenAfterAlert?: (driverId: string, date: string, version: number) => void;
  /** Counts a no-show towards the citizen's warning. */
  policy?: Pick<PolicyService, 'noShowRecorded'>;
  now: () => Date;
}

export function createDispatchService(deps: DispatchServiceDeps) {
  const { db, bookings } = deps;

  function driverIdOf(actor: AuthUser): string {
    if (actor.role !== 'driver' || !actor.driverId) throw new AppError('FORBIDDEN');
    return actor.driverId;
  }

  const reportBreak = createBreakReporter(deps);

  /** When the driver reported arriving at the booking's pickup (as tapped, even if sent later). */
  async function arrivedAtOf(bookingId: string, tx: Db): Promise<Date | null> {
    const [row] = await tx.query<{ at: Date }>(
      `SELECT COALESCE((details->>'at')::timestamptz, at) AS at FROM booking_events
       WHERE booking_id = $1 AND type = 'arrived' ORDER BY id DESC LIMIT 1`,
      [bookingId],
    );
    return row ? new Date(row.at) : null;
  }

  return {
    /** A day's manifest as it stands, with the version last pushed (read first: never older). */
    async manifests(actor: AuthUser, date?: string): Promise<DriverManifests> {
      const driverId = driverIdOf(actor);
      const day = date ?? DateTime.fromJSDate(deps.now(), { zone: deps.timeZone }).toISODate()!;
      const version = (await deps.deliveries.versions(driverId, [day])).get(day) ?? 0;
      return loadManifests(db, driverId, day, deps.timeZone, deps.rules, version);
    },

    /**
     * What a connecting app lacks of today and tomorrow: each day whose
     * version is newer than the one it holds (all of them when it says
     * nothing), so a reconnect brings what was missed, and nothing twice.
     */
    async missedManifests(
      actor: AuthUser,
      held: Readonly<Record<string, number>> | undefined,
    ): Promise<DriverManifests[]> {
      const driverId = driverIdOf(actor);
      const today = DateTime.fromJSDate(deps.now(), { zone: deps.timeZone });
      const days = [today.toISODate()!, today.plus({ days: 1 }).toISODate()!];
      const versions = await deps.deliveries.versions(driverId, days);
      const out: DriverManifests[] = [];
      for (const day of days) {
        const version = versions.get(day) ?? 0;
        const mine = held?.[day];
        if (mine !== undefined && mine >= version) continue;
        if (version > 0) await deps.deliveries.sentNow(driverId, day, version, deps.now());
        out.push(await loadManifests(db, driverId, day, deps.timeZone, deps.rules, version));
      }
      return out;
    },

    /** The driver's app shows `version` of the day: it is not sent again. */
    async acknowledge(actor: AuthUser, ack: ManifestAck): Promise<ManifestAck> {
      const driverId = driverIdOf(actor);
      const { wasAlerted } = await deps.deliveries.acknowledge(
        driverId,
        ack.date,
        ack.version,
        deps.now(),
      );
      if (wasAlerted) deps.onSeenAfterAlert?.(driverId, ack.date, ack.version);
      return ack;
    },

    /** A driver's tap: at a stop (`report`) or on their break (`breakTap`). */
    tap(actor: AuthUser, input: DriverTap): Promise<BookingView | BreakView> {
      return 'shiftId' in input ? this.breakTap(actor, input) : this.report(actor, input);
    },

    /**
     * The driver starts or ends the break of one of their shifts; their
     * manifest of the changed day is sent again. See `createBreakReporter`.
     */
    async breakTap(
      actor: AuthUser,
      input: Extract<DriverTap, { shiftId: string }>,
    ): Promise<BreakView> {
      const driverId = driverIdOf(actor);
      const outcome = await reportBreak(driverId, input);
      for (const date of outcome.changedDates) deps.notifier.manifestChanged(driverId, date);
      return outcome.view;
    },

    /**
     * Applies a driver's report at a stop. Idempotent by `clientEventId`: a tap
     * resent after a lost connection is recorded once and answers the same.
     */
    async report(actor: AuthUser, input: DriverReport): Promise<BookingView> {
      const driverId = driverIdOf(actor);
      const changed = await db.transaction(async (tx) => {
        const seen = await bookings.findById(input.bookingId, tx);
        if (!seen || seen.driver_id !== driverId) throw notFound('booking');
        // The day before the booking, in the planner's order, so the two never deadlock.
        await deps.planning.lockDay(seen.service_date, tx);
        const row = await bookings.lock(input.bookingId, tx);
        if (!row || row.driver_id !== driverId) throw notFound('booking');
        // Checked under the lock: the same tap sent twice at once answers the same twice.
        if (await bookings.eventByClientId(input.clientEventId, tx)) return false;
        const next = statusAfterDriverAction(row.status, input.action);
        if (!next)
          throw new AppError('INVALID_TRANSITION', { from: row.status, action: input.action });
        const now = deps.now();
        // A tap queued offline happened when it was made, never later than now.
        const at = new Date(
          Math.min(input.at ? Date.parse(input.at) : now.getTime(), now.getTime()),
        );
        const refusal = refusalOf({
          action: input.action,
          status: row.status,
          plannedPickupAt: row.planned_pickup_at,
          arrivedAt: input.action === 'no-show' ? await arrivedAtOf(row.id, tx) : null,
          windowStart: row.pickup_window_start,
          at,
          timeZone: deps.timeZone,
          // The waiting time the ride's service had when it was booked.
          rules: {
            ...deps.rules,
            noShowWaitMinutes: row.no_show_wait_minutes ?? deps.rules.noShowWaitMinutes,
          },
          shift:
            row.shift_starts_at && row.shift_ends_at
              ? { startsAt: row.shift_starts_at, endsAt: row.shift_ends_at }
              : undefined,
        });
        if (refusal)
          throw new AppError('STOP_NOT_ACTIONABLE', {
            reason: refusal.reason,
            ...(refusal.reason === 'too-early'
              ? {
                  from: refusal.from.toISOString(),
                  time: DateTime.fromJSDate(refusal.from, { zone: deps.timeZone }).toFormat(
                    'HH:mm',
                  ),
                }
              : {}),
          });
        if (!(await bookings.transition(row.id, [row.status], next, tx)))
          throw new AppError('INVALID_TRANSITION', { from: row.status, action: input.action });
        await bookings.insertEvent(
          {
            bookingId: row.id,
            type: input.action,
            fromStatus: row.status,
            toStatus: next,
            actorUserId: actor.id,
            actorRole: actor.role,
            clientEventId: input.clientEventId,
            details: { at: input.at ?? deps.now().toISOString() },
          },
          tx,
        );
        if (input.action === 'no-show') await deps.policy?.noShowRecorded(tx, row, actor);
        // A reached stop is fixed from now on: re-planning must see the change.
        await deps.planning.bumpDay(row.service_date, tx, {
          shiftIds: row.shift_id ? [row.shift_id] : [],
          bookingIds: [row.id],
        });
        return true;
      });
      const row = await bookings.findById(input.bookingId);
      if (!row || row.driver_id !== driverId) throw notFound('booking');
      const view = bookingToView(row);
      if (changed) {
        deps.notifier.bookingChanged(view);
        deps.notifier.manifestChanged(driverId, row.service_date);
      }
      return view;
    },
  };
}

export type DispatchService = ReturnType<typeof createDispatchService>;
