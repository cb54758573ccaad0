export const club = {
  version: 8,
  name: 'club',
  sql: `
-- ——— Tenants' club (association loi 1901): its own books, apart from the conciergerie's till ———

-- A partner firm or body. category: merchant | insurer | building | service | public_body.
-- trade: a building trade code (plumbing, electricity…), required where the exclusivity rule applies.
-- status: candidate | active | suspended | ended; every change is kept in club_partner_status.
CREATE TABLE club_partner (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  siret TEXT NOT NULL,
  naf_code TEXT,
  category TEXT NOT NULL,
  trade TEXT,
  contact_name TEXT NOT NULL DEFAULT '',
  phone TEXT,
  email TEXT,
  address_line TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  agreement_start_on TEXT,
  agreement_end_on TEXT,
  status TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- One partner per establishment.
CREATE UNIQUE INDEX club_partner_siret ON club_partner(siret);
CREATE INDEX club_partner_trade ON club_partner(trade, status) WHERE trade IS NOT NULL;

-- A partner's yearly fee call; amount from the tier of its category at the time of the call.
-- cancelled_on: waived (e.g. the partnership ended before paying); a cancelled call is never due.
CREATE TABLE club_fee_call (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES club_partner(id),
  year INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL,
  called_on TEXT NOT NULL,
  cancelled_on TEXT,
  cancel_reason TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX club_fee_call_year ON club_fee_call(partner_id, year);

-- What a partner paid against a call (commercial income of the club). The budget book reads these rows as its
-- "partner fees" receipts: they are never copied there. method: cash | cheque | transfer | card.
CREATE TABLE club_fee_payment (
  id INTEGER PRIMARY KEY,
  fee_call_id INTEGER NOT NULL REFERENCES club_fee_call(id),
  paid_on TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  method TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL
);
CREATE INDEX club_fee_payment_call ON club_fee_payment(fee_call_id);
CREATE INDEX club_fee_payment_paid_on ON club_fee_payment(paid_on);

-- A reminder letter printed for an unpaid call; level 1, 2, 3… for repeated reminders.
CREATE TABLE club_fee_reminder (
  id INTEGER PRIMARY KEY,
  fee_call_id INTEGER NOT NULL REFERENCES club_fee_call(id),
  level INTEGER NOT NULL,
  sent_on TEXT NOT NULL,
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL
);
CREATE INDEX club_fee_reminder_call ON club_fee_reminder(fee_call_id);

-- The history of a partner's status; the latest row says why it is what it is. automatic = 1: applied by the
-- lapse rules (fee unpaid past the grace period, agreement ended), fee_call_id naming the unpaid call.
CREATE TABLE club_partner_status (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES club_partner(id),
  status TEXT NOT NULL,
  changed_on TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  automatic INTEGER NOT NULL DEFAULT 0,
  fee_call_id INTEGER REFERENCES club_fee_call(id),
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL
);
CREATE INDEX club_partner_status_partner ON club_partner_status(partner_id, id);

-- What a partner gives members. kind: percentage (value = percent) | fixed_amount (value = cents off) |
-- special_price (value = price in cents, usual_price_cents the public price when known).
-- benefit: contract (signed, renewed every year: home insurance) | use (a one-off purchase: a driving licence).
-- target: all | qpv (residences in a priority neighbourhood) | residences (those in club_offer_residence).
CREATE TABLE club_offer (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES club_partner(id),
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  value INTEGER NOT NULL,
  usual_price_cents INTEGER,
  benefit TEXT NOT NULL,
  default_saving_cents INTEGER NOT NULL,
  conditions TEXT NOT NULL DEFAULT '',
  valid_from TEXT NOT NULL,
  valid_until TEXT,
  target TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX club_offer_partner ON club_offer(partner_id);

CREATE TABLE club_offer_residence (
  offer_id INTEGER NOT NULL REFERENCES club_offer(id),
  residence_id INTEGER NOT NULL REFERENCES residence(id),
  PRIMARY KEY (offer_id, residence_id)
);

-- A household's contract signed through the club (kind contract: saving_cents per year, counted at signature and
-- at each anniversary while in force; ends_on null = renewed every year until terminated) or an offer it used
-- once (kind use: saving_cents counted once, on signed_on). Erasure keeps the row (counts and savings) and empties
-- reference and notes.
CREATE TABLE club_contract (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES household(id),
  offer_id INTEGER NOT NULL REFERENCES club_offer(id),
  kind TEXT NOT NULL,
  signed_by_person_id INTEGER REFERENCES person(id),
  signed_on TEXT NOT NULL,
  ends_on TEXT,
  saving_cents INTEGER NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX club_contract_household ON club_contract(household_id);
CREATE INDEX club_contract_offer ON club_contract(offer_id);

-- The club's receipts and expenses book, except partner fees (read from club_fee_payment).
-- direction: receipt | expense; amount_cents > 0.
CREATE TABLE club_budget_entry (
  id INTEGER PRIMARY KEY,
  entry_on TEXT NOT NULL,
  direction TEXT NOT NULL,
  category TEXT NOT NULL,
  label TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES staff_user(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX club_budget_entry_on ON club_budget_entry(entry_on);
`,
};
