import { describe, expect, it } from 'vitest';
import {
  isEssential,
  optOutApplies,
  parseQuietHours,
  quietUntil,
  serviceQuietHours,
} from './message-policy.js';

const ZONE = 'Europe/Istanbul';
const at = (iso: string) => new Date(iso);

describe('quiet hours and essential messages', () => {
  const night = parseQuietHours('22:00-08:00');

  it('holds a message from 22:00 to 08:00 local time, across midnight', () => {
    // 23:30 and 03:00 in Istanbul (UTC+3) wait for 08:00; 12:00 and 08:00 do not.
    expect(quietUntil(at('2026-11-26T20:30:00Z'), night, ZONE)).toEqual(at('2026-11-27T05:00:00Z'));
    expect(quietUntil(at('2026-11-27T00:00:00Z'), night, ZONE)).toEqual(at('2026-11-27T05:00:00Z'));
    expect(quietUntil(at('2026-11-27T09:00:00Z'), night, ZONE)).toBeNull();
    expect(quietUntil(at('2026-11-27T05:00:00Z'), night, ZONE)).toBeNull();
    expect(quietUntil(at('2026-11-26T19:00:00Z'), night, ZONE)).toEqual(at('2026-11-27T05:00:00Z'));
    expect(quietUntil(at('2026-11-26T18:59:00Z'), night, ZONE)).toBeNull();
  });

  it('reads the setting, and an empty one means none', () => {
    expect(parseQuietHours('')).toBeNull();
    expect(parseQuietHours('13:00-14:30')).toEqual({ start: '13:00', end: '14:30' });
    expect(() => parseQuietHours('25:00-08:00')).toThrow(/HH:mm/);
  });

  it('the car on its way and at the door always go; reminders never are essential; news of a near ride is', () => {
    const now = at('2026-11-26T20:00:00Z');
    const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000);
    expect(isEssential('on-the-way', inHours(0), now)).toBe(true);
    expect(isEssential('arrived', inHours(0), now)).toBe(true);
    expect(isEssential('remind-soon', inHours(1), now)).toBe(false);
    expect(isEssential('remind-day-before', inHours(14), now)).toBe(false);
    expect(isEssential('confirmed', inHours(20), now)).toBe(true);
    expect(isEssential('confirmed', inHours(30), now)).toBe(false);
    expect(isEssential('cancelled', inHours(6), now)).toBe(true);
    expect(isEssential('changed', inHours(18), now)).toBe(false);
  });

  it("a service's own quiet hours replace the global ones; null follows them; equal ends mean none", () => {
    const global = parseQuietHours('22:00-08:00');
    const dawn = serviceQuietHours('20:00-06:00', global);
    expect(dawn).toEqual({ start: '20:00', end: '06:00' });
    // 20:30 in Istanbul: held by the service's night until 06:00, free under the global one.
    expect(quietUntil(at('2026-11-26T17:30:00Z'), dawn, ZONE)).toEqual(at('2026-11-27T03:00:00Z'));
    expect(quietUntil(at('2026-11-26T17:30:00Z'), global, ZONE)).toBeNull();
    // 07:00: the global night still holds, the service's is over.
    expect(quietUntil(at('2026-11-27T04:00:00Z'), dawn, ZONE)).toBeNull();
    expect(quietUntil(at('2026-11-27T04:00:00Z'), global, ZONE)).toEqual(
      at('2026-11-27T05:00:00Z'),
    );
    expect(serviceQuietHours(null, global)).toBe(global);
    expect(serviceQuietHours(undefined, global)).toBe(global);
    expect(serviceQuietHours('00:00-00:00', global)).toBeNull();
  });

  it('the no-show warning waits out quiet hours but reaches those who chose essential messages only', () => {
    const now = at('2026-11-26T20:00:00Z');
    expect(isEssential('no-show-warning', now, now)).toBe(false);
    expect(optOutApplies('no-show-warning')).toBe(false);
    expect(optOutApplies('remind-soon')).toBe(true);
    expect(optOutApplies('confirmed')).toBe(true);
  });
});
