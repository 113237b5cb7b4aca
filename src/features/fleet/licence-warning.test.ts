import { describe, expect, it } from 'vitest';
import { LICENCE_WARNING_DAYS, licenceWarningOf } from './fleet.service.js';

describe('a driver licence warning', () => {
  it('is quiet when no expiry is recorded or it is far off', () => {
    expect(licenceWarningOf(null, '2026-11-26')).toBeNull();
    expect(licenceWarningOf('2027-06-01', '2026-11-26')).toBeNull();
  });
  it(`warns from ${LICENCE_WARNING_DAYS} days before the last valid day, that day included`, () => {
    expect(licenceWarningOf('2026-12-26', '2026-11-26')).toBe('expiring');
    expect(licenceWarningOf('2026-12-27', '2026-11-26')).toBeNull();
    expect(licenceWarningOf('2026-11-26', '2026-11-26')).toBe('expiring');
  });
  it('says expired the day after', () => {
    expect(licenceWarningOf('2026-11-25', '2026-11-26')).toBe('expired');
  });
});
