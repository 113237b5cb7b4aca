import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/database.js';
import { eligibleCitizen, shiftsAroundNow } from '../../../test/support/fleet-now.js';
import { startTestService, type TestService } from '../../../test/support/service-harness.js';
import { DEMO_DRIVERS, DEMO_VEHICLES } from '../../demo/demo-data.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import type { DriverManifests } from './manifest.js';

describe.each(DIALECTS)('the driver’s stops show the door, on %s', (dialect) => {
  let t: TestService;

  beforeAll(async () => {
    t = await startTestService(dialect);
  });
  afterAll(() => t?.close());

  it('reads the full address, the directions and a navigation link for each stop', async () => {
    const operator = await t.login('operator');
    const admin = await t.login('admin');
    // A ramp car that works now, so the ride is planned at any hour (on it or a demo car).
    const [car] = await shiftsAroundNow(t, admin, [
      {
        label: 'Rampalı (adres)',
        seats: 3,
        wheelchairPlaces: 1,
        hasRamp: true,
        serviceIds: ['engelsiz-taksi'],
      },
    ]);
    const citizen = await eligibleCitizen(t, operator, admin, 'Kapı Testi', ['engelsiz-taksi']);
    const booked = await t.api<BookingView>('POST', '/bookings', {
      token: operator,
      body: {
        serviceId: 'engelsiz-taksi',
        citizenId: citizen,
        pickup: {
          label: 'Kadıköy Mahallesi, İzmit',
          lat: 40.77042,
          lng: 29.93161,
          address: {
            street: 'Cumhuriyet Cad.',
            buildingNo: '12',
            floor: '3',
            flat: '5',
            directions: 'Rampa arka bahçede',
          },
        },
        dropoff: { placeId: 'kocaeli-devlet-hastanesi' },
        asap: true,
        wheelchair: 'manual',
      },
    });
    expect(booked.status).toBe(201);
    expect(booked.body.status).toBe('scheduled');

    // Whoever got it: our car's driver, or the demo driver of a demo car (same index).
    const plate = booked.body.planned!.vehicle.plate;
    const demo = DEMO_DRIVERS[DEMO_VEHICLES.findIndex((v) => v.plate === plate)];
    const driver =
      plate === car!.plate
        ? await t.login(car!.username, car!.password)
        : await t.login(demo!.username, demo!.password);
    const date = DateTime.fromISO(booked.body.planned!.pickupAt, {
      zone: 'Europe/Istanbul',
    }).toISODate();
    const manifest = await t.api<DriverManifests>('GET', `/driver/manifest?date=${date}`, {
      token: driver,
    });
    const stops = manifest.body.shifts
      .flatMap((s) => s.stops)
      .filter((s) => s.bookingId === booked.body.id);
    const pickup = stops.find((s) => s.kind === 'pickup');
    const dropoff = stops.find((s) => s.kind === 'dropoff');
    expect(pickup).toMatchObject({
      address: 'Cumhuriyet Cad. No: 12, Kat 3, Daire 5, Kadıköy Mahallesi, İzmit',
      directions: 'Rampa arka bahçede',
      navigationUrl:
        'geo:40.77042,29.93161?q=40.77042,29.93161(Cumhuriyet%20Cad.%20No%3A%2012%2C%20Kat%203%2C%20Daire%205%2C%20Kad%C4%B1k%C3%B6y%20Mahallesi%2C%20%C4%B0zmit)',
    });
    // No door address: the place's name is the address, and the link still navigates.
    expect(dropoff).toMatchObject({ address: dropoff!.label, directions: null });
    expect(dropoff!.navigationUrl).toMatch(/^geo:40\.\d+,29\.\d+\?q=/);
  });
});
