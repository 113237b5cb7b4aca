import { DateTime } from 'luxon';
import {
  DEFAULT_TEMPLATES,
  fillTemplate,
  type MessageLanguage,
  type NotificationEvent,
  type PlaceholderValues,
} from '../../domain/message-templates.js';
import type { BookingView } from '../bookings/bookings.schema.js';

export { NOTIFICATION_EVENTS, type NotificationEvent } from '../../domain/message-templates.js';

const at = (iso: string, zone: string, lang: MessageLanguage) =>
  DateTime.fromISO(iso, { zone }).setLocale(lang).toFormat('d MMMM HH:mm');
const hm = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat('HH:mm');

/**
 * What a message's slots say about a ride, in the citizen's language: the
 * window promised, the car by its plate, the driver by first name only.
 */
export function placeholderValues(
  b: BookingView,
  opts: { zone: string; lang: MessageLanguage; serviceName: string; eta?: string | undefined },
): PlaceholderValues {
  const { zone, lang } = opts;
  const first = b.refusal?.alternatives[0];
  return {
    window: `${at(b.pickupWindow.start, zone, lang)}–${hm(b.pickupWindow.end, zone)}`,
    date: at(b.pickupWindow.start, zone, lang),
    pickup: b.pickup.label,
    plate: b.planned?.vehicle.plate ?? '—',
    driver: b.planned?.driverName.split(/\s+/)[0] ?? '',
    eta: hm(opts.eta ?? b.planned?.pickupAt ?? b.pickupWindow.start, zone),
    service: opts.serviceName,
    alternative: first ? at(first.plannedPickupAt, zone, lang) : lang === 'tr' ? 'yok' : 'none',
  };
}

/** The built-in text of an event, filled (used when a service has no text of its own). */
export function notificationText(
  event: NotificationEvent,
  b: BookingView,
  zone: string,
  lang: MessageLanguage = 'tr',
): string {
  return fillTemplate(
    DEFAULT_TEMPLATES[lang][event],
    placeholderValues(b, { zone, lang, serviceName: b.serviceId }),
  );
}
