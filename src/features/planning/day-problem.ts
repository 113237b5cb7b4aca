import type { Route, TransportRequest, TravelMatrix, Vehicle } from '../../scheduling/model.js';
import type { PlanningSnapshot, SnapshotBooking, SnapshotShift } from './planning-snapshot.js';
import {
  type BuiltProblem,
  type LocationIndex,
  type NowSpan,
  toRequest,
  toSeconds,
  toVehicleAndRoute,
} from './problem-builder.js';

/**
 * Travel-time buckets whose requests are kept at once: the offline model's
 * are its distinct hourly speed factors (a day's bookings span about ten;
 * four thrashed), a remote provider's may be many. A request is a few
 * hundred bytes: 30,000 bookings in ten buckets are about 100 MB.
 */
const MAX_BUCKETS = 24;

interface RequestEntry {
  readonly booking: SnapshotBooking;
  readonly request: TransportRequest;
}

interface ShiftEntry {
  readonly shift: SnapshotShift;
  /** The `now` (engine seconds) over which `vehicle` and `route` hold. */
  readonly span: NowSpan;
  readonly vehicle: Vehicle;
  readonly route: Route | null;
}

/**
 * The engine's problem of a day kept in memory, made again only where the
 * day changed, so a booking pays for its own request and the routes it
 * touched rather than for the whole day. `buildProblem` over the same
 * snapshot gives an equal problem (held by planning-days.int.test.ts):
 * - a booking's request is kept per travel-time bucket (its direct ride is
 *   timed in it) while the booking object is the one it was made from;
 * - a shift's vehicle and route are kept while the shift object is the one
 *   they were made from, no booking on its route was read again
 *   (`bookingChanged`: a status decides which stops are reached), and `now`
 *   stays in the span over which they hold (an idle vehicle leaves at `now`,
 *   a break lapses, a reached stop's times are clipped to `now`).
 * The snapshot replaces a shift object whenever its route or row changes.
 */
export class DayProblem {
  private readonly requests = new Map<string, Map<string, RequestEntry>>();
  private readonly shifts = new Map<string, ShiftEntry>();
  /** The shift whose route holds a booking, over the kept routes. */
  private readonly routeOf = new Map<string, string>();
  private readonly matrices = new Map<string, TravelMatrix>();

  /** The bucket's travel matrix, made once (the same object keeps the engine's lookups warm). */
  matrix(bucket: string, make: () => TravelMatrix): TravelMatrix {
    let m = this.matrices.get(bucket);
    if (!m) {
      m = make();
      this.matrices.set(bucket, m);
      if (this.matrices.size > MAX_BUCKETS)
        this.matrices.delete(this.matrices.keys().next().value as string);
    }
    return m;
  }

  /** A booking was read again (or left the day): the route it is on is made anew. */
  bookingChanged(id: string): void {
    const shiftId = this.routeOf.get(id);
    if (shiftId !== undefined) this.forgetShift(shiftId);
  }

  build(
    snapshot: PlanningSnapshot,
    locations: LocationIndex,
    matrix: TravelMatrix,
    bucket: string,
    now: Date,
  ): BuiltProblem {
    const kept = this.requestsOf(bucket);
    const requests: TransportRequest[] = [];
    for (const booking of snapshot.bookings.values()) {
      let entry = kept.get(booking.id);
      if (entry?.booking !== booking) {
        entry = { booking, request: toRequest(booking, locations, matrix) };
        kept.set(booking.id, entry);
      }
      requests.push(entry.request);
    }
    // Refused and cancelled bookings leave the day; their requests go once they are many.
    if (kept.size > 2 * snapshot.bookings.size + 64)
      for (const id of kept.keys()) if (!snapshot.bookings.has(id)) kept.delete(id);

    const nowSec = toSeconds(now);
    const vehicles: Vehicle[] = [];
    const routes: Route[] = [];
    for (const shift of snapshot.shifts) {
      let entry = this.shifts.get(shift.id);
      if (entry?.shift !== shift || nowSec < entry.span.from || nowSec > entry.span.to)
        entry = this.makeShift(shift, snapshot, locations, now);
      vehicles.push(entry.vehicle);
      if (entry.route) routes.push(entry.route);
    }
    const unassigned = requests.filter((r) => !this.routeOf.has(r.id)).map((r) => r.id);
    return { problem: { requests, vehicles, matrix }, plan: { routes, unassigned } };
  }

  private requestsOf(bucket: string): Map<string, RequestEntry> {
    let kept = this.requests.get(bucket);
    if (kept) {
      // Most recently used last, so the oldest bucket is the one dropped.
      this.requests.delete(bucket);
      this.requests.set(bucket, kept);
      return kept;
    }
    kept = new Map();
    this.requests.set(bucket, kept);
    if (this.requests.size > MAX_BUCKETS)
      this.requests.delete(this.requests.keys().next().value as string);
    return kept;
  }

  private makeShift(
    shift: SnapshotShift,
    snapshot: PlanningSnapshot,
    locations: LocationIndex,
    now: Date,
  ): ShiftEntry {
    this.forgetShift(shift.id);
    const span: NowSpan = { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY };
    const { vehicle, route } = toVehicleAndRoute(shift, snapshot, locations, now, span);
    const entry: ShiftEntry = { shift, span, vehicle, route };
    this.shifts.set(shift.id, entry);
    for (const stop of route?.stops ?? [])
      if (stop.kind !== 'break') this.routeOf.set(stop.refId, shift.id);
    return entry;
  }

  private forgetShift(shiftId: string): void {
    const entry = this.shifts.get(shiftId);
    if (!entry) return;
    this.shifts.delete(shiftId);
    for (const stop of entry.route?.stops ?? [])
      if (this.routeOf.get(stop.refId) === shiftId) this.routeOf.delete(stop.refId);
  }
}
