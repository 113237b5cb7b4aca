import { TravelTimeMemo } from '../../infra/maps/travel-time-memo.js';
import type { TravelTimeProvider } from '../../infra/maps/travel-time-provider.js';
import { DayProblem } from './day-problem.js';
import { areaOfPartitionDay, type PlanningStore, versionsOf } from './planning.store.js';
import type { PlanningSnapshot, SnapshotBooking, StoredStop } from './planning-snapshot.js';
import {
  type BuiltProblem,
  createLocationIndex,
  type GrowingLocationIndex,
  indexLocations,
  lazyMatrixOf,
} from './problem-builder.js';

/** One partition's day as a worker keeps it between bookings. */
export interface PlanningDay {
  readonly serviceDate: string;
  /**
   * The day at the versions it carries; replaced as the day moves on, but for
   * its bookings map, which the day's one writer edits in place.
   */
  snapshot: PlanningSnapshot;
  /** Places only grow, so travel times learnt before a rebuild stay usable after it. */
  readonly locations: GrowingLocationIndex;
  readonly memo: TravelTimeMemo;
  /** The engine's problem as last built, remade only where the snapshot changed. */
  readonly problem: DayProblem;
  /**
   * Places a linked day's commit brought in (its booking, now on a shared
   * shift): their travel times are fetched with the next decision's.
   */
  unfetched: number[];
}

/** Bookings read before their turn, and the rules they were read with. */
export interface ReadBookings {
  rules: PlanningSnapshot['rules'] | undefined;
  bookings: Map<string, SnapshotBooking>;
}

/** What a worker's days did, for tests and the benchmark. */
export interface PlanningDaysStats {
  /** Days read whole from the database (first use, or the versions moved). */
  rebuilds: number;
  /** Bookings planned on a day kept in memory (one row read). */
  deltas: number;
  /** Digests of a day's shifts, vehicles and rules read because their edit counter moved. */
  digests: number;
  /** Days brought up to date by the changes they missed (`planning_changes`), not read whole. */
  catchUps: number;
}

export interface PlanningDaysDeps {
  store: PlanningStore;
  travelTimes: TravelTimeProvider;
  /** Days kept at once; the least recently used is dropped first. */
  maxDays: number;
  /**
   * A day was read whole (its first use, or the day in memory could not be
   * trusted or caught up): the costliest thing a planner does, so logged.
   */
  onDayRead?: (read: DayRead) => void;
}

/** Why and at what cost a day was read whole from the database. */
export interface DayRead {
  partitionDay: string;
  reason: 'first use' | 'inputs changed' | 'changes not logged';
  ms: number;
  shifts: number;
  bookings: number;
}

/**
 * The days a worker plans, kept in memory between bookings. PostgreSQL stays
 * the system of record: a day is trusted only while its partitions' versions
 * and the digest of its shifts, vehicles and rules are what it was read at
 * (one query), else it is read again whole. The commit's version check
 * stays, so a stale day can only cost a retry, never a wrong route.
 */
export function createPlanningDays(deps: PlanningDaysDeps) {
  const { store } = deps;
  const days = new Map<string, PlanningDay>();
  const turns = new Map<string, Promise<unknown>>();
  const stats: PlanningDaysStats = { rebuilds: 0, deltas: 0, digests: 0, catchUps: 0 };

  function keep(day: PlanningDay): void {
    days.delete(day.serviceDate);
    days.set(day.serviceDate, day);
    while (days.size > Math.max(1, deps.maxDays)) {
      const oldest = days.keys().next().value as string;
      days.delete(oldest);
    }
  }

  async function rebuild(
    serviceDate: string,
    reason: DayRead['reason'],
    previous?: PlanningDay,
  ): Promise<PlanningDay> {
    stats.rebuilds++;
    const started = performance.now();
    const snapshot = await store.snapshot(serviceDate, []);
    const locations = previous?.locations ?? createLocationIndex();
    indexLocations(snapshot, locations);
    const memo = previous?.memo ?? new TravelTimeMemo(deps.travelTimes, locations.points);
    const day: PlanningDay = {
      serviceDate,
      snapshot,
      locations,
      memo,
      problem: new DayProblem(),
      unfetched: [],
    };
    keep(day);
    deps.onDayRead?.({
      partitionDay: serviceDate,
      reason,
      ms: Math.round(performance.now() - started),
      shifts: snapshot.shifts.length,
      bookings: snapshot.bookings.size,
    });
    return day;
  }

  /**
   * Whether the day is as the database has it: `current` (its partitions at
   * its versions, its shifts, vehicles and rules as read; their digest is read
   * again only when the counter of their edits moved), `behind` (versions
   * moved, nothing else: the log says what), or `stale` (read it again).
   */
  async function freshness(day: PlanningDay): Promise<'current' | 'behind' | 'stale'> {
    const { snapshot } = day;
    const { versions, inputs } = await store.dayVersions(
      day.serviceDate,
      snapshot.linked.map((l) => l.key),
    );
    const moved =
      versions.get(snapshot.partitionKey) !== snapshot.version ||
      !snapshot.linked.every((l) => versions.get(l.key) === l.version);
    if (moved) return inputs === snapshot.inputs ? 'behind' : 'stale';
    if (inputs === snapshot.inputs) return 'current';
    stats.digests++;
    const read = await store.dayInputs(day.serviceDate);
    if (read.fingerprint !== snapshot.fingerprint) return 'stale';
    day.snapshot = { ...snapshot, inputs: read.inputs };
    return 'current';
  }

  /**
   * Brings a day that is behind to its partitions' versions by the steps it
   * missed (a driver's pickup, a cancel, another worker's booking): the routes
   * they name and the bookings on them are read again, nothing else. False
   * when the log cannot say what changed.
   */
  async function catchUp(day: PlanningDay): Promise<boolean> {
    const changes = await store.changesSince(day.snapshot);
    if (!changes) return false;
    stats.catchUps++;
    const s = day.snapshot;
    const onOld = new Set<string>();
    const onNew = new Set<string>();
    for (const shift of s.shifts) {
      const stops = changes.routes.get(shift.id);
      if (!stops) continue;
      for (const stop of shift.stops) if (stop.kind !== 'break') onOld.add(stop.refId);
      for (const stop of stops) {
        remember(day, stop);
        if (stop.kind !== 'break') onNew.add(stop.refId);
      }
    }
    // A booking is on the day when it is on a changed route now, or was on an unchanged one.
    for (const id of new Set([...changes.named, ...onOld, ...changes.bookings.keys()])) {
      const booking = changes.bookings.get(id);
      const onDay = onNew.has(id) || (s.bookings.has(id) && !onOld.has(id));
      if (onDay && booking) {
        s.bookings.set(id, booking);
        remember(day, booking.pickup);
        remember(day, booking.dropoff);
      } else s.bookings.delete(id);
      day.problem.bookingChanged(id);
    }
    day.snapshot = {
      ...s,
      version: changes.versions.get(s.partitionKey) ?? s.version,
      linked: s.linked.map((l) => ({
        key: l.key,
        version: changes.versions.get(l.key) ?? l.version,
      })),
      shifts: s.shifts.map((shift) => {
        const stops = changes.routes.get(shift.id);
        return stops ? { ...shift, stops } : shift;
      }),
    };
    return true;
  }

  return {
    stats,

    /**
     * Runs `fn` alone among this worker's turns on the day's area: the day in
     * memory has one writer. The area's other dates wait too: a night shift
     * links two dates, and a commit on either moves both versions, so two
     * dates decided at once made each other's decision lose its commit.
     */
    exclusive<T>(partitionDay: string, fn: () => Promise<T>): Promise<T> {
      const turn = areaOfPartitionDay(partitionDay) ?? '';
      const before = turns.get(turn) ?? Promise.resolve();
      const run = before.then(fn, fn);
      const settled = run.catch(() => undefined);
      turns.set(turn, settled);
      void settled.then(() => {
        if (turns.get(turn) === settled) turns.delete(turn);
      });
      return run;
    },

    /** The day as the database has it now: the one in memory if still current, else read again. */
    async current(serviceDate: string): Promise<PlanningDay> {
      const cached = days.get(serviceDate);
      if (!cached) return rebuild(serviceDate, 'first use');
      const state = await freshness(cached);
      if (state === 'current' || (state === 'behind' && (await catchUp(cached)))) {
        keep(cached);
        return cached;
      }
      return rebuild(
        serviceDate,
        state === 'stale' ? 'inputs changed' : 'changes not logged',
        cached,
      );
    },

    /**
     * Reads the bookings being decided (one query) into the day, and makes
     * sure the travel times a decision about them needs are known, in the
     * time bucket of `departAt`. `read`: the bookings as read before the
     * turn with the day's rules (`readBookings`), used when the rules are
     * still the day's (a booking changed meanwhile loses its commit anyway).
     */
    async withBookings(
      day: PlanningDay,
      ids: readonly string[],
      departAtOf: (fresh: Map<string, SnapshotBooking>) => Date,
      read?: ReadBookings,
    ): Promise<Map<string, SnapshotBooking>> {
      const fresh =
        read && read.rules === day.snapshot.rules
          ? read.bookings
          : await store.snapshotBookings(ids, undefined, day.snapshot.rules);
      // In place: the day has one writer (`exclusive`), and a copy per booking cost O(day).
      const { bookings } = day.snapshot;
      for (const id of ids) {
        bookings.delete(id);
        day.problem.bookingChanged(id);
      }
      for (const [id, b] of fresh) bookings.set(id, b);
      stats.deltas++;
      const places = day.unfetched.splice(0);
      for (const b of fresh.values())
        places.push(day.locations.add(b.pickup), day.locations.add(b.dropoff));
      const at = departAtOf(fresh);
      await day.memo.ensure(places, at);
      if (!day.memo.computesPairs)
        await day.memo.ensurePairs(routeLegs(day.snapshot, day.locations), at);
      return fresh;
    },

    /**
     * The bookings about to be decided, read before their turn with the
     * rules of the day in memory (if any): one query less while the day
     * waits on its one writer.
     */
    async readBookings(partitionDay: string, ids: readonly string[]): Promise<ReadBookings> {
      const rules = days.get(partitionDay)?.snapshot.rules;
      return { rules, bookings: await store.snapshotBookings(ids, undefined, rules) };
    },

    /** The engine's problem and the day's plan, travel times read lazily from the memo. */
    build(day: PlanningDay, departAt: Date, now: Date): BuiltProblem {
      const bucket = day.memo.bucketOf(departAt);
      const matrix = day.problem.matrix(bucket, () => lazyMatrixOf(day.memo.durations(departAt)));
      return day.problem.build(day.snapshot, day.locations, matrix, bucket, now);
    },

    /**
     * After this worker's commit: the shift's new route, the booking as
     * written, the versions bumped, in this day and in every day in memory
     * linked to it (a night shift's two dates) that was at the versions the
     * commit checked. Each commit of tomorrow moves today's version too: without
     * this, one worker planning both dates read each again whole, turn by turn.
     */
    advanceScheduled(
      day: PlanningDay,
      shiftId: string,
      stops: StoredStop[],
      booking: SnapshotBooking | undefined,
    ): void {
      // The versions the commit found and bumped by one, by partition key.
      const bumped = versionsOf(day.snapshot).expected;
      for (const other of days.values()) {
        // A day not at those versions is read again before its next use (`current`).
        if (
          other !== day &&
          bumped.has(other.snapshot.partitionKey) &&
          atVersions(other.snapshot, bumped)
        )
          advance(other, bumped, shiftId, stops, booking);
      }
      advance(day, bumped, shiftId, stops, booking);
    },

    /** A booking decided without a route change (refused, or found gone): it leaves the day. */
    forget(day: PlanningDay, bookingId: string): void {
      const onRoute = day.snapshot.shifts.some((sh) =>
        sh.stops.some((st) => st.refId === bookingId),
      );
      if (onRoute || !day.snapshot.bookings.has(bookingId)) return;
      day.snapshot.bookings.delete(bookingId);
      day.problem.bookingChanged(bookingId);
    },

    /** Drops a day, so the next booking reads it again (after a failure mid-commit). */
    drop(serviceDate: string): void {
      days.delete(serviceDate);
    },

    /** The day in memory, if any (tests compare it with one read from the database). */
    peek(serviceDate: string): PlanningDay | undefined {
      return days.get(serviceDate);
    },
  };
}

export type PlanningDays = ReturnType<typeof createPlanningDays>;

/** A place the day learnt of outside a decision: its travel times are fetched with the next one's. */
function remember(day: PlanningDay, place: { lat: number; lng: number; label: string }): void {
  const known = day.locations.points.length;
  const at = day.locations.add(place);
  if (at === known) day.unfetched.push(at);
}

/** The snapshot's partitions that a commit bumped were at the versions it checked. */
function atVersions(snapshot: PlanningSnapshot, bumped: ReadonlyMap<string, number>): boolean {
  const own = bumped.get(snapshot.partitionKey);
  if (own !== undefined && own !== snapshot.version) return false;
  return snapshot.linked.every((l) => !bumped.has(l.key) || bumped.get(l.key) === l.version);
}

/**
 * A day moved on by a commit it was current for: the partitions it bumped one
 * version on, the shift's route replaced where the day has that shift, and
 * the booking, now on that route, among the day's bookings. A day without the
 * shift has no stop of it: only its versions move.
 */
function advance(
  day: PlanningDay,
  bumped: ReadonlyMap<string, number>,
  shiftId: string,
  stops: StoredStop[],
  booking: SnapshotBooking | undefined,
): void {
  const s = day.snapshot;
  const hasShift = s.shifts.some((sh) => sh.id === shiftId);
  if (booking && hasShift) {
    s.bookings.set(booking.id, booking);
    day.problem.bookingChanged(booking.id);
    for (const place of [booking.pickup, booking.dropoff, ...stops]) remember(day, place);
  }
  day.snapshot = {
    ...s,
    version: bumped.has(s.partitionKey) ? s.version + 1 : s.version,
    linked: s.linked.map((l) => (bumped.has(l.key) ? { key: l.key, version: l.version + 1 } : l)),
    shifts: hasShift ? s.shifts.map((sh) => (sh.id === shiftId ? { ...sh, stops } : sh)) : s.shifts,
  };
}

/** Consecutive places of every route, depot to depot: the legs a route's times rest on. */
export function routeLegs(
  snapshot: PlanningSnapshot,
  locations: GrowingLocationIndex,
): [number, number][] {
  const legs: [number, number][] = [];
  for (const shift of snapshot.shifts) {
    if (shift.stops.length === 0) continue;
    const depot = locations.add(shift.vehicle.depot);
    let prev = depot;
    for (const stop of shift.stops) {
      const here = locations.add(stop);
      legs.push([prev, here]);
      prev = here;
    }
    legs.push([prev, depot]);
  }
  return legs;
}
