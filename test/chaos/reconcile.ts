import { DateTime } from 'luxon';

/** What the client was told: the suite's own record of every acknowledged write. */
export interface ClientRecord {
  /** Booking requests sent: one Idempotency-Key each. */
  requests: number;
  /** Request index → every booking id the API answered for that key (one, if all is well). */
  answered: ReadonlyMap<number, ReadonlySet<string>>;
  /** Bookings whose cancel the API acknowledged (200, status cancelled). */
  cancelled: ReadonlySet<string>;
  /** Booking → the furthest status a driver's acknowledged tap put it in. */
  tapped: ReadonlyMap<string, string>;
}

export interface BookingRecord {
  id: string;
  status: string;
  shiftId: string | null;
  /** The request index from the booking's notes marker (outbound bookings only). */
  request: number | null;
}

export interface RouteRecord {
  shiftId: string;
  stops: readonly { kind: string; refId: string }[];
}

export interface ShiftRecord {
  id: string;
  driverId: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

/** What `GET /api/driver/manifest?date=` answered one driver. */
export interface ManifestRecord {
  driverId: string;
  date: string;
  shifts: readonly {
    shiftId: string;
    stops: readonly { kind: string; bookingId: string | null; status: string | null }[];
  }[];
}

export interface ChaosCounts {
  bookings: number;
  acknowledged: number;
  lost: number;
  duplicated: number;
  doubleAssigned: number;
  cancelledButRouted: number;
  unplanned: number;
  manifestMismatch: number;
}

export interface Reconciliation {
  counts: ChaosCounts;
  /** Each failure, named, so a red run says which booking and why. */
  problems: string[];
}

/** Statuses whose booking must be on its shift's route, pickup and drop-off once each. */
const ON_ROUTE = new Set(['scheduled', 'arrived', 'on-board']);
/** Statuses whose booking must be on no route at all. */
const OFF_ROUTE = new Set(['pending', 'refused', 'will-call', 'cancelled']);
const TAP_ORDER = ['scheduled', 'arrived', 'on-board', 'completed'];

/**
 * Reconciles what the client was told with what the database holds, and what
 * drivers' manifests say with the routes. Pure: the suite loads the records
 * after every process has settled and stopped planning.
 *
 * - lost: an acknowledged booking missing from the database, an acknowledged
 *   cancel or driver tap not held, or a booking whose status says it is
 *   planned (scheduled, arrived, on board) without its stops on its route;
 * - duplicated: more than one booking for one request (notes marker), or one
 *   Idempotency-Key answered with two booking ids;
 * - doubleAssigned: a booking's stops on two routes, twice on one route, on a
 *   route other than its row's shift, or on a route while its row says it is
 *   not planned (pending, refused, will-call);
 * - cancelledButRouted: a cancelled booking still on a route;
 * - unplanned: a booking still pending;
 * - manifestMismatch: a driver's manifest shift whose stops, order or
 *   statuses differ from the routes and bookings, or a shift of the driver's
 *   day missing from (or extra in) the manifest.
 */
export function reconcile(input: {
  client: ClientRecord;
  bookings: readonly BookingRecord[];
  routes: readonly RouteRecord[];
  shifts: readonly ShiftRecord[];
  manifests: readonly ManifestRecord[];
  timeZone: string;
}): Reconciliation {
  const problems: string[] = [];
  const counts: ChaosCounts = {
    bookings: input.client.requests,
    acknowledged: 0,
    lost: 0,
    duplicated: 0,
    doubleAssigned: 0,
    cancelledButRouted: 0,
    unplanned: 0,
    manifestMismatch: 0,
  };
  const byId = new Map(input.bookings.map((b) => [b.id, b]));

  // What the client was told.
  for (const [request, ids] of input.client.answered) {
    if (ids.size === 0) continue;
    counts.acknowledged++;
    if (ids.size > 1) {
      counts.duplicated += ids.size - 1;
      problems.push(`duplicated: request #${request} answered ${[...ids].join(', ')}`);
    }
    for (const id of ids) {
      if (!byId.has(id)) {
        counts.lost++;
        problems.push(
          `lost: booking ${id} (request #${request}) acknowledged, not in the database`,
        );
      }
    }
  }
  for (const id of input.client.cancelled) {
    const row = byId.get(id);
    if (row && row.status !== 'cancelled') {
      counts.lost++;
      problems.push(`lost: cancel of ${id} acknowledged, booking is ${row.status}`);
    }
  }
  for (const [id, status] of input.client.tapped) {
    const row = byId.get(id);
    if (row && TAP_ORDER.indexOf(row.status) < TAP_ORDER.indexOf(status)) {
      counts.lost++;
      problems.push(`lost: tap to ${status} on ${id} acknowledged, booking is ${row.status}`);
    }
  }

  // Two bookings for one request.
  const perRequest = new Map<number, number>();
  for (const b of input.bookings)
    if (b.request !== null) perRequest.set(b.request, (perRequest.get(b.request) ?? 0) + 1);
  for (const [request, n] of perRequest) {
    if (n > 1) {
      counts.duplicated += n - 1;
      problems.push(`duplicated: request #${request} has ${n} bookings`);
    }
  }

  // Where each booking's stops are.
  const stopsOf = new Map<string, { shiftId: string; kind: string }[]>();
  for (const route of input.routes) {
    for (const stop of route.stops) {
      if (stop.kind === 'break') continue;
      const list = stopsOf.get(stop.refId) ?? [];
      list.push({ shiftId: route.shiftId, kind: stop.kind });
      stopsOf.set(stop.refId, list);
    }
  }
  for (const b of input.bookings) {
    const stops = stopsOf.get(b.id) ?? [];
    if (b.status === 'pending') {
      counts.unplanned++;
      problems.push(`unplanned: ${b.id} still pending`);
    }
    if (b.status === 'cancelled' && stops.length > 0) {
      counts.cancelledButRouted++;
      problems.push(`cancelledButRouted: ${b.id} on ${[...new Set(stops.map((s) => s.shiftId))]}`);
      continue;
    }
    const shifts = new Set(stops.map((s) => s.shiftId));
    const pickups = stops.filter((s) => s.kind === 'pickup').length;
    const dropoffs = stops.filter((s) => s.kind === 'dropoff').length;
    const twice =
      shifts.size > 1 ||
      pickups > 1 ||
      dropoffs > 1 ||
      (stops.length > 0 && (OFF_ROUTE.has(b.status) || !shifts.has(b.shiftId ?? '')));
    if (twice) {
      counts.doubleAssigned++;
      problems.push(
        `doubleAssigned: ${b.id} (${b.status}, shift ${b.shiftId}) has ${pickups} pickups and ${dropoffs} drop-offs on ${[...shifts].join(', ')}`,
      );
    } else if (ON_ROUTE.has(b.status) && (pickups !== 1 || dropoffs !== 1)) {
      counts.lost++;
      problems.push(`lost: ${b.id} is ${b.status} but its route has no pickup or drop-off`);
    }
  }

  // Drivers' manifests against the routes.
  const routeOf = new Map(input.routes.map((r) => [r.shiftId, r.stops]));
  for (const manifest of input.manifests) {
    const day = DateTime.fromISO(manifest.date, { zone: input.timeZone });
    const from = day.toJSDate();
    const to = day.plus({ days: 1 }).toJSDate();
    const expected = input.shifts
      .filter(
        (s) =>
          s.driverId === manifest.driverId && !s.cancelled && s.startsAt < to && s.endsAt > from,
      )
      .map((s) => s.id)
      .sort();
    const got = manifest.shifts.map((s) => s.shiftId).sort();
    if (expected.join() !== got.join()) {
      counts.manifestMismatch++;
      problems.push(
        `manifestMismatch: driver ${manifest.driverId} ${manifest.date} lists shifts ${got} not ${expected}`,
      );
    }
    for (const shift of manifest.shifts) {
      const want = (routeOf.get(shift.shiftId) ?? []).map(
        (s) => `${s.kind}:${s.kind === 'break' ? '' : s.refId}`,
      );
      const have = shift.stops.map((s) => `${s.kind}:${s.bookingId ?? ''}`);
      const statuses = shift.stops.filter(
        (s) => s.bookingId !== null && byId.get(s.bookingId)?.status !== s.status,
      );
      if (want.join() !== have.join() || statuses.length > 0) {
        counts.manifestMismatch++;
        problems.push(
          `manifestMismatch: shift ${shift.shiftId} on ${manifest.date}: manifest [${have}] route [${want}]${statuses.length > 0 ? `, statuses differ for ${statuses.map((s) => s.bookingId)}` : ''}`,
        );
      }
    }
  }
  return { counts, problems };
}

/** Whether any failure count is above zero. */
export function failed(counts: ChaosCounts): boolean {
  return (
    counts.lost +
      counts.duplicated +
      counts.doubleAssigned +
      counts.cancelledButRouted +
      counts.unplanned +
      counts.manifestMismatch >
    0
  );
}
