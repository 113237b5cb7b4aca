import { AppError } from '../../domain/errors.js';
import { etasAlong } from '../../domain/vehicle-eta.js';
import type { Db } from '../../infra/db/database.js';
import type { TravelTimeProvider } from '../../infra/maps/travel-time-provider.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { FleetAlert } from '../dispatch/dispatch.schema.js';
import { isReached } from '../dispatch/driver-break.js';
import type { StoredStop } from '../planning/planning-snapshot.js';
import type { PositionReport, VehicleLiveView } from './positions.schema.js';
import type { PositionsStore, ShiftNow, StoredPosition } from './positions.store.js';

export interface PositionsServiceDeps {
  db: Db;
  store: PositionsStore;
  travelTimes: TravelTimeProvider;
  settings: { intervalSeconds: number; trailMinutes: number; retentionHours: number };
  /** Publishes to the staff room (any process): a vehicle moved, or a pickup will be late. */
  publish: {
    vehicle(view: VehicleLiveView): void;
    alert(alert: FleetAlert): void;
  };
  /** Claims "tell the operators that this booking will be late" once across processes. */
  claimLateAlert(bookingId: string): Promise<boolean>;
  now: () => Date;
}

interface StopRow {
  id: string;
  status: Parameters<typeof isReached>[1];
  pickup_window_end: Date;
  full_name: string;
}

/**
 * GPS positions from drivers' apps, and what the dispatcher's live map shows
 * of each vehicle: where it is, its trail, its stops ahead with estimated
 * arrivals from its position (the travel-time provider), and whether a
 * pickup will be late beyond its window (the operators are alerted once).
 */
export function createPositionsService(deps: PositionsServiceDeps) {
  const { store } = deps;
  // The last accepted fix per driver, in this process: a chatty app is throttled.
  const lastAccepted = new Map<string, number>();

  async function liveOf(shift: ShiftNow, position: StoredPosition | undefined) {
    const now = deps.now();
    const [trail, route] = await Promise.all([
      store.trail(shift.shift_id, new Date(now.getTime() - deps.settings.trailMinutes * 60_000)),
      deps.db.query<{ stops: StoredStop[] }>('SELECT stops FROM routes WHERE shift_id = $1', [
        shift.shift_id,
      ]),
    ]);
    const stops = route[0]?.stops ?? [];
    const ids = [...new Set(stops.filter((s) => s.kind !== 'break').map((s) => s.refId))];
    const rows = ids.length
      ? await deps.db.query<StopRow>(
          `SELECT b.id, b.status, b.pickup_window_end, c.full_name
           FROM bookings b JOIN citizens c ON c.id = b.citizen_id WHERE b.id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ahead = stops.filter((s, i) => {
      if (s.kind === 'break') return Date.parse(s.departure) > now.getTime() || i > 0;
      const b = byId.get(s.refId);
      return b !== undefined && !isReached(s, b.status) && b.status !== 'cancelled';
    });
    let etas: { eta: Date; lateMinutes: number }[] = [];
    if (position && ahead.length > 0) {
      const points = [position, ...ahead];
      // The legs along the route: one matrix of consecutive points.
      const matrix = await deps.travelTimes.matrix(points.slice(0, -1), points.slice(1), now);
      const legs = ahead.map((_, i) => matrix.durationsSec[i]?.[i] ?? 0);
      etas = etasAlong(
        ahead.map((s) => ({
          plannedStart: new Date(s.start),
          plannedDeparture: new Date(s.departure),
          windowEnd: s.kind === 'pickup' ? (byId.get(s.refId)?.pickup_window_end ?? null) : null,
        })),
        legs,
        now,
      );
    }
    const nextStops = ahead.map((s, i) => {
      const b = s.kind === 'break' ? undefined : byId.get(s.refId);
      return {
        kind: s.kind,
        bookingId: s.kind === 'break' ? null : s.refId,
        label: s.label,
        passengerName: b?.full_name ?? null,
        lat: s.lat,
        lng: s.lng,
        plannedAt: s.start,
        windowEnd: s.kind === 'pickup' && b ? b.pickup_window_end.toISOString() : null,
        eta: etas[i]?.eta.toISOString() ?? null,
        lateMinutes: etas[i]?.lateMinutes ?? 0,
      };
    });
    const view: VehicleLiveView = {
      shiftId: shift.shift_id,
      vehicleId: shift.vehicle_id,
      plate: shift.plate,
      label: shift.label,
      driverId: shift.driver_id,
      driverName: shift.driver_name,
      serviceIds: shift.service_ids,
      position: position
        ? { lat: position.lat, lng: position.lng, at: new Date(position.at).toISOString() }
        : null,
      trail: trail.map((p) => ({ lat: p.lat, lng: p.lng, at: new Date(p.at).toISOString() })),
      nextStops,
      late: nextStops.some((s) => s.kind === 'pickup' && s.lateMinutes > 0),
    };
    return view;
  }

  return {
    /**
     * A fix from the driver's app. Kept only during one of their shifts and
     * at most every POSITION_INTERVAL_SECONDS (less a little for jitter);
     * each kept fix updates the live map and may raise a late alert.
     */
    async report(actor: AuthUser, input: PositionReport): Promise<{ accepted: boolean }> {
      if (actor.role !== 'driver' || !actor.driverId) throw new AppError('FORBIDDEN');
      const now = deps.now();
      const at = new Date(Math.min(input.at ? Date.parse(input.at) : now.getTime(), now.getTime()));
      const last = lastAccepted.get(actor.driverId);
      if (last !== undefined && at.getTime() - last < deps.settings.intervalSeconds * 800)
        return { accepted: false };
      const shift = await store.shiftOf(actor.driverId, at);
      if (!shift) return { accepted: false };
      lastAccepted.set(actor.driverId, at.getTime());
      const fix = { ...input, at };
      await store.insert(shift, fix);
      const view = await liveOf(shift, fix);
      deps.publish.vehicle(view);
      for (const stop of view.nextStops) {
        if (stop.kind !== 'pickup' || stop.lateMinutes <= 0 || !stop.bookingId) continue;
        if (!(await deps.claimLateAlert(stop.bookingId))) continue;
        deps.publish.alert({
          kind: 'late',
          driverId: shift.driver_id,
          driverName: shift.driver_name,
          plate: shift.plate,
          bookingId: stop.bookingId,
          passengerName: stop.passengerName ?? '',
          eta: stop.eta!,
          windowEnd: stop.windowEnd!,
          lateMinutes: stop.lateMinutes,
        });
      }
      return { accepted: true };
    },

    /** Every vehicle on shift now (of a service, if given), as the live map shows it. */
    async live(serviceId?: string): Promise<VehicleLiveView[]> {
      const shifts = (await store.shiftsAt(deps.now())).filter(
        (s) => !serviceId || s.service_ids.includes(serviceId),
      );
      return Promise.all(shifts.map(async (s) => liveOf(s, await store.last(s.shift_id))));
    },

    /** Deletes positions past the retention setting. */
    prune(): Promise<number> {
      const before = new Date(deps.now().getTime() - deps.settings.retentionHours * 3_600_000);
      return store.deleteOlderThan(before);
    },
  };
}

export type PositionsService = ReturnType<typeof createPositionsService>;
