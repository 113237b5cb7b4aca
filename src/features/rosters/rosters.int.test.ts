import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';

const ZONE = 'Europe/Istanbul';

interface Generation {
  created: string[];
  skipped: { date: string; reason: string }[];
}
interface ErrorAnswer {
  error: { code: string; issues?: { field: string; message: string }[] };
}

describe.each(DIALECTS)('weekly rosters on %s', (dialect) => {
  let t: TestService;
  let admin: string;
  let operator: string;
  // From the real "now": the suite means the same at 08:00, 16:00 and 23:30.
  const today = DateTime.now().setZone(ZONE).startOf('day');
  const day = (n: number) => today.plus({ days: n }).toISODate()!;
  let n = 0;

  async function carAndDriver() {
    n += 1;
    const vehicle = await t.api<{ id: string }>('POST', '/vehicles', {
      token: admin,
      body: {
        plate: `41 RS ${100 + n}`,
        label: `Roster ${n}`,
        seats: 4,
        wheelchairPlaces: 0,
        infantSeats: 0,
        depot: { placeId: 'sosyal-destek-garaji' },
      },
    });
    const driver = await t.api<{ id: string }>('POST', '/drivers', {
      token: admin,
      body: {
        fullName: `Vardiyalı ${n}`,
        phone: '0532 100 20 30',
        username: `vardiya-${n}`,
        password: 'vardiya-parolasi',
      },
    });
    expect([vehicle.status, driver.status]).toEqual([201, 201]);
    return { vehicleId: vehicle.body.id, driverId: driver.body.id };
  }

  beforeAll(async () => {
    t = await startTestService(dialect);
    [admin, operator] = await Promise.all([t.login('admin'), t.login('operator')]);
  });
  afterAll(() => t?.close());

  it('generates four weeks of shifts, skips the days the driver is off sick, and never twice', async () => {
    const { vehicleId, driverId } = await carAndDriver();
    const sick = await t.api('POST', `/drivers/${driverId}/absences`, {
      token: admin,
      body: { kind: 'sickness', startsOn: day(2), endsOn: day(2) },
    });
    expect(sick.status).toBe(201);
    const created = await t.api<{ id: string; generation: Generation }>(
      'POST',
      '/shift-templates',
      {
        token: admin,
        body: {
          driverId,
          vehicleId,
          weekdays: [1, 2, 3, 4, 5, 6, 7],
          startTime: '08:00',
          endTime: '16:00',
          breakEarliest: '11:00',
          breakLatest: '13:00',
          breakMinutes: 30,
          validFrom: day(0),
        },
      },
    );
    expect(created.status).toBe(201);
    const { generation } = created.body;
    expect(generation.created).toContain(day(1));
    expect(generation.created).not.toContain(day(2));
    expect(generation.created).toContain(day(27));
    expect(generation.created).not.toContain(day(28));
    expect(generation.skipped).toContainEqual({ date: day(2), reason: 'driver-unavailable' });

    const tomorrow = await t.api<
      { driverId: string; startsAt: string; breakEarliest: string; breakMinutes: number }[]
    >('GET', `/shifts?date=${day(1)}`, { token: operator });
    const shift = tomorrow.body.find((s) => s.driverId === driverId)!;
    expect(DateTime.fromISO(shift.startsAt, { zone: ZONE }).toFormat('HH:mm')).toBe('08:00');
    expect(DateTime.fromISO(shift.breakEarliest, { zone: ZONE }).toFormat('HH:mm')).toBe('11:00');
    expect(shift.breakMinutes).toBe(30);

    const again = await t.api<Generation>('POST', `/shift-templates/${created.body.id}/generate`, {
      token: admin,
      body: {},
    });
    expect(again.status).toBe(200);
    expect(again.body.created).toEqual([]);
    const list = await t.api<{ id: string; weekdays: number[] }[]>('GET', '/shift-templates', {
      token: operator,
    });
    expect(list.body.find((x) => x.id === created.body.id)?.weekdays).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);

    const ended = await t.api<{ active: boolean }>(
      'POST',
      `/shift-templates/${created.body.id}/end`,
      { token: admin },
    );
    expect(ended.body.active).toBe(false);
  });

  it('a night line ends the next morning', async () => {
    const { vehicleId, driverId } = await carAndDriver();
    const weekday = today.plus({ days: 1 }).weekday;
    const created = await t.api<{ generation: Generation }>('POST', '/shift-templates', {
      token: admin,
      body: {
        driverId,
        vehicleId,
        weekdays: [weekday],
        startTime: '22:00',
        endTime: '06:00',
        validFrom: day(1),
        validUntil: day(1),
      },
    });
    expect(created.body.generation.created).toEqual([day(1)]);
    const shifts = await t.api<{ driverId: string; endsAt: string }[]>(
      'GET',
      `/shifts?date=${day(2)}`,
      { token: operator },
    );
    const night = shifts.body.find((s) => s.driverId === driverId)!;
    expect(DateTime.fromISO(night.endsAt, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm')).toBe(
      `${day(2)} 06:00`,
    );
  });

  it('names bad fields in the caller language; only administrators make rosters', async () => {
    const { vehicleId, driverId } = await carAndDriver();
    const bad = await t.api<ErrorAnswer>('POST', '/shift-templates', {
      token: admin,
      headers: { 'accept-language': 'tr' },
      body: {
        driverId,
        vehicleId,
        weekdays: [8],
        startTime: '25:00',
        endTime: '06:00',
        breakMinutes: 30,
        validFrom: day(0),
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.map((i) => i.field).sort()).toEqual([
      // a break's length with no window to take it in
      'body.breakEarliest',
      'body.startTime',
      'body.weekdays.0',
    ]);
    expect(bad.body.error.issues?.find((i) => i.field === 'body.startTime')?.message).toMatch(
      /SS:DD/,
    );
    const byOperator = await t.api('POST', '/shift-templates', {
      token: operator,
      body: {
        driverId,
        vehicleId,
        weekdays: [1],
        startTime: '08:00',
        endTime: '16:00',
        validFrom: day(0),
      },
    });
    expect(byOperator.status).toBe(403);
  });
});
