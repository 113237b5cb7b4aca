import type { Migration } from '../migrate.js';

/**
 * Being told: the texts an administrator gives each service's messages (a
 * missing row uses the built-in text), what each citizen wants to receive,
 * and the record of every message, one row per ride, event, version and
 * channel, updated at each attempt so operators see what went out and what
 * failed. The row keeps the text as sent (it is what the citizen read) and
 * only a masked phone.
 */
export const messageTemplatesAndDeliveries: Migration = {
  version: 14,
  name: 'message-templates-and-deliveries',
  sql: `
CREATE TABLE message_templates (
  service_id text NOT NULL REFERENCES services(id),
  event text NOT NULL,
  language text NOT NULL CHECK (language IN ('tr', 'en')),
  body text NOT NULL,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (service_id, event, language)
);

CREATE TABLE notification_preferences (
  citizen_id uuid PRIMARY KEY REFERENCES citizens(id),
  -- only the essential messages (on the way, arrived, a change close to the ride)
  essential_only boolean NOT NULL DEFAULT false,
  language text NOT NULL DEFAULT 'tr' CHECK (language IN ('tr', 'en')),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notification_deliveries (
  id uuid PRIMARY KEY,
  booking_id uuid NOT NULL REFERENCES bookings(id),
  citizen_id uuid NOT NULL REFERENCES citizens(id),
  service_id text NOT NULL,
  event text NOT NULL,
  version text NOT NULL,
  channel text NOT NULL,
  language text NOT NULL,
  -- 'default' or 'custom': which text was used
  template text NOT NULL,
  state text NOT NULL CHECK (state IN ('queued', 'sent', 'retrying', 'failed', 'skipped', 'deferred')),
  -- why skipped, deferred or failed: 'opted-out', 'quiet-hours', 'no-address', …
  reason text,
  essential boolean NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  provider_message_id text,
  recipient text,
  body text,
  next_attempt_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  UNIQUE (booking_id, event, version, channel)
);
CREATE INDEX notification_deliveries_citizen_idx ON notification_deliveries (citizen_id, created_at DESC);
`,
};
