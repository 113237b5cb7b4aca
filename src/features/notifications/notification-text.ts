import { DateTime } from 'luxon';
import type { BookingView } from '../bookings/bookings.schema.js';

/** What a citizen is told about, once per ride and version. */
export const NOTIFICATION_EVENTS = [
  'confirmed',
  'changed',
  'cancelled',
  'refused',
  'remind-day-before',
  'remind-soon',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

const at = (iso: string, zone: string) =>
  DateTime.fromISO(iso, { zone }).setLocale('tr').toFormat('d MMMM HH:mm');
const hm = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat('HH:mm');

/**
 * The SMS of an event, in short plain Turkish (what most riders read); the
 * window is the one promised, the car by its plate.
 */
export function notificationText(event: NotificationEvent, b: BookingView, zone: string): string {
  const window = `${at(b.pickupWindow.start, zone)}–${hm(b.pickupWindow.end, zone)}`;
  const plate = b.planned ? ` Araç: ${b.planned.vehicle.plate}.` : '';
  switch (event) {
    case 'confirmed':
      return `Yoldaş: Yolculuğunuz onaylandı. Araç sizi ${window} arasında ${b.pickup.label} adresinden alacak.${plate}`;
    case 'changed':
      return `Yoldaş: Yolculuğunuz değişti. Yeni alınma aralığı: ${window}.${plate}`;
    case 'cancelled':
      return `Yoldaş: ${at(b.pickupWindow.start, zone)} yolculuğunuz iptal edildi.`;
    case 'refused': {
      const first = b.refusal?.alternatives[0];
      const alt = first
        ? ` Boş saat: ${at(first.plannedPickupAt, zone)}. Çağrı merkezini arayın ya da yeniden isteyin.`
        : '';
      return `Yoldaş: ${at(b.pickupWindow.start, zone)} için araç bulunamadı.${alt}`;
    }
    case 'remind-day-before':
      return `Yoldaş hatırlatma: Yarın ${window} arasında alınacaksınız (${b.pickup.label}).${plate}`;
    case 'remind-soon':
      return `Yoldaş: Aracınız ${window} arasında kapınızda olacak.${plate} Lütfen hazır olun.`;
  }
}
