import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../domain/errors.js';
import type { Db } from '../../infra/db/database.js';
import { type AuthUser, STAFF } from '../auth/auth-user.js';
import type { PositionsStore } from '../positions/positions.store.js';
import type {
  DriverMessageInput,
  EmergencyReport,
  EmergencyView,
  MessageView,
  StaffMessageInput,
} from './messages.schema.js';
import type { MessagesStore } from './messages.store.js';

export interface MessagesServiceDeps {
  db: Db;
  store: MessagesStore;
  /** The driver's shift now and the vehicle's last position. */
  positions: Pick<PositionsStore, 'shiftOf' | 'last'>;
  /** Publishes through Redis (any process): to the driver's room and to the staff room. */
  publish: {
    message(view: MessageView): void;
    emergency(view: EmergencyView): void;
  };
  now: () => Date;
}

// What "recent" means for a screen that opens without a `since`.
const DAY_MS = 86_400_000;

/**
 * Short messages between dispatch and a driver, and a driver's emergency:
 * stored first, then pushed to the driver and to every operator connected.
 * A resent message or alarm (same client id) is stored and pushed once.
 * An emergency carries the vehicle's position (the phone's fix, or the last
 * one the app sent) and is acknowledged by one operator: the first wins.
 */
export function createMessagesService(deps: MessagesServiceDeps) {
  const { store } = deps;

  function driverIdOf(actor: AuthUser): string {
    if (actor.role !== 'driver' || !actor.driverId) throw new AppError('FORBIDDEN');
    return actor.driverId;
  }
  function staffOnly(actor: AuthUser): void {
    if (!STAFF.includes(actor.role)) throw new AppError('FORBIDDEN');
  }
  const sinceOf = (since: string | undefined) =>
    since ? new Date(since) : new Date(deps.now().getTime() - DAY_MS);

  return {
    async fromDriver(actor: AuthUser, input: DriverMessageInput): Promise<MessageView> {
      const driverId = driverIdOf(actor);
      const now = deps.now();
      const shift = await deps.positions.shiftOf(driverId, now);
      const { view, created } = await store.insertMessage({
        id: randomUUID(),
        driverId,
        shiftId: shift?.shift_id ?? null,
        fromDriver: true,
        body: input.body,
        senderUserId: actor.id,
        clientMessageId: `${actor.id}:${input.clientMessageId}`,
        at: now,
      });
      if (created) deps.publish.message(view);
      return view;
    },

    async toDriver(actor: AuthUser, input: StaffMessageInput): Promise<MessageView> {
      staffOnly(actor);
      const now = deps.now();
      const [driver] = await deps.db.query<{ id: string }>('SELECT id FROM drivers WHERE id = $1', [
        input.driverId,
      ]);
      if (!driver) throw notFound('driver');
      const shift = await deps.positions.shiftOf(input.driverId, now);
      const { view, created } = await store.insertMessage({
        id: randomUUID(),
        driverId: input.driverId,
        shiftId: shift?.shift_id ?? null,
        fromDriver: false,
        body: input.body,
        senderUserId: actor.id,
        clientMessageId: `${actor.id}:${input.clientMessageId}`,
        at: now,
      });
      if (created) deps.publish.message(view);
      return view;
    },

    /** Staff: recent messages, of one driver or of all. */
    list(actor: AuthUser, query: { driverId?: string; since?: string }): Promise<MessageView[]> {
      staffOnly(actor);
      return store.messages({
        ...(query.driverId ? { driverId: query.driverId } : {}),
        since: sinceOf(query.since),
      });
    },

    /** A driver: their own recent messages. */
    own(actor: AuthUser, query: { since?: string }): Promise<MessageView[]> {
      return store.messages({ driverId: driverIdOf(actor), since: sinceOf(query.since) });
    },

    async emergency(actor: AuthUser, input: EmergencyReport): Promise<EmergencyView> {
      const driverId = driverIdOf(actor);
      const now = deps.now();
      const shift = await deps.positions.shiftOf(driverId, now);
      const fix =
        input.lat !== undefined && input.lng !== undefined
          ? { lat: input.lat, lng: input.lng }
          : shift
            ? await deps.positions.last(shift.shift_id)
            : undefined;
      const { view, created } = await store.insertEmergency({
        id: randomUUID(),
        driverId,
        shiftId: shift?.shift_id ?? null,
        vehicleId: shift?.vehicle_id ?? null,
        lat: fix?.lat ?? null,
        lng: fix?.lng ?? null,
        clientEventId: `${actor.id}:${input.clientEventId}`,
        at: now,
      });
      if (created) deps.publish.emergency(view);
      return view;
    },

    /** One operator takes the emergency; a later acknowledgement answers who did, and when. */
    async acknowledge(actor: AuthUser, id: string): Promise<EmergencyView> {
      staffOnly(actor);
      const taken = await store.acknowledge(id, actor.id, deps.now());
      const view = await store.emergency(id);
      if (!view) throw notFound('emergency');
      if (taken) deps.publish.emergency(view);
      return view;
    },

    emergencies(actor: AuthUser, openOnly: boolean): Promise<EmergencyView[]> {
      staffOnly(actor);
      return store.emergencies({ openOnly, since: sinceOf(undefined) });
    },
  };
}

export type MessagesService = ReturnType<typeof createMessagesService>;
