import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { createBackend } from '../../src-main/core/backend.ts';
import { ADMIN, call, dwellingInput, residenceInput, tempDir } from './helpers.ts';

/*
 * An office built to break the federation export's secrecy (period 2025, clock in February 2026, threshold 5):
 * - QPV A (QN08001M): "Grande" with 12 active households, "Petite" with only 2;
 * - QPV B (QN08002M): "Seule", where one household alone is active, and the QPV's single event;
 * - outside QPV: "Quatre" (exactly threshold − 1 active households), "Cinq" (exactly the threshold), "Vide" (only
 *   activity from 2024);
 * - 3 non-tenant members ("hors parc").
 * People carry distinctive names, phones, e-mails, birth dates and member numbers, so that any file can be scanned.
 * Rows other than residences are written straight into the file, as the other modules' fixtures do.
 */

export const PASSWORD = 'mot-de-passe-du-role';
export const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
export const QPV_A = 'QN08001M';
export const QPV_B = 'QN08002M';
const NOW = '2025-01-02T10:00:00.000Z';

export interface PersonalData {
  familyNames: string[];
  firstNames: string[];
  householdNames: string[];
  phones: string[];
  emails: string[];
  birthDates: string[];
  memberNumbers: string[];
  guestNames: string[];
}

export type ResidenceName = 'Grande' | 'Petite' | 'Seule' | 'Quatre' | 'Cinq' | 'Vide';

const RESIDENCES: { name: ResidenceName; qpv: string | null; dwellings: number }[] = [
  { name: 'Grande', qpv: QPV_A, dwellings: 12 },
  { name: 'Petite', qpv: QPV_A, dwellings: 2 },
  { name: 'Seule', qpv: QPV_B, dwellings: 3 },
  { name: 'Quatre', qpv: null, dwellings: 4 },
  { name: 'Cinq', qpv: null, dwellings: 5 },
  { name: 'Vide', qpv: null, dwellings: 3 },
];

/** A distinctive syllable-built word: never part of a label of the format. */
const word = (n: number, prefix: string) => prefix + ['qua', 'zor', 'vik', 'lem', 'tyr', 'bux', 'fen', 'gol'][n % 8]! + ['ast', 'iru', 'omb', 'eyk'][Math.floor(n / 8) % 4]! + String.fromCharCode(97 + (Math.floor(n / 32) % 26));

export async function adversarialOffice() {
  const backend = createBackend({ dataDir: tempDir(), clock: { now: () => new Date('2026-02-01T10:00:00Z') }, checkOutputs: true, automaticBackups: false });
  onTestFinished(() => backend.close());
  const admin = backend.connect();
  await call(admin, 'auth.setup', ADMIN);
  await call(admin, 'staff.create', { login: 'guichet', displayName: 'Agent du guichet', role: 'counter', password: PASSWORD });
  await call(admin, 'settings.saveOffice', { name: 'Office de test', legalForm: 'oph', siren: '732829320' });

  const residenceIds = {} as Record<ResidenceName, number>;
  const dwellingIds = {} as Record<ResidenceName, number[]>;
  for (const residence of RESIDENCES) {
    const created = await call(
      admin,
      'residences.create',
      residenceInput({
        name: residence.name,
        qpvCode: residence.qpv,
        dwellings: Array.from({ length: residence.dwellings }, (_, i) => dwellingInput(`${residence.name.toUpperCase()}-${i + 1}`)),
      }),
    );
    residenceIds[residence.name] = created.id;
    dwellingIds[residence.name] = created.dwellings.map((dwelling) => dwelling.id);
  }

  const personal: PersonalData = { familyNames: [], firstNames: [], householdNames: [], phones: [], emails: [], birthDates: [], memberNumbers: [], guestNames: [] };
  const db = new Database(backend.databaseFile, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  let serial = 0;
  const insert = (statement: string, ...params: unknown[]) => Number(db.prepare(statement).run(...params).lastInsertRowid);

  /** A household of two people (the first one a member) in a dwelling (null: not a tenant). */
  const household = (dwellingId: number | null) => {
    const n = serial++;
    const family = word(n, 'Vor');
    personal.familyNames.push(family);
    personal.householdNames.push(`Foyer ${family}`);
    const householdId = insert(
      'INSERT INTO household (name, is_tenant, created_at, updated_at) VALUES (?, ?, ?, ?)',
      `Foyer ${family}`,
      dwellingId === null ? 0 : 1,
      NOW,
      NOW,
    );
    if (dwellingId !== null) insert('INSERT INTO occupancy (household_id, dwelling_id, entered_on, created_at) VALUES (?, ?, ?, ?)', householdId, dwellingId, '2018-03-01', NOW);
    const personIds = [0, 1].map((k) => {
      const first = word(n * 2 + k, 'Ys');
      const phone = `+3361${String(1000000 + n * 2 + k).slice(1)}`;
      const email = `${first.toLowerCase()}.${family.toLowerCase()}@courriel.test`;
      const birthDate = `19${50 + (n % 40)}-0${1 + k}-${String(10 + (n % 18)).padStart(2, '0')}`;
      personal.firstNames.push(first);
      personal.phones.push(phone);
      personal.emails.push(email);
      personal.birthDates.push(birthDate);
      return insert(
        'INSERT INTO person (household_id, family_name, first_name, birth_date, phone, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        householdId,
        family,
        first,
        birthDate,
        phone,
        email,
        NOW,
        NOW,
      );
    });
    const number = `A${String(10000 + n).slice(-5)}`;
    personal.memberNumbers.push(number);
    const memberId = insert('INSERT INTO member (person_id, number, joined_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', personIds[0], number, '2020-01-01', NOW, NOW);
    return { householdId, personIds, memberId };
  };

  const membership = (memberId: number, typeId: number, startsOn = '2025-01-01', endsOn = '2025-12-31') =>
    insert(
      'INSERT INTO membership (type_id, member_id, starts_on, ends_on, periods, price_cents, created_at) VALUES (?, ?, ?, ?, 1, 0, ?)',
      typeId,
      memberId,
      startsOn,
      endsOn,
      NOW,
    );
  const itemId = insert("INSERT INTO item (kind, title, created_at, updated_at) VALUES ('object', 'Perceuse', ?, ?)", NOW, NOW);
  const loan = (memberId: number, lentOn = '2025-03-10') => {
    const copyId = insert("INSERT INTO copy (item_id, barcode, status, created_at, updated_at) VALUES (?, ?, 'available', ?, ?)", itemId, `E${String(100000 + serial++).slice(-6)}`, NOW, NOW);
    insert(
      "INSERT INTO loan (copy_id, member_id, lent_on, due_on, returned_on, condition_out, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'good', ?, ?)",
      copyId,
      memberId,
      lentOn,
      lentOn,
      lentOn,
      NOW,
      NOW,
    );
  };
  const event = (qpvCode: string | null, startsAt: string, axis: number | null) =>
    insert(
      "INSERT INTO agenda_event (uid, title, category, tfpb_axis, qpv_code, starts_at, ends_at, audience, status, created_at, updated_at) VALUES (?, 'Atelier', 'workshop', ?, ?, ?, ?, 'all', 'planned', ?, ?)",
      `evt-${serial++}@test`,
      axis,
      qpvCode,
      startsAt,
      startsAt.replace('T14', 'T16'),
      NOW,
      NOW,
    );
  // A person's registration carries their household too, as the agenda writes it.
  const attend = (eventId: number, who: { personId?: number; householdId?: number; guest?: string }, seats = 1) => {
    if (who.guest) personal.guestNames.push(who.guest);
    insert(
      "INSERT INTO agenda_registration (event_id, person_id, household_id, guest_name, guest_phone, seats, status, registered_at, attended_at, attendance_source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, 'list', ?, ?)",
      eventId,
      who.personId ?? null,
      who.householdId ?? null,
      who.guest ?? null,
      who.guest ? '+33699887766' : null,
      seats,
      NOW,
      NOW,
      NOW,
      NOW,
    );
  };

  const homes = {} as Record<ResidenceName, ReturnType<typeof household>[]>;
  db.transaction(() => {
    for (const residence of RESIDENCES) homes[residence.name] = dwellingIds[residence.name].map((dwellingId) => household(dwellingId));
    const outside = [household(null), household(null), household(null)];
    personal.phones.push('+33699887766');

    // QPV A: every household of Grande is a member and borrows; 6 of them come to the QPV's workshop, with a guest.
    const workshop = event(QPV_A, '2025-05-14T14:00', 7);
    homes.Grande.forEach((home, i) => {
      membership(home.memberId, 1);
      loan(home.memberId);
      if (i < 6) attend(workshop, { personId: home.personIds[0], householdId: home.householdId });
    });
    attend(workshop, { guest: 'Quirinelle Bastombe' });
    // Petite: only two households, members who borrow.
    for (const home of homes.Petite) {
      membership(home.memberId, 1);
      loan(home.memberId);
    }
    // QPV B: one household alone, at the QPV's single event (the whole household, 2 seats), and a basket.
    const lonely = homes.Seule[0]!;
    attend(event(QPV_B, '2025-06-04T14:00', 7), { householdId: lonely.householdId }, 2);
    const orderId = insert(
      "INSERT INTO service_order (number, kind, member_id, status, due_on, total_cents, created_at, updated_at) VALUES ('P-1', 'basket', ?, 'delivered', '2025-06-06', 1000, ?, ?)",
      lonely.memberId,
      NOW,
      NOW,
    );
    insert("INSERT INTO service_order_line (order_id, service_id, label, quantity, unit_price_cents) VALUES (?, 5, 'Panier de légumes', 1, 1000)", orderId);
    // Outside QPV: exactly threshold − 1 members in Quatre, exactly the threshold in Cinq.
    for (const home of homes.Quatre) membership(home.memberId, 2);
    for (const home of homes.Cinq) {
      membership(home.memberId, 3);
      loan(home.memberId, '2025-09-01');
    }
    // Vide: activity of 2024 only, outside the period.
    for (const home of homes.Vide) membership(home.memberId, 1, '2024-01-01', '2024-12-31');
    for (const home of outside) {
      membership(home.memberId, 1);
      loan(home.memberId);
    }
    // The club: one contract for one household of Quatre.
    const partnerId = insert(
      "INSERT INTO club_partner (name, siret, category, status, created_at, updated_at) VALUES ('Assurance du Nord', '73282932000074', 'insurer', 'active', ?, ?)",
      NOW,
      NOW,
    );
    insert("INSERT INTO club_partner_status (partner_id, status, changed_on, created_at) VALUES (?, 'active', '2024-06-01', ?)", partnerId, NOW);
    const offerId = insert(
      "INSERT INTO club_offer (partner_id, title, kind, value, benefit, default_saving_cents, valid_from, target, created_at, updated_at) VALUES (?, 'Habitation', 'percentage', 10, 'contract', 15000, '2024-06-01', 'all', ?, ?)",
      partnerId,
      NOW,
      NOW,
    );
    insert(
      "INSERT INTO club_contract (household_id, offer_id, kind, signed_by_person_id, signed_on, saving_cents, created_at, updated_at) VALUES (?, ?, 'contract', ?, '2025-04-01', 15000, ?, ?)",
      homes.Quatre[0]!.householdId,
      offerId,
      homes.Quatre[0]!.personIds[0],
      NOW,
      NOW,
    );
    // A follow-up in Grande, with three contacts.
    const followupId = insert(
      "INSERT INTO followup (person_id, reason, consent_on, consent_scope, consent_proof, contact_every_days, started_on, created_at, updated_at) VALUES (?, 'isolement', '2024-11-01', 'suivi', 'signé', 14, '2024-11-01', ?, ?)",
      homes.Grande[0]!.personIds[1],
      NOW,
      NOW,
    );
    for (const on of ['2025-02-01', '2025-03-01', '2025-04-01']) {
      insert("INSERT INTO followup_contact (followup_id, contacted_on, kind, reached, created_at) VALUES (?, ?, 'phone', 1, ?)", followupId, on, NOW);
    }
  })();
  db.close();
  return { backend, admin, residenceIds, personal, homes };
}
