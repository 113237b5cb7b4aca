import type { ServiceRules } from '../../domain/services.js';
import type { ServicesStore } from './services.store.js';

/**
 * İzmit's three services as first configured. They are inserted as rows at
 * every start when missing; an administrator changes them there, not here.
 */
export const DEFAULT_SERVICES: readonly ServiceRules[] = [
  {
    id: 'anne-taksi',
    nameTr: 'Anne Taksi',
    nameEn: 'Mother Taxi',
    active: true,
    requiredFeatures: ['infantSeat'],
    timing: 'pickup',
    minNoticeMinutes: 0,
    maxDaysAhead: 2,
    sameDayAllowed: true,
    pickupWindowMinutes: 20,
    arrivalMarginMinutes: 0,
    arrivalWindowMinutes: 30,
    asapAllowed: true,
    returnReadyAfterMinutes: 60,
    maxRideFactor: 1.5,
    maxRideExtraMinutes: 10,
    sharedRides: false,
    maxCompanions: 1,
    returnTrip: false,
    dwellSeconds: 240,
    wheelchairDwellSeconds: 420,
  },
  {
    id: 'engelsiz-taksi',
    nameTr: 'Engelsiz Taksi',
    nameEn: 'Accessible Taxi',
    active: true,
    requiredFeatures: ['wheelchairAccess'],
    timing: 'pickup',
    minNoticeMinutes: 30,
    maxDaysAhead: 14,
    sameDayAllowed: true,
    pickupWindowMinutes: 20,
    arrivalMarginMinutes: 0,
    arrivalWindowMinutes: 30,
    asapAllowed: true,
    returnReadyAfterMinutes: 60,
    maxRideFactor: 1.6,
    maxRideExtraMinutes: 15,
    sharedRides: false,
    maxCompanions: 1,
    returnTrip: true,
    dwellSeconds: 180,
    wheelchairDwellSeconds: 420,
  },
  {
    id: 'asi-ulasim',
    nameTr: 'Aşı Ulaşım',
    nameEn: 'Vaccination Transport',
    active: true,
    requiredFeatures: [],
    timing: 'arrive-by',
    minNoticeMinutes: 120,
    maxDaysAhead: 21,
    sameDayAllowed: false,
    pickupWindowMinutes: 30,
    arrivalMarginMinutes: 10,
    arrivalWindowMinutes: 30,
    asapAllowed: false,
    returnReadyAfterMinutes: 45,
    maxRideFactor: 2,
    maxRideExtraMinutes: 20,
    sharedRides: true,
    maxCompanions: 1,
    returnTrip: true,
    dwellSeconds: 120,
    wheelchairDwellSeconds: 420,
  },
];

/** Inserts any default service missing from the table; never overwrites an administrator's changes. */
export async function ensureDefaultServices(store: ServicesStore): Promise<void> {
  for (const rules of DEFAULT_SERVICES) await store.upsert(rules);
}
