import { derivedFrom } from '../../scheduling/index.js';
import type {
  Problem,
  Route,
  TransportRequest,
  TravelMatrix,
  Vehicle,
} from '../../scheduling/model.js';
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

/**
 * A bucket's requests in the order the problem lists them, kept up to date by
 * the bookings named changed since its last build: a booking costs its own
 * request, not a walk over the day's.
 */
interface BucketRequests {
  readonly entries: Map<string, RequestEntry>;
  readonly list: TransportRequest[];
  readonly slot: Map<string, number>;
  /** Bookings changed, added or gone since this bucket was last built. */
  readonly dirty: Set<string>;
  /** The bookings map the list was made from (a new map: the list is made again). */
  from: ReadonlyMap<string, SnapshotBooking> | null;
  /** The problem last built in this bucket: the next is compiled as a change of it. */
  last: Problem | null;
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
  private readonly requests = new Map<string, BucketRequests>();
  private readonly shifts = new Map<string, ShiftEntry>();
  /** The shift whose route holds a booking, over the kept routes. */
  private readonly routeOf = new Map<string, string>();
  /** Bookings that may be on no route (checked against `routeOf` at each build). */
  private readonly unrouted = new Set<string>();
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

  /** A booking was read again, added or left the day: its request and the route it is on are made anew. */
  bookingChanged(id: string): void {
    for (const bucket of this.requests.values()) bucket.dirty.add(id);
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
    this.refresh(kept, snapshot.bookings, locations, matrix);

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
    const unassigned: string[] = [];
    for (const id of this.unrouted)
      if (this.routeOf.has(id) || !snapshot.bookings.has(id)) this.unrouted.delete(id);
      else unassigned.push(id);
    const problem: Problem = { requests: kept.list.slice(), vehicles, matrix };
    // The day moves on from its last problem: this one's compile takes over its arrays (the
    // last problem, should anyone use it again, is compiled whole).
    if (kept.last) derivedFrom(problem, kept.last, { consume: true });
    kept.last = problem;
    return { problem, plan: { routes, unassigned } };
  }

  /** Brings a bucket's request list to the snapshot's bookings: the dirty ones, or all when new. */
  private refresh(
    kept: BucketRequests,
    bookings: ReadonlyMap<string, SnapshotBooking>,
    locations: LocationIndex,
    matrix: TravelMatrix,
  ): void {
    const requestOf = (booking: SnapshotBooking): TransportRequest => {
      let entry = kept.entries.get(booking.id);
      if (entry?.booking !== booking) {
        entry = { booking, request: toRequest(booking, locations, matrix) };
        kept.entries.set(booking.id, entry);
      }
      return entry.request;
    };
    if (kept.from !== bookings) {
      kept.list.length = 0;
      kept.slot.clear();
      for (const booking of bookings.values()) {
        kept.slot.set(booking.id, kept.list.length);
        kept.list.push(requestOf(booking));
        if (!this.routeOf.has(booking.id)) this.unrouted.add(booking.id);
      }
      for (const id of kept.entries.keys()) if (!bookings.has(id)) kept.entries.delete(id);
      kept.dirty.clear();
      kept.from = bookings;
      return;
    }
    for (const id of kept.dirty) {
      const booking = bookings.get(id);
      const at = kept.slot.get(id);
      if (booking) {
        this.unrouted.add(id);
        if (at === undefined) {
          kept.slot.set(id, kept.list.length);
          kept.list.push(requestOf(booking));
        } else kept.list[at] = requestOf(booking);
        continue;
      }
      kept.entries.delete(id);
      if (at === undefined) continue;
      // Gone (refused, cancelled): the last request takes its slot.
      const last = kept.list.pop()!;
      kept.slot.delete(id);
      if (at < kept.list.length) {
        kept.list[at] = last;
        kept.slot.set(last.id, at);
      }
    }
    kept.dirty.clear();
    // Every change reaches here through `bookingChanged`; should one not, the list is made again.
    if (kept.list.length !== bookings.size) {
      kept.from = null;
      this.refresh(kept, bookings, locations, matrix);
    }
  }

  private requestsOf(bucket: string): BucketRequests {
    let kept = this.requests.get(bucket);
    if (kept) {
      // Most recently used last, so the oldest bucket is the one dropped.
      this.requests.delete(bucket);
      this.requests.set(bucket, kept);
      return kept;
    }
    kept = {
      entries: new Map(),
      list: [],
      slot: new Map(),
      dirty: new Set(),
      from: null,
      last: null,
    };
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
      if (this.routeOf.get(stop.refId) === shiftId) {
        this.routeOf.delete(stop.refId);
        this.unrouted.add(stop.refId);
      }
  }
}
