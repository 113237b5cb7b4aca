import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFleet, parseTarget } from './find-fleet.js';
import { parseChange } from './fleet-and-rules.js';
import { bookingsFromCsv } from './replay.js';
import { parseScenario, ScenarioError } from './scenario.js';
import { runScenario } from './simulate.js';
import type { DayResult } from './simulate-day.js';

/** A small weekday in İzmit: a few mothers and wheelchair users, two cars and a ramp taxi. */
function small(over: Record<string, unknown> = {}) {
  return {
    name: 'small',
    seed: 7,
    startDate: '2026-03-02',
    days: 1,
    reoptimise: { everyMinutes: 30, iterations: 50 },
    hindsightIterations: 100,
    demand: [
      {
        service: 'anne-taksi',
        perDay: 6,
        profile: [
          [9, 1],
          [16, 0],
        ],
        timing: { asap: 0.5, pickup: 0.5 },
        origin: { places: ['seka-devlet-hastanesi', 'kocaeli-devlet-hastanesi'] },
        destination: { kinds: ['mahalle'], jitterMetres: 300 },
        party: { infant: 1 },
        leadMinutes: { min: 60, max: 600 },
        cancelRate: 0.1,
      },
      {
        service: 'engelsiz-taksi',
        perDay: 4,
        profile: [
          [9, 1],
          [15, 0],
        ],
        origin: { kinds: ['mahalle'], jitterMetres: 300 },
        destination: { places: ['kocaeli-sehir-hastanesi'] },
        party: { wheelchair: 1 },
        leadMinutes: { min: 120, max: 1440 },
        returns: { share: 1, readyAfterMinutes: 60 },
        noShowRate: 0.2,
      },
    ],
    fleet: [
      {
        type: 'mother-car',
        count: 2,
        seats: 3,
        infantSeats: 2,
        services: ['anne-taksi'],
        depots: ['sosyal-destek-garaji'],
        shifts: [
          { start: '08:00', end: '18:00', breakMinutes: 30, breakFrom: '12:00', breakTo: '14:00' },
        ],
      },
      {
        type: 'ramp-taxi',
        count: 1,
        seats: 3,
        wheelchairPlaces: 1,
        ramp: true,
        services: ['engelsiz-taksi'],
        depots: ['izmit-belediyesi-arac-parki'],
        shifts: [{ start: '08:00', end: '18:00' }],
      },
    ],
    ...over,
  };
}

/**
 * Every served return that follows its outbound's arrival is planned no
 * sooner than the outbound's planned drop-off plus the wait: the citizen is
 * never fetched before ready. Returns how many were checked.
 */
function checkReturnsAfterReady(days: DayResult[]): number {
  const byId = new Map(days.flatMap((d) => d.bookings.map((b) => [b.id, b] as const)));
  let checked = 0;
  for (const r of days.flatMap((d) => d.bookings)) {
    const outbound = r.returnOf ? byId.get(r.returnOf) : undefined;
    if (r.outcome !== 'served' || r.readyAfterMinutes === undefined) continue;
    if (outbound?.outcome !== 'served') continue;
    const ready = outbound.plannedDropoffAt! + r.readyAfterMinutes * 60_000;
    expect(r.plannedPickupAt, `${r.id} picked up before ready`).toBeGreaterThanOrEqual(ready);
    // The outbound is held to arrive by the return's window less the wait (`arriveBefore`).
    expect(ready, `${r.returnOf} arrives after its return opens`).toBeLessThanOrEqual(
      r.promisedStart!,
    );
    checked++;
  }
  return checked;
}

describe('fleet simulator', { timeout: 30_000 }, () => {
  it('gives the same figures for the same seed, and others for another seed', () => {
    const a = runScenario(parseScenario(small()));
    const b = runScenario(parseScenario(small()));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.summary.requested).toBeGreaterThan(5);
    expect(a.summary.feasible).toBe(true);
    const c = runScenario(parseScenario(small({ seed: 8 })));
    expect(JSON.stringify(c.summary)).not.toBe(JSON.stringify(a.summary));
  });

  it('refuses what the services’ rules refuse, with the rule as the reason', () => {
    const scenario = parseScenario(
      small({
        demand: [
          // Engelsiz Taksi wants 30 minutes' notice: these callers give 5 to 20.
          {
            service: 'engelsiz-taksi',
            perDay: 5,
            profile: [
              [10, 1],
              [14, 0],
            ],
            origin: { kinds: ['mahalle'] },
            destination: { places: ['kocaeli-sehir-hastanesi'] },
            leadMinutes: { min: 5, max: 20 },
          },
          // Vaccine rides are booked the day before at the latest, never "as soon as possible".
          {
            service: 'asi-ulasim',
            perDay: 3,
            profile: [
              [10, 1],
              [14, 0],
            ],
            timing: { asap: 1 },
            origin: { kinds: ['koy'] },
            destination: { places: ['izmit-asi-merkezi'] },
          },
          // Wheelchair users, and no vehicle with a ramp or a lift for this service.
          {
            service: 'anne-taksi',
            perDay: 4,
            profile: [
              [10, 1],
              [14, 0],
            ],
            origin: { places: ['seka-devlet-hastanesi'] },
            destination: { kinds: ['mahalle'] },
            party: { wheelchair: 1, infant: 1 },
            leadMinutes: { min: 60, max: 120 },
          },
        ],
      }),
    );
    const { summary, days } = runScenario(scenario, { hindsight: false });
    const byService = (id: string) => days[0]!.bookings.filter((b) => b.service === id);
    expect(byService('engelsiz-taksi').length).toBeGreaterThan(0);
    for (const b of byService('engelsiz-taksi')) expect(b.refusal).toBe('rule:too-short-notice');
    expect(byService('asi-ulasim').length).toBeGreaterThan(0);
    for (const b of byService('asi-ulasim')) expect(b.refusal).toBe('rule:asap');
    expect(byService('anne-taksi').length).toBeGreaterThan(0);
    for (const b of byService('anne-taksi')) expect(b.refusal).toBe('no-capable-vehicle');
    expect(summary.served).toBe(0);
    expect(summary.servedShare).toBe(0);
  });

  it('serves wheelchair users once a ramp vehicle may carry them', () => {
    const withRamp = parseScenario(small());
    const { days } = runScenario(withRamp, { hindsight: false });
    const wheelchair = days[0]!.bookings.filter((b) => b.service === 'engelsiz-taksi');
    expect(wheelchair.some((b) => b.outcome === 'served')).toBe(true);
    // Every carried ride was planned inside the rules: the final plans pass the engine's checker.
    expect(days.every((d) => d.feasible)).toBe(true);
  });

  it('never plans a return before its citizen is ready: the outbound’s drop-off plus the wait', () => {
    // Shared ramp taxis busy with outbounds and their returns: later rides join the outbounds' cars.
    const base = small();
    const scenario = parseScenario(
      small({
        demand: [
          {
            ...base.demand[1],
            perDay: 16,
            party: { wheelchair: 0.3, companion: 0.5 },
            returns: { share: 1, readyAfterMinutes: 20 },
            noShowRate: 0.1,
          },
        ],
        fleet: [{ ...base.fleet[1], count: 3, seats: 4, wheelchairPlaces: 2 }],
      }),
    );
    const { days } = runScenario(scenario, { hindsight: false });
    expect(checkReturnsAfterReady(days)).toBeGreaterThan(5);
    expect(days.every((d) => d.feasible)).toBe(true);
  });

  it('dispatched by district, plans each booking once and keeps the roster’s order', () => {
    // The mothers' cars split over two garages: each is a district of its own.
    const base = small();
    const fleet = (base.fleet as { type: string; depots: unknown[] }[]).map((f) =>
      f.type === 'mother-car'
        ? { ...f, depots: ['sosyal-destek-garaji', 'izmit-belediyesi-arac-parki'] }
        : f,
    );
    const scenario = parseScenario(small({ fleet, areas: 'depots' }));
    const districts = runScenario(scenario);
    expect(JSON.stringify(runScenario(scenario))).toBe(JSON.stringify(districts));
    const city = runScenario(parseScenario(small({ fleet })));
    const ids = (r: typeof city) => r.days.flatMap((d) => d.bookings.map((b) => b.id));
    expect(ids(districts)).toEqual(ids(city));
    expect(districts.summary.feasible).toBe(true);
    expect(districts.days[0]!.vehicles.map((v) => v.shiftId)).toEqual(
      city.days[0]!.vehicles.map((v) => v.shiftId),
    );
  });

  it('names the field of a bad scenario', () => {
    const bad = small();
    (bad.fleet[0] as Record<string, unknown>).seats = 'three';
    (bad.demand[0] as Record<string, unknown>).origin = { places: ['atlantis'] };
    try {
      parseScenario(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      const paths = (error as ScenarioError).issues.map((i) => i.path);
      expect(paths).toContain('fleet.0.seats');
      expect(paths).toContain('demand.0.origin.places.0');
      expect((error as Error).message).toMatch(/demand\.0\.origin\.places\.0: not a place/);
    }
    expect(() => parseScenario({ ...small(), days: 0 })).toThrow(/days:/);
    expect(() => parseChange('add-vehicle')).toThrow(/add-vehicle:<type>/);
    expect(() => parseChange('window:0')).toThrow(/window minutes/);
  });
});

describe('find-fleet', { timeout: 30_000 }, () => {
  it('finds the fewest cars that serve the mothers, along a curve that never serves fewer with more cars', () => {
    const base = small();
    const scenario = parseScenario({
      ...base,
      demand: [{ ...base.demand[0], perDay: 14, cancelRate: 0 }],
      fleet: [{ ...base.fleet[0], count: 3 }],
      reoptimise: { everyMinutes: 0, iterations: 0 },
    });
    const search = findFleet(scenario, { served: 0.95, onTime: 0 });
    expect(search.fleet).not.toBeNull();
    const cars = search.fleet!['mother-car']!;
    expect(cars).toBeGreaterThan(0);
    const byCars = new Map(search.curve.map((p) => [p.counts['mother-car']!, p]));
    // The fleet is the smallest meeting the target: one car fewer misses it.
    expect(byCars.get(cars)!.meets).toBe(true);
    expect(byCars.get(cars - 1)?.meets ?? false).toBe(false);
    const shares = search.curve.map((p) => p.servedShare);
    for (let i = 1; i < shares.length; i++)
      expect(shares[i]).toBeGreaterThanOrEqual(shares[i - 1]!);
  });

  it('reads a target and refuses a bad one by name', () => {
    expect(parseTarget('served=0.95,ontime=0.9')).toEqual({ served: 0.95, onTime: 0.9 });
    expect(() => parseTarget('served=95')).toThrow(/served=95/);
    expect(() => parseTarget('speed=1')).toThrow(/speed=1/);
  });
});

describe('replay', { timeout: 30_000 }, () => {
  const csv = readFileSync(new URL('./fixtures/recorded-week.csv', import.meta.url), 'utf8');

  it('replays a recorded week: every recorded booking is requested again, on its own day', () => {
    const scenario = parseScenario(small({ hindsightIterations: 0 }));
    const recorded = bookingsFromCsv(csv, scenario);
    const rows = csv.trim().split('\n').length - 1;
    expect([...recorded.keys()]).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    const { summary } = runScenario(scenario, { recorded });
    expect(summary.requested).toBe(rows);
    expect(summary.cancelled).toBe(1);
    expect(summary.noShows).toBe(1);
    // The small scenario's fleet has no vehicle for vaccine rides: refused, and named so.
    expect(summary.refusals['no-capable-vehicle']).toBe(4);
  });

  it('names the line and column of a bad recorded booking', () => {
    const scenario = parseScenario(small());
    const broken = csv.replace('2026-03-02T09:15:00Z', 'yesterday');
    expect(() => bookingsFromCsv(broken, scenario)).toThrow(
      /line 2, booked_at: not an ISO 8601 time/,
    );
  });
});
