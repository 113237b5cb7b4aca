import type { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { DEFAULT_TEMPLATES, fillTemplate } from '../../domain/message-templates.js';
import { etasAlong } from '../../domain/vehicle-eta.js';
import { haversineMetres } from '../../infra/maps/great-circle.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { ChangeNotifier } from '../bookings/bookings.service.js';
import type { StoredStop } from '../planning/planning-snapshot.js';
import type { VehicleLiveView } from '../positions/positions.schema.js';
import { ChannelError, type ChannelOutcome, type NotificationChannel } from './channels.js';
import {
  isEssential,
  optOutApplies,
  type QuietHours,
  quietUntil,
  serviceQuietHours,
} from './message-policy.js';
import { type NotificationEvent, placeholderValues } from './notification-text.js';
import type { NotificationJobData, NotificationsQueue } from './notifications.queue.js';
import type { NotificationsStore } from './notifications.store.js';

/** When reminders go out (config.notifications). */
export interface ReminderSettings {
  /** Local hour, the day before the ride, of the first reminder. */
  dayBeforeHour: number;
  /** Minutes before the pickup window opens of the second. */
  soonMinutes: number;
}

export interface NotificationsDeps {
  redis: Redis;
  prefix: string;
  queue: NotificationsQueue;
  /** Every way a citizen is told (SMS, Web Push): each message goes out on each, claimed per channel. */
  channels: readonly NotificationChannel[];
  store: NotificationsStore;
  /** The ride as it is now (read when the message is sent). */
  bookingOf(id: string): Promise<BookingView | undefined>;
  /**
   * A service's names and its own quiet hours (`HH:mm-HH:mm`, or null when it follows
   * `quietHours`); read once per message.
   */
  serviceOf(
    serviceId: string,
  ): Promise<{ nameTr: string; nameEn: string; quietHours?: string | null } | undefined>;
  /** A shift's planned stops, in order (to find the pickup after a stop the driver completed). */
  routeOf(shiftId: string): Promise<StoredStop[]>;
  reminders: ReminderSettings;
  /** Non-essential messages due inside these hours wait for their end; null: none. */
  quietHours: QuietHours | null;
  /** The policy warning (its step id) that this ride's no-show or late cancel brought, if any. */
  warningBroughtBy?(bookingId: string): Promise<string | undefined>;
  timeZone: string;
  now: () => Date;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/** Thrown to stop BullMQ retrying: the message can never be sent (no ride, refused by the provider). */
export class NotSendable extends Error {}

/** Which attempt of its job a send is (BullMQ's count), so the last failure is recorded as final. */
export interface AttemptInfo {
  number: number;
  last: boolean;
}

export type DeliverOutcome =
  | 'sent'
  | 'already-sent'
  | 'stale'
  | 'skipped'
  /** Quiet hours: the job is to run again at this time. */
  | { deferUntil: Date };

const REMINDERS = ['remind-day-before', 'remind-soon'] as const;
const KEEP_SECONDS = 30 * 86_400;
/** A pickup the car drives to next: the car is on its way once it has moved this far… */
const FIRST_MOVE_METRES = 150;
/** …within this long before the pickup's planned start (not when it leaves the depot at dawn). */
const ON_THE_WAY_LEAD_MS = 60 * 60_000;
// A driver's tap that completes a stop: the stop it completes.
const COMPLETED_STOP: Partial<Record<BookingView['status'], StoredStop['kind']>> = {
  'on-board': 'pickup',
  'no-show': 'pickup',
  completed: 'dropoff',
};

/**
 * Tells citizens about their rides: confirmed, changed, cancelled, refused,
 * reminders the day before and shortly before (delayed jobs moved with the
 * ride and removed when it is cancelled), the car on its way and at the door.
 * Each message (ride, event, version, channel) is sent once: a claim in
 * Redis records it, and a retry after a crash mid-send gives the provider the
 * same idempotency key. Every attempt is recorded for the operators.
 */
export function createNotifications(deps: NotificationsDeps) {
  const key = (suffix: string) => `${deps.prefix}:notify:${suffix}`;

  function remindersOf(b: BookingView): { event: NotificationEvent; at: Date }[] {
    const start = DateTime.fromISO(b.pickupWindow.start, { zone: deps.timeZone });
    return [
      {
        event: 'remind-day-before',
        at: start
          .minus({ days: 1 })
          .set({ hour: deps.reminders.dayBeforeHour, minute: 0, second: 0, millisecond: 0 })
          .toJSDate(),
      },
      { event: 'remind-soon', at: start.minus({ minutes: deps.reminders.soonMinutes }).toJSDate() },
    ];
  }

  /**
   * The driver completed a stop: the next pickup of the route (breaks
   * skipped) is the car's next door, and its citizen hears the car is on
   * its way, with an ETA from the planned legs counted from now. A pickup
   * planned more than `ON_THE_WAY_LEAD_MS` ahead is not "on the way" yet
   * (the car waits first): its message waits for the car's first move
   * toward it (`onVehicleFix`), or, without GPS, for the planned departure.
   */
  async function tellNextPickup(b: BookingView): Promise<void> {
    const kind = COMPLETED_STOP[b.status];
    if (!kind || !b.planned) return;
    const stops = await deps.routeOf(b.planned.shiftId);
    const done = stops.findIndex((s) => s.kind === kind && s.refId === b.id);
    if (done < 0) return;
    let next = done + 1;
    while (stops[next]?.kind === 'break') next++;
    const target = stops[next];
    if (target?.kind !== 'pickup') return;
    const along = stops.slice(done + 1, next + 1);
    const legs = along.map(
      (s, i) =>
        Math.max(0, Date.parse(s.arrival) - Date.parse((stops[done + i] as StoredStop).departure)) /
        1000,
    );
    const etas = etasAlong(
      along.map((s) => ({
        plannedStart: new Date(s.start),
        plannedDeparture: new Date(s.departure),
        windowEnd: null,
      })),
      legs,
      deps.now(),
    );
    const eta = etas.at(-1)?.eta ?? new Date(target.arrival);
    // Leaving in time to be at the door when the promised window opens (a plan's arrival may
    // come much earlier, and its start as late as the window allows).
    const promised = (await deps.bookingOf(target.refId))?.pickupWindow.start ?? target.start;
    const departAt = Date.parse(promised) - (legs.at(-1) ?? 0) * 1000;
    if (departAt - deps.now().getTime() > ON_THE_WAY_LEAD_MS) {
      await deps.queue.onTheWayAt(
        { bookingId: target.refId, event: 'on-the-way', version: 'once', eta: target.start },
        new Date(departAt),
        deps.now(),
      );
      return;
    }
    await onTheWay(target.refId, eta);
  }

  /** Queues "your car is on its way" once per ride, whoever sees the car leave first. */
  async function onTheWay(bookingId: string, eta: Date): Promise<void> {
    await deps.queue.now({
      bookingId,
      event: 'on-the-way',
      version: 'once',
      eta: eta.toISOString(),
    });
  }

  // Rides already told "on the way" by this process: the fixes that follow need no database read.
  const toldOnTheWay = new Set<string>();

  /**
   * A GPS fix: when the car's next stop is a pickup, its first move toward
   * it (off where it stood, within an hour of the pickup) says it is on its
   * way, with the ETA the live map computed from its position. That covers
   * a shift's first pickup (no tap before it says the car left) and a pickup
   * the car waited for after its previous stop.
   */
  async function onVehicleFix(view: VehicleLiveView): Promise<void> {
    const next = view.nextStops.find((s) => s.kind !== 'break');
    if (next?.kind !== 'pickup' || !next.bookingId || !next.eta || !view.position) return;
    if (toldOnTheWay.has(next.bookingId)) return;
    const from = view.trail[0];
    if (!from || haversineMetres(from, view.position) < FIRST_MOVE_METRES) return;
    const stops = await deps.routeOf(view.shiftId);
    const at = stops.findIndex((s) => s.kind === 'pickup' && s.refId === next.bookingId);
    if (at < 0) return;
    if (Date.parse((stops[at] as StoredStop).start) - deps.now().getTime() > ON_THE_WAY_LEAD_MS)
      return;
    if (toldOnTheWay.size > 10_000) toldOnTheWay.clear();
    toldOnTheWay.add(next.bookingId);
    await onTheWay(next.bookingId, new Date(next.eta));
  }

  /** What a committed change means for the citizen: a message now, and reminders placed or removed. */
  async function onChange(b: BookingView): Promise<void> {
    if ((b.status === 'no-show' || b.status === 'cancelled') && deps.warningBroughtBy) {
      // Read after the commit that recorded it; the step's id makes it one message per warning.
      const warning = await deps.warningBroughtBy(b.id);
      if (warning)
        await deps.queue.now({
          bookingId: b.id,
          event: 'no-show-warning',
          version: `warning-${warning}`,
        });
    }
    if (b.status === 'scheduled') {
      // The last plan the citizen was told of, swapped atomically so two processes agree. A
      // moved ride passes through `pending` again: its new plan is a change, not a confirmation.
      const signature = `${b.pickupWindow.start}|${b.planned?.vehicle.plate ?? ''}`;
      const told = (await deps.redis.set(
        key(`plan:${b.id}`),
        signature,
        'EX',
        KEEP_SECONDS,
        'GET',
      )) as string | null;
      if (told === signature) return;
      await deps.queue.now({
        bookingId: b.id,
        event: told === null ? 'confirmed' : 'changed',
        version: told === null ? 'once' : signature,
      });
      for (const r of remindersOf(b))
        await deps.queue.remindAt(
          { bookingId: b.id, event: r.event, version: b.pickupWindow.start },
          r.at,
          deps.now(),
        );
    } else if (b.status === 'cancelled' || b.status === 'refused') {
      await deps.queue.dropReminders(b.id, REMINDERS);
      // Once per ride: the job id is the same however many processes see it.
      await deps.queue.now({ bookingId: b.id, event: b.status, version: 'once' });
    } else if (b.status === 'arrived') {
      await deps.queue.dropReminders(b.id, REMINDERS);
      await deps.queue.now({ bookingId: b.id, event: 'arrived', version: 'once' });
    } else {
      await tellNextPickup(b);
    }
  }

  /** Whether a reminder sent at `at` still reads true: the day before is still the day before, the window not yet open. */
  function reminderStillTrue(event: NotificationEvent, b: BookingView, at: Date): boolean {
    const start = DateTime.fromISO(b.pickupWindow.start, { zone: deps.timeZone });
    if (event === 'remind-day-before')
      return DateTime.fromJSDate(at, { zone: deps.timeZone }).toISODate()! < start.toISODate()!;
    return at.getTime() < start.toMillis();
  }

  /** A message that no longer says anything true is not sent. */
  function isStale(job: NotificationJobData, b: BookingView): boolean {
    if (job.event.startsWith('remind'))
      return b.status !== 'scheduled' || b.pickupWindow.start !== job.version;
    if (job.event === 'on-the-way')
      // Scheduled still, and not since moved to hours later (a job queued for the old departure).
      return (
        b.status !== 'scheduled' ||
        Date.parse(b.pickupWindow.start) - deps.now().getTime() > 2 * ON_THE_WAY_LEAD_MS
      );
    if (job.event === 'arrived') return b.status !== 'arrived';
    return false;
  }

  async function sendOn(
    channel: NotificationChannel,
    job: NotificationJobData,
    b: BookingView,
    text: string,
    base: Omit<Parameters<NotificationsStore['record']>[0], 'channel' | 'state' | 'attempt'>,
    attempt: AttemptInfo,
  ): Promise<'sent' | 'already-sent' | 'skipped' | { error: unknown; transient: boolean }> {
    const idempotencyKey = `${job.bookingId}.${job.event}.${job.version}.${channel.name}`;
    const claim = key(`sent:${idempotencyKey}`);
    const taken = await deps.redis.set(claim, 'sending', 'EX', KEEP_SECONDS, 'NX');
    if (!taken) {
      // `sending` left by an attempt that died mid-send: sent again under the same key.
      const state = await deps.redis.get(claim);
      if (state === 'sent') return 'already-sent';
      if (state === 'failed' || state === 'skipped') return 'skipped';
    }
    const record = { ...base, channel: channel.name, body: text };
    await deps.store.record({ ...record, state: 'queued', attempt: true });
    let outcome: ChannelOutcome;
    try {
      outcome = await channel.send({
        bookingId: job.bookingId,
        event: job.event,
        version: job.version,
        booking: b,
        text,
        language: base.language,
        idempotencyKey,
      });
    } catch (error) {
      const transient = !(error instanceof ChannelError) || error.transient;
      if (!transient) await deps.redis.set(claim, 'failed', 'EX', KEEP_SECONDS);
      await deps.store.record({
        ...record,
        state: transient && !attempt.last ? 'retrying' : 'failed',
        error: error instanceof Error ? error.message : String(error),
        attempt: false,
      });
      return { error, transient };
    }
    await deps.redis.set(claim, outcome.state, 'EX', KEEP_SECONDS);
    await deps.store.record(
      outcome.state === 'sent'
        ? {
            ...record,
            state: 'sent',
            providerMessageId: outcome.providerMessageId,
            recipient: outcome.recipient,
            attempt: false,
          }
        : { ...record, state: 'skipped', reason: outcome.reason, attempt: false },
    );
    return outcome.state;
  }

  return {
    /** Wraps the screens' notifier: every committed change also reaches the citizen. */
    wrap<N extends ChangeNotifier>(notifier: N): N {
      return {
        ...notifier,
        bookingChanged(booking: BookingView) {
          notifier.bookingChanged(booking);
          onChange(booking).catch((err) =>
            deps.log.warn({ err, bookingId: booking.id }, 'citizen notification not scheduled'),
          );
        },
      };
    },

    onChange,
    onTheWay,

    /** Hands a fix to `onVehicleFix`; a failure is logged, never the driver's problem. */
    vehicleMoved(view: VehicleLiveView): void {
      onVehicleFix(view).catch((err) =>
        deps.log.warn({ err, shiftId: view.shiftId }, 'on-the-way from a position not scheduled'),
      );
    },

    /**
     * Sends one message once on each channel, in the citizen's language and
     * the service's text. A citizen who wants only essential messages has the
     * others recorded as skipped; inside quiet hours a non-essential message
     * waits for their end. A transient failure on any channel throws (BullMQ
     * retries with backoff; channels already sent are not sent again).
     */
    async deliver(
      job: NotificationJobData,
      attempt: AttemptInfo = { number: 1, last: false },
    ): Promise<DeliverOutcome> {
      const b = await deps.bookingOf(job.bookingId);
      if (!b) throw new NotSendable(`no booking ${job.bookingId}`);
      if (isStale(job, b)) return 'stale';
      const now = deps.now();
      const prefs = await deps.store.preferences(b.citizenId);
      const language = prefs.language;
      const custom = await deps.store.template(b.serviceId, job.event, language);
      const service = await deps.serviceOf(b.serviceId);
      const text = fillTemplate(
        custom ?? DEFAULT_TEMPLATES[language][job.event],
        placeholderValues(b, {
          zone: deps.timeZone,
          lang: language,
          serviceName: (language === 'tr' ? service?.nameTr : service?.nameEn) ?? b.serviceId,
          eta: job.eta,
        }),
      );
      const essential = isEssential(job.event, new Date(b.pickupWindow.start), now);
      const base = {
        bookingId: b.id,
        citizenId: b.citizenId,
        serviceId: b.serviceId,
        event: job.event,
        version: job.version,
        language,
        template: custom ? ('custom' as const) : ('default' as const),
        essential,
      };
      // Channels side by side: their rows then share the store's group commits.
      if (!essential && prefs.essentialOnly && optOutApplies(job.event)) {
        await Promise.all(
          deps.channels.map((channel) =>
            deps.store.record({
              ...base,
              channel: channel.name,
              state: 'skipped',
              reason: 'opted-out',
              attempt: false,
            }),
          ),
        );
        return 'skipped';
      }
      const quiet = serviceQuietHours(service?.quietHours, deps.quietHours);
      const until = essential ? null : quietUntil(now, quiet, deps.timeZone);
      if (until) {
        // A reminder that could only go out on the ride's day ("tomorrow…") or after the
        // window opened would say something false: it is dropped, not held.
        const late = job.event.startsWith('remind') && !reminderStillTrue(job.event, b, until);
        await Promise.all(
          deps.channels.map((channel) =>
            deps.store.record({
              ...base,
              channel: channel.name,
              state: late ? 'skipped' : 'deferred',
              reason: late ? 'quiet-hours-too-late' : 'quiet-hours',
              nextAttemptAt: late ? null : until,
              attempt: false,
            }),
          ),
        );
        return late ? 'skipped' : { deferUntil: until };
      }
      const results = await Promise.all(
        deps.channels.map((channel) => sendOn(channel, job, b, text, base, attempt)),
      );
      const failures = results.filter((r) => typeof r === 'object');
      const retry = failures.find((f) => f.transient);
      if (retry) throw retry.error;
      if (failures[0]) {
        const error = failures[0].error;
        throw new NotSendable(error instanceof Error ? error.message : String(error));
      }
      if (results.includes('sent')) return 'sent';
      return results.every((r) => r === 'already-sent') ? 'already-sent' : 'skipped';
    },
  };
}

export type Notifications = ReturnType<typeof createNotifications>;
