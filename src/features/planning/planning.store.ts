import { DateTime } from 'luxon';
import type { BookingStatus } from '../../domain/booking-status.js';
import { ONE_AREA, type PlanningAreas } from '../../domain/planning-areas.js';
import type { ServiceRules } from '../../domain/services.js';
import type { Db } from '../../infra/db/database.js';
import type { ServicesStore } from '../services/services.store.js';
import type {
  PlanningSnapshot,
  SnapshotBooking,
  SnapshotShift,
  StoredStop,
} from './planning-snapshot.js';
import { routeWithoutRide } from './route-release.js';

/**
 * The day a partition plans: the local date, and the area when the city is
 * planned in areas (`2026-11-27:gebze`; see `PLANNING_AREAS`). Days in
 * memory, leases and turns are all by this.
 */
export function partitionDayOf(serviceDate: string, area: string | undefined): string {
  return area ? `${serviceDate}:${area}` : serviceDate;
}

/** The local date of a partition's day. */
export function serviceDateOf(partitionDay: string): string {
  return partitionDay.slice(0, 10);
}

/** The area of a partition's day (`partitionDayOf`); undefined when the city is one area. */
export function areaOfPartitionDay(partitionDay: string): string | undefined {
  return partitionDay.length > 11 ? partitionDay.slice(11) : undefined;
}

/**
 * One partition per municipality and local day (and area). Keys sort by
 * date first, so locking several days' partitions in key order is the same
 * order for every writer.
 */
export function partitionKeyOf(partitionDay: string): string {
  return `izmit:${partitionDay}`;
}

interface ShiftJoinRow {
  id: string;
  driver_id: string;
  starts_at: Date;
  ends_at: Date;
  break_earliest: Date | null;
  break_latest: Date | null;
  break_minutes: number;
  break_started_at: Date | null;
  break_ended_at: Date | null;
  vehicle_id: string;
  plate: string;
  seats: number;
  wheelchair_places: number;
  infant_seats: number;
  has_ramp: boolean;
  has_lift: boolean;
  service_ids: string[];
  depot_label: string;
  depot_lat: number;
  depot_lng: number;
  stops: StoredStop[] | null;
}

interface BookingPlanRow {
  id: string;
  status: BookingStatus;
  service_id: string;
  pickup_label: string;
  pickup_lat: number;
  pickup_lng: number;
  dropoff_label: string;
  dropoff_lat: number;
  dropoff_lng: number;
  wheelchair: 'none' | 'manual' | 'electric';
  companions: number;
  infants: number;
  pickup_window_start: Date;
  pickup_window_end: Date;
  dropoff_earliest: Date | null;
  dropoff_deadline: Date | null;
  planned_pickup_at: Date | null;
  asap: boolean;
  arrive_before: Date | null;
}

const BOOKING_COLUMNS = `id, status, service_id, pickup_label, pickup_lat, pickup_lng, dropoff_label, dropoff_lat,
  dropoff_lng, wheelchair, companions, infants, pickup_window_start, pickup_window_end, dropoff_earliest,
  dropoff_deadline, planned_pickup_at, asap,
  (SELECT CASE WHEN b.planned_dropoff_at > r.pickup_window_start - make_interval(mins => r.return_ready_after_minutes)
               THEN b.planned_dropoff_at + interval '1 second'
               ELSE r.pickup_window_start - make_interval(mins => r.return_ready_after_minutes) END
     FROM bookings r
    WHERE r.return_of = b.id AND r.status = 'scheduled' AND r.return_ready_after_minutes IS NOT NULL
    ORDER BY 1 LIMIT 1) AS arrive_before`;

/*
 * A digest of the day's shifts and vehicles (as the snapshot reads them) and
 * of the service rules: these change without bumping a partition's version
 * (a shift added, a vehicle edited), so a day kept in memory compares it too.
 * $2 and $3 bound the day ($1 is the key list of `dayVersions`).
 */
const FINGERPRINT_SQL = `md5(
  coalesce((SELECT string_agg(concat_ws('|', s.id, s.driver_id, s.starts_at, s.ends_at, s.break_earliest, s.break_latest,
      s.break_minutes, s.break_started_at, s.break_ended_at, v.id, v.plate, v.seats, v.wheelchair_places,
      v.infant_seats, v.has_ramp, v.has_lift, v.service_ids::text, v.depot_label, v.depot_lat, v.depot_lng), ',' ORDER BY s.id)
    FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id
    WHERE NOT s.cancelled AND v.active AND s.starts_at < $3 AND s.ends_at > $2), '')
  || '#' || coalesce((SELECT string_agg(sv::text, ',' ORDER BY sv.id) FROM services sv), ''))`;

/**
 * What a commit changed in its partitions, logged with each version it bumps
 * (`planning_changes`) so that days kept in memory catch up by re-reading
 * only these: the shifts whose routes it wrote, and the bookings whose rows
 * it changed. Absent: anything may have changed (the day is read again).
 */
export interface PlanningChange {
  shiftIds: readonly string[];
  bookingIds: readonly string[];
}

/** Versions of a partition's log kept: a day in memory further behind is read again whole. */
const CHANGES_KEPT = 1000;

/**
 * Appended to a statement whose CTE `bumped` returns (key, version) of the
 * partitions it bumped: logs the change ($n: shift ids, null for anything;
 * $n+1: booking ids) and prunes each partition's old entries.
 */
function logChangeSql(n: number): string {
  return `, logged AS (
    INSERT INTO planning_changes (partition_key, version, shift_ids, booking_ids)
    SELECT key, version, $${n}::uuid[], $${n + 1}::uuid[] FROM bumped
    ON CONFLICT (partition_key, version) DO UPDATE SET shift_ids = NULL
  ), pruned AS (
    DELETE FROM planning_changes c USING bumped b
     WHERE c.partition_key = b.key AND c.version <= b.version - ${CHANGES_KEPT}
  )`;
}

function changeParams(changed: PlanningChange | undefined): [string[] | null, string[]] {
  return changed ? [[...changed.shiftIds], [...changed.bookingIds]] : [null, []];
}

/** A booking placed on a route, as `commitPlacement` writes it. */
export interface Placement {
  booking: {
    id: string;
    /** The statuses it is scheduled from (the first is its event's). */
    from: readonly string[];
    explanation: unknown;
    /** The window it is kept to from now on, when planning moved it. */
    window?: { start: Date; end: Date; requestedAt?: Date };
    /** The `scheduled` event's details. */
    details: Record<string, unknown>;
  };
  route: {
    shiftId: string;
    vehicleId: string;
    stops: StoredStop[];
    /** Planned pickup and drop-off of every booking on the route, this one's included. */
    times: readonly { id: string; pickupAt: Date; dropoffAt: Date }[];
  };
}

/*
 * `commitPlacement`'s statement. Every write is conditional on `ok` (the
 * partitions at the versions read, locked) and `pending` (the booking still
 * in a status it is scheduled from, locked): all happen, or none.
 * $1 keys, $2 versions, $3/$4 the change logged, $5 the booking, $6 its
 * statuses, $7–$10 explanation and window, $11 event details, $12 event's
 * from status, $13 shift, $14 stops, $15–$17 planned times, $18 vehicle.
 */
const COMMIT_PLACEMENT_SQL = `WITH locked AS (
    SELECT key, version FROM planning_partitions WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE
  ), booking AS (
    SELECT id FROM bookings WHERE id = $5 AND status = ANY($6::text[]) AND $5 = ANY($15::uuid[]) FOR UPDATE
  ), current AS (
    SELECT count(*) = cardinality($1::text[]) AND coalesce(bool_and(l.version = e.version), false) AS ok,
           EXISTS (SELECT 1 FROM booking) AS pending
      FROM locked l JOIN unnest($1::text[], $2::int[]) AS e(key, version) USING (key)
  ), bumped AS (
    UPDATE planning_partitions p SET version = p.version + 1, updated_at = now()
      FROM locked l, current c WHERE p.key = l.key AND c.ok AND c.pending
    RETURNING p.key, p.version
  )${logChangeSql(3)}, times AS (
    SELECT * FROM unnest($15::uuid[], $16::timestamptz[], $17::timestamptz[]) AS t(id, pickup, dropoff)
  ), scheduled AS (
    UPDATE bookings b SET status = 'scheduled', explanation = $7::jsonb, updated_at = now(),
      pickup_window_start = COALESCE($8, b.pickup_window_start),
      pickup_window_end = COALESCE($9, b.pickup_window_end),
      requested_pickup_at = COALESCE($10, b.requested_pickup_at),
      planned_pickup_at = t.pickup, planned_dropoff_at = t.dropoff, shift_id = $13::uuid, vehicle_id = $18::uuid
      FROM current c, times t
     WHERE b.id = $5 AND t.id = $5 AND b.status = ANY($6::text[]) AND c.ok AND c.pending
    RETURNING b.id
  ), event AS (
    -- Scheduling starts from one status (TRANSITIONS.schedule.from): the event names it.
    INSERT INTO booking_events (booking_id, type, from_status, to_status, actor_user_id, actor_role, details)
    SELECT id, 'scheduled', $12::text, 'scheduled', NULL, 'scheduler', $11::jsonb FROM scheduled
  ), route AS (
    INSERT INTO routes (shift_id, stops) SELECT $13::uuid, $14::jsonb FROM current c WHERE c.ok AND c.pending
    ON CONFLICT (shift_id) DO UPDATE SET stops = EXCLUDED.stops, version = routes.version + 1, updated_at = now()
  ), retimed AS (
    UPDATE bookings b SET planned_pickup_at = t.pickup, planned_dropoff_at = t.dropoff, shift_id = $13::uuid,
      vehicle_id = $18::uuid, updated_at = now()
      FROM current c, times t
     WHERE b.id = t.id AND b.id <> $5 AND c.ok AND c.pending
       AND (b.planned_pickup_at IS DISTINCT FROM t.pickup OR b.planned_dropoff_at IS DISTINCT FROM t.dropoff
            OR b.shift_id IS DISTINCT FROM $13::uuid OR b.vehicle_id IS DISTINCT FROM $18::uuid)
    RETURNING b.id
  )
  SELECT coalesce((SELECT ok FROM current), false) AS ok, coalesce((SELECT pending FROM current), false) AS pending,
    ARRAY(SELECT id FROM retimed) AS retimed`;

/** Bumps the partitions $1 (created at version 1 if new) and logs the change ($2, $3). */
const BUMP_SQL = `WITH bumped AS (
    INSERT INTO planning_partitions (key, version) SELECT k, 1 FROM unnest($1::text[]) AS k ORDER BY k
    ON CONFLICT (key) DO UPDATE SET version = planning_partitions.version + 1, updated_at = now()
    RETURNING key, version
  )${logChangeSql(2)}
  SELECT key, version FROM bumped`;

/** The versions a snapshot was read at, by partition key, and its keys in lock order. */
export function versionsOf(
  snapshot: Pick<PlanningSnapshot, 'partitionKey' | 'version' | 'linked'>,
) {
  const expected = new Map([
    [snapshot.partitionKey, snapshot.version],
    ...snapshot.linked.map((l) => [l.key, l.version] as const),
  ]);
  return { expected, keys: [...expected.keys()].sort((a, b) => a.localeCompare(b)) };
}

/** What a day in memory re-reads to catch up with its partitions (`changesSince`). */
export interface DayChanges {
  /** The partitions' versions now. */
  versions: Map<string, number>;
  /** The new stops of the day's shifts that changed. */
  routes: Map<string, StoredStop[]>;
  /** The bookings named by the changes, on those routes, or outbounds of those named. */
  bookings: Map<string, SnapshotBooking>;
  /** The ids the changes named (some may have left the day: cancelled, say). */
  named: Set<string>;
}

/**
 * The local dates a day's shifts cover (a night shift covers two). Each shift
 * overlaps the day, so together they cover one unbroken span: its dates are
 * those from the earliest start to the latest end. Two zone conversions per
 * day, not per shift (a metropolitan day has thousands of shifts, and each is
 * read again whenever a day is).
 */
function daysTouched(shifts: readonly SnapshotShift[], timeZone: string): Set<string> {
  const days = new Set<string>();
  if (shifts.length === 0) return days;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of shifts) {
    first = Math.min(first, s.startsAt.getTime());
    last = Math.max(last, s.endsAt.getTime() - 1);
  }
  const end = DateTime.fromMillis(last, { zone: timeZone });
  for (
    let d = DateTime.fromMillis(first, { zone: timeZone }).startOf('day');
    d <= end;
    d = d.plus({ days: 1 })
  )
    days.add(d.toISODate()!);
  return days;
}

export function createPlanningStore(
  db: Db,
  services: ServicesStore,
  timeZone: string,
  areas: PlanningAreas = ONE_AREA,
) {
  /** Every partition of a local date: one per area. */
  function keysOfDate(serviceDate: string): string[] {
    const days =
      areas.names.length === 0
        ? [serviceDate]
        : areas.names.map((area) => partitionDayOf(serviceDate, area));
    return days.map(partitionKeyOf).sort((a, b) => a.localeCompare(b));
  }

  async function partitionVersion(key: string, tx: Db = db): Promise<number> {
    await tx.query(
      'INSERT INTO planning_partitions (key) VALUES ($1) ON CONFLICT (key) DO NOTHING',
      [key],
    );
    const rows = await tx.query<{ version: number }>(
      'SELECT version FROM planning_partitions WHERE key = $1',
      [key],
    );
    return rows[0]?.version ?? 0;
  }

  async function rulesOf(tx: Db): Promise<Map<string, ServiceRules>> {
    return new Map((await services.all(tx)).map((s) => [s.id, s]));
  }

  async function toSnapshotBookings(
    rows: readonly BookingPlanRow[],
    tx: Db,
    known?: ReadonlyMap<string, ServiceRules>,
  ): Promise<Map<string, SnapshotBooking>> {
    const bookings = new Map<string, SnapshotBooking>();
    if (rows.length === 0) return bookings;
    const rules = known ?? (await rulesOf(tx));
    for (const r of rows) {
      const serviceRules = rules.get(r.service_id);
      if (!serviceRules) continue;
      bookings.set(r.id, {
        id: r.id,
        status: r.status,
        rules: serviceRules,
        pickup: { lat: r.pickup_lat, lng: r.pickup_lng, label: r.pickup_label },
        dropoff: { lat: r.dropoff_lat, lng: r.dropoff_lng, label: r.dropoff_label },
        wheelchair: r.wheelchair,
        companions: r.companions,
        infants: r.infants,
        pickupWindowStart: r.pickup_window_start,
        pickupWindowEnd: r.pickup_window_end,
        dropoffEarliest: r.dropoff_earliest,
        dropoffDeadline: r.dropoff_deadline,
        promised: r.planned_pickup_at !== null,
        asap: r.asap,
        arriveBefore: r.arrive_before,
      });
    }
    return bookings;
  }

  async function dayFingerprint(serviceDate: string, tx: Db): Promise<string> {
    const day = DateTime.fromISO(serviceDate, { zone: timeZone });
    const rows = await tx.query<{ fingerprint: string }>(
      `SELECT cardinality($1::text[]) AS keys, ${FINGERPRINT_SQL} AS fingerprint`,
      [[], day.toJSDate(), day.plus({ days: 1 }).toJSDate()],
    );
    return rows[0]?.fingerprint ?? '';
  }

  /** The counter of edits to shifts, vehicles and services (migration 0020). */
  async function inputsVersion(tx: Db): Promise<number> {
    const rows = await tx.query<{ version: number }>('SELECT version FROM planning_inputs');
    return Number(rows[0]?.version ?? 0);
  }

  /** A partition's version without creating its row (a missing one is 0, as it is created). */
  async function readVersion(key: string, tx: Db): Promise<number> {
    const rows = await tx.query<{ version: number }>(
      'SELECT version FROM planning_partitions WHERE key = $1',
      [key],
    );
    return rows[0]?.version ?? 0;
  }

  return {
    partitionVersion,

    /**
     * Locks the partition for the rest of the transaction and checks that
     * nobody changed it since `expected`: the optimistic half of planning.
     */
    async lockPartition(key: string, expected: number, tx: Db): Promise<boolean> {
      await partitionVersion(key, tx);
      const rows = await tx.query<{ version: number }>(
        'SELECT version FROM planning_partitions WHERE key = $1 FOR UPDATE',
        [key],
      );
      return rows[0]?.version === expected;
    },

    /**
     * Locks a local date's partitions (every area's) for the transaction,
     * whatever their versions: a change outside the planner (a cancel, a
     * move, a shift withdrawn) waits for a commit in any area of that day.
     */
    async lockDay(serviceDate: string, tx: Db): Promise<void> {
      const keys = keysOfDate(serviceDate);
      for (const key of keys) await partitionVersion(key, tx);
      await tx.query(
        'SELECT version FROM planning_partitions WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE',
        [keys],
      );
    },

    /**
     * Bumps a local date's partitions (every area's): whatever a day in
     * memory holds of that date is read again before it is trusted.
     */
    async bumpDay(serviceDate: string, tx: Db, changed?: PlanningChange): Promise<void> {
      await tx.query(BUMP_SQL, [keysOfDate(serviceDate), ...changeParams(changed)]);
    },

    /**
     * Locks the snapshot's partition and those linked to it (in key order,
     * the same order everywhere) and checks none changed since it was read.
     * One statement once the rows exist (a booking's commit paid nine).
     */
    async lockSnapshot(
      snapshot: Pick<PlanningSnapshot, 'partitionKey' | 'version' | 'linked'>,
      tx: Db,
    ): Promise<boolean> {
      const { expected, keys } = versionsOf(snapshot);
      // LockRows sits above the sort: the rows are locked in key order.
      const lock = () =>
        tx.query<{ key: string; version: number }>(
          'SELECT key, version FROM planning_partitions WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE',
          [keys],
        );
      let rows = await lock();
      if (rows.length < keys.length) {
        // First use of a day: its row is created (version 0), as partitionVersion does.
        for (const key of keys) await partitionVersion(key, tx);
        rows = await lock();
      }
      const found = new Map(rows.map((r) => [r.key, r.version]));
      return keys.every((key) => found.get(key) === expected.get(key));
    },

    /**
     * A booking placed on a shift's route, committed in one statement (one
     * round trip, atomic without a transaction): the partitions' versions
     * checked and bumped with the change logged, the booking taken from
     * `from` to scheduled with its event, the route written, and the planned
     * times of every booking on it. All or nothing: `conflict` when the
     * versions moved (plan again), `not-pending` when a cancel won. It
     * writes the bookings table, whose owner is the bookings store, because
     * the day's turn waits on each round trip (six in a transaction were a
     * third of a turn at 30,000 bookings). Returns the other bookings whose
     * times, shift or vehicle changed (to announce).
     */
    async commitPlacement(
      snapshot: Pick<PlanningSnapshot, 'partitionKey' | 'version' | 'linked'>,
      placed: Placement,
    ): Promise<'conflict' | 'not-pending' | { changed: string[] }> {
      const { expected, keys } = versionsOf(snapshot);
      const { booking, route } = placed;
      const run = () =>
        db.query<{ ok: boolean; pending: boolean; retimed: string[] }>(COMMIT_PLACEMENT_SQL, [
          keys,
          keys.map((k) => expected.get(k)),
          [route.shiftId],
          [booking.id],
          booking.id,
          [...booking.from],
          JSON.stringify(booking.explanation),
          booking.window?.start ?? null,
          booking.window?.end ?? null,
          booking.window?.requestedAt ?? null,
          booking.details,
          booking.from[0],
          route.shiftId,
          JSON.stringify(route.stops),
          route.times.map((t) => t.id),
          route.times.map((t) => t.pickupAt),
          route.times.map((t) => t.dropoffAt),
          route.vehicleId,
        ]);
      let [row] = await run();
      if (!row?.ok && keys.some((k) => expected.get(k) === 0)) {
        // First use of a day: its rows are created (version 0), as partitionVersion does.
        for (const key of keys) if (expected.get(key) === 0) await partitionVersion(key);
        [row] = await run();
      }
      if (!row?.ok) return 'conflict';
      if (!row.pending) return 'not-pending';
      return { changed: row.retimed };
    },

    /** Bumps the snapshot's partition and those linked to it, in one statement. */
    async bumpSnapshot(
      snapshot: Pick<PlanningSnapshot, 'partitionKey' | 'linked'>,
      tx: Db,
      changed?: PlanningChange,
    ): Promise<void> {
      const keys = [snapshot.partitionKey, ...snapshot.linked.map((l) => l.key)].sort((a, b) =>
        a.localeCompare(b),
      );
      await tx.query(BUMP_SQL, [keys, ...changeParams(changed)]);
    },

    async bumpPartition(key: string, tx: Db): Promise<void> {
      await tx.query(BUMP_SQL, [[key], ...changeParams(undefined)]);
    },

    /** A partition's day (`partitionDayOf`): with areas, only the shifts of vehicles based in it. */
    async snapshot(partitionDay: string, extraBookingIds: string[]): Promise<PlanningSnapshot> {
      const key = partitionKeyOf(partitionDay);
      const serviceDate = serviceDateOf(partitionDay);
      const area = areaOfPartitionDay(partitionDay);
      // Read in one transaction so the versions match what is read with them. One
      // view for every statement (REPEATABLE READ) and no writes: under READ
      // COMMITTED a change committed between reading the routes and reading a
      // linked day's version (the insert below waited for it) paired an old route
      // with a new version, and the commit check let the old route be written
      // back, a cancelled ride with it.
      return db.transaction(async (tx) => {
        await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
        const version = await readVersion(key, tx);
        const day = DateTime.fromISO(serviceDate, { zone: timeZone });
        const shiftRows = await tx.query<ShiftJoinRow>(
          `SELECT s.id, s.driver_id, s.starts_at, s.ends_at, s.break_earliest, s.break_latest, s.break_minutes,
             s.break_started_at, s.break_ended_at, v.service_ids,
             v.id AS vehicle_id, v.plate, v.seats, v.wheelchair_places, v.infant_seats, v.has_ramp, v.has_lift,
             v.depot_label, v.depot_lat, v.depot_lng, r.stops
           FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id LEFT JOIN routes r ON r.shift_id = s.id
           WHERE NOT s.cancelled AND v.active AND s.starts_at < $2 AND s.ends_at > $1
           ORDER BY s.starts_at, s.id`,
          [day.toJSDate(), day.plus({ days: 1 }).toJSDate()],
        );
        const inArea = area
          ? shiftRows.filter((r) => areas.areaOf({ lat: r.depot_lat, lng: r.depot_lng }) === area)
          : shiftRows;
        const shifts: SnapshotShift[] = inArea.map((r) => ({
          id: r.id,
          driverId: r.driver_id,
          startsAt: r.starts_at,
          endsAt: r.ends_at,
          breakEarliest: r.break_earliest,
          breakLatest: r.break_latest,
          breakMinutes: r.break_minutes,
          breakStartedAt: r.break_started_at,
          breakEndedAt: r.break_ended_at,
          vehicle: {
            id: r.vehicle_id,
            plate: r.plate,
            seats: r.seats,
            wheelchairPlaces: r.wheelchair_places,
            infantSeats: r.infant_seats,
            hasRamp: r.has_ramp,
            hasLift: r.has_lift,
            serviceIds: r.service_ids,
            depot: { lat: r.depot_lat, lng: r.depot_lng, label: r.depot_label },
          },
          stops: r.stops ?? [],
        }));
        const ids = new Set(extraBookingIds);
        for (const shift of shifts)
          for (const stop of shift.stops) if (stop.kind !== 'break') ids.add(stop.refId);
        const rows =
          ids.size === 0
            ? []
            : await tx.query<BookingPlanRow>(
                `SELECT ${BOOKING_COLUMNS} FROM bookings b WHERE id = ANY($1::uuid[])`,
                [[...ids]],
              );
        const rules = await rulesOf(tx);
        const bookings = await toSnapshotBookings(rows, tx, rules);
        const linked: { key: string; version: number }[] = [];
        for (const other of daysTouched(shifts, timeZone)) {
          if (other === serviceDate) continue;
          const otherKey = partitionKeyOf(partitionDayOf(other, area));
          linked.push({ key: otherKey, version: await readVersion(otherKey, tx) });
        }
        const fingerprint = await dayFingerprint(serviceDate, tx);
        const inputs = await inputsVersion(tx);
        return { partitionKey: key, version, linked, shifts, bookings, fingerprint, inputs, rules };
      });
    },

    /**
     * What a day kept in memory compares before it is trusted: the versions
     * of its partitions, and the counter of edits to what changes without a
     * version bump (shifts, vehicles, service rules). One small round trip.
     */
    async dayVersions(
      partitionDay: string,
      linkedKeys: readonly string[],
    ): Promise<{ versions: Map<string, number>; inputs: number }> {
      const keys = [partitionKeyOf(partitionDay), ...linkedKeys];
      const rows = await db.query<{ versions: Record<string, number> | null; inputs: number }>(
        `SELECT (SELECT json_object_agg(key, version) FROM planning_partitions WHERE key = ANY($1::text[])) AS versions,
           (SELECT version FROM planning_inputs) AS inputs`,
        [keys],
      );
      const found = rows[0]?.versions ?? {};
      const versions = new Map(keys.map((k) => [k, Number(found[k] ?? 0)]));
      return { versions, inputs: Number(rows[0]?.inputs ?? 0) };
    },

    /**
     * The digest of a day's shifts, vehicles and service rules (as the
     * snapshot has it) with the edit counter it goes with, read together:
     * once the counter moved, whether the edits were this day's.
     */
    async dayInputs(partitionDay: string): Promise<{ inputs: number; fingerprint: string }> {
      const day = DateTime.fromISO(serviceDateOf(partitionDay), { zone: timeZone });
      const rows = await db.query<{ inputs: number; fingerprint: string }>(
        `SELECT cardinality($1::text[]) AS keys, (SELECT version FROM planning_inputs) AS inputs,
           ${FINGERPRINT_SQL} AS fingerprint`,
        [[], day.toJSDate(), day.plus({ days: 1 }).toJSDate()],
      );
      return { inputs: Number(rows[0]?.inputs ?? 0), fingerprint: rows[0]?.fingerprint ?? '' };
    },

    /**
     * What a day in memory at the snapshot's versions missed, read in one
     * view: undefined when the log cannot say (an entry pruned, or one that
     * names no shifts: anything may have changed), else the versions now, the
     * new routes of the day's shifts the changes name, and the bookings to
     * read again (those named, those on the new routes, and the outbounds of
     * those named, whose return bounds their arrival).
     */
    async changesSince(
      snapshot: Pick<PlanningSnapshot, 'partitionKey' | 'version' | 'linked' | 'shifts' | 'rules'>,
    ): Promise<DayChanges | undefined> {
      const { expected: known, keys } = versionsOf(snapshot);
      return db.transaction(async (tx) => {
        await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
        const rows = await tx.query<{
          key: string;
          now: number;
          version: number | null;
          shift_ids: string[] | null;
          booking_ids: string[] | null;
        }>(
          `SELECT k.key, coalesce(p.version, 0) AS now, c.version, c.shift_ids::text[] AS shift_ids,
                  c.booking_ids::text[] AS booking_ids
             FROM unnest($1::text[], $2::int[]) AS k(key, known)
             LEFT JOIN planning_partitions p ON p.key = k.key
             LEFT JOIN planning_changes c
               ON c.partition_key = k.key AND c.version > k.known AND c.version <= p.version`,
          [keys, keys.map((k) => known.get(k))],
        );
        const versions = new Map<string, number>();
        const steps = new Map<string, number>();
        const mine = new Set(snapshot.shifts.map((sh) => sh.id));
        const changedShifts = new Set<string>();
        const named = new Set<string>();
        for (const r of rows) {
          versions.set(r.key, Number(r.now));
          if (r.version === null) continue;
          // A step that names no shifts may have changed anything.
          if (r.shift_ids === null) return undefined;
          steps.set(r.key, (steps.get(r.key) ?? 0) + 1);
          for (const id of r.shift_ids) if (mine.has(id)) changedShifts.add(id);
          for (const id of r.booking_ids ?? []) named.add(id);
        }
        // Every step from the known version to now must be in the log (none pruned).
        for (const [key, from] of known)
          if ((versions.get(key) ?? 0) - from !== (steps.get(key) ?? 0)) return undefined;
        const routes = new Map<string, StoredStop[]>([...changedShifts].map((id) => [id, []]));
        if (changedShifts.size > 0)
          for (const r of await tx.query<{ shift_id: string; stops: StoredStop[] }>(
            'SELECT shift_id, stops FROM routes WHERE shift_id = ANY($1::uuid[])',
            [[...changedShifts]],
          ))
            routes.set(r.shift_id, r.stops);
        const ids = new Set(named);
        for (const stops of routes.values())
          for (const stop of stops) if (stop.kind !== 'break') ids.add(stop.refId);
        const bookingRows =
          ids.size === 0
            ? []
            : await tx.query<BookingPlanRow>(
                `SELECT ${BOOKING_COLUMNS} FROM bookings b
                  WHERE id = ANY($1::uuid[])
                     OR id IN (SELECT return_of FROM bookings WHERE id = ANY($2::uuid[]) AND return_of IS NOT NULL)`,
                [[...ids], [...named]],
              );
        const bookings = await toSnapshotBookings(bookingRows, tx, snapshot.rules);
        return { versions, routes, bookings, named };
      });
    },

    /**
     * Bookings as a snapshot holds them (those of an unknown service left
     * out). `rules`: the service rules a day in memory read with its snapshot
     * (still current while its fingerprint is), else read again.
     */
    async snapshotBookings(
      ids: readonly string[],
      tx: Db = db,
      rules?: ReadonlyMap<string, ServiceRules>,
    ): Promise<Map<string, SnapshotBooking>> {
      if (ids.length === 0) return new Map();
      const rows = await tx.query<BookingPlanRow>(
        `SELECT ${BOOKING_COLUMNS} FROM bookings b WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
      return toSnapshotBookings(rows, tx, rules);
    },

    async saveRoute(shiftId: string, stops: StoredStop[], tx: Db): Promise<void> {
      await tx.query(
        `INSERT INTO routes (shift_id, stops) VALUES ($1, $2)
         ON CONFLICT (shift_id) DO UPDATE SET stops = EXCLUDED.stops, version = routes.version + 1, updated_at = now()`,
        [shiftId, JSON.stringify(stops)],
      );
    },

    /** Where a shift's vehicle starts and ends its day. */
    async depotOfShift(
      shiftId: string,
      tx: Db = db,
    ): Promise<Pick<StoredStop, 'lat' | 'lng' | 'label'>> {
      const rows = await tx.query<{ lat: number; lng: number; label: string }>(
        `SELECT v.depot_lat AS lat, v.depot_lng AS lng, v.depot_label AS label
           FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id WHERE s.id = $1`,
        [shiftId],
      );
      const depot = rows[0];
      if (!depot) throw new Error(`shift ${shiftId} has no vehicle`);
      return { lat: Number(depot.lat), lng: Number(depot.lng), label: depot.label };
    },

    async routeOf(shiftId: string, tx: Db = db): Promise<StoredStop[]> {
      const rows = await tx.query<{ stops: StoredStop[] }>(
        'SELECT stops FROM routes WHERE shift_id = $1',
        [shiftId],
      );
      return rows[0]?.stops ?? [];
    },

    /** A shift of any area (not cancelled) that was on `serviceDate`'s day, with its vehicle's plate. */
    async shiftOnDate(
      shiftId: string,
      serviceDate: string,
    ): Promise<{ id: string; plate: string } | undefined> {
      const rows = await db.query<{ id: string; plate: string }>(
        `SELECT s.id, v.plate FROM shifts s JOIN vehicles v ON v.id = s.vehicle_id
         WHERE s.id = $1 AND NOT s.cancelled
           AND s.starts_at < ($2::date + 2)::timestamptz AND s.ends_at > ($2::date - 1)::timestamptz`,
        [shiftId, serviceDate],
      );
      return rows[0];
    },
  };
}

export type PlanningStore = ReturnType<typeof createPlanningStore>;

/**
 * The database refused a route write that would add a ride not planned
 * (pending, waiting for a call, refused or cancelled; migration 0022): the
 * writer's view of the day was stale.
 */
export function isStrayRide(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'YD001';
}

/** Removes a cancelled booking's stops from its route and returns the driver to tell. */
export function createRouteReleaser(store: PlanningStore) {
  return async (
    tx: Db,
    booking: {
      id: string;
      shift_id: string | null;
      driver_id: string | null;
      service_date: string;
    },
  ) => {
    if (!booking.shift_id) return null;
    const stops = await store.routeOf(booking.shift_id, tx);
    if (!stops.some((s) => s.refId === booking.id)) return null;
    const depot = await store.depotOfShift(booking.shift_id, tx);
    await store.saveRoute(booking.shift_id, routeWithoutRide(stops, booking.id, depot), tx);
    await store.bumpDay(booking.service_date, tx, {
      shiftIds: [booking.shift_id],
      bookingIds: [booking.id],
    });
    return booking.driver_id;
  };
}
