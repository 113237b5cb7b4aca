import { DateTime } from 'luxon';
import { noShowAllowedFrom } from '../../domain/driver-stops.js';
import { AppError, notFound } from '../../domain/errors.js';
import { isLateCancel, lateCancelDeadline, warningDue } from '../../domain/no-show-policy.js';
import type { Db } from '../../infra/db/database.js';
import { recordAudit } from '../audit/audit-log.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { BookingRow } from '../bookings/booking-row.js';
import type { ServicesStore } from '../services/services.store.js';
import type { PolicyEventRow, PolicyStore, SuspensionRow } from './policy.store.js';

export interface PolicyServiceDeps {
  db: Db;
  store: PolicyStore;
  services: ServicesStore;
  citizenExists(id: string): Promise<boolean>;
  /** Whether a citizen user may act for the citizen (their own record, or a relative's). */
  canActFor(userId: string, citizenId: string): Promise<boolean>;
  config: {
    timeZone: string;
    /** The waiting time of bookings made before services had their own. */
    defaultNoShowWaitMinutes: number;
    /** The number a suspended citizen is told to call. */
    callCenterPhone: string;
  };
  now: () => Date;
}

const DAY = 86_400_000;
/** The longest suspension an operator may set at once. */
export const MAX_SUSPENSION_DAYS = 365;

/**
 * The no-show and late-cancel policy applied to bookings as they change:
 * the waiting time before a no-show, late cancels flagged, warnings after N
 * strikes in a period, and operators' suspensions of self-booking. Every
 * step goes into the citizen's policy history with its author and reason.
 */
export function createPolicyService(deps: PolicyServiceDeps) {
  const { store } = deps;

  function waitOf(row: BookingRow): number {
    return row.no_show_wait_minutes ?? deps.config.defaultNoShowWaitMinutes;
  }

  function local(d: Date): string {
    return DateTime.fromJSDate(d, { zone: deps.config.timeZone }).toFormat('dd.MM.yyyy HH:mm');
  }

  /**
   * Records a warning when the strikes just counted reach the service's
   * threshold, naming the ride whose strike brought it: the notifications
   * read it there after the commit and send the citizen its message.
   */
  async function warnIfDue(
    tx: Db,
    citizenId: string,
    serviceId: string,
    at: Date,
    bookingId: string,
  ) {
    const rules = await deps.services.find(serviceId, tx);
    if (!rules) return;
    const since = new Date(at.getTime() - rules.noShowPeriodDays * DAY);
    const { strikes, lastWarningAt } = await store.strikes(citizenId, serviceId, since, tx);
    if (!warningDue(strikes, lastWarningAt, at, rules)) return;
    await store.insertEvent(
      {
        citizenId,
        kind: 'warning',
        serviceId,
        bookingId,
        author: 'system',
        at,
        details: {
          count: rules.noShowWarnAfter,
          periodDays: rules.noShowPeriodDays,
          lateCancelsCount: rules.lateCancelsCount,
        },
      },
      tx,
    );
  }

  function suspensionView(s: SuspensionRow) {
    return {
      id: s.id,
      startsAt: s.starts_at.toISOString(),
      endsAt: s.ends_at.toISOString(),
      reason: s.reason,
      createdByName: s.created_by_name ?? '',
    };
  }

  function eventView(e: PolicyEventRow) {
    return {
      id: e.id,
      kind: e.kind,
      serviceId: e.service_id,
      serviceNameTr: e.service_name_tr,
      serviceNameEn: e.service_name_en,
      bookingId: e.booking_id,
      pickupWindowStart: e.pickup_window_start
        ? new Date(e.pickup_window_start).toISOString()
        : null,
      reason: e.reason,
      details: e.details ?? {},
      authorRole: e.author_role,
      authorName: e.author_name,
      at: new Date(e.at).toISOString(),
    };
  }

  return {
    /**
     * Throws when the waiting time at the door is not over: a no-show counts
     * only from the driver's "arrived" tap plus the booking's waiting time.
     * A ride the driver never reached (`scheduled`) is the operators' word.
     */
    async assertNoShowAllowed(tx: Db, row: BookingRow, at: Date) {
      if (row.status !== 'arrived') return;
      const arrivedAt = await store.arrivedAt(row.id, tx);
      const from = noShowAllowedFrom(arrivedAt ?? at, row.pickup_window_start, {
        noShowWaitMinutes: waitOf(row),
      });
      if (at.getTime() < from.getTime())
        throw new AppError('STOP_NOT_ACTIONABLE', {
          reason: 'too-early',
          from: from.toISOString(),
          time: DateTime.fromJSDate(from, { zone: deps.config.timeZone }).toFormat('HH:mm'),
        });
    },

    /** The booking's waiting time at the door, as it was when the ride was booked. */
    noShowWaitOf: waitOf,

    /** Counts a no-show (inside the transaction that recorded it) and warns when it is the Nth. */
    async noShowRecorded(tx: Db, row: BookingRow, actor: AuthUser, reason?: string) {
      const at = deps.now();
      await store.insertEvent(
        {
          citizenId: row.citizen_id,
          kind: 'no-show',
          serviceId: row.service_id,
          bookingId: row.id,
          reason: reason ?? null,
          author: actor,
          at,
        },
        tx,
      );
      await warnIfDue(tx, row.citizen_id, row.service_id, at, row.id);
    },

    /**
     * Records who cancelled and whether it was late. Only a cancel made at the
     * citizen's request counts (`countsForPolicy`): never a holiday, a changed
     * standing order or a ride cancelled with the one cancelled by the citizen.
     */
    async cancelRecorded(
      tx: Db,
      row: BookingRow,
      actor: AuthUser,
      reason: string,
      countsForPolicy: boolean,
    ): Promise<boolean> {
      const at = deps.now();
      const late =
        countsForPolicy &&
        actor.role !== 'driver' &&
        row.late_cancel_minutes !== null &&
        isLateCancel(row.pickup_window_start, at, row.late_cancel_minutes);
      await store.markCancelled(row.id, { late, by: actor.id, role: actor.role, at }, tx);
      if (late) {
        await store.insertEvent(
          {
            citizenId: row.citizen_id,
            kind: 'late-cancel',
            serviceId: row.service_id,
            bookingId: row.id,
            reason,
            author: actor,
            at,
            details: { minutesBefore: row.late_cancel_minutes },
          },
          tx,
        );
        await warnIfDue(tx, row.citizen_id, row.service_id, at, row.id);
      }
      return late;
    },

    /** When a cancel of this booking starts counting as late (null: no deadline was set when it was booked). */
    lateCancelFrom(row: Pick<BookingRow, 'pickup_window_start' | 'late_cancel_minutes'>) {
      return row.late_cancel_minutes === null || row.late_cancel_minutes === 0
        ? null
        : lateCancelDeadline(row.pickup_window_start, row.late_cancel_minutes);
    },

    /** Refuses a citizen's own booking while their self-booking is suspended: whom to call, and until when. */
    async assertMayBookSelf(citizenId: string) {
      const active = await store.activeSuspension(citizenId, deps.now());
      if (active)
        throw new AppError('SELF_BOOKING_SUSPENDED', {
          until: local(active.ends_at),
          untilIso: active.ends_at.toISOString(),
          phone: deps.config.callCenterPhone,
        });
    },

    async suspend(
      citizenId: string,
      input: { until: Date; reason: string },
      actor: AuthUser,
    ): Promise<ReturnType<typeof suspensionView>> {
      if (!(await deps.citizenExists(citizenId))) throw notFound('citizen');
      const now = deps.now();
      if (
        input.until.getTime() <= now.getTime() ||
        input.until.getTime() > now.getTime() + MAX_SUSPENSION_DAYS * DAY
      )
        throw new AppError('VALIDATION_FAILED', {}, [
          { field: 'body.until', message: 'i18n:suspension-until' },
        ]);
      return deps.db.transaction(async (tx) => {
        // One suspension at a time per citizen: taken under the citizen's row lock.
        await tx.query('SELECT id FROM citizens WHERE id = $1 FOR UPDATE', [citizenId]);
        if (await store.activeSuspension(citizenId, now, tx)) throw new AppError('CONFLICT');
        const id = await store.suspend(
          { citizenId, startsAt: now, endsAt: input.until, reason: input.reason, by: actor.id },
          tx,
        );
        await store.insertEvent(
          {
            citizenId,
            kind: 'suspended',
            suspensionId: id,
            reason: input.reason,
            author: actor,
            at: now,
            details: { until: input.until.toISOString() },
          },
          tx,
        );
        await recordAudit(tx, actor, {
          action: 'citizen.self-booking.suspend',
          entity: 'citizen',
          entityId: citizenId,
          details: { suspensionId: id, until: input.until.toISOString() },
        });
        const row = await store.activeSuspension(citizenId, now, tx);
        return suspensionView(row!);
      });
    },

    async lift(citizenId: string, reason: string, actor: AuthUser): Promise<void> {
      if (!(await deps.citizenExists(citizenId))) throw notFound('citizen');
      const now = deps.now();
      await deps.db.transaction(async (tx) => {
        await tx.query('SELECT id FROM citizens WHERE id = $1 FOR UPDATE', [citizenId]);
        const active = await store.activeSuspension(citizenId, now, tx);
        if (!active) throw notFound('suspension');
        await store.lift(active.id, actor.id, reason, now, tx);
        await store.insertEvent(
          { citizenId, kind: 'lifted', suspensionId: active.id, reason, author: actor, at: now },
          tx,
        );
        await recordAudit(tx, actor, {
          action: 'citizen.self-booking.lift',
          entity: 'citizen',
          entityId: citizenId,
          details: { suspensionId: active.id },
        });
      });
    },

    /**
     * The citizen's policy history, newest first, with the suspension holding
     * now and the strikes counted per service. Staff see any citizen's; a
     * citizen only their own (others' look like they do not exist).
     */
    async history(citizenId: string, user: AuthUser) {
      if (user.role === 'citizen') {
        if (!(await deps.canActFor(user.id, citizenId))) throw notFound('citizen');
      } else if (!(await deps.citizenExists(citizenId))) throw notFound('citizen');
      const now = deps.now();
      const active = await store.activeSuspension(citizenId, now);
      const events = (await store.history(citizenId)).map(eventView);
      if (user.role === 'citizen')
        for (const e of events) if (e.authorRole !== 'citizen') e.authorName = null;
      return {
        suspension: active ? suspensionView(active) : null,
        callCenterPhone: deps.config.callCenterPhone,
        events,
      };
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
