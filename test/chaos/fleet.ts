import { DateTime } from 'luxon';
import type { ApiClient, Session } from './api-client.js';

export const ZONE = 'Europe/Istanbul';

/** One of the suite's shifts: a vehicle and a driver the suite can log in as. */
export interface ChaosShift {
  shiftId: string;
  driverId: string;
  username: string;
  password: string;
  startsAt: DateTime;
  endsAt: DateTime;
  /** 0 for the shift around now, 1 for tomorrow … */
  day: number;
}

export interface Fleet {
  shifts: ChaosShift[];
  /** Every driver the suite may log in as: its own and the demo's. */
  drivers: { username: string; password: string }[];
  citizens: string[];
}

const DEMO_DRIVERS = Array.from({ length: 8 }, (_, i) => ({
  username: `surucu${i + 1}`,
  password: 'yoldas-surucu',
}));

const SERVICES = ['anne-taksi', 'engelsiz-taksi', 'asi-ulasim'];

async function ok<T>(answer: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const res = await answer;
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * The suite's fleet, built through the admin API at the real hour: each
 * vehicle has a shift around now (from an hour ago to ten hours ahead, across
 * midnight when it falls there) and, for longer runs, shifts on the days
 * after, so bookings spread over days as a city's do. Every vehicle serves
 * all three services (ramp, wheelchair places and infant seats).
 */
export async function buildFleet(
  client: ApiClient,
  admin: Session,
  options: {
    runId: string;
    vehicles: number;
    days: number;
    citizens: number;
    now: Date;
    /** The `v`-th vehicle's depot (a place or a point); by default all share the social services' garage. */
    depot?: (v: number) => Record<string, unknown>;
  },
): Promise<Fleet> {
  const now = DateTime.fromJSDate(options.now).setZone(ZONE);
  const todayStart = now.minus({ hours: 1 }).startOf('minute');
  const todayEnd = now.plus({ hours: 10 }).startOf('minute');
  const shifts: ChaosShift[] = [];
  const drivers = [...DEMO_DRIVERS];
  for (let v = 0; v < options.vehicles; v++) {
    const vehicle = await ok(
      client.call<{ id: string }>('POST', '/vehicles', admin, {
        body: {
          plate: `34 ${options.runId.slice(0, 3).toUpperCase()} ${100 + v}`,
          label: `Chaos ${v + 1}`,
          seats: 4,
          wheelchairPlaces: 2,
          infantSeats: 2,
          hasRamp: true,
          serviceIds: SERVICES,
          depot: options.depot?.(v) ?? { placeId: 'sosyal-destek-garaji' },
        },
      }),
      'vehicle',
    );
    const username = `chaos-${options.runId}-${v + 1}`;
    const password = 'chaos-surucu-parolasi';
    const driver = await ok(
      client.call<{ id: string }>('POST', '/drivers', admin, {
        body: { fullName: `Kaos Sürücü ${v + 1}`, phone: '0532 000 00 00', username, password },
      }),
      'driver',
    );
    drivers.push({ username, password });
    const spans: { day: number; start: DateTime; end: DateTime }[] = [
      { day: 0, start: todayStart, end: todayEnd },
    ];
    for (let d = 1; d < options.days; d++) {
      const date = now.plus({ days: d }).startOf('day');
      // Never overlapping the shift around now, which may run into tomorrow morning.
      const start = DateTime.max(date.set({ hour: 7 }), todayEnd);
      const end = date.set({ hour: 19 });
      if (end.diff(start, 'hours').hours >= 4) spans.push({ day: d, start, end });
    }
    for (const span of spans) {
      const breakEarliest =
        span.day === 0 ? span.start.plus({ minutes: 20 }) : span.start.set({ hour: 12 });
      const shift = await ok(
        client.call<{ id: string }>('POST', '/shifts', admin, {
          body: {
            driverId: driver.id,
            vehicleId: vehicle.id,
            startsAt: span.start.toISO(),
            endsAt: span.end.toISO(),
            breakEarliest: breakEarliest.toISO(),
            breakLatest: breakEarliest.plus({ minutes: span.day === 0 ? 30 : 120 }).toISO(),
            breakMinutes: 30,
          },
        }),
        'shift',
      );
      shifts.push({
        shiftId: shift.id,
        driverId: driver.id,
        username,
        password,
        startsAt: span.start,
        endsAt: span.end,
        day: span.day,
      });
    }
  }
  const validFrom = now.minus({ days: 1 }).toISODate();
  const validUntil = now.plus({ days: 60 }).toISODate();
  // A metropolitan day has thousands of riders: registered a few at a time, in order.
  const citizens: string[] = new Array(options.citizens);
  let nextCitizen = 0;
  await Promise.all(
    Array.from({ length: Math.min(8, options.citizens) }, async () => {
      while (nextCitizen < options.citizens) {
        const c = nextCitizen++;
        const citizen = await ok(
          client.call<{ id: string }>('POST', '/citizens', admin, {
            body: {
              fullName: `Kaos Vatandaş ${options.runId} ${c + 1}`,
              phone: `0532 ${String(100 + (c % 900)).padStart(3, '0')} ${String(Math.floor(c / 900) % 100).padStart(2, '0')} 00`,
              mobility: 'manual-wheelchair',
              eligibility: SERVICES.map((serviceId) => ({
                serviceId,
                validFrom,
                validUntil,
                basis: 'kaos testi',
              })),
            },
          }),
          'citizen',
        );
        citizens[c] = citizen.id;
      }
    }),
  );
  return { shifts, drivers, citizens };
}
