export const households = {
  version: 4,
  name: 'households',
  sql: `
-- A household: tenants of a dwelling, or non-tenant members (then with a postal address of their own).
CREATE TABLE household (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  external_id TEXT,
  is_tenant INTEGER NOT NULL DEFAULT 1,
  address_line TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  accepts_mail INTEGER NOT NULL DEFAULT 1,
  last_contact_on TEXT,
  erased_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX household_external_unique ON household(external_id) WHERE external_id IS NOT NULL;

-- Who lived where and when: a move closes one occupancy and opens another, history is kept.
CREATE TABLE occupancy (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household(id),
  dwelling_id INTEGER NOT NULL REFERENCES dwelling(id),
  entered_on TEXT NOT NULL,
  left_on TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX occupancy_household ON occupancy(household_id, left_on);
CREATE INDEX occupancy_dwelling ON occupancy(dwelling_id, left_on);

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household(id),
  external_id TEXT,
  civility TEXT NOT NULL DEFAULT 'unspecified',
  family_name TEXT NOT NULL,
  usage_name TEXT NOT NULL DEFAULT '',
  first_name TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  phone TEXT,
  email TEXT,
  role TEXT NOT NULL DEFAULT 'member',
  languages TEXT NOT NULL DEFAULT '[]',
  notes TEXT NOT NULL DEFAULT '',
  erased_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX person_external_unique ON person(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX person_household ON person(household_id);

-- One search over people and households: names, contact, dwelling and residence, folded (no accents, no case).
CREATE VIRTUAL TABLE person_search USING fts5(
  person_id UNINDEXED,
  household_id UNINDEXED,
  names,
  contact,
  place,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Know-how exchange: what a person offers or would like.
CREATE TABLE skill (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person(id),
  direction TEXT NOT NULL,
  category TEXT NOT NULL,
  label TEXT NOT NULL,
  availability TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX skill_person ON skill(person_id);
CREATE INDEX skill_category ON skill(category, direction);

-- Follow-up of isolated or vulnerable people: restricted, with the person's consent (CNIL 2021).
-- AUTOINCREMENT: an ended follow-up is deleted, and its id must never be given again (the audit trail names it).
CREATE TABLE followup (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id INTEGER NOT NULL REFERENCES person(id),
  reason TEXT NOT NULL,
  consent_on TEXT NOT NULL,
  consent_scope TEXT NOT NULL,
  consent_proof TEXT NOT NULL,
  keep_after_end INTEGER NOT NULL DEFAULT 0,
  contact_every_days INTEGER NOT NULL,
  heatwave_register INTEGER NOT NULL DEFAULT 0,
  started_on TEXT NOT NULL,
  ended_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX followup_person ON followup(person_id);

CREATE TABLE followup_contact (
  id INTEGER PRIMARY KEY,
  followup_id INTEGER NOT NULL REFERENCES followup(id),
  contacted_on TEXT NOT NULL,
  kind TEXT NOT NULL,
  reached INTEGER NOT NULL,
  by_user_id INTEGER REFERENCES staff_user(id),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX followup_contact_followup ON followup_contact(followup_id, contacted_on);

-- A household whose dwelling no longer fits: too big, too small, unsuitable (stairs, no lift).
CREATE TABLE exchange_wish (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household(id),
  reason TEXT NOT NULL,
  wanted_typology TEXT,
  needs TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX exchange_wish_household ON exchange_wish(household_id);
`,
};
