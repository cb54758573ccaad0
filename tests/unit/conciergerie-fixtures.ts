import Database from 'better-sqlite3';
import { SyncDb } from '../../db/query.ts';
import { searchText } from '../../src-main/conciergerie/catalogue/search-text.ts';
import { refreshHouseholdSearch } from '../../src-main/households/search-index.ts';
import { seedHousehold } from './people-fixtures.ts';

/*
 * Members, memberships, catalogue records and copies, flags, loans, holds and till sessions written straight into
 * the database file, so that each module's tests do not depend on the other modules' methods (built alongside). Rows are written the way those modules write them. No vitest import: the end-to-end tests use it too.
 */

const NOW = '2026-01-05T10:00:00.000Z';

function withDb<T>(databaseFile: string, work: (db: Database.Database) => T): T {
  const db = new Database(databaseFile, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return db.transaction(() => work(db))();
  } finally {
    db.close();
  }
}

export interface MemberSeed {
  number: string;
  familyName: string;
  firstName?: string;
  civility?: 'madame' | 'monsieur' | 'unspecified';
  phone?: string | null;
  /** A personal membership (migration 7 types: 1 Mensuelle, max 3 loans; 2 Annuelle foyer, max 6); by default a
   * Mensuelle over 2026; null: none. */
  membership?: { typeId: number; startsOn: string; endsOn: string } | null;
}

/** A non-tenant member (a household of their own) with a membership in force over the given days. */
export function seedMember(databaseFile: string, seed: MemberSeed): number {
  const { householdId, personIds } = seedHousehold(databaseFile, {
    name: seed.familyName,
    dwellingId: null,
    people: [{ familyName: seed.familyName, firstName: seed.firstName ?? '', civility: seed.civility ?? 'unspecified', phone: seed.phone ?? null }],
    address: { line: '14 rue des Jacobins', postcode: '80000', city: 'Amiens' },
  });
  return withDb(databaseFile, (db) => {
    // Indexed by the app's own function, as the households screens do: searches by name find the member.
    refreshHouseholdSearch(new SyncDb(db), [householdId]);
    const memberId = Number(
      db.prepare('INSERT INTO member (person_id, number, joined_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(personIds[0], seed.number, '2026-01-05', NOW, NOW)
        .lastInsertRowid,
    );
    const membership = seed.membership === undefined ? { typeId: 1, startsOn: '2026-01-01', endsOn: '2026-12-31' } : seed.membership;
    if (membership) {
      db.prepare(
        'INSERT INTO membership (type_id, member_id, household_id, starts_on, ends_on, periods, price_cents, created_at) VALUES (?, ?, NULL, ?, ?, 1, 0, ?)',
      ).run(membership.typeId, memberId, membership.startsOn, membership.endsOn, NOW);
    }
    return memberId;
  });
}

export interface ItemSeed {
  title: string;
  kind?: 'object' | 'book' | 'game' | 'kit';
  author?: string;
  conditions?: string;
  replacementValueCents?: number;
  depositCents?: number;
  loanDays?: number | null;
  /** One copy per barcode, in good condition, available. */
  barcodes: string[];
}

/** A catalogue record and its copies; returns the record's id and each copy's id by barcode. */
export function seedItem(databaseFile: string, seed: ItemSeed): { itemId: number; copies: Record<string, number> } {
  return withDb(databaseFile, (db) => {
    const itemId = Number(
      db
        .prepare(
          `INSERT INTO item (kind, title, author, conditions, replacement_value_cents, deposit_cents, loan_days, search_text, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          seed.kind ?? 'object',
          seed.title,
          seed.author ?? '',
          seed.conditions ?? '',
          seed.replacementValueCents ?? 0,
          seed.depositCents ?? 0,
          seed.loanDays ?? null,
          searchText(seed.title, seed.author ?? '', null, ''),
          NOW,
          NOW,
        ).lastInsertRowid,
    );
    const insert = db.prepare("INSERT INTO copy (item_id, barcode, condition, status, created_at, updated_at) VALUES (?, ?, 'good', 'available', ?, ?)");
    const copies = Object.fromEntries(seed.barcodes.map((barcode) => [barcode, Number(insert.run(itemId, barcode, NOW, NOW).lastInsertRowid)]));
    return { itemId, copies };
  });
}

/** Ties part copies to a kit copy (by barcode), as the catalogue does. */
export function seedKitParts(databaseFile: string, kitBarcode: string, partBarcodes: string[]): void {
  withDb(databaseFile, (db) => {
    const id = (barcode: string) => (db.prepare('SELECT id FROM copy WHERE barcode = ?').get(barcode) as { id: number }).id;
    const insert = db.prepare('INSERT INTO kit_part (kit_copy_id, part_copy_id) VALUES (?, ?)');
    for (const part of partBarcodes) insert.run(id(kitBarcode), id(part));
  });
}

/** An open loan of the copy to the member, due on that day; the copy goes on loan as the loans module does it. */
export function seedLoan(databaseFile: string, copyId: number, memberId: number, dueOn: string): void {
  withDb(databaseFile, (db) => {
    db.prepare(
      `INSERT INTO loan (copy_id, member_id, lent_on, due_on, condition_out, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'good', ?, ?)`,
    ).run(copyId, memberId, '2026-01-05', dueOn, NOW, NOW);
    db.prepare("UPDATE copy SET status = 'on_loan' WHERE id = ?").run(copyId);
  });
}

/** The copy set aside for the member (a ready hold on its record), as the holds module does it. */
export function seedReadyHold(databaseFile: string, copyId: number, memberId: number): void {
  withDb(databaseFile, (db) => {
    const { item_id: itemId } = db.prepare('SELECT item_id FROM copy WHERE id = ?').get(copyId) as { item_id: number };
    db.prepare(
      `INSERT INTO hold (item_id, member_id, status, copy_id, ready_on, created_at, updated_at)
       VALUES (?, ?, 'ready', ?, '2026-01-05', ?, ?)`,
    ).run(itemId, memberId, copyId, NOW, NOW);
    db.prepare("UPDATE copy SET status = 'reserved' WHERE id = ?").run(copyId);
  });
}

/** An operator's flag that blocks the member; returns the flag's id. */
export function seedFlag(databaseFile: string, memberId: number, reason: string): number {
  return withDb(databaseFile, (db) =>
    Number(db.prepare('INSERT INTO member_flag (member_id, reason, created_at) VALUES (?, ?, ?)').run(memberId, reason, NOW).lastInsertRowid),
  );
}

export function clearFlag(databaseFile: string, flagId: number): void {
  withDb(databaseFile, (db) => db.prepare('UPDATE member_flag SET cleared_at = ? WHERE id = ?').run(NOW, flagId));
}

/** A payment of the member's balance, as an account entry (the till's side is not needed by loans). */
export function seedBalancePayment(databaseFile: string, memberId: number, amountCents: number): void {
  withDb(databaseFile, (db) =>
    db.prepare("INSERT INTO member_account_entry (member_id, kind, amount_cents, label, created_at) VALUES (?, 'payment', ?, 'Règlement', ?)").run(memberId, -amountCents, NOW),
  );
}

/** An open till session (one at most), so that deposits can be taken and given back. */
export function openTill(databaseFile: string): void {
  withDb(databaseFile, (db) => db.prepare('INSERT INTO till_session (opened_at, opening_cash_cents) VALUES (?, 0)').run(NOW));
}

/** The counter's rules (Paramètres › Comptoir), written as the settings module stores them. */
export function setCounterRules(
  databaseFile: string,
  rules: { defaultLoanDays: number; lateFeePerWeekCents: number; defaultDepositCents: number; maxLoansPerMember: number; graceDays: number },
): void {
  withDb(databaseFile, (db) =>
    db
      .prepare("INSERT INTO app_setting (key, value, updated_at) VALUES ('settings.counter', ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .run(JSON.stringify(rules), NOW),
  );
}

/** Rows read through a connection of their own, not through the code under test. */
export function readRows<T>(databaseFile: string, statement: string, ...params: unknown[]): T[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(statement).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** One row read through a connection of its own. */
export const readRow = <T>(databaseFile: string, statement: string, ...params: unknown[]): T | undefined => readRows<T>(databaseFile, statement, ...params)[0];
