export const staff = {
  version: 2,
  name: 'staff',
  sql: `
CREATE TABLE staff_user (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled_at TEXT,
  password_changed_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX staff_user_login_unique ON staff_user(login COLLATE NOCASE);

CREATE TABLE role_right (
  role TEXT NOT NULL,
  module TEXT NOT NULL,
  level TEXT NOT NULL,
  PRIMARY KEY (role, module)
);

-- Who did what and when. Never the content of a record: only the method, the module and the record's id.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id INTEGER REFERENCES staff_user(id),
  user_login TEXT NOT NULL,
  action TEXT NOT NULL,
  method TEXT NOT NULL,
  module TEXT NOT NULL,
  target TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_user ON audit_log(user_id, at);
`,
};
