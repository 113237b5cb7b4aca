import { AppError, notFound } from '../../domain/errors.js';
import { isEligible, serviceDateOf } from '../../domain/services.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { BookingChanges } from '../bookings/booking-changes.js';
import type { BookingsService } from '../bookings/bookings.service.js';
import type { CitizensStore } from '../citizens/citizens.store.js';
import type { PlacesService } from '../places/places.service.js';
import type { PositionsService } from '../positions/positions.service.js';
import type { ServicesStore } from '../services/services.store.js';
import type { CitizenAccessStore } from './citizen-access.store.js';
import { firstName, forCitizen } from './citizen-view.js';

export interface CitizenSelfDeps {
  access: CitizenAccessStore;
  bookings: BookingsService;
  changes: BookingChanges;
  services: ServicesStore;
  citizens: CitizensStore;
  places: PlacesService;
  positions: PositionsService;
  timeZone: string;
  now: () => Date;
}

/** Statuses in which the car is on its way to the citizen: its position may be shown. */
const APPROACHING = new Set(['scheduled', 'arrived']);

/**
 * What a signed-in citizen (or a relative they named) may see and do: their
 * own rides, services, saved addresses and relatives. Anything else looks
 * like it does not exist (404), never "forbidden", so ids tell nothing.
 */
export function createCitizenSelfService(deps: CitizenSelfDeps) {
  const { access } = deps;

  async function assertCitizen(user: AuthUser, citizenId: string) {
    if (!(await access.canActFor(user.id, citizenId))) throw notFound('citizen');
  }

  async function ownRide(user: AuthUser, id: string) {
    const ride = await deps.bookings.get(id, user).catch(() => undefined);
    if (!ride || !(await access.canActFor(user.id, ride.citizenId))) throw notFound('booking');
    return ride;
  }

  return {
    async me(user: AuthUser) {
      return { userId: user.id, name: user.name, citizens: await access.reachableByUser(user.id) };
    },

    /** Every active service, with whether the citizen may book it today or has applied. */
    async services(user: AuthUser, citizenId: string) {
      await assertCitizen(user, citizenId);
      const today = serviceDateOf(deps.now(), deps.timeZone);
      const records = (await deps.citizens.eligibilityOf(citizenId)).map((e) => ({
        serviceId: e.service_id,
        validFrom: e.valid_from,
        validUntil: e.valid_until,
      }));
      const applied = new Set(await access.openApplications(citizenId));
      return (await deps.services.all())
        .filter((s) => s.active)
        .map((s) => ({
          id: s.id,
          nameTr: s.nameTr,
          nameEn: s.nameEn,
          eligible: isEligible(records, s.id, today),
          applied: applied.has(s.id),
          timing: s.timing,
          asapAllowed: s.asapAllowed,
          returnTrip: s.returnTrip,
          maxCompanions: s.maxCompanions,
          minNoticeMinutes: s.minNoticeMinutes,
          maxDaysAhead: s.maxDaysAhead,
          sameDayAllowed: s.sameDayAllowed,
        }));
    },

    /** Records a request for a service the citizen is not eligible for; the operators decide. */
    async apply(user: AuthUser, citizenId: string, serviceId: string, note?: string) {
      await assertCitizen(user, citizenId);
      if (!(await deps.services.find(serviceId))) throw notFound('service');
      const id = await access.apply(citizenId, serviceId, note ?? null, user.id);
      return { id, serviceId, status: 'open' as const };
    },

    async addresses(user: AuthUser, citizenId: string) {
      await assertCitizen(user, citizenId);
      return deps.places.listSaved(citizenId);
    },

    async rides(user: AuthUser, citizenId: string, scope: 'upcoming' | 'past') {
      await assertCitizen(user, citizenId);
      return (await deps.bookings.ofCitizen(citizenId, scope)).map(forCitizen);
    },

    async ride(user: AuthUser, id: string) {
      return forCitizen(await ownRide(user, id));
    },

    async cancel(user: AuthUser, id: string, reason: string, cancelReturn: boolean) {
      await ownRide(user, id);
      return forCitizen(await deps.changes.cancel(id, reason, user, cancelReturn));
    },

    /**
     * The ride's car while it approaches: its last GPS position and the ETA at
     * the pickup from it, or the planned time when the phone sends nothing.
     * No other car and no other rider is ever shown.
     */
    async vehicle(user: AuthUser, id: string) {
      const ride = await ownRide(user, id);
      const planned = ride.planned;
      const base = {
        status: ride.status,
        plate: planned?.vehicle.plate ?? null,
        driverFirstName: planned ? firstName(planned.driverName) : null,
      };
      if (!planned || !APPROACHING.has(ride.status))
        return { ...base, position: null, eta: null, etaSource: null };
      const live = (await deps.positions.live(ride.serviceId)).find(
        (v) => v.shiftId === planned.shiftId,
      );
      const stop = live?.nextStops.find((s) => s.bookingId === ride.id && s.kind === 'pickup');
      if (live?.position && stop?.eta)
        return { ...base, position: live.position, eta: stop.eta, etaSource: 'gps' as const };
      return { ...base, position: null, eta: planned.pickupAt, etaSource: 'plan' as const };
    },

    async relatives(user: AuthUser, citizenId: string) {
      await assertCitizen(user, citizenId);
      return (await access.relatives(citizenId)).map((r) => ({
        phone: r.phone,
        name: r.name,
        since: r.created_at.toISOString(),
      }));
    },

    /** Only the citizen themself names or removes a relative, never a relative acting for them. */
    async addRelative(user: AuthUser, citizenId: string, phone: string, name: string) {
      const own = (await access.reachableByUser(user.id)).find((c) => c.id === citizenId);
      if (!own) throw notFound('citizen');
      if (own.relation !== 'self') throw new AppError('FORBIDDEN');
      await access.addRelative(citizenId, phone, name);
      return this.relatives(user, citizenId);
    },

    async removeRelative(user: AuthUser, citizenId: string, phone: string) {
      const own = (await access.reachableByUser(user.id)).find((c) => c.id === citizenId);
      if (!own) throw notFound('citizen');
      if (own.relation !== 'self') throw new AppError('FORBIDDEN');
      if (!(await access.removeRelative(citizenId, phone))) throw notFound('citizen');
    },
  };
}

export type CitizenSelfService = ReturnType<typeof createCitizenSelfService>;
