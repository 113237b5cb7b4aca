/** API shapes the pages use, taken from the server's schemas (types only, nothing bundled). */
import type { DoorAddress } from '../../src/features/bookings/bookings.schema.js';

export type {
  AlternativeView,
  BookingView,
  DoorAddress,
  ExplanationItem,
} from '../../src/features/bookings/bookings.schema.js';
export type { CitizenView } from '../../src/features/citizens/citizens.schema.js';
export type { DriverManifest, DriverManifests } from '../../src/features/dispatch/manifest-view.js';
export type { ShiftView, VehicleView } from '../../src/features/fleet/fleet.schema.js';

/** `GET /api/bookings/:id/events`: who did what, when (the schema's type is not exported). */
export interface BookingEventView {
  id: number;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorRole: string;
  actorName: string | null;
  at: string;
  details: Record<string, unknown> | null;
}

/** `GET /api/services` (the server does not export this schema's type). */
export interface ServiceView {
  id: string;
  nameTr: string;
  nameEn: string;
  active: boolean;
  requiredFeatures?: string[];
  timing: 'pickup' | 'arrive-by';
  minNoticeMinutes?: number;
  maxDaysAhead?: number;
  sameDayAllowed?: boolean;
  maxCompanions: number;
  pickupWindowMinutes: number;
  sharedRides?: boolean;
  returnTrip?: boolean;
  asapAllowed?: boolean;
  arrivalWindowMinutes?: number;
  returnReadyAfterMinutes?: number;
}

/** `GET /api/citizens/:id/addresses`. */
export interface SavedAddressView {
  id: string;
  label: string;
  placeId: string | null;
  lat: number;
  lng: number;
  address?: DoorAddress | null;
}

/** A series of rides (`/api/standing-orders`) with its occurrences. */
export type {
  OccurrenceView,
  StandingOrderView,
} from '../../src/features/standing-orders/standing-orders.schema.js';
