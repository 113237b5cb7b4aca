import { z } from 'zod';
import { nameSchema } from '../../http/openapi-names.js';

// The canned texts (one tap each) live with the pages: web/shared/canned-messages.ts.
const MESSAGE_MAX = 280;
const text = z.string().trim().min(1).max(MESSAGE_MAX);
/** Makes a resent message count once. */
const clientMessageId = z.string().min(8).max(100);

/** A driver's message to dispatch (`POST /driver/messages`, socket `driver:message`). */
export const driverMessageInput = nameSchema(z.object({ body: text, clientMessageId }), {
  id: 'DriverMessageInput',
});
export type DriverMessageInput = z.infer<typeof driverMessageInput>;

/** Dispatch's message to one driver (`POST /messages`). */
export const staffMessageInput = z.object({ driverId: z.uuid(), body: text, clientMessageId });
export type StaffMessageInput = z.infer<typeof staffMessageInput>;

/** A stored message between dispatch and a driver. */
export const messageView = nameSchema(
  z.object({
    id: z.uuid(),
    driverId: z.uuid(),
    driverName: z.string(),
    /** The driver's vehicle plate at the time, when they were on a shift. */
    plate: z.string().nullable(),
    fromDriver: z.boolean(),
    senderName: z.string(),
    body: z.string(),
    at: z.string(),
  }),
  { id: 'DriverMessage' },
);
export type MessageView = z.infer<typeof messageView>;

export const messagesQuery = z.object({
  driverId: z.uuid().optional(),
  /** Messages since this instant; by default the last 24 hours. */
  since: z.iso.datetime({ offset: true }).optional(),
});
export const driverMessagesQuery = messagesQuery.omit({ driverId: true });

/** The driver pressed the emergency button (`POST /driver/emergencies`, socket `driver:emergency`). */
export const emergencyReport = nameSchema(
  z.object({
    /** Makes a resent alarm count once. */
    clientEventId: z.string().min(8).max(100),
    /** The phone's position now, if it has one; else the vehicle's last known position. */
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
  }),
  { id: 'EmergencyReport' },
);
export type EmergencyReport = z.infer<typeof emergencyReport>;

/** A driver's emergency, open until one operator acknowledges it. */
export const emergencyView = nameSchema(
  z.object({
    id: z.uuid(),
    driverId: z.uuid(),
    driverName: z.string(),
    plate: z.string().nullable(),
    vehicleId: z.uuid().nullable(),
    shiftId: z.uuid().nullable(),
    /** Where the vehicle was: the phone's fix, or its last position; null when neither is known. */
    position: z.object({ lat: z.number(), lng: z.number() }).nullable(),
    at: z.string(),
    acknowledgedAt: z.string().nullable(),
    acknowledgedByName: z.string().nullable(),
  }),
  { id: 'Emergency' },
);
export type EmergencyView = z.infer<typeof emergencyView>;

export const emergenciesQuery = z.object({
  /** `true`: only those no one has acknowledged; otherwise also those of the last 24 hours. */
  open: z.enum(['true', 'false']).optional(),
});
export const emergencyParams = z.object({ id: z.uuid() });
