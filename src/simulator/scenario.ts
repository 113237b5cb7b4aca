import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { findPlace } from '../domain/places/izmit-gazetteer.js';

/**
 * A simulation scenario: the demand (per service, over the day, from where to
 * where, booked how long ahead, cancelled and missed how often), the fleet
 * with its rosters, and what an hour and a kilometre cost. Documented field
 * by field in docs/simulator.md; the shipped ones are in `scenarios/`.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
/** Local clock time; hours past 24 reach into the next morning (a night shift's end). */
const clockTime = z.string().regex(/^\d{1,2}:\d{2}$/, 'a time as HH:MM (hours may exceed 24)');
const share = z.number().min(0).max(1);
const weekday = z.number().int().min(1).max(7);

const placeKind = z.enum([
  'mahalle',
  'koy',
  'hospital',
  'health-centre',
  'vaccination-centre',
  'depot',
]);

const placeId = z.string().refine((id) => findPlace(id) !== undefined, {
  message: 'not a place of the gazetteer (src/domain/places/izmit-gazetteer.ts)',
});

const point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

export const locationSpec = z
  .object({
    /** Gazetteer places, drawn uniformly (or by `weights`). */
    places: z.array(placeId).min(1).optional(),
    weights: z.array(z.number().min(0)).optional(),
    /** Every gazetteer place of these kinds. */
    kinds: z.array(placeKind).min(1).optional(),
    /** A uniformly random point in a disc. */
    area: point.extend({ radiusKm: z.number().positive().max(200) }).optional(),
    /** Homes lie around a place's centroid, this many metres at most. */
    jitterMetres: z.number().min(0).max(5000).default(0),
  })
  .strict()
  .refine((l) => [l.places, l.kinds, l.area].filter(Boolean).length === 1, {
    message: 'give exactly one of places, kinds or area',
  })
  .refine((l) => !l.weights || (l.places && l.weights.length === l.places.length), {
    message: 'weights need places, one weight each',
    path: ['weights'],
  });
export type LocationSpec = z.infer<typeof locationSpec>;

const demand = z
  .object({
    service: z.string().min(1),
    /** A name for the table ("births", "dialysis"). */
    label: z.string().optional(),
    /** Mean requests per day (outbound rides; returns come on top), drawn Poisson. */
    perDay: z.number().min(0).max(200_000),
    /** The period the demand exists (Engelsiz Taksi started in October 2021). */
    from: isoDate.optional(),
    until: isoDate.optional(),
    weekdays: z.array(weekday).min(1).optional(),
    /** Arrival over the day: [hour, weight] pairs, weight held until the next hour given. */
    profile: z
      .array(z.tuple([z.number().min(0).max(24), z.number().min(0)]))
      .min(1)
      .default([[0, 1]]),
    /** How the ride is asked for; shares are normalised. Arrive-by only for arrive-by services. */
    timing: z
      .object({ asap: share.default(0), pickup: share.default(0), arriveBy: share.default(0) })
      .strict()
      .optional(),
    origin: locationSpec,
    destination: locationSpec,
    /** A fixed population: each rider keeps one home and one destination (regular trips). */
    riders: z.number().int().positive().max(1_000_000).optional(),
    /** Riders booked together from one place to the same appointment (a village's vaccine day). */
    group: z
      .object({ min: z.number().int().min(1), max: z.number().int().min(1) })
      .strict()
      .refine((g) => g.max >= g.min, { message: 'max must be at least min', path: ['max'] })
      .optional(),
    party: z
      .object({
        /** Share of riders in a wheelchair, and of those, in an electric one. */
        wheelchair: share.default(0),
        electric: share.default(0),
        /** Chance of one companion. */
        companion: share.default(0),
        /** Chance of a newborn (an infant seat). */
        infant: share.default(0),
      })
      .strict()
      .default({ wheelchair: 0, electric: 0, companion: 0, infant: 0 }),
    /** How long before the ride it is booked, uniform in minutes (ASAP rides: at once). */
    leadMinutes: z
      .object({ min: z.number().min(0), max: z.number().min(0) })
      .strict()
      .refine((l) => l.max >= l.min, { message: 'max must be at least min', path: ['max'] })
      .default({ min: 60, max: 1440 }),
    returns: z
      .object({ share, readyAfterMinutes: z.number().int().min(0).max(720).optional() })
      .strict()
      .optional(),
    cancelRate: share.default(0),
    noShowRate: share.default(0),
  })
  .strict();
export type DemandSpec = z.infer<typeof demand>;

const shift = z
  .object({
    start: clockTime,
    end: clockTime,
    breakMinutes: z.number().int().min(0).max(120).default(0),
    breakFrom: clockTime.optional(),
    breakTo: clockTime.optional(),
    weekdays: z.array(weekday).min(1).optional(),
  })
  .strict()
  .refine((s) => minutesOf(s.end) > minutesOf(s.start), {
    message: 'end must be after start',
    path: ['end'],
  })
  .refine((s) => s.breakMinutes === 0 || (s.breakFrom && s.breakTo), {
    message: 'a break needs breakFrom and breakTo',
    path: ['breakFrom'],
  });

const vehicleType = z
  .object({
    type: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    count: z.number().int().min(0).max(20_000),
    seats: z.number().int().min(0).max(60),
    wheelchairPlaces: z.number().int().min(0).max(10).default(0),
    infantSeats: z.number().int().min(0).max(10).default(0),
    ramp: z.boolean().default(false),
    lift: z.boolean().default(false),
    services: z.array(z.string()).min(1),
    /** A gazetteer place, or several (vehicles spread over them in turn), or points. */
    depots: z.array(z.union([placeId, point])).min(1),
    shifts: z.array(shift).min(1),
  })
  .strict();
export type VehicleTypeSpec = z.infer<typeof vehicleType>;

const ruleOverrides = z
  .object({
    active: z.boolean(),
    minNoticeMinutes: z.number().int().min(0),
    maxDaysAhead: z.number().int().min(0),
    sameDayAllowed: z.boolean(),
    pickupWindowMinutes: z.number().int().min(1).max(240),
    arrivalMarginMinutes: z.number().int().min(0),
    arrivalWindowMinutes: z.number().int().min(0),
    asapAllowed: z.boolean(),
    returnReadyAfterMinutes: z.number().int().min(0),
    maxRideFactor: z.number().min(1),
    maxRideExtraMinutes: z.number().min(0),
    sharedRides: z.boolean(),
    maxCompanions: z.number().int().min(0),
    returnTrip: z.boolean(),
  })
  .partial()
  .strict();
export type RuleOverrides = z.infer<typeof ruleOverrides>;

export const scenarioSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    seed: z.number().int().default(1),
    timeZone: z.string().default('Europe/Istanbul'),
    /** The first simulated service day, and how many follow. */
    startDate: isoDate,
    days: z.number().int().min(1).max(366).default(1),
    /**
     * Simulate only every n-th day of the period (a year compressed to a
     * representative set of days); totals are scaled back up by n.
     */
    everyNthDay: z.number().int().min(1).max(60).default(1),
    /** A service day runs from this local time to the same time next day (night rides belong to the evening's shifts). */
    dayStartsAt: clockTime.default('04:00'),
    /** Rule changes on top of the services as configured (src/features/services/default-services.ts). */
    services: z.record(z.string(), ruleOverrides).default({}),
    demand: z.array(demand).min(1),
    fleet: z.array(vehicleType).min(1),
    reoptimise: z
      .object({
        /** As the worker: every N simulated minutes, on the stops not yet reached; 0: never. */
        everyMinutes: z.number().int().min(0).default(15),
        /** The optimiser's budget per run, in iterations (wall time would not be reproducible). */
        iterations: z.number().int().min(0).default(300),
        /**
         * The service stops a run's search after REOPTIMISE_TODAY_SECONDS; the
         * simulator, to stay reproducible, after this many of the optimiser's
         * stop checks (one per 8–16 requests looked at while polishing).
         * Unset: no limit but `iterations` (fine for small fleets).
         */
        maxSteps: z.number().int().min(1).optional(),
      })
      .strict()
      .default({ everyMinutes: 15, iterations: 300 }),
    /**
     * `city`: every vehicle may take every booking. `depots`: the day is
     * dispatched district by district, as a large agency does: a rider's
     * bookings go to the district of the garage nearest their first pickup
     * (among garages with vehicles for the service), and each district's
     * vehicles, bookings and re-optimisation form a day of their own.
     */
    areas: z.enum(['city', 'depots']).default('city'),
    /** Budget of the hindsight run (all the day's requests at once), in ALNS iterations; 0: skip. */
    hindsightIterations: z.number().int().min(0).default(2000),
    /**
     * A reproducible bound on the hindsight run's search, counted as
     * `reoptimise.maxSteps` is: its polishing tries every request in every
     * capable vehicle, which iterations alone do not bound on a metropolitan
     * day. Unset: `hindsightIterations` only.
     */
    hindsightMaxSteps: z.number().int().min(1).optional(),
    /**
     * Pickups and drop-offs must lie in İzmit's service area (the booking
     * path's rule); `none` for a hypothetical city elsewhere or larger.
     */
    serviceArea: z.enum(['izmit', 'none']).default('izmit'),
    travel: z
      .object({
        /** Drivers meet the plan's travel times only on average: each leg × (1 ± noise), uniform. */
        noise: z.number().min(0).max(0.9).default(0.15),
        /** The offline model's areas (src/infra/maps/offline-model-settings.ts), for a bigger city. */
        centre: point.optional(),
        centreRadiusKm: z.number().positive().optional(),
        districtRadiusKm: z.number().positive().optional(),
      })
      .strict()
      .default({ noise: 0.15 }),
    costs: z
      .object({
        perVehicleHour: z.number().min(0).default(0),
        perKm: z.number().min(0).default(0),
        currency: z.string().default('TRY'),
      })
      .strict()
      .default({ perVehicleHour: 0, perKm: 0, currency: 'TRY' }),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** A scenario problem named by its field, e.g. `fleet.0.seats: expected number`. */
export class ScenarioError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`invalid scenario:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
    this.name = 'ScenarioError';
  }
}

/** Validates parsed scenario data; throws `ScenarioError` naming each bad field. */
export function parseScenario(data: unknown): Scenario {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    throw new ScenarioError(
      parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
    );
  }
  return parsed.data;
}

/** Reads a scenario from YAML (`.yaml`, `.yml`) or JSON text. */
export function parseScenarioText(text: string, fileName = 'scenario.yaml'): Scenario {
  const data = fileName.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  return parseScenario(data);
}

export function loadScenario(path: string): Scenario {
  return parseScenarioText(readFileSync(path, 'utf8'), path);
}
