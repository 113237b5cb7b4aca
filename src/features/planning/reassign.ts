import { AppError, notFound } from '../../domain/errors.js';
import { insertRequest } from '../../scheduling/index.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { BookingView } from '../bookings/bookings.schema.js';
import { bookingToView } from '../bookings/bookings.store.js';
import { explainRefusal, reasonWords } from './explanations.js';
import { without, withoutRequest } from './plan-edits.js';
import type { Loaded, PlanningServiceDeps } from './planning.service.js';
import { isStrayRide } from './planning.store.js';
import { toStoredStops } from './problem-builder.js';
import { writePlannedTimes } from './route-writer.js';

const MAX_ATTEMPTS = 5;

interface ReassignDeps extends PlanningServiceDeps {
  /** The ride's partition (its date and area) with these bookings, built for the engine. */
  load(
    row: { service_date: string; pickup_lat: number; pickup_lng: number },
    ids: string[],
    now: Date,
  ): Promise<Loaded>;
  announce(ids: ReadonlySet<string>): Promise<void>;
  /** The day in memory turned out stale (`isStrayRide`): read it again. */
  forgetDay(row: { service_date: string; pickup_lat: number; pickup_lng: number }): void;
}

/**
 * Moves a scheduled booking to another shift of its day, if the engine
 * finds a feasible place there; else answers why, in the operator's words.
 * Optimistic like planning: commits only if the day did not change meanwhile.
 */
export function createReassigner(deps: ReassignDeps) {
  const { db, store, load, announce } = deps;
  return async function reassign(
    bookingId: string,
    shiftId: string,
    reason: string,
    actor: AuthUser,
  ): Promise<BookingView> {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const row = await deps.bookings.findById(bookingId);
      if (!row) throw notFound('booking');
      if (row.status !== 'scheduled' || !row.shift_id)
        throw new AppError('INVALID_TRANSITION', { from: row.status, action: 'reassign' });
      if (row.shift_id === shiftId) return bookingToView(row);
      const { snapshot, locations, built } = await load(row, [bookingId], deps.now());
      // With areas, a ride is carried by a vehicle of its pickup's area: another area's shift
      // is not in this day, and the operator is told so in words, not "no such shift".
      const to = snapshot.shifts.find((s) => s.id === shiftId);
      if (!to) {
        const elsewhere = await store.shiftOnDate(shiftId, row.service_date);
        if (!elsewhere) throw notFound('shift');
        const words = reasonWords({ code: 'other-area', params: {} });
        throw new AppError('REASSIGN_INFEASIBLE', {
          plate: elsewhere.plate,
          reason: 'other-area',
          reasonTr: words.tr,
          reasonEn: words.en,
        });
      }
      const source = built.plan.routes.find((r) => r.vehicleId === row.shift_id);
      const reduced = withoutRequest(
        {
          routes: built.plan.routes.map((r) => (r === source ? without(r, bookingId) : r)),
          unassigned: built.plan.unassigned,
        },
        bookingId,
      );
      const outcome = insertRequest(built.problem, reduced, bookingId, { vehicleIds: [shiftId] });
      if (outcome.kind === 'refused') {
        const why = explainRefusal(built.problem, reduced, bookingId, snapshot, deps.now(), [
          shiftId,
        ]);
        const words = reasonWords(why[0]);
        throw new AppError('REASSIGN_INFEASIBLE', {
          plate: to.vehicle.plate ?? '',
          reason: why[0]?.code ?? 'busy',
          reasonTr: words.tr,
          reasonEn: words.en,
        });
      }
      const route = outcome.plan.routes.find((r) => r.vehicleId === shiftId)!;
      const left = reduced.routes.find((r) => r.vehicleId === row.shift_id);
      const fromShift = snapshot.shifts.find((s) => s.id === row.shift_id);
      const changed = new Set<string>([bookingId]);
      const done = await db
        .transaction(async (tx) => {
          if (!(await store.lockSnapshot(snapshot, tx))) return false;
          const current = await deps.bookings.lock(bookingId, tx);
          if (current?.status !== 'scheduled' || current.shift_id !== row.shift_id)
            throw new AppError('CONFLICT');
          if (left && row.shift_id) {
            await store.saveRoute(row.shift_id, toStoredStops(left, locations), tx);
            // The stops after the one taken away may now be planned earlier.
            if (fromShift)
              for (const id of await writePlannedTimes(
                deps.bookings,
                tx,
                left,
                fromShift.vehicle.id,
              ))
                changed.add(id);
          }
          await store.saveRoute(shiftId, toStoredStops(route, locations), tx);
          for (const id of await writePlannedTimes(deps.bookings, tx, route, to.vehicle.id))
            changed.add(id);
          await deps.bookings.insertEvent(
            {
              bookingId,
              type: 'reassigned',
              fromStatus: 'scheduled',
              toStatus: 'scheduled',
              actorUserId: actor.id,
              actorRole: actor.role,
              details: {
                reason,
                fromShiftId: row.shift_id,
                toShiftId: shiftId,
                fromPlate: fromShift?.vehicle.plate,
                toPlate: to.vehicle.plate,
              },
            },
            tx,
          );
          await store.bumpSnapshot(snapshot, tx, {
            shiftIds: [shiftId, ...(row.shift_id ? [row.shift_id] : [])],
            bookingIds: [bookingId],
          });
          return true;
        })
        .catch((error: unknown) => {
          if (!isStrayRide(error)) throw error;
          deps.forgetDay(row);
          return false;
        });
      if (!done) continue;
      if (fromShift) deps.notifier.manifestChanged(fromShift.driverId, row.service_date);
      deps.notifier.manifestChanged(to.driverId, row.service_date);
      await announce(changed);
      return bookingToView((await deps.bookings.findById(bookingId))!);
    }
    throw new AppError('CONFLICT');
  };
}
