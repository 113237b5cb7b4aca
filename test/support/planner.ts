import { createBookingsStore } from '../../src/features/bookings/bookings.store.js';
import {
  createPlanningService,
  type PlanningServiceDeps,
} from '../../src/features/planning/planning.service.js';
import { createPlanningStore } from '../../src/features/planning/planning.store.js';
import { createServicesStore } from '../../src/features/services/services.store.js';
import type { Db } from '../../src/infra/db/database.js';
import { createOfflineTravelTimeProvider } from '../../src/infra/maps/create-travel-time-provider.js';

/**
 * A scheduling worker's planner over a test's database, built as the service
 * builds it (offline travel times, Istanbul's day), with no screens to tell:
 * a test plays several workers by making several.
 */
export function testPlanner(db: Db, extra: Partial<PlanningServiceDeps> = {}) {
  const store = createPlanningStore(db, createServicesStore(db), 'Europe/Istanbul');
  const planning = createPlanningService({
    db,
    store,
    bookings: createBookingsStore(db),
    travelTimes: createOfflineTravelTimeProvider(),
    notifier: { bookingChanged: () => {}, manifestChanged: () => {} },
    timeZone: 'Europe/Istanbul',
    now: () => new Date(),
    ...extra,
  });
  return { planning, store };
}
