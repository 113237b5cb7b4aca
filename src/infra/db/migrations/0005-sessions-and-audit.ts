import type { Migration } from '../migrate.js';

/**
 * Sessions and the audit log's search.
 *
 * A session is one login: the refresh tokens rotated from it form its family,
 * and every access token names it (`sid`). Logging out, or reusing a spent
 * refresh token (a sign it was stolen), revokes the session, so its access
 * tokens stop working at once and no token of the family renews it.
 *
 * The audit log gets the citizen whose data was read or changed as a column,
 * and indexes for the administrator's search by time, user, citizen and action.
 */
export const sessionsAndAudit: Migration = {
  version: 5,
  name: 'sessions-and-audit',
  sql: `
CREATE TABLE auth_sessions (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_reason text
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);
ALTER TABLE refresh_tokens ADD COLUMN session_id uuid REFERENCES auth_sessions(id);
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);

ALTER TABLE audit_log ADD COLUMN citizen_id uuid;
UPDATE audit_log SET citizen_id = entity_id::uuid
  WHERE entity = 'citizen' AND entity_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
CREATE INDEX audit_log_at_idx ON audit_log (at, id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at);
CREATE INDEX audit_log_citizen_idx ON audit_log (citizen_id, at);
CREATE INDEX audit_log_action_idx ON audit_log (action, at);
`,
};
