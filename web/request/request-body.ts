import { DateTime } from 'luxon';
import type { BookingView } from '../../src/features/bookings/bookings.schema.js';

export const ZONE = 'Europe/Istanbul';

/** A place as the booking API takes it: a gazetteer id, or a saved point. */
export type PlaceChoice =
  | { kind: 'place'; placeId: string }
  | { kind: 'point'; label: string; lat: number; lng: number; placeId?: string | null };

/** The door at the pickup, as the citizen types it; blank parts are not sent. */
export interface DoorDetails {
  street: string;
  buildingNo: string;
  floor: string;
  flat: string;
  directions: string;
}

export const EMPTY_DOOR: DoorDetails = {
  street: '',
  buildingNo: '',
  floor: '',
  flat: '',
  directions: '',
};

/** The answers of the request form, one per question. */
export interface Answers {
  citizenId: string;
  serviceId: string;
  from: PlaceChoice | null;
  /** Building, floor, flat and directions at the pickup: kept whatever else changes. */
  door: DoorDetails;
  to: PlaceChoice | null;
  when: 'asap' | 'at' | 'arrive';
  /** Local İzmit date (yyyy-MM-dd) and time (HH:mm) for `at` and `arrive`. */
  date: string;
  time: string;
  ret: 'none' | 'call' | 'after';
  wheelchair: 'none' | 'manual' | 'electric';
  walkingAid: boolean;
  companions: number;
  infants: number;
  note: string;
}

/** The door parts typed, trimmed; undefined when none was. */
function doorAddress(door: DoorDetails): Partial<DoorDetails> | undefined {
  const parts = Object.entries(door)
    .map(([k, v]) => [k, v.trim()] as const)
    .filter(([, v]) => v !== '');
  return parts.length > 0 ? Object.fromEntries(parts) : undefined;
}

function location(choice: PlaceChoice) {
  if (choice.kind === 'place') return { placeId: choice.placeId };
  return choice.placeId
    ? { placeId: choice.placeId, label: choice.label, lat: choice.lat, lng: choice.lng }
    : { label: choice.label, lat: choice.lat, lng: choice.lng };
}

/** A local İzmit date and time as the API's instant, or undefined when not a real time. */
export function instantOf(date: string, time: string): string | undefined {
  const at = DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
  return at.isValid ? (at.toUTC().toISO({ suppressMilliseconds: true }) ?? undefined) : undefined;
}

/**
 * The POST /api/bookings body for the answers: the same contract operators
 * use, never an override. `pickAt` replaces the time with an alternative the
 * scheduler offered.
 */
export function bookingBody(a: Answers, pickAt?: string): Record<string, unknown> {
  if (!a.from || !a.to) throw new Error('from and to are required');
  const at = instantOf(a.date, a.time);
  const door = doorAddress(a.door);
  const time: Record<string, unknown> = pickAt
    ? a.when === 'arrive'
      ? { arriveBy: pickAt }
      : { pickupAt: pickAt }
    : a.when === 'asap'
      ? { asap: true }
      : a.when === 'arrive'
        ? { arriveBy: at }
        : { pickupAt: at };
  return {
    serviceId: a.serviceId,
    citizenId: a.citizenId,
    pickup: { ...location(a.from), ...(door ? { address: door } : {}) },
    dropoff: location(a.to),
    ...time,
    wheelchair: a.wheelchair,
    walkingAid: a.walkingAid,
    companions: a.companions,
    infants: a.infants,
    ...(a.note.trim() ? { notes: a.note.trim() } : {}),
    ...(a.ret === 'call'
      ? { returnTrip: { willCall: true } }
      : a.ret === 'after'
        ? { returnTrip: { readyAfterMinutes: 60 } }
        : {}),
  };
}

/** An instant as İzmit's local time, in words a screen reader says well: "14:30, 27 Kasım". */
export function spokenTime(iso: string, lang: 'tr' | 'en'): string {
  const at = DateTime.fromISO(iso, { zone: ZONE }).setLocale(lang);
  return `${at.toFormat('HH:mm')}, ${at.toFormat(lang === 'tr' ? 'd MMMM cccc' : 'cccc d MMMM')}`;
}

/** The answers of a past ride, to ask for it again from the "when" question. */
export function rebookAnswers(r: BookingView): Answers {
  const place = (p: BookingView['pickup']) =>
    p.placeId && !p.address
      ? { kind: 'place' as const, placeId: p.placeId }
      : { kind: 'point' as const, label: p.label, lat: p.lat, lng: p.lng, placeId: p.placeId };
  return {
    citizenId: r.citizenId,
    date: '',
    time: '',
    ret: 'none',
    note: '',
    serviceId: r.serviceId,
    from: place(r.pickup),
    // The door typed last time is the door this time.
    door: { ...EMPTY_DOOR, ...(r.pickup.address ?? {}) },
    to: place(r.dropoff),
    when: r.arriveBy ? 'arrive' : 'at',
    wheelchair: r.passengers.wheelchair,
    walkingAid: r.walkingAid,
    companions: r.passengers.companions,
    infants: r.passengers.infants,
  };
}
