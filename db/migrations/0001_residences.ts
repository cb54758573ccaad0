export const residences = {
  version: 1,
  name: 'residences',
  sql: `
CREATE TABLE residence (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  postcode TEXT NOT NULL,
  city TEXT NOT NULL,
  insee_code TEXT,
  qpv_code TEXT,
  qpv_checked_on TEXT,
  qpv_source TEXT,
  year_built INTEGER,
  notes TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL,
  sort_name TEXT NOT NULL,
  sort_city TEXT NOT NULL,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX residence_name_unique ON residence(name COLLATE NOCASE);
CREATE INDEX residence_sort_name ON residence(sort_name);

CREATE TABLE dwelling (
  id INTEGER PRIMARY KEY,
  residence_id INTEGER NOT NULL REFERENCES residence(id),
  internal_id TEXT NOT NULL,
  rpls_id TEXT,
  typology TEXT NOT NULL,
  floor INTEGER NOT NULL,
  surface_m2 REAL,
  building TEXT NOT NULL DEFAULT '',
  entrance TEXT NOT NULL DEFAULT '',
  door TEXT NOT NULL DEFAULT '',
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX dwelling_internal_id_unique ON dwelling(internal_id);
CREATE UNIQUE INDEX dwelling_rpls_id_unique ON dwelling(rpls_id) WHERE rpls_id IS NOT NULL;
CREATE INDEX dwelling_residence ON dwelling(residence_id);
`,
};
