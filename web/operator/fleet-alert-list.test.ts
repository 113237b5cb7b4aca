import { describe, expect, it } from 'vitest';
import type { FleetAlert } from '../../src/realtime/events.js';
import { KEEP_ALERTS, withAlert } from './fleet-alert-list.js';

const driver = {
  driverId: '00000000-0000-4000-8000-000000000001',
  driverName: 'Ali',
  plate: '41 A 1',
};
const unseen: FleetAlert = {
  kind: 'manifest-unseen',
  ...driver,
  date: '2026-11-26',
  version: 3,
  sends: 3,
};
const seen: FleetAlert = { kind: 'manifest-seen', ...driver, date: '2026-11-26', version: 3 };
const late = (n: number): FleetAlert => ({
  kind: 'late',
  ...driver,
  bookingId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  passengerName: 'Ayşe',
  eta: '2026-11-26T10:30:00Z',
  windowEnd: '2026-11-26T10:20:00Z',
  lateMinutes: 10,
});

describe('the operator’s alert list', () => {
  it('replaces "not seen" with "seen" for the same driver’s day, newest on top', () => {
    const list = withAlert(withAlert(withAlert([], unseen, 'a'), late(1), 'b'), seen, 'c');
    expect(list.map((a) => a.alert.kind)).toEqual(['manifest-seen', 'late']);
  });

  it('keeps one alert per late ride and only the newest few', () => {
    let list = withAlert([], late(1), 'a');
    list = withAlert(list, late(1), 'b');
    expect(list).toHaveLength(1);
    for (let i = 2; i < KEEP_ALERTS + 5; i++) list = withAlert(list, late(i), String(i));
    expect(list).toHaveLength(KEEP_ALERTS);
    expect(list[0]?.alert).toEqual(late(KEEP_ALERTS + 4));
  });
});
