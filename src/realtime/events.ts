/**
 * The Socket.IO contract, shared by the server and the pages in web/.
 * Types only: the web bundle imports nothing from the server at run time.
 */
import type { BookingView } from '../features/bookings/bookings.schema.js';
import type {
  BreakReport,
  BreakView,
  DriverReport,
  DriverTap,
  FleetAlert,
  ManifestAck,
} from '../features/dispatch/dispatch.schema.js';
import type { DriverManifests } from '../features/dispatch/manifest-view.js';
import type {
  DriverMessageInput,
  EmergencyReport,
  EmergencyView,
  MessageView,
} from '../features/messages/messages.schema.js';
import type { PositionReport, VehicleLiveView } from '../features/positions/positions.schema.js';

export type {
  BookingView,
  BreakReport,
  BreakView,
  DriverManifests,
  DriverMessageInput,
  DriverReport,
  DriverTap,
  EmergencyReport,
  EmergencyView,
  FleetAlert,
  ManifestAck,
  MessageView,
  PositionReport,
  VehicleLiveView,
};

/** The answer to a client message: the result, or an error with a translated message. */
export type Ack<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: { code: string; message: string; issues?: { field: string; message: string }[] };
    };

export interface ServerToClientEvents {
  /**
   * A driver's whole manifest of one local date (`manifests.date`): today's and
   * tomorrow's on connect, then the changed day's after every change.
   */
  manifest: (manifests: DriverManifests) => void;
  /** Staff: a booking changed (planned, refused, cancelled, a driver's report). */
  'booking:updated': (booking: BookingView) => void;
  /** Staff: a driver has not seen a change (or now has). */
  'fleet:alert': (alert: FleetAlert) => void;
  /** Staff: a vehicle sent a position (its place, trail, stops ahead with ETAs). */
  'vehicle:position': (vehicle: VehicleLiveView) => void;
  /** A message between dispatch and a driver: to that driver and to staff. */
  message: (message: MessageView) => void;
  /** Staff and the driver: a driver's emergency was raised, or acknowledged by an operator. */
  emergency: (emergency: EmergencyView) => void;
}

export interface ClientToServerEvents {
  /**
   * A driver reports a stop (the ack carries the booking as it is now) or
   * starts or ends their break (the ack carries the break as it is now).
   */
  'driver:report': (report: DriverTap, ack: (result: Ack<BookingView | BreakView>) => void) => void;
  /** A driver asks for a day's manifest again (e.g. after the app woke up); `date` defaults to today. */
  'driver:manifest': (
    request: { date?: string },
    ack: (result: Ack<DriverManifests>) => void,
  ) => void;
  /** A driver's app shows `version` of the day `date`: the server stops sending it again. */
  'manifest:ack': (ack: ManifestAck, done: (result: Ack<ManifestAck>) => void) => void;
  /** A driver's app sends a GPS fix during a shift; kept at most every POSITION_INTERVAL_SECONDS. */
  'driver:position': (
    position: PositionReport,
    done: (result: Ack<{ accepted: boolean }>) => void,
  ) => void;
  /** A driver sends dispatch a short message (canned or typed); safe to resend. */
  'driver:message': (message: DriverMessageInput, done: (result: Ack<MessageView>) => void) => void;
  /** A driver presses the emergency button; every operator connected is alerted. Safe to resend. */
  'driver:emergency': (report: EmergencyReport, done: (result: Ack<EmergencyView>) => void) => void;
}

/** Rooms: one per driver, one for all staff. */
export const rooms = {
  driver: (driverId: string) => `driver:${driverId}`,
  staff: 'staff',
} as const;
