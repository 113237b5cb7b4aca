import { describe, expect, it } from 'vitest';
import type { StoredStop } from './planning-snapshot.js';
import { routeWithoutRide } from './route-release.js';

const depot = { lat: 40.7615, lng: 29.925, label: 'Garaj' };
const home = { lat: 40.77, lng: 29.93, label: 'Ev' };
const hospital = { lat: 40.7685, lng: 29.93, label: 'Hastane' };
const school = { lat: 40.78, lng: 29.95, label: 'Okul' };

const stop = (
  kind: StoredStop['kind'],
  refId: string,
  place: typeof home,
  minute: number,
): StoredStop => {
  const at = new Date(Date.UTC(2026, 10, 27, 8, minute)).toISOString();
  return { kind, refId, arrival: at, start: at, departure: at, ...place };
};

describe('a route once a ride is cancelled', () => {
  it('takes the break where the car then stands, not at the cancelled drop-off', () => {
    const route = [
      stop('pickup', 'a', school, 0),
      stop('dropoff', 'a', home, 10),
      stop('pickup', 'b', home, 15),
      stop('dropoff', 'b', hospital, 25),
      stop('break', 'brk', hospital, 30),
      stop('pickup', 'c', school, 70),
    ];
    const kept = routeWithoutRide(route, 'b', depot);
    expect(kept.map((s) => `${s.kind}:${s.refId}:${s.label}`)).toEqual([
      'pickup:a:Okul',
      'dropoff:a:Ev',
      'break:brk:Ev',
      'pickup:c:Okul',
    ]);
    // Times as planned.
    expect(kept[2]!.start).toBe(route[4]!.start);
  });

  it('takes it at the depot when the cancelled ride was the first, and leaves other breaks alone', () => {
    const first = [
      stop('pickup', 'b', home, 15),
      stop('dropoff', 'b', hospital, 25),
      stop('break', 'brk', hospital, 30),
      stop('pickup', 'c', school, 70),
    ];
    expect(routeWithoutRide(first, 'b', depot)[0]).toMatchObject({ kind: 'break', label: 'Garaj' });
    const elsewhere = [
      stop('pickup', 'a', school, 0),
      stop('break', 'brk', school, 10),
      stop('pickup', 'b', home, 50),
      stop('dropoff', 'b', hospital, 60),
    ];
    expect(routeWithoutRide(elsewhere, 'b', depot)).toEqual(elsewhere.slice(0, 2));
    expect(routeWithoutRide(elsewhere, 'zzz', depot)).toEqual(elsewhere);
  });
});
