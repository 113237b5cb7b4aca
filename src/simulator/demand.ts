import { DateTime } from 'luxon';
import type { RequestedTime } from '../domain/booking-windows.js';
import { findPlace, IZMIT_PLACES, NEARBY_HOSPITALS } from '../domain/places/izmit-gazetteer.js';
import type { Place } from '../domain/places/place.js';
import type { ServiceRules, Wheelchair } from '../domain/services.js';
import { createRandom, type Random } from '../scheduling/random.js';
import { type DemandSpec, type LocationSpec, minutesOf, type Scenario } from './scenario.js';

export interface SimPoint {
  lat: number;
  lng: number;
  label: string;
  /** The gazetteer place it lies at or around (the service area's hospital exception needs it). */
  placeId: string | null;
}

/** One booking as a caller would make it, with what will happen to it. */
export interface SimBooking {
  id: string;
  service: string;
  /** The demand line it came from (for the table), or `replay`. */
  label: string;
  riderId: string;
  /** When the call comes in (ms since the epoch). */
  bookedAt: number;
  time: RequestedTime;
  pickup: SimPoint;
  dropoff: SimPoint;
  wheelchair: Wheelchair;
  companions: number;
  infants: number;
  /** A return asked for with the outbound: ready this long after the appointment or arrival. */
  returnReadyAfterMinutes?: number | 'service';
  /** Set on the return booking: its outbound's id. */
  returnOf?: string;
  /** When the caller cancels (ms), if they do. */
  cancelAt?: number;
  noShow: boolean;
}

const ALL_PLACES: readonly Place[] = [...IZMIT_PLACES, ...NEARBY_HOSPITALS];

/** A stable 32-bit hash of a string, to seed one day's or one line's stream. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function poisson(rnd: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) {
    // Normal approximation (Box–Muller): exact enough, and O(1) at a metropolitan mean.
    const u = Math.max(rnd.next(), 1e-12);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.next());
    return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
  }
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rnd.next();
  } while (p > l);
  return k - 1;
}

function pickWeighted<T>(rnd: Random, items: readonly T[], weights?: readonly number[]): T {
  if (!weights) return items[rnd.int(items.length)]!;
  const total = weights.reduce((s, w) => s + w, 0);
  let x = rnd.next() * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i]!;
    if (x < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

const METRES_PER_DEG_LAT = 111_320;

function around(rnd: Random, lat: number, lng: number, radiusM: number) {
  if (radiusM <= 0) return { lat, lng };
  const r = radiusM * Math.sqrt(rnd.next());
  const a = rnd.next() * 2 * Math.PI;
  return {
    lat: lat + (r * Math.cos(a)) / METRES_PER_DEG_LAT,
    lng: lng + (r * Math.sin(a)) / (METRES_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180)),
  };
}

/** The place a location spec names, before jitter. */
function basePlace(rnd: Random, spec: LocationSpec): SimPoint {
  if (spec.area) {
    const p = around(rnd, spec.area.lat, spec.area.lng, spec.area.radiusKm * 1000);
    return { ...p, label: 'address', placeId: null };
  }
  const pool = spec.places
    ? spec.places.map((id) => findPlace(id)!)
    : ALL_PLACES.filter((p) => spec.kinds!.includes(p.kind));
  const place = pickWeighted(rnd, pool, spec.places ? spec.weights : undefined);
  return { lat: place.lat, lng: place.lng, label: place.name, placeId: place.id };
}

function jittered(rnd: Random, base: SimPoint, metres: number): SimPoint {
  if (metres <= 0) return base;
  // A home near the place: the place's id is kept (it is where the home is).
  return { ...base, ...around(rnd, base.lat, base.lng, metres), label: `${base.label} (ev)` };
}

export function drawPoint(rnd: Random, spec: LocationSpec): SimPoint {
  return jittered(rnd, basePlace(rnd, spec), spec.jitterMetres);
}

interface Rider {
  id: string;
  home: SimPoint;
  destination: SimPoint;
  wheelchair: Wheelchair;
}

/** The local midnight of a service date, in ms. */
export function localMidnight(date: string, timeZone: string): number {
  return DateTime.fromISO(date, { zone: timeZone }).startOf('day').toMillis();
}

/** Service dates of the scenario's period (every n-th day). */
export function serviceDates(scenario: Scenario): string[] {
  const out: string[] = [];
  const first = DateTime.fromISO(scenario.startDate, { zone: scenario.timeZone });
  for (let d = 0; d < scenario.days; d += scenario.everyNthDay)
    out.push(first.plus({ days: d }).toISODate()!);
  return out;
}

function activeOn(line: DemandSpec, date: string, timeZone: string): boolean {
  if (line.from && date < line.from) return false;
  if (line.until && date > line.until) return false;
  if (line.weekdays) {
    const wd = DateTime.fromISO(date, { zone: timeZone }).weekday;
    if (!line.weekdays.includes(wd)) return false;
  }
  return true;
}

/** A minute of the service day from the arrival profile (piecewise constant weights by hour). */
function drawMinute(
  rnd: Random,
  profile: readonly (readonly [number, number])[],
  dayStart: number,
) {
  const sorted = [...profile].sort((a, b) => a[0] - b[0]);
  const pieces: { from: number; to: number; weight: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]![0] * 60;
    const to = (sorted[i + 1]?.[0] ?? 24) * 60;
    if (to > from) pieces.push({ from, to, weight: sorted[i]![1] * (to - from) });
  }
  const piece = pickWeighted(
    rnd,
    pieces,
    pieces.map((p) => p.weight),
  );
  const minute = piece.from + rnd.next() * (piece.to - piece.from);
  // Hours before the day's start belong to its night, at the end of the service day.
  return minute < dayStart ? minute + 24 * 60 : minute;
}

function drawTiming(
  rnd: Random,
  line: DemandSpec,
  rules: ServiceRules | undefined,
): 'asap' | 'pickup' | 'arrive-by' {
  const t = line.timing ?? {
    asap: 0,
    pickup: rules?.timing === 'arrive-by' ? 0 : 1,
    arriveBy: rules?.timing === 'arrive-by' ? 1 : 0,
  };
  const shares = [t.asap, t.pickup, t.arriveBy];
  return pickWeighted(rnd, ['asap', 'pickup', 'arrive-by'] as const, shares);
}

/**
 * The bookings of one service day: a pure function of the scenario, the
 * date and the seed, so a fleet change never changes the demand it meets.
 */
export function generateDay(
  scenario: Scenario,
  date: string,
  rules: ReadonlyMap<string, ServiceRules>,
): SimBooking[] {
  const midnight = localMidnight(date, scenario.timeZone);
  const dayStart = minutesOf(scenario.dayStartsAt);
  const out: SimBooking[] = [];
  scenario.demand.forEach((line, li) => {
    if (!activeOn(line, date, scenario.timeZone)) return;
    const rnd = createRandom(hashSeed(scenario.seed, date, li));
    const riders = line.riders ? riderPool(scenario.seed, li, line) : null;
    const groups = poisson(rnd, line.group ? line.perDay / meanGroup(line) : line.perDay);
    for (let g = 0; g < groups; g++) {
      const size = line.group ? line.group.min + rnd.int(line.group.max - line.group.min + 1) : 1;
      const minute = drawMinute(rnd, line.profile, dayStart);
      const at = midnight + Math.round(minute) * 60_000;
      const timing = drawTiming(rnd, line, rules.get(line.service));
      const lead =
        line.leadMinutes.min + rnd.next() * (line.leadMinutes.max - line.leadMinutes.min);
      const bookedAt = timing === 'asap' ? at : at - Math.round(lead) * 60_000;
      const origin = basePlace(rnd, line.origin);
      const destination = drawPoint(rnd, line.destination);
      for (let m = 0; m < size; m++) {
        const rider = riders ? riders[rnd.int(riders.length)]! : null;
        const wheelchair: Wheelchair =
          rider?.wheelchair ??
          (rnd.next() < line.party.wheelchair
            ? rnd.next() < line.party.electric
              ? 'electric'
              : 'manual'
            : 'none');
        const id = `${date}-${li}-${g}-${m}`;
        const cancelled = rnd.next() < line.cancelRate;
        const noShow = !cancelled && rnd.next() < line.noShowRate;
        const time: RequestedTime =
          timing === 'asap'
            ? { kind: 'asap', now: new Date(bookedAt) }
            : timing === 'pickup'
              ? { kind: 'pickup', at: new Date(at) }
              : { kind: 'arrive-by', appointment: new Date(at) };
        const booking: SimBooking = {
          id,
          service: line.service,
          label: line.label ?? line.service,
          riderId: rider?.id ?? id,
          bookedAt,
          time,
          pickup: rider?.home ?? jittered(rnd, origin, line.origin.jitterMetres),
          dropoff: rider?.destination ?? destination,
          wheelchair,
          companions: rnd.next() < line.party.companion ? 1 : 0,
          infants: rnd.next() < line.party.infant ? 1 : 0,
          noShow,
        };
        // An ASAP caller cancels while the car is on its way; others any time before the ride.
        const cancelSpan = timing === 'asap' ? 20 * 60_000 : Math.max(0, at - bookedAt);
        if (cancelled) booking.cancelAt = bookedAt + Math.round(rnd.next() * cancelSpan);
        out.push(booking);
        if (line.returns && rnd.next() < line.returns.share) {
          out.push({
            ...booking,
            id: `${id}-r`,
            returnOf: id,
            returnReadyAfterMinutes: line.returns.readyAfterMinutes ?? 'service',
            pickup: booking.dropoff,
            dropoff: booking.pickup,
            // The return goes with its outbound: cancelled together; a no-show is not carried back.
            noShow: false,
          });
        }
      }
    }
  });
  return out.sort((a, b) => a.bookedAt - b.bookedAt || (a.id < b.id ? -1 : 1));
}

function meanGroup(line: DemandSpec): number {
  return line.group ? (line.group.min + line.group.max) / 2 : 1;
}

function riderPool(seed: number, li: number, line: DemandSpec): Rider[] {
  const rnd = createRandom(hashSeed(seed, 'riders', li));
  return Array.from({ length: line.riders ?? 0 }, (_, k) => ({
    id: `rider-${li}-${k}`,
    home: drawPoint(rnd, line.origin),
    destination: drawPoint(rnd, line.destination),
    wheelchair:
      rnd.next() < line.party.wheelchair
        ? rnd.next() < line.party.electric
          ? 'electric'
          : 'manual'
        : 'none',
  }));
}
