import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  actionsAtStop,
  isOnDriversDay,
  noShowAllowedFrom,
  refusalOf,
  stopStateOf,
} from './driver-stops.js';

const ZONE = 'Europe/Istanbul';
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toJSDate();
const rules = { dayToleranceMinutes: 30, noShowWaitMinutes: 5 };

describe('the driver’s day', () => {
  it('never lets tomorrow’s 10:00 pickup be acted on today, at any hour', () => {
    for (const now of ['2026-03-10T00:05', '2026-03-10T10:00', '2026-03-10T23:40']) {
      expect(isOnDriversDay(at('2026-03-11T10:00'), at(now), ZONE, rules)).toBe(false);
    }
    expect(isOnDriversDay(at('2026-03-10T23:00'), at('2026-03-10T06:00'), ZONE, rules)).toBe(true);
  });
  it('allows a stop just across midnight, within the tolerance only', () => {
    expect(isOnDriversDay(at('2026-03-11T00:10'), at('2026-03-10T23:50'), ZONE, rules)).toBe(true);
    expect(isOnDriversDay(at('2026-03-10T23:45'), at('2026-03-11T00:10'), ZONE, rules)).toBe(true);
    expect(isOnDriversDay(at('2026-03-11T00:40'), at('2026-03-10T23:50'), ZONE, rules)).toBe(false);
  });
  it('keeps a running night shift’s stops on the driver’s day, late or early, and no other shift’s', () => {
    const night = { startsAt: at('2026-03-10T17:00'), endsAt: at('2026-03-11T08:00') };
    // Forty minutes late after midnight for the 23:40 pickup: still tonight's work.
    expect(isOnDriversDay(at('2026-03-10T23:40'), at('2026-03-11T00:20'), ZONE, rules)).toBe(false);
    expect(isOnDriversDay(at('2026-03-10T23:40'), at('2026-03-11T00:20'), ZONE, rules, night)).toBe(
      true,
    );
    // Before midnight, the 01:30 pickup of the same shift.
    expect(isOnDriversDay(at('2026-03-11T01:30'), at('2026-03-10T23:00'), ZONE, rules, night)).toBe(
      true,
    );
    // Tomorrow night's shift is not tonight's: its 23:00 pickup waits.
    const tomorrowNight = { startsAt: at('2026-03-11T17:00'), endsAt: at('2026-03-12T08:00') };
    expect(
      isOnDriversDay(at('2026-03-11T23:00'), at('2026-03-10T23:30'), ZONE, rules, tomorrowNight),
    ).toBe(false);
    // The server says the same: a late arrival after midnight goes through.
    expect(
      refusalOf({
        action: 'arrived',
        status: 'scheduled',
        plannedPickupAt: at('2026-03-10T23:40'),
        arrivedAt: null,
        windowStart: at('2026-03-10T23:30'),
        at: at('2026-03-11T00:20'),
        timeZone: ZONE,
        rules,
        shift: night,
      }),
    ).toBeUndefined();
  });
  it('counts the local day, not UTC’s (İzmit is UTC+3)', () => {
    // 01:00 local is 22:00 UTC the day before.
    expect(isOnDriversDay(at('2026-03-10T01:00'), at('2026-03-10T20:00'), ZONE, rules)).toBe(true);
  });
});

describe('actions at a stop, in order', () => {
  it('offers arrived first, then picked up or no-show, then dropped off at the drop-off only', () => {
    expect(actionsAtStop('pickup', 'scheduled')).toEqual(['arrived']);
    expect(actionsAtStop('pickup', 'arrived')).toEqual(['picked-up', 'no-show']);
    expect(actionsAtStop('pickup', 'on-board')).toEqual([]);
    expect(actionsAtStop('dropoff', 'scheduled')).toEqual([]);
    expect(actionsAtStop('dropoff', 'arrived')).toEqual([]);
    expect(actionsAtStop('dropoff', 'on-board')).toEqual(['dropped-off']);
  });
});

describe('each stop its own state', () => {
  it('never shows the pickup’s state on the drop-off', () => {
    expect(stopStateOf('pickup', 'arrived')).toBe('arrived');
    expect(stopStateOf('dropoff', 'arrived')).toBe('planned');
    expect(stopStateOf('pickup', 'on-board')).toBe('done');
    expect(stopStateOf('dropoff', 'on-board')).toBe('planned');
    expect(stopStateOf('dropoff', 'completed')).toBe('done');
    expect(stopStateOf('pickup', 'no-show')).toBe('no-show');
    expect(stopStateOf('dropoff', 'no-show')).toBe('skipped');
  });
});

describe('no-show after the waiting time', () => {
  it('counts the wait from the arrival, or from the window’s start when the driver came early', () => {
    expect(noShowAllowedFrom(at('2026-03-10T10:03'), at('2026-03-10T10:00'), rules)).toEqual(
      at('2026-03-10T10:08'),
    );
    expect(noShowAllowedFrom(at('2026-03-10T09:40'), at('2026-03-10T10:00'), rules)).toEqual(
      at('2026-03-10T10:05'),
    );
  });
  it('refuses a no-show before the wait is over, and allows it after', () => {
    const base = {
      action: 'no-show' as const,
      status: 'arrived' as const,
      plannedPickupAt: at('2026-03-10T10:00'),
      arrivedAt: at('2026-03-10T10:01'),
      windowStart: at('2026-03-10T10:00'),
      timeZone: ZONE,
      rules,
    };
    expect(refusalOf({ ...base, at: at('2026-03-10T10:04') })).toEqual({
      reason: 'too-early',
      from: at('2026-03-10T10:06'),
    });
    expect(refusalOf({ ...base, at: at('2026-03-10T10:06') })).toBeUndefined();
  });
  it('refuses tomorrow’s pickup today but always lets an aboard passenger off', () => {
    const tomorrow = {
      status: 'scheduled' as const,
      plannedPickupAt: at('2026-03-11T10:00'),
      arrivedAt: null,
      windowStart: at('2026-03-11T10:00'),
      at: at('2026-03-10T16:00'),
      timeZone: ZONE,
      rules,
    };
    expect(refusalOf({ ...tomorrow, action: 'arrived' })).toEqual({ reason: 'not-today' });
    // Picked up at 23:20, planned off at 23:50, running late past midnight.
    expect(
      refusalOf({
        ...tomorrow,
        action: 'dropped-off',
        status: 'on-board',
        plannedPickupAt: at('2026-03-10T23:20'),
        at: at('2026-03-11T00:45'),
      }),
    ).toBeUndefined();
  });
});
