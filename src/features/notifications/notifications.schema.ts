import { z } from 'zod';
import {
  MAX_TEMPLATE_LENGTH,
  MESSAGE_LANGUAGES,
  NOTIFICATION_EVENTS,
  PLACEHOLDERS,
} from '../../domain/message-templates.js';

export const deliveryView = z.object({
  id: z.uuid(),
  bookingId: z.uuid(),
  citizenId: z.uuid(),
  serviceId: z.string(),
  event: z.enum(NOTIFICATION_EVENTS),
  channel: z.string(),
  language: z.enum(MESSAGE_LANGUAGES),
  template: z.enum(['default', 'custom']),
  /**
   * `queued` (being sent), `sent`, `retrying` (failed, tried again with
   * backoff), `failed` (given up), `skipped` (opted out, or no phone),
   * `deferred` (quiet hours: goes out at `nextAttemptAt`).
   */
  state: z.enum(['queued', 'sent', 'retrying', 'failed', 'skipped', 'deferred']),
  reason: z.string().nullable(),
  essential: z.boolean(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  providerMessageId: z.string().nullable(),
  /** The phone as masked: only its last two digits. */
  recipient: z.string().nullable(),
  /** The text as sent. */
  text: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().nullable(),
});
export type DeliveryView = z.infer<typeof deliveryView>;

export const deliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const preferencesView = z.object({
  citizenId: z.uuid(),
  /** Only the essential messages: the car on its way and at the door, news of a ride close at hand. */
  essentialOnly: z.boolean(),
  language: z.enum(MESSAGE_LANGUAGES),
  updatedAt: z.string().nullable(),
});

export const preferencesBody = z.object({
  essentialOnly: z.boolean(),
  language: z.enum(MESSAGE_LANGUAGES).optional(),
});

export const templateView = z.object({
  event: z.enum(NOTIFICATION_EVENTS),
  language: z.enum(MESSAGE_LANGUAGES),
  /** The text used now: the service's own, or the built-in one. */
  body: z.string(),
  custom: z.boolean(),
  defaultBody: z.string(),
  updatedAt: z.string().nullable(),
});

export const templatesView = z.object({
  serviceId: z.string(),
  placeholders: z.array(z.enum(PLACEHOLDERS)),
  maxLength: z.number(),
  templates: z.array(templateView),
});

export const templatesBody = z.object({
  templates: z
    .array(
      z.object({
        event: z.enum(NOTIFICATION_EVENTS),
        language: z.enum(MESSAGE_LANGUAGES),
        /** The new text; `null` returns to the built-in one. */
        body: z.string().trim().min(1).max(MAX_TEMPLATE_LENGTH).nullable(),
      }),
    )
    .min(1)
    .max(NOTIFICATION_EVENTS.length * MESSAGE_LANGUAGES.length),
});
