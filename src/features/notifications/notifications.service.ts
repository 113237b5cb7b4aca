import type { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import type { SmsSender } from '../../infra/sms/sms-sender.js';
import { SmsSendError } from '../../infra/sms/sms-sender.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { ChangeNotifier } from '../bookings/bookings.service.js';
import { type NotificationEvent, notificationText } from './notification-text.js';
import type { NotificationJobData, NotificationsQueue } from './notifications.queue.js';

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
  sms: SmsSender;
  /** The ride as it is now, and its citizen's phone (read when the message is sent). */
  bookingOf(id: string): Promise<BookingView | undefined>;
  phoneOf(citizenId: string): Promise<string | undefined>;
  reminders: ReminderSettings;
  timeZone: string;
  now: () => Date;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/** Thrown to stop BullMQ retrying: the message can never be sent (no phone, refused by the provider). */
export class NotSendable extends Error {}

const REMINDERS = ['remind-day-before', 'remind-soon'] as const;
const KEEP_SECONDS = 30 * 86_400;

/**
 * Tells citizens about their rides by SMS: confirmed, changed, cancelled,
 * refused, and reminders the day before and shortly before, as delayed jobs
 * moved with the ride and removed when it is cancelled. Each message (ride,
 * event, version, channel) is sent once: a claim in Redis records it, and a
 * retry after a crash mid-send gives the provider the same idempotency key.
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

  /** What a committed change means for the citizen: a message now, and reminders placed or removed. */
  async function onChange(b: BookingView): Promise<void> {
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
    }
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

    /**
     * Sends one message once. Claimed before the send; a claim found
     * `sending` means an earlier attempt died mid-send: sent again under the
     * same idempotency key, which the provider answers without a second SMS.
     */
    async deliver(job: NotificationJobData): Promise<'sent' | 'already-sent' | 'stale'> {
      const b = await deps.bookingOf(job.bookingId);
      if (!b) throw new NotSendable(`no booking ${job.bookingId}`);
      // A reminder of a ride that was moved or cancelled since it was planned says nothing true.
      if (
        job.event.startsWith('remind') &&
        (b.status !== 'scheduled' || b.pickupWindow.start !== job.version)
      )
        return 'stale';
      const idempotencyKey = `${job.bookingId}.${job.event}.${job.version}.sms`;
      const claim = key(`sent:${idempotencyKey}`);
      const taken = await deps.redis.set(claim, 'sending', 'EX', KEEP_SECONDS, 'NX');
      if (!taken && (await deps.redis.get(claim)) === 'sent') return 'already-sent';
      const phone = await deps.phoneOf(b.citizenId);
      if (!phone) throw new NotSendable('the citizen has no phone');
      try {
        await deps.sms.send({
          to: phone,
          text: notificationText(job.event, b, deps.timeZone),
          idempotencyKey,
        });
      } catch (error) {
        if (error instanceof SmsSendError && !error.transient) {
          await deps.redis.set(claim, 'failed', 'EX', KEEP_SECONDS);
          throw new NotSendable(error.message);
        }
        throw error;
      }
      await deps.redis.set(claim, 'sent', 'EX', KEEP_SECONDS);
      return 'sent';
    },
  };
}

export type Notifications = ReturnType<typeof createNotifications>;
