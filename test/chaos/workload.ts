import { DateTime } from 'luxon';
import { IZMIT_PLACES } from '../../src/domain/places/izmit-gazetteer.js';
import { type Fleet, ZONE } from './fleet.js';

/** A seeded generator (mulberry32): the same seed makes the same workload. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byKind = (...kinds: string[]) => IZMIT_PLACES.filter((p) => kinds.includes(p.kind));
const HOMES = byKind('mahalle');
const VILLAGES = byKind('mahalle', 'koy');
const HOSPITALS = byKind('hospital');
const CLINICS = byKind('hospital', 'health-centre');

/** The marker written into a booking's notes: finds the booking of a request even without its key. */
export const marker = (runId: string, index: number) => `chaos ${runId} #${index}`;

const OVERRIDE = { reason: 'kaos testi: bir vatandaşa çok yolculuk' };

/**
 * The body of the `index`-th booking, made when it is sent (so its times are
 * ahead of "now" however long the run has been going): a wheelchair ride, a
 * mother going home (as soon as possible or at a time) or a vaccination
 * appointment with its return, on a day and at an hour one of the suite's
 * shifts covers. Citizens ride many times: the operator's overlap override
 * lets one citizen hold overlapping rides, as the reason says.
 */
export function bookingBody(
  fleet: Fleet,
  runId: string,
  index: number,
  seed: number,
  now: Date,
): Record<string, unknown> {
  const random = seededRandom(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const at = DateTime.fromJSDate(now).setZone(ZONE);
  const shift = pick(fleet.shifts);
  // Engelsiz Taksi needs 30 minutes' notice; a margin for the time the request takes.
  const from = DateTime.max(shift.startsAt.plus({ minutes: 10 }), at.plus({ minutes: 40 }));
  const to = shift.endsAt.minus({ minutes: 60 });
  const span = Math.max(0, to.diff(from, 'minutes').minutes);
  const time = from.plus({ minutes: Math.floor((random() * span) / 5) * 5 }).startOf('minute');
  const common = {
    citizenId: pick(fleet.citizens),
    notes: marker(runId, index),
    overlapOverride: OVERRIDE,
  };
  const kind = random();
  if (shift.day >= 1 && kind < 0.3) {
    return {
      ...common,
      serviceId: 'asi-ulasim',
      pickup: { placeId: pick(VILLAGES).id },
      dropoff: { placeId: pick(CLINICS).id },
      arriveBy: time.plus({ minutes: 60 }).toISO(),
      ...(random() < 0.3 ? { returnTrip: { readyAfterMinutes: 45 } } : {}),
    };
  }
  if (shift.day <= 1 && kind < 0.55) {
    const asap = shift.day === 0 && random() < 0.4;
    return {
      ...common,
      serviceId: 'anne-taksi',
      pickup: { placeId: pick(HOSPITALS).id },
      dropoff: { placeId: pick(HOMES).id },
      ...(asap ? { asap: true } : { pickupAt: time.toISO() }),
      infants: 1,
      companions: random() < 0.5 ? 1 : 0,
    };
  }
  return {
    ...common,
    serviceId: 'engelsiz-taksi',
    pickup: { placeId: pick(HOMES).id },
    dropoff: { placeId: pick(HOSPITALS).id },
    pickupAt: time.toISO(),
    wheelchair: random() < 0.8 ? 'manual' : 'electric',
    ...(random() < 0.1 ? { returnTrip: { willCall: true } } : {}),
  };
}
