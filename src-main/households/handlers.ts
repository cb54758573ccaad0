import type { Handlers } from '../core/dispatch.ts';
import { AppError } from '../core/errors.ts';
import type { householdsContract } from './contract.ts';
import { assertDwellingFree, dwellingOccupants, moveIn, moveOut } from './occupancy.ts';
import { assertPersonUnreferenced } from './references.ts';
import { assertHousehold, getHousehold, getPerson, householdColumns, householdNameFrom, personColumns } from './repository.ts';
import { assertHouseholdExternalIdFree, assertNotLastPerson, assertPersonExternalIdFree, assertSingleHolder } from './rules.ts';
import { searchHouseholds } from './search.ts';
import { refreshHouseholdSearch, refreshPersonSearch } from './search-index.ts';

/* Every write below keeps the search index (and the sort keys) in step, inside the same transaction. */
export const householdsHandlers: Handlers<typeof householdsContract> = {
  'households.search': (input, { db }) => searchHouseholds(db, input),

  'households.get': ({ id }, { db }) => getHousehold(db, id),

  'households.dwellingOccupants': ({ residenceId }, { db }) => dwellingOccupants(db, residenceId),

  'households.create': ({ people, dwelling, isTenant, ...fields }, { db, nowIso }) => {
    const now = nowIso();
    const name = fields.name || householdNameFrom(people);
    assertHouseholdExternalIdFree(db, fields.externalId);
    if (dwelling) assertDwellingFree(db, dwelling.dwellingId, dwelling.enteredOn, 0, 'dwelling.dwellingId');
    const { id } = db.get(
      db.q
        .insertInto('household')
        .values({ ...householdColumns({ ...fields, name }), is_tenant: isTenant ? 1 : 0, created_at: now, updated_at: now })
        .returning('id'),
    )!;
    const seen = new Set<string>();
    people.forEach((person, index) => {
      if (person.externalId !== null) {
        if (seen.has(person.externalId)) {
          throw new AppError('VALIDATION', `L’identifiant « ${person.externalId} » est saisi deux fois.`, [
            { path: `people.${index}.externalId`, message: `L’identifiant « ${person.externalId} » est saisi deux fois.` },
          ]);
        }
        seen.add(person.externalId);
      }
      assertPersonExternalIdFree(db, person.externalId, `people.${index}.`);
      db.run(db.q.insertInto('person').values({ ...personColumns(person), household_id: id, created_at: now, updated_at: now }));
    });
    if (dwelling) {
      db.run(db.q.insertInto('occupancy').values({ household_id: id, dwelling_id: dwelling.dwellingId, entered_on: dwelling.enteredOn, left_on: null, created_at: now }));
    }
    refreshHouseholdSearch(db, [id]);
    return getHousehold(db, id);
  },

  'households.update': ({ id, ...fields }, { db, nowIso }) => {
    assertHousehold(db, id);
    assertHouseholdExternalIdFree(db, fields.externalId, id);
    db.run(db.q.updateTable('household').set({ ...householdColumns(fields), updated_at: nowIso() }).where('id', '=', id));
    refreshHouseholdSearch(db, [id]);
    return getHousehold(db, id);
  },

  'households.moveIn': ({ householdId, dwellingId, enteredOn }, { db, nowIso }) => {
    moveIn(db, householdId, dwellingId, enteredOn, nowIso());
    return getHousehold(db, householdId);
  },

  'households.moveOut': ({ householdId, leftOn }, { db, nowIso }) => {
    moveOut(db, householdId, leftOn, nowIso());
    return getHousehold(db, householdId);
  },

  'people.add': ({ householdId, ...fields }, { db, nowIso }) => {
    assertHousehold(db, householdId);
    assertSingleHolder(db, householdId, fields.role);
    assertPersonExternalIdFree(db, fields.externalId, '');
    const now = nowIso();
    const { id } = db.get(
      db.q.insertInto('person').values({ ...personColumns(fields), household_id: householdId, created_at: now, updated_at: now }).returning('id'),
    )!;
    refreshPersonSearch(db, [id]);
    return getPerson(db, id);
  },

  'people.update': ({ id, ...fields }, { db, nowIso }) => {
    const current = getPerson(db, id);
    assertSingleHolder(db, current.householdId, fields.role, id);
    assertPersonExternalIdFree(db, fields.externalId, '', id);
    db.run(db.q.updateTable('person').set({ ...personColumns(fields), updated_at: nowIso() }).where('id', '=', id));
    refreshPersonSearch(db, [id]);
    return getPerson(db, id);
  },

  'people.remove': ({ id }, { db }) => {
    const person = getPerson(db, id);
    assertNotLastPerson(db, person.householdId);
    assertPersonUnreferenced(db, id);
    db.run(db.q.deleteFrom('person').where('id', '=', id));
    refreshPersonSearch(db, [id]);
    return { id, householdId: person.householdId };
  },
};
