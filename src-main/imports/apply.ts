import type { SyncDb } from '../../db/query.ts';
import { AppError } from '../core/errors.ts';
import { personColumns } from '../households/repository.ts';
import { refreshHouseholdSearch, refreshPersonSearch } from '../households/search-index.ts';
import { type HouseholdPlan, type ImportPlan, PERSON_COLUMN } from './plan.ts';

/** The later of two ISO dates: a stay never ends before it began. */
const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Writes a plan. Must run inside the caller's transaction: a failure on any row throws, and the transaction then
 * leaves the database as it was. The message names the row, never its content.
 */
export function applyPlan(db: SyncDb, plan: ImportPlan, nowIso: string, today: string): void {
  const reindexHouseholds = new Set<number>();
  const reindexPeople = new Set<number>();
  let line = 0;
  try {
    for (const household of plan.households) {
      line = household.rows[0]!.line;
      const householdId = writeHousehold(db, household, nowIso, today, reindexHouseholds);
      for (const row of household.rows) {
        line = row.line;
        if (row.status === 'unchanged') continue;
        const person = row.person!;
        if (row.status === 'new') {
          const { id } = db.get(
            db.q
              .insertInto('person')
              .values({ ...personColumns(person), household_id: householdId, created_at: nowIso, updated_at: nowIso })
              .returning('id'),
          )!;
          reindexPeople.add(id);
          continue;
        }
        const changes: Record<string, string | number | null> = { household_id: householdId, updated_at: nowIso };
        for (const key of row.provided) changes[PERSON_COLUMN[key]] = person[key];
        if (row.personKey) changes.external_id = row.personKey;
        db.run(db.q.updateTable('person').set(changes).where('id', '=', row.personId!));
        reindexPeople.add(row.personId!);
      }
    }
    line = 0;
    refreshHouseholdSearch(db, [...reindexHouseholds]);
    refreshPersonSearch(db, [...reindexPeople]);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const where = line > 0 ? `la ligne ${line} n'a pas pu être enregistrée` : "l'index de recherche n'a pas pu être mis à jour";
    const failure = new AppError('CONFLICT', `Import annulé : ${where}. Aucune donnée n'a été modifiée ; corrigez cette ligne ou contactez le support.`);
    failure.cause = error; // for the technical log, never shown
    throw failure;
  }
}

function writeHousehold(db: SyncDb, plan: HouseholdPlan, nowIso: string, today: string, reindex: Set<number>): number {
  let id: number;
  if (!plan.existing) {
    id = db.get(
      db.q
        .insertInto('household')
        .values({
          name: plan.name,
          external_id: plan.key,
          is_tenant: plan.dwellingId === null ? 0 : 1,
          address_line: plan.address.line ?? '',
          postcode: plan.address.postcode ?? '',
          city: plan.address.city ?? '',
          notes: '',
          accepts_mail: 1,
          created_at: nowIso,
          updated_at: nowIso,
        })
        .returning('id'),
    )!.id;
  } else {
    id = plan.existing.id;
    if (plan.changed) {
      const changes: Record<string, string | number> = { updated_at: nowIso };
      if (plan.rename) changes.name = plan.name;
      if (plan.becomesTenant) changes.is_tenant = 1;
      if (plan.address.line !== null) changes.address_line = plan.address.line;
      if (plan.address.postcode !== null) changes.postcode = plan.address.postcode;
      if (plan.address.city !== null) changes.city = plan.address.city;
      db.run(db.q.updateTable('household').set(changes).where('id', '=', id));
      reindex.add(id);
    }
  }

  const enteredOn = plan.entryDate ?? today;
  if (plan.occupancy === 'move' && plan.current) {
    db.run(db.q.updateTable('occupancy').set({ left_on: later(plan.current.entered_on, enteredOn) }).where('id', '=', plan.current.id));
  }
  if ((plan.occupancy === 'enter' || plan.occupancy === 'move') && plan.dwellingId !== null) {
    db.run(db.q.insertInto('occupancy').values({ household_id: id, dwelling_id: plan.dwellingId, entered_on: enteredOn, created_at: nowIso }));
    for (const stay of plan.vacate) {
      db.run(db.q.updateTable('occupancy').set({ left_on: later(stay.entered_on, enteredOn) }).where('id', '=', stay.id).where('left_on', 'is', null));
      reindex.add(stay.household_id);
    }
  }
  if (plan.occupancy === 'redate' && plan.current && plan.entryDate) {
    db.run(db.q.updateTable('occupancy').set({ entered_on: plan.entryDate }).where('id', '=', plan.current.id));
  }
  return id;
}
