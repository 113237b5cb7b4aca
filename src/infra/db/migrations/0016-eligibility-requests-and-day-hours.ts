import type { Migration } from '../migrate.js';

/**
 * Operators request eligibility and supervisors decide: a request is a
 * `service_applications` row (a citizen's own application is one too) with
 * the basis, document and validity the operator proposes, who filled it in,
 * and the decision (who, when, the eligibility it created or the reason it
 * was refused). Besides the holiday calendar, a day may have its own service
 * hours per service (closed, or open only from–to), which bookings obey.
 */
export const eligibilityRequestsAndDayHours: Migration = {
  version: 16,
  name: 'eligibility-requests-and-day-hours',
  sql: `
ALTER TABLE service_applications ADD COLUMN basis text;
ALTER TABLE service_applications ADD COLUMN disability_rate integer
  CHECK (disability_rate BETWEEN 0 AND 100);
ALTER TABLE service_applications ADD COLUMN document_ref text;
ALTER TABLE service_applications ADD COLUMN valid_from date;
ALTER TABLE service_applications ADD COLUMN valid_until date;
-- the staff member who asked on the citizen's behalf (null: the citizen's own application)
ALTER TABLE service_applications ADD COLUMN requested_by uuid REFERENCES users(id);
ALTER TABLE service_applications ADD COLUMN decided_by uuid REFERENCES users(id);
ALTER TABLE service_applications ADD COLUMN decided_at timestamptz;
ALTER TABLE service_applications ADD COLUMN decision_reason text;
ALTER TABLE service_applications ADD COLUMN eligibility_id uuid REFERENCES eligibility(id);
CREATE INDEX service_applications_citizen_idx ON service_applications (citizen_id, created_at);

-- A day's own hours for one service (local date and local HH:mm): closed, or open [opens_at, closes_at).
CREATE TABLE service_day_hours (
  date date NOT NULL,
  service_id text NOT NULL REFERENCES services(id),
  closed boolean NOT NULL,
  opens_at text,
  closes_at text,
  note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (date, service_id),
  CHECK (closed = (opens_at IS NULL) AND (opens_at IS NULL) = (closes_at IS NULL)),
  CHECK (closes_at IS NULL OR closes_at > opens_at)
);
`,
};
