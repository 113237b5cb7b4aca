import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICES } from '../features/services/default-services.js';
import {
  latestArrival,
  overlaps,
  promiseAround,
  returnOpensAt,
  rideIntervalOf,
  windowsFor,
} from './booking-windows.js';

const asi = DEFAULT_SERVICES.find((s) => s.id === 'asi-ulasim')!;
const anne = DEFAULT_SERVICES.find((s) => s.id === 'anne-taksi')!;
const at = (iso: string) => new Date(iso);
const minutes = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

describe('booking windows', () => {
  it('promises a pickup-time ride the service window from the requested time', () => {
    const w = windowsFor(anne, { kind: 'pickup', at: at('2026-11-26T12:00:00Z') });
    expect(w.pickupWindowStart).toEqual(at('2026-11-26T12:00:00Z'));
    expect(minutes(w.pickupWindowStart, w.pickupWindowEnd)).toBe(anne.pickupWindowMinutes);
    expect(w.dropoffDeadline).toBeNull();
  });

  it('keeps windows to whole seconds, as plans are', () => {
    const w = windowsFor(anne, { kind: 'asap', now: at('2026-11-26T12:34:56.789Z') });
    expect(w.pickupWindowStart).toEqual(at('2026-11-26T12:34:56Z'));
    expect(w.pickupWindowEnd.getMilliseconds()).toBe(0);
  });

  it('starts an as-soon-as-possible window now', () => {
    const now = at('2026-11-26T12:34:00Z');
    const w = windowsFor(anne, { kind: 'asap', now });
    expect(w.pickupWindowStart).toEqual(now);
    expect(minutes(now, w.pickupWindowEnd)).toBe(anne.pickupWindowMinutes);
  });

  it('makes an appointment ride arrive inside its arrival window, never an hour early', () => {
    const appointment = at('2026-11-27T08:00:00Z');
    const w = windowsFor(asi, { kind: 'arrive-by', appointment });
    expect(minutes(w.dropoffEarliest!, appointment)).toBe(asi.arrivalWindowMinutes);
    expect(minutes(w.dropoffDeadline!, appointment)).toBe(asi.arrivalMarginMinutes);
    expect(w.pickupWindowEnd).toEqual(w.dropoffDeadline);
  });

  it('keeps every arrival window non-empty and before the appointment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 120 }), (m, w) => {
        const rules = { ...asi, arrivalMarginMinutes: m, arrivalWindowMinutes: w };
        const appointment = at('2026-11-27T08:00:00Z');
        const win = windowsFor(rules, { kind: 'arrive-by', appointment });
        expect(win.dropoffEarliest!.getTime()).toBeLessThanOrEqual(win.dropoffDeadline!.getTime());
        expect(win.dropoffDeadline!.getTime()).toBeLessThanOrEqual(appointment.getTime());
        expect(win.pickupWindowStart.getTime()).toBeLessThan(win.dropoffEarliest!.getTime());
      }),
    );
  });

  it('centres the promise of a planned appointment ride inside what was allowed', () => {
    const allowed = { start: at('2026-11-27T06:00:00Z'), end: at('2026-11-27T07:20:00Z') };
    const p = promiseAround(asi, at('2026-11-27T07:15:00Z'), allowed);
    expect(p.start).toEqual(at('2026-11-27T07:00:00Z'));
    expect(p.end).toEqual(allowed.end);
  });
});

describe('return windows', () => {
  const appointment = at('2026-11-27T08:00:00Z');
  const arrival = at('2026-11-27T07:40:00Z');
  it('opens a return after the appointment, not before it', () => {
    expect(returnOpensAt(asi, { appointment, arrival }, { readyAfterMinutes: 30 })).toEqual(
      at('2026-11-27T08:30:00Z'),
    );
    expect(returnOpensAt(asi, { appointment, arrival }, { willCall: true })).toEqual(
      new Date(appointment.getTime() + asi.returnReadyAfterMinutes * 60_000),
    );
  });
  it('opens a pickup-time ride’s return after its arrival', () => {
    expect(returnOpensAt(anne, { appointment: null, arrival }, { readyAfterMinutes: 20 })).toEqual(
      at('2026-11-27T08:00:00Z'),
    );
  });
  it('takes a return time the caller gave as it is', () => {
    const pickupAt = at('2026-11-27T10:00:00Z');
    expect(returnOpensAt(asi, { appointment, arrival }, { pickupAt })).toEqual(pickupAt);
  });
});

describe('one ride at a time', () => {
  const ride = (start: string, end: string) => ({ start: at(start), end: at(end) });
  it('finds rides at the same minute overlapping, and back-to-back rides not', () => {
    const a = ride('2026-11-26T10:00:00Z', '2026-11-26T10:40:00Z');
    expect(overlaps(a, ride('2026-11-26T10:00:00Z', '2026-11-26T10:40:00Z'))).toBe(true);
    expect(overlaps(a, ride('2026-11-26T10:30:00Z', '2026-11-26T11:00:00Z'))).toBe(true);
    expect(overlaps(a, ride('2026-11-26T10:40:00Z', '2026-11-26T11:00:00Z'))).toBe(false);
  });
  it('is symmetric', () => {
    const t = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(t, t, t, t, (a, b, c, d) => {
        const x = {
          start: new Date(Math.min(a, b) * 60_000),
          end: new Date((Math.max(a, b) + 1) * 60_000),
        };
        const y = {
          start: new Date(Math.min(c, d) * 60_000),
          end: new Date((Math.max(c, d) + 1) * 60_000),
        };
        expect(overlaps(x, y)).toBe(overlaps(y, x));
      }),
    );
  });
  it('counts an unplanned ride as busy until its planned or estimated arrival', () => {
    const i = rideIntervalOf({
      pickupWindowStart: at('2026-11-26T10:00:00Z'),
      pickupWindowEnd: at('2026-11-26T10:20:00Z'),
      dropoffEarliest: null,
      dropoffDeadline: null,
      plannedPickupAt: null,
      plannedDropoffAt: null,
    });
    expect(minutes(i.start, i.end)).toBe(65);
  });
});

describe('latestArrival', () => {
  const at = (hhmm: string) => new Date(`2026-11-27T${hhmm}:00Z`);
  it('adds what the pickup can still slide inside its window to the planned arrival', () => {
    const ride = {
      plannedPickupAt: at('21:40'),
      plannedDropoffAt: at('21:54'),
      pickupWindowEnd: at('22:00'),
    };
    expect(latestArrival(ride)).toEqual(at('22:14'));
  });
  it("is the planned arrival when the pickup is already at its window's end, or past it", () => {
    expect(
      latestArrival({
        plannedPickupAt: at('22:00'),
        plannedDropoffAt: at('22:14'),
        pickupWindowEnd: at('22:00'),
      }),
    ).toEqual(at('22:14'));
    expect(
      latestArrival({
        plannedPickupAt: at('22:05'),
        plannedDropoffAt: at('22:19'),
        pickupWindowEnd: at('22:00'),
      }),
    ).toEqual(at('22:19'));
  });
});
