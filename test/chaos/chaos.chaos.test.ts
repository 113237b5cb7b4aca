import { describe, expect, it } from 'vitest';
import { runChaos } from './run-chaos.js';

/*
 * The fault suite's short run (the full one is `npm run chaos`): the real
 * processes, PostgreSQL from DATABASE_URL (API and two workers apart) or else
 * PGlite (one process, API and worker, killed as one), 150 bookings with
 * cancels and driver taps, and every kind of fault at least twice at fixed
 * points of the workload. Faults fall by progress, not by the clock, and the
 * checks are invariants of the end state, so a slow machine makes it slower,
 * never red.
 */
describe('the fault suite, short run', () => {
  it('loses, duplicates, double-assigns and strands nothing while processes die', async () => {
    const result = await runChaos({
      bookings: 150,
      seconds: 0,
      seed: 7,
      sockets: 60,
      concurrency: 8,
      ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
      ...(process.env.CHAOS_LOG ? { log: (m: string) => console.log(`[chaos] ${m}`) } : {}),
    });
    const failures = {
      lost: result.lost,
      duplicated: result.duplicated,
      doubleAssigned: result.doubleAssigned,
      cancelledButRouted: result.cancelledButRouted,
      unplanned: result.unplanned,
      manifestMismatch: result.manifestMismatch,
    };
    const context = `${JSON.stringify({ ...result, problems: undefined })}\n${result.problems.join('\n')}`;
    expect(failures, context).toEqual({
      lost: 0,
      duplicated: 0,
      doubleAssigned: 0,
      cancelledButRouted: 0,
      unplanned: 0,
      manifestMismatch: 0,
    });
    expect(result.acknowledged, context).toBe(150);
    expect(result.crashes, context).toEqual([]);
    // The faults did happen: a run that broke nothing proves nothing.
    expect(result.faults['worker-kill']).toBeGreaterThanOrEqual(2);
    expect(result.faults['api-kill']).toBeGreaterThanOrEqual(2);
    expect(result.faults['redis-kill']).toBeGreaterThanOrEqual(2);
    expect(result.faults['redis-wipe']).toBe(1);
    expect(result.faults['sockets-drop']).toBeGreaterThanOrEqual(2);
    if (result.database === 'postgres') expect(result.faults['db-drop']).toBeGreaterThanOrEqual(2);
    expect(
      result.client.networkErrors,
      'the API was killed with requests in flight',
    ).toBeGreaterThan(0);
    expect(result.writes.cancels + result.writes.taps).toBeGreaterThan(0);
  });
});
