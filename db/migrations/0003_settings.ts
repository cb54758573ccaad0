export const settings = {
  version: 3,
  name: 'settings',
  sql: `
-- Office settings, one JSON value per key, validated by the app before it is written.
CREATE TABLE app_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};
