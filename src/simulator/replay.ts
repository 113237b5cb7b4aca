import { DateTime } from 'luxon';
import type { RequestedTime } from '../domain/booking-windows.js';
import { findPlace } from '../domain/places/izmit-gazetteer.js';
import type { Wheelchair } from '../domain/services.js';
import type { Db } from '../infra/db/database.js';
import type { SimBooking, SimPoint } from './demand.js';
import { minutesOf, type Scenario } from './scenario.js';

/**
 * Recorded bookings as the simulator replays them: from the documented
 * bookings CSV (docs/simulator.md) or straight from the database.
 */

/** The CSV's columns, in this order; `docs/simulator.md` describes each. */
export const CSV_COLUMNS = [
  'id',
  'service',
  'booked_at',
  'pickup_at',
  'arrive_by',
  'asap',
  'pickup_lat',
  'pickup_lng',
  'pickup_place',
  'dropoff_lat',
  'dropoff_lng',
  'dropoff_place',
  'wheelchair',
  'companions',
  'infants',
  'return_of',
  'return_ready_after_minutes',
  'cancelled_at',
  'no_show',
  'rider',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/** Splits CSV text (RFC 4180 quoting) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((c) => c !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  row.push(cell);
  if (row.some((c) => c !== '')) rows.push(row);
  return rows;
}

/** A replay input problem, named by line and column. */
export class ReplayError extends Error {}

/** The service day a ride belongs to: its local date, the night before `dayStartsAt` counting to the evening. */
export function serviceDayOf(at: Date, scenario: Scenario): string {
  return DateTime.fromJSDate(at, { zone: scenario.timeZone })
    .minus({ minutes: minutesOf(scenario.dayStartsAt) })
    .toISODate()!;
}

function point(lat: number, lng: number, placeId: string | null, label: string): SimPoint {
  return { lat, lng, label: findPlace(placeId ?? '')?.name ?? label, placeId };
}

/** Recorded bookings by service day, read from the documented CSV. */
export function bookingsFromCsv(text: string, scenario: Scenario): Map<string, SimBooking[]> {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new ReplayError('the CSV is empty');
  const at = new Map<string, number>(header.map((h, i) => [h.trim(), i]));
  for (const c of [
    'id',
    'service',
    'booked_at',
    'pickup_lat',
    'pickup_lng',
    'dropoff_lat',
    'dropoff_lng',
  ])
    if (!at.has(c)) throw new ReplayError(`the CSV has no column ${c} (see docs/simulator.md)`);
  const out: SimBooking[] = [];
  rows.forEach((row, k) => {
    const line = k + 2;
    const get = (c: Column) => row[at.get(c) ?? -1]?.trim() ?? '';
    const date = (c: Column, required = false) => {
      const v = get(c);
      if (!v) {
        if (required) throw new ReplayError(`line ${line}, ${c}: a time is required`);
        return null;
      }
      const d = new Date(v);
      if (Number.isNaN(d.getTime()))
        throw new ReplayError(`line ${line}, ${c}: not an ISO 8601 time: ${v}`);
      return d;
    };
    const num = (c: Column, fallback?: number) => {
      const v = get(c);
      if (v === '' && fallback !== undefined) return fallback;
      const x = Number(v);
      if (v === '' || !Number.isFinite(x))
        throw new ReplayError(`line ${line}, ${c}: not a number: ${v}`);
      return x;
    };
    const bool = (c: Column) => ['true', '1', 'yes'].includes(get(c).toLowerCase());
    const bookedAt = date('booked_at', true)!;
    const asap = bool('asap');
    const pickupAt = date('pickup_at');
    const arriveBy = date('arrive_by');
    let time: RequestedTime;
    if (asap) time = { kind: 'asap', now: bookedAt };
    else if (arriveBy) time = { kind: 'arrive-by', appointment: arriveBy };
    else if (pickupAt) time = { kind: 'pickup', at: pickupAt };
    // A return "ready after" its outbound takes its time from the outbound's.
    else if (get('return_of') && get('return_ready_after_minutes'))
      time = { kind: 'pickup', at: bookedAt };
    else throw new ReplayError(`line ${line}: give pickup_at, arrive_by or asap=true`);
    const wheelchair = (get('wheelchair') || 'none') as Wheelchair;
    if (!['none', 'manual', 'electric'].includes(wheelchair))
      throw new ReplayError(`line ${line}, wheelchair: none, manual or electric`);
    const returnOf = get('return_of') || undefined;
    const ready = get('return_ready_after_minutes');
    const cancelled = date('cancelled_at');
    const id = get('id');
    out.push({
      id,
      service: get('service'),
      label: 'replay',
      riderId: get('rider') || id,
      bookedAt: bookedAt.getTime(),
      time,
      pickup: point(num('pickup_lat'), num('pickup_lng'), get('pickup_place') || null, 'pickup'),
      dropoff: point(
        num('dropoff_lat'),
        num('dropoff_lng'),
        get('dropoff_place') || null,
        'dropoff',
      ),
      wheelchair,
      companions: num('companions', 0),
      infants: num('infants', 0),
      ...(returnOf
        ? {
            returnOf,
            ...(ready || !pickupAt
              ? { returnReadyAfterMinutes: ready ? Number(ready) : ('service' as const) }
              : {}),
          }
        : {}),
      ...(cancelled ? { cancelAt: cancelled.getTime() } : {}),
      noShow: bool('no_show'),
    });
  });
  return byServiceDay(out, scenario);
}

function byServiceDay(bookings: SimBooking[], scenario: Scenario): Map<string, SimBooking[]> {
  const days = new Map<string, SimBooking[]>();
  const byId = new Map(bookings.map((b) => [b.id, b]));
  for (const b of bookings) {
    // A return rides with its outbound's day: they are planned together.
    const outbound = b.returnOf ? byId.get(b.returnOf) : undefined;
    const t = (outbound ?? b).time;
    const when = t.kind === 'pickup' ? t.at : t.kind === 'asap' ? t.now : t.appointment;
    const day = serviceDayOf(when, scenario);
    days.set(day, [...(days.get(day) ?? []), b]);
  }
  for (const list of days.values())
    list.sort((a, b) => a.bookedAt - b.bookedAt || (a.id < b.id ? -1 : 1));
  return new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1)));
}

interface BookingDbRow {
  id: string;
  service_id: string;
  citizen_id: string;
  status: string;
  pickup_place_id: string | null;
  pickup_lat: number;
  pickup_lng: number;
  dropoff_place_id: string | null;
  dropoff_lat: number;
  dropoff_lng: number;
  requested_pickup_at: Date | null;
  arrive_by: Date | null;
  asap: boolean;
  wheelchair: Wheelchair;
  companions: number;
  infants: number;
  return_of: string | null;
  return_ready_after_minutes: number | null;
  created_at: Date;
  cancelled_at: Date | null;
}

/**
 * Recorded bookings of service days `from`..`to` (ISO dates), read with one
 * SELECT and nothing else: the replay never writes. Personal data stays in
 * the database: only places, times, party sizes and outcomes are read, and
 * the citizen is kept as an opaque id for the one-ride-at-a-time rule.
 */
export async function bookingsFromDb(
  db: Db,
  from: string,
  to: string,
  scenario: Scenario,
): Promise<Map<string, SimBooking[]>> {
  const rows = await db.query<BookingDbRow>(
    `SELECT b.id, b.service_id, b.citizen_id, b.status, b.pickup_place_id, b.pickup_lat, b.pickup_lng,
            b.dropoff_place_id, b.dropoff_lat, b.dropoff_lng, b.requested_pickup_at, b.arrive_by, b.asap,
            b.wheelchair, b.companions, b.infants, b.return_of, b.return_ready_after_minutes, b.created_at,
            (SELECT min(e.at) FROM booking_events e
              WHERE e.booking_id = b.id AND e.to_status = 'cancelled') AS cancelled_at
       FROM bookings b
      WHERE b.service_date BETWEEN $1 AND $2
      ORDER BY b.created_at, b.id`,
    [from, to],
  );
  const out: SimBooking[] = rows.map((r) => {
    const created = new Date(r.created_at);
    const time: RequestedTime = r.asap
      ? { kind: 'asap', now: created }
      : r.arrive_by
        ? { kind: 'arrive-by', appointment: new Date(r.arrive_by) }
        : { kind: 'pickup', at: new Date(r.requested_pickup_at ?? created) };
    return {
      id: r.id,
      service: r.service_id,
      label: 'replay',
      riderId: r.citizen_id,
      bookedAt: created.getTime(),
      time,
      pickup: point(Number(r.pickup_lat), Number(r.pickup_lng), r.pickup_place_id, 'pickup'),
      dropoff: point(Number(r.dropoff_lat), Number(r.dropoff_lng), r.dropoff_place_id, 'dropoff'),
      wheelchair: r.wheelchair,
      companions: r.companions,
      infants: r.infants,
      ...(r.return_of
        ? {
            returnOf: r.return_of,
            ...(r.return_ready_after_minutes !== null
              ? { returnReadyAfterMinutes: r.return_ready_after_minutes }
              : r.requested_pickup_at
                ? {}
                : { returnReadyAfterMinutes: 'service' as const }),
          }
        : {}),
      ...(r.cancelled_at ? { cancelAt: new Date(r.cancelled_at).getTime() } : {}),
      noShow: r.status === 'no-show',
    };
  });
  return byServiceDay(out, scenario);
}
