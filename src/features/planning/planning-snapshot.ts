import type { BookingStatus } from '../../domain/booking-status.js';
import type { ServiceRules } from '../../domain/services.js';

/** A stop as stored in `routes.stops` (JSON): times in ISO 8601 UTC. */
export interface StoredStop {
  kind: 'pickup' | 'dropoff' | 'break';
  /** Booking id, or the break's id. */
  refId: string;
  arrival: string;
  start: string;
  departure: string;
  lat: number;
  lng: number;
  label: string;
}

export interface SnapshotShift {
  id: string;
  driverId: string;
  startsAt: Date;
  endsAt: Date;
  breakEarliest: Date | null;
  breakLatest: Date | null;
  breakMinutes: number;
  vehicle: {
    id: string;
    seats: number;
    wheelchairPlaces: number;
    infantSeats: number;
    hasRamp: boolean;
    hasLift: boolean;
    depot: { lat: number; lng: number; label: string };
  };
  stops: StoredStop[];
}

export interface SnapshotBooking {
  id: string;
  status: BookingStatus;
  rules: ServiceRules;
  pickup: { lat: number; lng: number; label: string };
  dropoff: { lat: number; lng: number; label: string };
  wheelchair: 'none' | 'manual' | 'electric';
  companions: number;
  infants: number;
  pickupWindowStart: Date;
  pickupWindowEnd: Date;
  /** Arrive-by services: the latest start of service at the drop-off. */
  dropoffDeadline: Date | null;
}

/** Everything planning one partition needs, read at one partition version. */
export interface PlanningSnapshot {
  partitionKey: string;
  version: number;
  shifts: SnapshotShift[];
  /** Every booking on a route, plus the one being planned. */
  bookings: Map<string, SnapshotBooking>;
}
