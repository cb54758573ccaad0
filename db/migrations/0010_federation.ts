export const federation = {
  version: 10,
  name: 'federation',
  sql: `
-- ——— Federation export (anonymised indicators) and the TFPB yearly report ———

-- One export as it was built and shown in the preview: the exact files that leave (or left) the office, kept so a
-- retry sends the same bytes. files: JSON array of { name, mediaType, content, sha256 }, the manifest included.
-- idempotency_key: a random UUID sent with every attempt, so the receiver can drop a second copy.
-- status: saved (written to files only) | queued (waiting in the outbox) | sending | sent | abandoned.
-- next_attempt_at: when the outbox tries again (null once sent or abandoned).
CREATE TABLE federation_export (
  id INTEGER PRIMARY KEY,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  schema_version TEXT NOT NULL,
  threshold INTEGER NOT NULL,
  files TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  endpoint_url TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  sent_at TEXT,
  last_error TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX federation_export_outbox ON federation_export(status, next_attempt_at);

-- Every sending attempt. outcome: sent | refused (HTTP 4xx: not retried) | failed (HTTP 5xx, network) | timeout |
-- offline. http_status null when no answer came.
CREATE TABLE federation_attempt (
  id INTEGER PRIMARY KEY,
  export_id INTEGER NOT NULL REFERENCES federation_export(id),
  attempted_at TEXT NOT NULL,
  outcome TEXT NOT NULL,
  http_status INTEGER,
  message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX federation_attempt_export ON federation_attempt(export_id, attempted_at);

-- One TFPB action of a year in a QPV, for the yearly report. source: manual | event (derived from the agenda's
-- events tagged with an axis) | service (derived from the conciergerie's services tagged with an axis);
-- source_key names what it was derived from (e.g. 'event-category:tutoring'), so deriving again updates it rather
-- than adding a twin. status: planned | done. Amounts in cents. cofunders, partners, documents: free text.
CREATE TABLE tfpb_action (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  qpv_code TEXT NOT NULL,
  axis INTEGER NOT NULL,
  sub_action TEXT NOT NULL DEFAULT '',
  label TEXT NOT NULL,
  status TEXT NOT NULL,
  dwellings INTEGER,
  cost_cents INTEGER NOT NULL DEFAULT 0,
  claimed_cents INTEGER NOT NULL DEFAULT 0,
  cofunders TEXT NOT NULL DEFAULT '',
  sessions INTEGER NOT NULL DEFAULT 0,
  participants INTEGER NOT NULL DEFAULT 0,
  households INTEGER NOT NULL DEFAULT 0,
  partners TEXT NOT NULL DEFAULT '',
  result_indicator TEXT NOT NULL DEFAULT '',
  documents TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL,
  source_key TEXT,
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX tfpb_action_year ON tfpb_action(year, qpv_code, axis);
CREATE UNIQUE INDEX tfpb_action_derived ON tfpb_action(year, qpv_code, source_key) WHERE source_key IS NOT NULL;

-- A paid service may count for a TFPB axis (a basket service for axis 7, for instance).
ALTER TABLE service ADD COLUMN tfpb_axis INTEGER;
`,
};
