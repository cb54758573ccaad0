export const agenda = {
  version: 9,
  name: 'agenda',
  sql: `
-- ——— Agenda: events, recurring series, rooms, registrations and attendance ———

-- A bookable room. kind: conciergerie | common_room | other. Two events never share a room at the same time.
CREATE TABLE agenda_room (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  residence_id INTEGER REFERENCES residence(id),
  capacity INTEGER,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX agenda_room_name ON agenda_room(name) WHERE archived_at IS NULL;

-- The rule of a recurring series; its occurrences are agenda_event rows (series_id set), generated from starts_on to
-- until_on. frequency: weekly (every interval_count weeks on weekday, 1 = Monday … 7 = Sunday) | monthly (every
-- interval_count months on the month_week-th weekday, month_week 1..4 or -1 for the last). A cancelled session or a
-- holiday is an occurrence with status cancelled (an exception); exdates lists the days skipped at generation
-- (school holidays), as a JSON array of AAAA-MM-JJ.
CREATE TABLE agenda_series (
  id INTEGER PRIMARY KEY,
  frequency TEXT NOT NULL,
  interval_count INTEGER NOT NULL DEFAULT 1,
  weekday INTEGER NOT NULL,
  month_week INTEGER,
  starts_on TEXT NOT NULL,
  until_on TEXT NOT NULL,
  exdates TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One event, or one occurrence of a series. Times are the office's wall-clock time in Europe/Paris
-- ('AAAA-MM-JJTHH:MM', no offset): a Wednesday 14:00 session stays at 14:00 across daylight-saving changes; the
-- iCalendar export attaches TZID=Europe/Paris.
-- category: workshop | tutoring | meetup | cooking | energy | garden | outing | other. tfpb_axis: 1..8 or null.
-- Place: room_id (double-booking refused) or place_label (outside, free text). audience: all | members | residences
-- (tenants of the residences in agenda_event_residence). capacity null = no limit; price_cents 0 = free, else paid
-- through the conciergerie till (purpose 'event'). status: planned | cancelled. detached = 1: this occurrence was
-- edited on its own and whole-series edits leave it alone. uid: the stable iCalendar UID.
CREATE TABLE agenda_event (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  series_id INTEGER REFERENCES agenda_series(id),
  detached INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  category TEXT NOT NULL,
  tfpb_axis INTEGER,
  description TEXT NOT NULL DEFAULT '',
  qpv_code TEXT,
  room_id INTEGER REFERENCES agenda_room(id),
  place_label TEXT NOT NULL DEFAULT '',
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  organiser TEXT NOT NULL DEFAULT '',
  partners TEXT NOT NULL DEFAULT '',
  audience TEXT NOT NULL,
  capacity INTEGER,
  price_cents INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  cancel_reason TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX agenda_event_starts ON agenda_event(starts_at);
CREATE INDEX agenda_event_room ON agenda_event(room_id, starts_at) WHERE room_id IS NOT NULL;
CREATE INDEX agenda_event_series ON agenda_event(series_id, starts_at) WHERE series_id IS NOT NULL;

-- The residences an event is for (its QPV follows from theirs unless qpv_code is set on the event).
CREATE TABLE agenda_event_residence (
  event_id INTEGER NOT NULL REFERENCES agenda_event(id),
  residence_id INTEGER NOT NULL REFERENCES residence(id),
  PRIMARY KEY (event_id, residence_id)
);
CREATE INDEX agenda_event_residence_residence ON agenda_event_residence(residence_id);

-- A registration to one event (occurrence): a known person (household_id = their household then, if any), a whole
-- household (person_id null, seats = people expected), or someone not yet known (guest_name and guest_phone).
-- status: confirmed | waiting | cancelled. Waiting registrations are promoted in registered_at, id order when a seat
-- frees up; capacity counts the seats of confirmed registrations. attended_at: checked in at the door
-- (attendance_source scan | list); a walk-in is a registration created at check-in. payment_id: the till payment of a
-- paid event (a refund is a new payment, never an edit).
CREATE TABLE agenda_registration (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES agenda_event(id),
  person_id INTEGER REFERENCES person(id),
  household_id INTEGER REFERENCES household(id),
  guest_name TEXT,
  guest_phone TEXT,
  seats INTEGER NOT NULL DEFAULT 1,
  status TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  promoted_at TEXT,
  cancelled_at TEXT,
  attended_at TEXT,
  attendance_source TEXT,
  payment_id INTEGER REFERENCES payment(id),
  notes TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX agenda_registration_event ON agenda_registration(event_id, status);
CREATE INDEX agenda_registration_person ON agenda_registration(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX agenda_registration_household ON agenda_registration(household_id) WHERE household_id IS NOT NULL;
-- A person is registered once per event (a cancelled registration may be followed by a new one).
CREATE UNIQUE INDEX agenda_registration_once ON agenda_registration(event_id, person_id)
  WHERE person_id IS NOT NULL AND status <> 'cancelled';

-- A new office starts with its usual rooms; the team renames or archives them.
INSERT INTO agenda_room (name, kind, capacity, created_at, updated_at) VALUES
  ('Salle de la conciergerie', 'conciergerie', 12, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('Salle commune', 'common_room', 30, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
`,
};
