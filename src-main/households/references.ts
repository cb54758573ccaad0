import type { SyncDb } from '../../db/query.ts';
import { AppError } from '../core/errors.ts';

/** What a table holding a reference to a person is called in a sentence. */
const LABELS: Record<string, [one: string, many: string]> = {
  skill: ['une compétence dans l’annuaire des savoir-faire', 'compétences dans l’annuaire des savoir-faire'],
  followup: ['un dossier de suivi', 'dossiers de suivi'],
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Every record of any table that points at this person, found from the schema's foreign keys: modules added later
 * (loans, memberships…) are covered without touching this code.
 */
function referencesToPerson(db: SyncDb, personId: number): { table: string; count: number }[] {
  const links = db.sqlite
    .prepare(
      `SELECT m.name AS tbl, f."from" AS col
         FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND f."table" = 'person'
        ORDER BY m.name`,
    )
    .all() as { tbl: string; col: string }[];
  const found: { table: string; count: number }[] = [];
  for (const link of links) {
    const count = db.sqlite.prepare(`SELECT COUNT(*) FROM ${quote(link.tbl)} WHERE ${quote(link.col)} = ?`).pluck().get(personId) as number;
    if (count > 0) found.push({ table: link.tbl, count });
  }
  return found;
}

/** Refuses to delete a person other records still refer to, and says which and what to do instead. */
export function assertPersonUnreferenced(db: SyncDb, personId: number): void {
  const references = referencesToPerson(db, personId);
  if (references.length === 0) return;
  const parts = references.map(({ table, count }) => {
    const label = LABELS[table];
    if (label) return count === 1 ? label[0] : `${count} ${label[1]}`;
    return count === 1 ? `un enregistrement « ${table} »` : `${count} enregistrements « ${table} »`;
  });
  throw new AppError(
    'CONFLICT',
    `Cette personne ne peut pas être retirée du foyer : ${parts.join(', ')} la concerne${references.length > 1 || (references[0]?.count ?? 0) > 1 ? 'nt' : ''}. ` +
      'Pour supprimer ses données, utilisez l’effacement (droits des personnes), qui les anonymise.',
  );
}
