export const conciergerie = {
  version: 7,
  name: 'conciergerie',
  sql: `
-- ——— Catalogue ———

CREATE TABLE item_category (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  archived_at TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX item_category_name ON item_category(kind, name);

-- A catalogue record (a book title, a game, a drill model, a kit); its copies carry the barcodes.
-- kind: object | book | game | kit. Money in cents; loan_days null = the counter's default.
CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  category_id INTEGER REFERENCES item_category(id),
  title TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  isbn TEXT,
  description TEXT NOT NULL DEFAULT '',
  conditions TEXT NOT NULL DEFAULT '',
  replacement_value_cents INTEGER NOT NULL DEFAULT 0,
  deposit_cents INTEGER NOT NULL DEFAULT 0,
  loan_days INTEGER,
  search_text TEXT NOT NULL DEFAULT '',
  retired_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX item_isbn ON item(isbn) WHERE isbn IS NOT NULL;
CREATE INDEX item_category_id ON item(category_id);
-- The catalogue is listed in search_text order (folded title first): deep pages read the index, not a sort.
CREATE INDEX item_search_order ON item(search_text, id);

-- Photos live in the database so that every backup carries them (resized by the renderer before upload).
CREATE TABLE item_photo (
  item_id INTEGER PRIMARY KEY REFERENCES item(id),
  mime TEXT NOT NULL,
  bytes BLOB NOT NULL,
  updated_at TEXT NOT NULL
);

-- A physical copy with its own barcode. condition: new | good | worn | damaged.
-- status: available | on_loan | reserved | in_repair | retired — kept in step by loans, holds and repairs.
CREATE TABLE copy (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES item(id),
  barcode TEXT NOT NULL UNIQUE,
  condition TEXT NOT NULL DEFAULT 'good',
  status TEXT NOT NULL DEFAULT 'available',
  notes TEXT NOT NULL DEFAULT '',
  acquired_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX copy_item ON copy(item_id, status);

-- A kit copy (item kind 'kit') is lent with its parts: each part is a copy that belongs to at most one kit.
CREATE TABLE kit_part (
  kit_copy_id INTEGER NOT NULL REFERENCES copy(id),
  part_copy_id INTEGER NOT NULL UNIQUE REFERENCES copy(id),
  PRIMARY KEY (kit_copy_id, part_copy_id)
);

CREATE TABLE repair (
  id INTEGER PRIMARY KEY,
  copy_id INTEGER NOT NULL REFERENCES copy(id),
  status TEXT NOT NULL,
  problem TEXT NOT NULL,
  repairer TEXT NOT NULL DEFAULT '',
  cost_cents INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  opened_on TEXT NOT NULL,
  closed_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX repair_open_copy ON repair(copy_id) WHERE closed_on IS NULL;

-- ——— Members ———

-- period_unit: day | month | year; scope: person | household. price 0 = free (e.g. for some categories).
CREATE TABLE membership_type (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  price_cents INTEGER NOT NULL,
  period_unit TEXT NOT NULL,
  period_count INTEGER NOT NULL,
  scope TEXT NOT NULL,
  max_loans INTEGER NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A member is a person on file (tenant or not); number is printed as a barcode on the card.
CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL UNIQUE REFERENCES person(id),
  number TEXT NOT NULL UNIQUE,
  joined_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A membership period; household_id set when it covers the whole household. ends_on is the last day included.
CREATE TABLE membership (
  id INTEGER PRIMARY KEY,
  type_id INTEGER NOT NULL REFERENCES membership_type(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  household_id INTEGER REFERENCES household(id),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  periods INTEGER NOT NULL DEFAULT 1,
  price_cents INTEGER NOT NULL,
  payment_id INTEGER REFERENCES payment(id),
  created_at TEXT NOT NULL
);
CREATE INDEX membership_member ON membership(member_id, ends_on);
CREATE INDEX membership_household ON membership(household_id, ends_on) WHERE household_id IS NOT NULL;

-- An operator's flag that blocks borrowing until cleared (the automatic ones are computed).
CREATE TABLE member_flag (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member(id),
  reason TEXT NOT NULL,
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL,
  cleared_by INTEGER REFERENCES staff_user(id),
  cleared_at TEXT
);
CREATE INDEX member_flag_member ON member_flag(member_id) WHERE cleared_at IS NULL;

-- The member's account: what they owe (late fee, damage: positive) and what settles it (payment, waiver: negative).
-- The balance is the sum; rows are never edited.
CREATE TABLE member_account_entry (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member(id),
  kind TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  label TEXT NOT NULL,
  loan_id INTEGER REFERENCES loan(id),
  payment_id INTEGER REFERENCES payment(id),
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL
);
CREATE INDEX member_account_member ON member_account_entry(member_id);

-- ——— Loans and holds ———

CREATE TABLE loan (
  id INTEGER PRIMARY KEY,
  copy_id INTEGER NOT NULL REFERENCES copy(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  lent_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  returned_on TEXT,
  renewals INTEGER NOT NULL DEFAULT 0,
  condition_out TEXT NOT NULL,
  condition_in TEXT,
  return_note TEXT NOT NULL DEFAULT '',
  deposit_cents INTEGER NOT NULL DEFAULT 0,
  deposit_payment_id INTEGER REFERENCES payment(id),
  deposit_refund_id INTEGER REFERENCES payment(id),
  late_fee_cents INTEGER NOT NULL DEFAULT 0,
  backdated INTEGER NOT NULL DEFAULT 0,
  lent_by INTEGER REFERENCES staff_user(id),
  returned_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- A copy is out at most once at a time.
CREATE UNIQUE INDEX loan_open_copy ON loan(copy_id) WHERE returned_on IS NULL;
CREATE INDEX loan_member ON loan(member_id, returned_on);
CREATE INDEX loan_due ON loan(due_on) WHERE returned_on IS NULL;

-- A reminder letter sent for a member's overdue loans; level 1, 2, 3… for repeated reminders.
CREATE TABLE loan_reminder (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member(id),
  level INTEGER NOT NULL,
  loan_ids TEXT NOT NULL,
  sent_on TEXT NOT NULL,
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL
);
CREATE INDEX loan_reminder_member ON loan_reminder(member_id, sent_on);

-- A hold on a catalogue record: the waiting list (wanted_from null, first come first served) or a future-dated
-- reservation (wanted_from..wanted_until). status: waiting | ready | collected | cancelled | expired.
CREATE TABLE hold (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES item(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  wanted_from TEXT,
  wanted_until TEXT,
  status TEXT NOT NULL,
  copy_id INTEGER REFERENCES copy(id),
  ready_on TEXT,
  notified_on TEXT,
  closed_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX hold_item ON hold(item_id, status, created_at);
CREATE INDEX hold_member ON hold(member_id, status);
-- Holds still in play (waiting or ready): every hold or copy write first settles the expired ready ones.
CREATE INDEX hold_active ON hold(status, ready_on);

-- ——— Paid services ———

-- kind: pressing | basket | other; unit: what the price is for ("chemise", "panier").
CREATE TABLE service (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  price_cents INTEGER NOT NULL,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A pressing ticket (dropped → ready → collected) or a basket order for a delivery date (ordered → delivered).
-- customer_name only for someone who is not a member.
CREATE TABLE service_order (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  member_id INTEGER REFERENCES member(id),
  customer_name TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  due_on TEXT NOT NULL,
  total_cents INTEGER NOT NULL,
  payment_id INTEGER REFERENCES payment(id),
  notes TEXT NOT NULL DEFAULT '',
  closed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX service_order_due ON service_order(kind, due_on, status);

CREATE TABLE service_order_line (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES service_order(id),
  service_id INTEGER NOT NULL REFERENCES service(id),
  label TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price_cents INTEGER NOT NULL
);
CREATE INDEX service_order_line_order ON service_order_line(order_id);

-- ——— Till ———

CREATE TABLE till_session (
  id INTEGER PRIMARY KEY,
  opened_at TEXT NOT NULL,
  opened_by INTEGER REFERENCES staff_user(id),
  opening_cash_cents INTEGER NOT NULL,
  closed_at TEXT,
  closed_by INTEGER REFERENCES staff_user(id),
  counted_cash_cents INTEGER,
  expected_cash_cents INTEGER,
  note TEXT NOT NULL DEFAULT ''
);
-- One till open at a time.
CREATE UNIQUE INDEX till_session_open ON till_session((closed_at IS NULL)) WHERE closed_at IS NULL;

-- Every payment, numbered for its receipt (e.g. 2026-000042). A refund is a new row with a negative amount.
-- method: cash | card | cheque | transfer. purpose: membership | late_fee | service | deposit | deposit_return |
-- event | other. Rows are never edited nor deleted (the triggers below enforce it).
CREATE TABLE payment (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  receipt_number TEXT NOT NULL UNIQUE,
  session_id INTEGER NOT NULL REFERENCES till_session(id),
  member_id INTEGER REFERENCES member(id),
  method TEXT NOT NULL,
  purpose TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  label TEXT NOT NULL,
  refund_of INTEGER REFERENCES payment(id),
  paid_at TEXT NOT NULL,
  created_by INTEGER REFERENCES staff_user(id)
);
CREATE INDEX payment_session ON payment(session_id);
CREATE INDEX payment_member ON payment(member_id);
CREATE INDEX payment_paid_at ON payment(paid_at);
CREATE TRIGGER payment_never_edited BEFORE UPDATE ON payment
BEGIN SELECT RAISE(ABORT, 'Un encaissement ne se modifie pas : enregistrez un remboursement.'); END;
CREATE TRIGGER payment_never_deleted BEFORE DELETE ON payment
BEGIN SELECT RAISE(ABORT, 'Un encaissement ne se supprime pas : enregistrez un remboursement.'); END;

-- A new office starts with the usual membership types and price list; the team edits them in the conciergerie.
INSERT INTO membership_type (name, price_cents, period_unit, period_count, scope, max_loans, description, created_at, updated_at) VALUES
  ('Mensuelle', 100, 'month', 1, 'person', 3, 'Un euro par mois, renouvelable à la caisse.', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('Annuelle foyer', 1000, 'year', 1, 'household', 5, 'Pour tout le foyer, un an.', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('Gratuite', 0, 'year', 1, 'person', 3, 'Moins de 18 ans et bénéficiaires des minima sociaux, sur justificatif.', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
INSERT INTO service (kind, label, unit, price_cents, created_at, updated_at) VALUES
  ('pressing', 'Chemise', 'pièce', 250, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('pressing', 'Pantalon', 'pièce', 400, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('pressing', 'Veste', 'pièce', 650, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('pressing', 'Couette', 'pièce', 1200, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('basket', 'Panier de légumes', 'panier', 1000, strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
`,
};
