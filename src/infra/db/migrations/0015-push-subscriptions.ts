import type { Migration } from '../migrate.js';

/**
 * Web Push for the request page: a browser a citizen user (or a relative they
 * named) signed in on gives its push endpoint and keys, and is told of the
 * rides as by SMS. One endpoint belongs to one user: a browser signed in by
 * someone else moves to them, so nobody receives another's messages.
 */
export const pushSubscriptions: Migration = {
  version: 15,
  name: 'push-subscriptions',
  sql: `
CREATE TABLE push_subscriptions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  endpoint text NOT NULL UNIQUE,
  p256dh text NOT NULL,
  auth text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_success_at timestamptz,
  last_failure_at timestamptz,
  last_failure text
);
CREATE INDEX push_subscriptions_user_idx ON push_subscriptions (user_id);
`,
};
