/** API shapes the pages use, taken from the server's schemas (types only, nothing bundled). */
export type {
  AlternativeView,
  BookingView,
} from '../../src/features/bookings/bookings.schema.js';
export type { CitizenView } from '../../src/features/citizens/citizens.schema.js';
export type { DriverManifest, DriverManifests } from '../../src/features/dispatch/manifest.js';

/** `GET /api/services` (the server does not export this schema's type). */
export interface ServiceView {
  id: string;
  nameTr: string;
  nameEn: string;
  active: boolean;
  timing: 'pickup' | 'arrive-by';
  maxCompanions: number;
  pickupWindowMinutes: number;
}
