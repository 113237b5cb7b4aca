import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRequest, arbProblem, aVehicle, line } from '../../test/arbitraries.js';
import {
  findAlternativeTimes,
  insertRequest,
  type Plan,
  type Problem,
  type TimeWindow,
  windowSearch,
} from './index.js';

describe('findAlternativeTimes', () => {
  it('offers the nearest shifted times that fit, leaving the plan alone', () => {
    // The car carries "busy" alone from 100 (at 3) to 300 (at 1): "new" at
    // 150 cannot be served; 60 or 120 earlier it fits before, 180 later after.
    const problem: Problem = {
      requests: [
        aRequest({
          id: 'busy',
          pickupLocation: 3,
          dropoffLocation: 1,
          pickupWindow: { earliest: 100, latest: 100 },
          dropoffWindow: { earliest: 300, latest: 300 },
          maxRideTime: 1000,
          shareable: false,
        }),
        aRequest({
          id: 'new',
          pickupLocation: 2,
          dropoffLocation: 3,
          pickupWindow: { earliest: 150, latest: 160 },
          dropoffWindow: { earliest: 0, latest: 1000 },
        }),
      ],
      vehicles: [aVehicle({ id: 'car' })],
      matrix: line(4),
    };
    const start: Plan = { routes: [], unassigned: ['busy', 'new'] };
    const first = insertRequest(problem, start, 'busy');
    if (first.kind !== 'assigned') throw new Error('busy not assigned');
    expect(insertRequest(problem, first.plan, 'new')).toMatchObject({ kind: 'refused' });
    const alts = findAlternativeTimes(problem, first.plan, 'new', {
      offsets: [-120, 120, -60, 60, 180, 240],
      max: 2,
    });
    expect(alts.map((a) => a.offset)).toEqual([-60, -120]);
    expect(alts[0]!.pickup.start).toBeGreaterThanOrEqual(90 - 1e-9);
    expect(alts[0]!.pickup.start).toBeLessThanOrEqual(100 + 1e-9);
    const later = findAlternativeTimes(problem, first.plan, 'new', {
      offsets: [60, 120, 180],
      max: 3,
    });
    expect(later.map((a) => a.offset)).toEqual([180]);
    // The shared compiled problem is restored: the original still does not fit.
    expect(insertRequest(problem, first.plan, 'new')).toMatchObject({ kind: 'refused' });
  });
});

describe('windowSearch', () => {
  it('finds what insertRequest finds in a problem with those windows, and leaves the problem as it was', () => {
    fc.assert(
      fc.property(
        arbProblem({ maxRequests: 10, maxVehicles: 3 }),
        fc.array(fc.tuple(fc.integer({ min: -120, max: 120 }), fc.integer({ min: 0, max: 60 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (problem, tries) => {
          const ids = problem.requests.map((r) => r.id);
          // Half the day booked, then the last request searched under other windows.
          let plan: Plan = { routes: [], unassigned: ids };
          for (const id of ids.slice(0, -1)) {
            const out = insertRequest(problem, plan, id);
            if (out.kind === 'assigned') plan = out.plan;
          }
          const id = ids[ids.length - 1]!;
          const before = insertRequest(problem, plan, id);
          const search = windowSearch(problem, plan, id);
          for (const [shift, narrow] of tries) {
            const pickup: TimeWindow = {
              earliest: search.pickup.earliest + shift,
              latest: Math.max(search.pickup.earliest, search.pickup.latest - narrow) + shift,
            };
            const dropoff: TimeWindow = {
              earliest: search.dropoff.earliest + shift,
              latest: search.dropoff.latest + shift,
            };
            const found = search.tryWith(pickup, dropoff);
            const alone: Problem = {
              ...problem,
              requests: problem.requests.map((r) =>
                r.id === id ? { ...r, pickupWindow: pickup, dropoffWindow: dropoff } : r,
              ),
            };
            const expected = insertRequest(alone, plan, id);
            if (expected.kind === 'refused') expect(found).toBeNull();
            else {
              expect(found?.route).toEqual(
                expected.plan.routes.find((r) => r.vehicleId === expected.vehicleId),
              );
              expect(found?.delta).toBeCloseTo(expected.addedCost, 9);
            }
          }
          // The shared compiled problem is restored after each try.
          expect(insertRequest(problem, plan, id)).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});
