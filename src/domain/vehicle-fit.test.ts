import { describe, expect, it } from 'vitest';
import {
  type FitRide,
  type FitVehicle,
  ridesThatNoLongerFit,
  takesCapacityAway,
} from './vehicle-fit.js';

const van: FitVehicle = {
  capacity: { seats: 2, wheelchairs: 1, infantSeats: 0 },
  hasRamp: true,
  hasLift: false,
  serviceIds: ['engelsiz-taksi', 'asi-ulasim'],
};
const ride = (id: string, over: Partial<FitRide> = {}): FitRide => ({
  id,
  serviceId: 'engelsiz-taksi',
  load: { seats: 1, wheelchairs: 0, infantSeats: 0 },
  needs: [],
  movable: true,
  ...over,
});
const stops = (...ids: [string, 'pickup' | 'dropoff'][]) =>
  ids.map(([refId, kind]) => ({ refId, kind }));

describe('which planned rides a changed vehicle can no longer carry', () => {
  it('keeps the earlier pickups and lets go of the ride that would overfill the car', () => {
    const rides = new Map(['a', 'b', 'c'].map((id) => [id, ride(id)]));
    const route = stops(
      ['a', 'pickup'],
      ['b', 'pickup'],
      ['a', 'dropoff'],
      ['c', 'pickup'],
      ['b', 'dropoff'],
      ['c', 'dropoff'],
    );
    expect(ridesThatNoLongerFit(route, rides, van)).toEqual([]);
    const oneSeat = { ...van, capacity: { ...van.capacity, seats: 1 } };
    // b would ride with a; c boards after a left but b is gone, so c fits.
    expect(ridesThatNoLongerFit(route, rides, oneSeat)).toEqual(['b']);
  });

  it('lets go of wheelchair rides when the ramp goes, and of a service the car no longer serves', () => {
    const rides = new Map([
      [
        'w',
        ride('w', {
          load: { seats: 0, wheelchairs: 1, infantSeats: 0 },
          needs: ['wheelchairAccess'],
        }),
      ],
      ['v', ride('v', { serviceId: 'asi-ulasim' })],
      ['s', ride('s')],
    ]);
    const route = stops(
      ['w', 'pickup'],
      ['w', 'dropoff'],
      ['v', 'pickup'],
      ['v', 'dropoff'],
      ['s', 'pickup'],
      ['s', 'dropoff'],
    );
    expect(
      ridesThatNoLongerFit(route, rides, {
        ...van,
        hasRamp: false,
        serviceIds: ['engelsiz-taksi'],
      }),
    ).toEqual(['w', 'v']);
    // A lift serves a wheelchair as well as a ramp does.
    expect(ridesThatNoLongerFit(route, rides, { ...van, hasRamp: false, hasLift: true })).toEqual(
      [],
    );
  });

  it('never moves a ride under way, and counts its places for the others', () => {
    const rides = new Map([
      [
        'aboard',
        ride('aboard', { movable: false, load: { seats: 2, wheelchairs: 0, infantSeats: 0 } }),
      ],
      ['next', ride('next')],
    ]);
    const route = stops(['aboard', 'dropoff'], ['next', 'pickup'], ['next', 'dropoff']);
    // The passenger aboard was picked up before this route's stops: only the drop-off is left.
    expect(
      ridesThatNoLongerFit(route, rides, { ...van, capacity: { ...van.capacity, seats: 0 } }),
    ).toEqual(['next']);
    const both = stops(
      ['aboard', 'pickup'],
      ['next', 'pickup'],
      ['aboard', 'dropoff'],
      ['next', 'dropoff'],
    );
    expect(
      ridesThatNoLongerFit(both, rides, { ...van, capacity: { ...van.capacity, seats: 1 } }),
    ).toEqual(['next']);
  });

  it('tells a change that takes something away from one that only adds or renames', () => {
    expect(takesCapacityAway(van, { ...van, capacity: { ...van.capacity, seats: 3 } })).toBe(false);
    expect(takesCapacityAway(van, { ...van, serviceIds: [...van.serviceIds, 'anne-taksi'] })).toBe(
      false,
    );
    expect(takesCapacityAway(van, { ...van, capacity: { ...van.capacity, wheelchairs: 0 } })).toBe(
      true,
    );
    expect(takesCapacityAway(van, { ...van, hasRamp: false })).toBe(true);
    expect(takesCapacityAway(van, { ...van, serviceIds: ['engelsiz-taksi'] })).toBe(true);
  });
});
