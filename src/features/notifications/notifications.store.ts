import { randomUUID } from 'node:crypto';
import type { MessageLanguage, NotificationEvent } from '../../domain/message-templates.js';
import type { Db } from '../../infra/db/database.js';

export type DeliveryState = 'queued' | 'sent' | 'retrying' | 'failed' | 'skipped' | 'deferred';

/** One message on one channel as it stands after its latest attempt. */
export interface DeliveryRecord {
  bookingId: string;
  citizenId: string;
  serviceId: string;
  event: NotificationEvent;
  version: string;
  channel: string;
  language: MessageLanguage;
  template: 'default' | 'custom';
  essential: boolean;
  state: DeliveryState;
  reason?: string | null;
  error?: string | null;
  /** Already masked: never a whole phone number. */
  recipient?: string | null;
  body?: string | null;
  providerMessageId?: string | null;
  nextAttemptAt?: Date | null;
  /** True when this write is a new attempt to send (counted). */
  attempt: boolean;
}

export interface DeliveryRow {
  id: string;
  booking_id: string;
  citizen_id: string;
  service_id: string;
  event: string;
  version: string;
  channel: string;
  language: string;
  template: string;
  state: DeliveryState;
  reason: string | null;
  essential: boolean;
  attempts: number;
  last_error: string | null;
  provider_message_id: string | null;
  recipient: string | null;
  body: string | null;
  next_attempt_at: Date | null;
  created_at: Date;
  updated_at: Date;
  sent_at: Date | null;
}

export interface Preferences {
  essentialOnly: boolean;
  language: MessageLanguage;
  updatedAt: string | null;
}

export interface TemplateRow {
  event: NotificationEvent;
  language: MessageLanguage;
  body: string;
  updated_at: Date;
}

/** Owns message_templates, notification_preferences and notification_deliveries. */
export function createNotificationsStore(db: Db) {
  return {
    async templates(serviceId: string): Promise<TemplateRow[]> {
      return db.query<TemplateRow>(
        'SELECT event, language, body, updated_at FROM message_templates WHERE service_id = $1',
        [serviceId],
      );
    },

    async template(
      serviceId: string,
      event: NotificationEvent,
      language: MessageLanguage,
    ): Promise<string | undefined> {
      const [row] = await db.query<{ body: string }>(
        'SELECT body FROM message_templates WHERE service_id = $1 AND event = $2 AND language = $3',
        [serviceId, event, language],
      );
      return row?.body;
    },

    /** Sets a service's texts: a `null` body returns that event and language to the built-in text. */
    async saveTemplates(
      serviceId: string,
      changes: readonly {
        event: NotificationEvent;
        language: MessageLanguage;
        body: string | null;
      }[],
      userId: string,
      outer: Db = db,
    ): Promise<void> {
      await outer.transaction(async (tx) => {
        for (const c of changes) {
          if (c.body === null)
            await tx.query(
              'DELETE FROM message_templates WHERE service_id = $1 AND event = $2 AND language = $3',
              [serviceId, c.event, c.language],
            );
          else
            await tx.query(
              `INSERT INTO message_templates (service_id, event, language, body, updated_by, updated_at)
               VALUES ($1, $2, $3, $4, $5, now())
               ON CONFLICT (service_id, event, language)
               DO UPDATE SET body = EXCLUDED.body, updated_by = EXCLUDED.updated_by, updated_at = now()`,
              [serviceId, c.event, c.language, c.body, userId],
            );
        }
      });
    },

    async preferences(citizenId: string): Promise<Preferences> {
      const [row] = await db.query<{
        essential_only: boolean;
        language: MessageLanguage;
        updated_at: Date;
      }>(
        'SELECT essential_only, language, updated_at FROM notification_preferences WHERE citizen_id = $1',
        [citizenId],
      );
      return row
        ? {
            essentialOnly: row.essential_only,
            language: row.language,
            updatedAt: new Date(row.updated_at).toISOString(),
          }
        : { essentialOnly: false, language: 'tr', updatedAt: null };
    },

    async savePreferences(
      citizenId: string,
      prefs: { essentialOnly: boolean; language: MessageLanguage },
      userId: string,
    ): Promise<void> {
      await db.query(
        `INSERT INTO notification_preferences (citizen_id, essential_only, language, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (citizen_id) DO UPDATE SET essential_only = EXCLUDED.essential_only,
           language = EXCLUDED.language, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [citizenId, prefs.essentialOnly, prefs.language, userId],
      );
    },

    /**
     * Writes a message's state after an attempt: one row per ride, event,
     * version and channel, its attempts counted, its last error kept after a
     * later success (operators see that it failed before it went out).
     */
    async record(d: DeliveryRecord): Promise<void> {
      await db.query(
        `INSERT INTO notification_deliveries (id, booking_id, citizen_id, service_id, event, version, channel,
           language, template, state, reason, essential, attempts, last_error, provider_message_id,
           recipient, body, next_attempt_at, sent_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
           CASE WHEN $10::text = 'sent' THEN now() END)
         ON CONFLICT (booking_id, event, version, channel) DO UPDATE SET
           state = EXCLUDED.state,
           reason = EXCLUDED.reason,
           language = EXCLUDED.language,
           template = EXCLUDED.template,
           essential = EXCLUDED.essential,
           attempts = notification_deliveries.attempts + EXCLUDED.attempts,
           last_error = COALESCE(EXCLUDED.last_error, notification_deliveries.last_error),
           provider_message_id = COALESCE(EXCLUDED.provider_message_id, notification_deliveries.provider_message_id),
           recipient = COALESCE(EXCLUDED.recipient, notification_deliveries.recipient),
           body = COALESCE(EXCLUDED.body, notification_deliveries.body),
           next_attempt_at = EXCLUDED.next_attempt_at,
           sent_at = COALESCE(notification_deliveries.sent_at, EXCLUDED.sent_at),
           updated_at = now()`,
        [
          randomUUID(),
          d.bookingId,
          d.citizenId,
          d.serviceId,
          d.event,
          d.version,
          d.channel,
          d.language,
          d.template,
          d.state,
          d.reason ?? null,
          d.essential,
          d.attempt ? 1 : 0,
          d.error ?? null,
          d.providerMessageId ?? null,
          d.recipient ?? null,
          d.body ?? null,
          d.nextAttemptAt ?? null,
        ],
      );
    },

    async deliveriesOf(citizenId: string, limit: number): Promise<DeliveryRow[]> {
      return db.query<DeliveryRow>(
        `SELECT * FROM notification_deliveries WHERE citizen_id = $1
         ORDER BY created_at DESC, id LIMIT $2`,
        [citizenId, limit],
      );
    },
  };
}

export type NotificationsStore = ReturnType<typeof createNotificationsStore>;
