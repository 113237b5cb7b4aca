import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countdownText,
  countingStrikes,
  isLateCancel,
  isSuspended,
  lateCancelDeadline,
  type Strike,
  secondsUntil,
  warningDue,
} from './no-show-policy.js';

const MIN = 60_000;
const DAY = 86_400_000;
const t0 = new Date('2026-11-26T09:00:00Z');
const policy = { noShowWarnAfter: 3, noShowPeriodDays: 30, lateCancelsCount: false };

describe('late cancels', () => {
  it('counts a cancel inside the deadline as late, and one before it as not', () => {
    const window = new Date(t0.getTime() + 120 * MIN);
    expect(isLateCancel(window, new Date(window.getTime() - 61 * MIN), 60)).toBe(false);
    expect(isLateCancel(window, new Date(window.getTime() - 60 * MIN), 60)).toBe(false);
    expect(isLateCancel(window, new Date(window.getTime() - 59 * MIN), 60)).toBe(true);
    // After the window opened (the car on its way) it is late all the more.
    expect(isLateCancel(window, new Date(window.getTime() + 5 * MIN), 60)).toBe(true);
  });

  it('has no late cancel when the service sets no deadline', () => {
    expect(isLateCancel(t0, t0, 0)).toBe(false);
  });

  it('is late exactly when the cancel comes after the deadline (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2880 }),
        fc.integer({ min: -3000, max: 3000 }),
        (minutes, offset) => {
          const at = new Date(t0.getTime() + offset * MIN);
          expect(isLateCancel(t0, at, minutes)).toBe(
            at.getTime() > lateCancelDeadline(t0, minutes).getTime(),
          );
          expect(isLateCancel(t0, at, minutes)).toBe(offset > -minutes);
        },
      ),
    );
  });
});

describe('the warning after N no-shows in a period', () => {
  const noShow = (daysAgo: number): Strike => ({
    kind: 'no-show',
    at: new Date(t0.getTime() - daysAgo * DAY),
  });
  const late = (daysAgo: number): Strike => ({
    kind: 'late-cancel',
    at: new Date(t0.getTime() - daysAgo * DAY),
  });

  it('warns at the third no-show in 30 days, not the second', () => {
    expect(warningDue([noShow(1), noShow(2)], null, t0, policy)).toBe(false);
    expect(warningDue([noShow(1), noShow(2), noShow(0)], null, t0, policy)).toBe(true);
  });

  it('forgets no-shows older than the period', () => {
    expect(warningDue([noShow(1), noShow(2), noShow(31)], null, t0, policy)).toBe(false);
  });

  it('counts late cancels only when the service says so', () => {
    const strikes = [noShow(1), late(2), late(3)];
    expect(warningDue(strikes, null, t0, policy)).toBe(false);
    expect(warningDue(strikes, null, t0, { ...policy, lateCancelsCount: true })).toBe(true);
  });

  it('starts the count again after a warning', () => {
    const strikes = [noShow(5), noShow(4), noShow(3), noShow(1)];
    const warnedAt = new Date(t0.getTime() - 3 * DAY + MIN);
    expect(countingStrikes(strikes, warnedAt, t0, policy)).toHaveLength(1);
    expect(warningDue(strikes, warnedAt, t0, policy)).toBe(false);
  });

  it('never warns below N nor misses N (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 60 }), late: fc.boolean() }), {
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        (items, n, lateCounts) => {
          const strikes = items.map((i) => (i.late ? late(i.daysAgo) : noShow(i.daysAgo)));
          const p = { noShowWarnAfter: n, noShowPeriodDays: 30, lateCancelsCount: lateCounts };
          const counted = items.filter((i) => i.daysAgo < 30 && (!i.late || lateCounts)).length;
          expect(warningDue(strikes, null, t0, p)).toBe(counted >= n);
        },
      ),
    );
  });
});

describe('suspension and countdown', () => {
  it('holds from its start until its end, unless lifted', () => {
    const s = { startsAt: t0, endsAt: new Date(t0.getTime() + DAY), liftedAt: null };
    expect(isSuspended(s, new Date(t0.getTime() - 1))).toBe(false);
    expect(isSuspended(s, t0)).toBe(true);
    expect(isSuspended(s, new Date(t0.getTime() + DAY))).toBe(false);
    expect(isSuspended({ ...s, liftedAt: t0 }, new Date(t0.getTime() + MIN))).toBe(false);
  });

  it('counts down in whole seconds and reads as minutes:seconds', () => {
    expect(secondsUntil(new Date(t0.getTime() + 272_500), t0)).toBe(273);
    expect(secondsUntil(new Date(t0.getTime() - 5000), t0)).toBe(0);
    expect(countdownText(272)).toBe('4:32');
    expect(countdownText(5)).toBe('0:05');
    expect(countdownText(0)).toBe('0:00');
  });
});
