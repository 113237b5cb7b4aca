import { AppError } from '../../domain/errors.js';
import { etasAlong } from '../../domain/vehicle-eta.js';
import { createBatcher } from '../../infra/batcher.js';
import type { Db } from '../../infra/db/database.js';
import type { TravelTimeProvider } from '../../infra/maps/travel-time-provider.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { FleetAlert } from '../dispatch/dispatch.schema.js';
import { isReached } from '../dispatch/driver-break.js';
import type { PositionReport, VehicleLiveView } from './positions.schema.js';
import type {
  Fix,
  PositionsStore,
  ShiftLive,
  ShiftNow,
  StoredPosition,
} from './positions.store.js';

type Kept = { shift: ShiftNow; live: ShiftLive } | undefined;

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
  /** Every kept fix, with what the live map shows (the citizens' "on the way" listens). */
  onFix?(view: VehicleLiveView): void;
  now: () => Date;
}

// Fixes gathered into one statement: a batch leaves this long after its first fix at most (the
// app's acknowledgement waits for it, nothing else does)…
const BATCH_WINDOW_MS = 50;
// …or as soon as it holds this many, and past this many waiting a fix is turned away: at 100
// fixes a second per process the queue stays far below it unless PostgreSQL stops answering.
const MAX_BATCH = 500;
const MAX_WAITING = 5_000;

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
  // Fixes kept in batches, one statement at a time per process (src/infra/batcher.ts).
  const batches = createBatcher<Fix & { driverId: string }, Kept>({
    handle: (fixes) =>
      store.recordMany(fixes, new Date(deps.now().getTime() - deps.settings.trailMinutes * 60_000)),
    windowMs: BATCH_WINDOW_MS,
    maxBatch: MAX_BATCH,
    maxWaiting: MAX_WAITING,
  });

  /** A fix that was not kept does not count against the driver's next one. */
  function forget(driverId: string, at: Date, before: number | undefined): void {
    if (lastAccepted.get(driverId) !== at.getTime()) return;
    if (before === undefined) lastAccepted.delete(driverId);
    else lastAccepted.set(driverId, before);
  }

  /** What the live map shows of a shift: read now, unless the fix just kept brought it. */
  async function liveOf(shift: ShiftNow, position: StoredPosition | undefined, read?: ShiftLive) {
    const now = deps.now();
    const since = new Date(now.getTime() - deps.settings.trailMinutes * 60_000);
    const { trail, stops, bookings: rows } = read ?? (await store.live(shift, since));
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
      const { driverId } = actor;
      const last = lastAccepted.get(driverId);
      if (last !== undefined && at.getTime() - last < deps.settings.intervalSeconds * 800)
        return { accepted: false };
      const fix = { ...input, at };
      // Held while the batch is on its way: a second fix meanwhile is throttled like any other.
      lastAccepted.set(driverId, at.getTime());
      const kept = await batches.add({ ...fix, driverId }).catch((error: unknown) => {
        forget(driverId, at, last);
        throw error;
      });
      if (!kept) {
        forget(driverId, at, last);
        return { accepted: false };
      }
      const { shift } = kept;
      const view = await liveOf(shift, fix, kept.live);
      deps.publish.vehicle(view);
      deps.onFix?.(view);
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
      return Promise.all(
        shifts.map(async (s) => liveOf(s, await store.last(s.shift_id, s.vehicle_id))),
      );
    },

    /** Deletes positions past the retention setting. */
    prune(): Promise<number> {
      const before = new Date(deps.now().getTime() - deps.settings.retentionHours * 3_600_000);
      return store.deleteOlderThan(before);
    },
  };
}

export type PositionsService = ReturnType<typeof createPositionsService>;
