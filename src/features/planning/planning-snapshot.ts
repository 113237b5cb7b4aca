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
  /** When the driver started and ended the break (driver reports); null until then. */
  breakStartedAt?: Date | null;
  breakEndedAt?: Date | null;
  vehicle: {
    id: string;
    /** Shown to operators in explanations ("41 ET 201 has no ramp"). */
    plate?: string;
    seats: number;
    wheelchairPlaces: number;
    infantSeats: number;
    hasRamp: boolean;
    hasLift: boolean;
    /** Services the vehicle may carry (`vehicles.service_ids`); empty: none. */
    serviceIds: string[];
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
  /** Arrive-by services: the earliest start of service at the drop-off (appointment − arrival window). */
  dropoffEarliest: Date | null;
  /** Arrive-by services: the latest start of service at the drop-off. */
  dropoffDeadline: Date | null;
  /**
   * An outbound whose return was planned "ready N minutes after arrival": the
   * latest its drop-off may start so that the return's window still opens N
   * minutes after it. A plan already past that (made before the rule) is
   * kept, with a second's grace: the engine's re-timing may exceed its whole
   * seconds by a fraction. Absent or null: none.
   */
  arriveBefore?: Date | null;
  /** Planned once already: its pickup window is a promise made to the citizen. */
  promised: boolean;
  asap: boolean;
}

/** Everything planning one partition needs, read at one partition version. */
export interface PlanningSnapshot {
  partitionKey: string;
  version: number;
  /**
   * Other days' partitions this one is tied to by a shift that crosses
   * midnight (its route holds both days' rides): a commit checks and bumps
   * them too, so two days planned at once never overwrite one route.
   */
  linked: { key: string; version: number }[];
  shifts: SnapshotShift[];
  /** Every booking on a route, plus the one being planned. */
  bookings: Map<string, SnapshotBooking>;
  /** Digest of the shifts, vehicles and service rules read (see `dayVersions`); absent in hand-made snapshots. */
  fingerprint?: string;
  /** The counter of edits to shifts, vehicles and services when it was read (migration 0020). */
  inputs?: number;
  /** The service rules read with it, by id (a day in memory reads bookings against them). */
  rules?: ReadonlyMap<string, ServiceRules>;
}
