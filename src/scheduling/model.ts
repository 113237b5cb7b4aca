/**
 * The scheduling engine's vocabulary. Pure data: no I/O, no clock, no zod.
 *
 * Units are the caller's: every time, duration and window is in the same unit
 * as the travel matrix (the service uses seconds since the Unix epoch; the
 * Cordeau benchmark uses its own minutes). Locations are indices into the
 * travel matrix, so the engine never sees coordinates.
 */

/** Capacity or demand by kind of place in a vehicle. A companion takes a seat. */
export interface Load {
  readonly seats: number;
  readonly wheelchairs: number;
  readonly infantSeats: number;
}

export const EMPTY_LOAD: Load = Object.freeze({ seats: 0, wheelchairs: 0, infantSeats: 0 });

/**
 * What a vehicle can do beyond its places. A wheelchair user needs `ramp` or
 * `lift` (either serves: see `wheelchairAccess`), a newborn needs `infantSeat`.
 */
export type VehicleFeature = 'ramp' | 'lift' | 'infantSeat';

/** A feature a request needs; `wheelchairAccess` is met by a ramp or a lift. */
export type RequiredFeature = 'wheelchairAccess' | 'infantSeat';

export interface TimeWindow {
  readonly earliest: number;
  readonly latest: number;
}

/** Durations and distances between matrix indices. Must satisfy d(i,i) = 0. */
export interface TravelMatrix {
  readonly size: number;
  duration(from: number, to: number): number;
  distance(from: number, to: number): number;
}

/** One passenger group to carry from a pickup to a drop-off. */
export interface TransportRequest {
  readonly id: string;
  readonly pickupLocation: number;
  readonly dropoffLocation: number;
  readonly load: Load;
  readonly requiredFeatures: readonly RequiredFeature[];
  /** Service at the pickup must start within this window. */
  readonly pickupWindow: TimeWindow;
  /** Service at the drop-off must start within this window (arrive-by appointments). */
  readonly dropoffWindow: TimeWindow;
  /** Dwell time at each stop (boarding a wheelchair takes longer). */
  readonly pickupServiceTime: number;
  readonly dropoffServiceTime: number;
  /** From the end of service at the pickup to the start of service at the drop-off. */
  readonly maxRideTime: number;
  /** False for exclusive rides: nobody else may be on board while this request is. */
  readonly shareable: boolean;
  /** The transport service it belongs to (e.g. `anne-taksi`); see `Vehicle.services`. */
  readonly service?: string;
  /**
   * The vehicle it is planned on now. Serving it from another vehicle costs
   * `Problem.moveCost`, so the optimiser moves a ride only when that pays
   * (a driver's day stays recognisable). Absent: it may go anywhere for free.
   */
  readonly currentVehicle?: string;
}

/** A driver break: `duration` taken at the vehicle's position, starting within `window`. */
export interface DriverBreak {
  readonly id: string;
  readonly window: TimeWindow;
  readonly duration: number;
}

export interface Vehicle {
  readonly id: string;
  readonly capacity: Load;
  readonly features: readonly VehicleFeature[];
  /** The vehicle may leave `startLocation` from `shift.earliest` and must reach `endLocation` by `shift.latest`. */
  readonly shift: TimeWindow;
  readonly startLocation: number;
  readonly endLocation: number;
  readonly breaks: readonly DriverBreak[];
  /**
   * Longest the vehicle may be out, from leaving `startLocation` to reaching
   * `endLocation` (a driver's working time). Absent: only the shift bounds it.
   */
  readonly maxDuration?: number;
  /**
   * Services the vehicle may carry (an Anne Taksi car kept free for mothers).
   * Absent: any service; empty: none. A request without `service` fits any vehicle.
   */
  readonly services?: readonly string[];
}

export type StopKind = 'pickup' | 'dropoff' | 'break';

/** A stop in a route, with the times the plan expects. */
export interface PlannedStop {
  readonly kind: StopKind;
  /** Request id for pickups and drop-offs, break id for breaks. */
  readonly refId: string;
  readonly location: number;
  readonly arrival: number;
  /** Start of service (waiting happens between arrival and start). */
  readonly start: number;
  readonly departure: number;
}

export interface Route {
  readonly vehicleId: string;
  readonly stops: readonly PlannedStop[];
  /**
   * The first `fixedStops` stops are already reached (or committed to): no
   * re-planning moves, removes or re-times them, and nothing is inserted
   * before them. Their requests stay on this vehicle.
   */
  readonly fixedStops: number;
  /**
   * Requests a driver has accepted but not yet reached: they stay on this
   * vehicle, though their not-yet-fixed stops may be re-timed.
   */
  readonly lockedRequests?: readonly string[];
}

export interface Plan {
  readonly routes: readonly Route[];
  /** Requests in the problem that no route serves. */
  readonly unassigned: readonly string[];
}

/** Everything the engine knows about one planning partition (a service area and day). */
export interface Problem {
  readonly requests: readonly TransportRequest[];
  readonly vehicles: readonly Vehicle[];
  readonly matrix: TravelMatrix;
  /**
   * Added to the objective for each request served by a vehicle other than
   * its `currentVehicle`, in the matrix's distance unit. Absent or 0: none.
   */
  readonly moveCost?: number;
}
