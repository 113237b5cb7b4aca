import { describe, expect, it } from 'vitest';
import { aRequest, aVehicle, line } from '../../test/arbitraries.js';
import { findAlternativeTimes, insertRequest, type Plan, type Problem } from './index.js';

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
