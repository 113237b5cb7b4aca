import { randomUUID } from 'node:crypto';
import type { MessageLanguage, NotificationEvent } from '../../domain/message-templates.js';
import { createBatcher } from '../../infra/batcher.js';
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
  const records = createBatcher<DeliveryRecord, { failed: unknown } | null>({
    handle: (items) => recordDeliveries(db, items),
    // Group commit: the first row leaves at once, the next ones gather while it is written.
    windowMs: 0,
    maxBatch: 200,
    // What was sent to a citizen is never turned away.
    maxWaiting: Number.POSITIVE_INFINITY,
  });

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
     * later success (operators see that it failed before it went out). Resolves
     * once the row is committed; rows written by messages in flight together
     * are committed as one statement.
     */
    async record(d: DeliveryRecord): Promise<void> {
      const outcome = await records.add(d);
      if (outcome) throw outcome.failed;
    },

    async deliveriesOf(citizenId: string, limit: number): Promise<DeliveryRow[]> {
      return db.query<DeliveryRow>(
        `SELECT * FROM notification_deliveries WHERE citizen_id = $1
         ORDER BY created_at DESC, event, channel LIMIT $2`,
        [citizenId, limit],
      );
    },
  };
}

export type NotificationsStore = ReturnType<typeof createNotificationsStore>;

const DELIVERY_KEY = (d: DeliveryRecord) => `${d.bookingId}|${d.event}|${d.version}|${d.channel}`;

/**
 * Upserts delivery rows, one statement per run of distinct messages (an
 * upsert may not touch a row twice), and answers each row's outcome: should
 * a statement fail, its rows are written one by one, so that only the row
 * at fault fails its caller.
 */
async function recordDeliveries(
  db: Db,
  items: readonly DeliveryRecord[],
): Promise<({ failed: unknown } | null)[]> {
  const outcomes: ({ failed: unknown } | null)[] = items.map(() => null);
  let run: number[] = [];
  const keys = new Set<string>();
  const flush = async () => {
    if (run.length === 0) return;
    const at = run;
    run = [];
    keys.clear();
    try {
      await upsertDeliveries(
        db,
        at.map((i) => items[i]!),
      );
    } catch (error) {
      if (at.length === 1) outcomes[at[0]!] = { failed: error };
      else
        for (const i of at)
          await upsertDeliveries(db, [items[i]!]).catch((failed: unknown) => {
            outcomes[i] = { failed };
          });
    }
  };
  for (const [i, d] of items.entries()) {
    const key = DELIVERY_KEY(d);
    if (keys.has(key)) await flush();
    keys.add(key);
    run.push(i);
  }
  await flush();
  return outcomes;
}

async function upsertDeliveries(db: Db, rows: readonly DeliveryRecord[]): Promise<void> {
  const column = <T>(f: (d: DeliveryRecord) => T) => rows.map(f);
  await db.query(
    `INSERT INTO notification_deliveries (id, booking_id, citizen_id, service_id, event, version, channel,
       language, template, state, reason, essential, attempts, last_error, provider_message_id,
       recipient, body, next_attempt_at, sent_at)
     SELECT t.*, CASE WHEN t.state = 'sent' THEN now() END
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[], $13::integer[], $14::text[],
       $15::text[], $16::text[], $17::text[], $18::timestamptz[])
       AS t(id, booking_id, citizen_id, service_id, event, version, channel, language, template, state,
         reason, essential, attempts, last_error, provider_message_id, recipient, body, next_attempt_at)
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
      column(() => randomUUID()),
      column((d) => d.bookingId),
      column((d) => d.citizenId),
      column((d) => d.serviceId),
      column((d) => d.event),
      column((d) => d.version),
      column((d) => d.channel),
      column((d) => d.language),
      column((d) => d.template),
      column((d) => d.state),
      column((d) => d.reason ?? null),
      column((d) => d.essential),
      column((d) => (d.attempt ? 1 : 0)),
      column((d) => d.error ?? null),
      column((d) => d.providerMessageId ?? null),
      column((d) => d.recipient ?? null),
      column((d) => d.body ?? null),
      column((d) => d.nextAttemptAt ?? null),
    ],
  );
}
