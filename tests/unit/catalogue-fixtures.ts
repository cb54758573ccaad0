import Database from 'better-sqlite3';
import { seedHousehold } from './people-fixtures.ts';

/*
 * Members, loans and holds written straight into the database file, so that the catalogue and repairs tests can put
 * a copy in a member's hands without depending on the members and loans methods (built alongside).
 */

function withDb<T>(databaseFile: string, work: (db: Database.Database) => T): T {
  const db = new Database(databaseFile, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return db.transaction(() => work(db))();
  } finally {
    db.close();
  }
}

const NOW = '2026-01-05T10:00:00.000Z';

/** A non-tenant member with that number; returns the member's id. */
export function seedMember(databaseFile: string, number: string, person: { familyName: string; firstName: string }): number {
  const { personIds } = seedHousehold(databaseFile, { name: person.familyName, dwellingId: null, people: [person] });
  return withDb(databaseFile, (db) =>
    Number(
      db
        .prepare('INSERT INTO member (person_id, number, joined_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(personIds[0], number, '2026-01-05', NOW, NOW).lastInsertRowid,
    ),
  );
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

/** One row of the file read through a connection of its own, not through the code under test. */
export function readRow<T>(databaseFile: string, statement: string, ...params: unknown[]): T | undefined {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(statement).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}
