import type { Db } from '../../infra/db/database.js';
import type { EmergencyView, MessageView } from './messages.schema.js';

interface MessageRow {
  id: string;
  driver_id: string;
  driver_name: string;
  plate: string | null;
  from_driver: boolean;
  sender_name: string;
  body: string;
  created_at: Date;
}

interface EmergencyRow {
  id: string;
  driver_id: string;
  driver_name: string;
  plate: string | null;
  vehicle_id: string | null;
  shift_id: string | null;
  lat: number | null;
  lng: number | null;
  created_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by_name: string | null;
}

const MESSAGE = `SELECT m.id, m.driver_id, d.full_name AS driver_name, v.plate, m.from_driver,
    u.display_name AS sender_name, m.body, m.created_at
  FROM driver_messages m JOIN drivers d ON d.id = m.driver_id JOIN users u ON u.id = m.sender_user_id
  LEFT JOIN shifts s ON s.id = m.shift_id LEFT JOIN vehicles v ON v.id = s.vehicle_id`;

const EMERGENCY = `SELECT e.id, e.driver_id, d.full_name AS driver_name, v.plate, e.vehicle_id,
    e.shift_id, e.lat, e.lng, e.created_at, e.acknowledged_at, u.display_name AS acknowledged_by_name
  FROM emergencies e JOIN drivers d ON d.id = e.driver_id
  LEFT JOIN vehicles v ON v.id = e.vehicle_id LEFT JOIN users u ON u.id = e.acknowledged_by`;

const messageOf = (r: MessageRow): MessageView => ({
  id: r.id,
  driverId: r.driver_id,
  driverName: r.driver_name,
  plate: r.plate,
  fromDriver: r.from_driver,
  senderName: r.sender_name,
  body: r.body,
  at: new Date(r.created_at).toISOString(),
});

const emergencyOf = (r: EmergencyRow): EmergencyView => ({
  id: r.id,
  driverId: r.driver_id,
  driverName: r.driver_name,
  plate: r.plate,
  vehicleId: r.vehicle_id,
  shiftId: r.shift_id,
  position: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
  at: new Date(r.created_at).toISOString(),
  acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at).toISOString() : null,
  acknowledgedByName: r.acknowledged_by_name,
});

/** Messages between dispatch and drivers, and drivers' emergencies: the one writer of both tables. */
export function createMessagesStore(db: Db) {
  return {
    /** Stores a message once per `clientMessageId`; a resend answers the first. */
    async insertMessage(m: {
      id: string;
      driverId: string;
      shiftId: string | null;
      fromDriver: boolean;
      body: string;
      senderUserId: string;
      clientMessageId: string;
      at: Date;
    }): Promise<{ view: MessageView; created: boolean }> {
      const inserted = await db.query<{ id: string }>(
        `INSERT INTO driver_messages
           (id, driver_id, shift_id, from_driver, body, sender_user_id, client_message_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (client_message_id) DO NOTHING RETURNING id`,
        [
          m.id,
          m.driverId,
          m.shiftId,
          m.fromDriver,
          m.body,
          m.senderUserId,
          m.clientMessageId,
          m.at,
        ],
      );
      const [row] = await db.query<MessageRow>(`${MESSAGE} WHERE m.client_message_id = $1`, [
        m.clientMessageId,
      ]);
      return { view: messageOf(row!), created: inserted.length > 0 };
    },

    async messages(filter: { driverId?: string; since: Date }): Promise<MessageView[]> {
      const rows = await db.query<MessageRow>(
        // The newest 500, shown oldest first.
        `SELECT * FROM (${MESSAGE} WHERE m.created_at >= $1 AND ($2::uuid IS NULL OR m.driver_id = $2)
           ORDER BY m.created_at DESC, m.id DESC LIMIT 500) recent ORDER BY created_at, id`,
        [filter.since, filter.driverId ?? null],
      );
      return rows.map(messageOf);
    },

    /** Stores an alarm once per `clientEventId`; a resend answers the first. */
    async insertEmergency(e: {
      id: string;
      driverId: string;
      shiftId: string | null;
      vehicleId: string | null;
      lat: number | null;
      lng: number | null;
      clientEventId: string;
      at: Date;
    }): Promise<{ view: EmergencyView; created: boolean }> {
      const inserted = await db.query<{ id: string }>(
        `INSERT INTO emergencies (id, driver_id, shift_id, vehicle_id, lat, lng, client_event_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (client_event_id) DO NOTHING RETURNING id`,
        [e.id, e.driverId, e.shiftId, e.vehicleId, e.lat, e.lng, e.clientEventId, e.at],
      );
      const [row] = await db.query<EmergencyRow>(`${EMERGENCY} WHERE e.client_event_id = $1`, [
        e.clientEventId,
      ]);
      return { view: emergencyOf(row!), created: inserted.length > 0 };
    },

    async emergency(id: string): Promise<EmergencyView | undefined> {
      const [row] = await db.query<EmergencyRow>(`${EMERGENCY} WHERE e.id = $1`, [id]);
      return row ? emergencyOf(row) : undefined;
    },

    /** The first acknowledgement wins (compare-and-set); `false` when it was already acknowledged. */
    async acknowledge(id: string, userId: string, at: Date): Promise<boolean> {
      const rows = await db.query<{ id: string }>(
        `UPDATE emergencies SET acknowledged_at = $3, acknowledged_by = $2
         WHERE id = $1 AND acknowledged_at IS NULL RETURNING id`,
        [id, userId, at],
      );
      return rows.length > 0;
    },

    async emergencies(filter: { openOnly: boolean; since: Date }): Promise<EmergencyView[]> {
      const rows = await db.query<EmergencyRow>(
        `${EMERGENCY} WHERE e.acknowledged_at IS NULL OR (NOT $1 AND e.created_at >= $2)
         ORDER BY e.created_at DESC LIMIT 200`,
        [filter.openOnly, filter.since],
      );
      return rows.map(emergencyOf);
    },
  };
}

export type MessagesStore = ReturnType<typeof createMessagesStore>;
