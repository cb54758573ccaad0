import type { SyncDb } from '../../db/query.ts';
import { AppError, invalidField, notFound } from '../core/errors.ts';
import type { Dwelling } from '../residences/contract.ts';
import { getDwelling } from '../residences/repository.ts';
import { frenchDate } from '../shared/days.ts';
import type { DwellingOccupant } from './contract.ts';
import { assertHousehold } from './repository.ts';
import { refreshHouseholdSearch } from './search-index.ts';

/*
 * Who lives where. A stay runs from its entry date to the day the household left (left_on, null while it lives
 * there); a new household may enter on the day the previous one left. A move closes one stay and opens the next,
 * so the history is kept.
 */

/** The other household whose stay in this dwelling overlaps a stay starting on `from` and still open. */
function occupantFrom(db: SyncDb, dwellingId: number, from: string, exceptHouseholdId: number) {
  return db.get(
    db.q
      .selectFrom('occupancy')
      .innerJoin('household', 'household.id', 'occupancy.household_id')
      .select(['household.name', 'occupancy.entered_on', 'occupancy.left_on'])
      .where('occupancy.dwelling_id', '=', dwellingId)
      .where('occupancy.household_id', '!=', exceptHouseholdId)
      .where((eb) => eb.or([eb('occupancy.left_on', 'is', null), eb('occupancy.left_on', '>', from)]))
      .orderBy('occupancy.entered_on')
      .limit(1),
  );
}

/** Refuses a dwelling that does not exist, is archived, or is lived in by another household on that date. */
export function assertDwellingFree(db: SyncDb, dwellingId: number, from: string, householdId: number, path: string): Dwelling {
  const dwelling = getDwelling(db, dwellingId);
  if (dwelling.archivedAt) throw invalidField(path, `Le logement ${dwelling.internalId} est archivé : choisissez-en un autre.`);
  const occupant = occupantFrom(db, dwellingId, from, householdId);
  if (occupant) {
    const when = occupant.left_on
      ? `du ${frenchDate(occupant.entered_on)} au ${frenchDate(occupant.left_on)}`
      : `depuis le ${frenchDate(occupant.entered_on)}`;
    throw invalidField(path, `Le logement ${dwelling.internalId} est occupé par le foyer « ${occupant.name} » ${when}.`);
  }
  return dwelling;
}

function staysOf(db: SyncDb, householdId: number) {
  return db.all(
    db.q
      .selectFrom('occupancy')
      .select(['id', 'dwelling_id', 'entered_on', 'left_on'])
      .where('household_id', '=', householdId)
      .orderBy('entered_on'),
  );
}

/** The household moves into a dwelling on `enteredOn`; the stay it had ends that day. */
export function moveIn(db: SyncDb, householdId: number, dwellingId: number, enteredOn: string, now: string): void {
  assertHousehold(db, householdId);
  const stays = staysOf(db, householdId);
  const current = stays.find((stay) => stay.left_on === null);
  if (current?.dwelling_id === dwellingId) {
    throw invalidField('dwellingId', `Ce foyer habite déjà ce logement, depuis le ${frenchDate(current.entered_on)}.`);
  }
  if (current && enteredOn < current.entered_on) {
    throw invalidField(
      'enteredOn',
      `La date d’entrée ne peut pas précéder l’entrée dans le logement actuel (${frenchDate(current.entered_on)}).`,
    );
  }
  const lastLeft = stays.reduce<string | null>((latest, stay) => (stay.left_on && (!latest || stay.left_on > latest) ? stay.left_on : latest), null);
  if (!current && lastLeft && enteredOn < lastLeft) {
    throw invalidField('enteredOn', `La date d’entrée ne peut pas précéder la dernière sortie du foyer (${frenchDate(lastLeft)}).`);
  }
  assertDwellingFree(db, dwellingId, enteredOn, householdId, 'dwellingId');
  if (current) db.run(db.q.updateTable('occupancy').set({ left_on: enteredOn }).where('id', '=', current.id));
  db.run(db.q.insertInto('occupancy').values({ household_id: householdId, dwelling_id: dwellingId, entered_on: enteredOn, left_on: null, created_at: now }));
  db.run(db.q.updateTable('household').set({ is_tenant: 1, updated_at: now }).where('id', '=', householdId));
  refreshHouseholdSearch(db, [householdId]);
}

/** The household leaves its dwelling on `leftOn`; its stay stays in the history. */
export function moveOut(db: SyncDb, householdId: number, leftOn: string, now: string): void {
  assertHousehold(db, householdId);
  const current = staysOf(db, householdId).find((stay) => stay.left_on === null);
  if (!current) throw new AppError('CONFLICT', 'Ce foyer n’occupe aucun logement du parc : il n’y a pas de sortie à enregistrer.');
  if (leftOn < current.entered_on) {
    throw invalidField('leftOn', `La date de sortie ne peut pas précéder la date d’entrée (${frenchDate(current.entered_on)}).`);
  }
  db.run(db.q.updateTable('occupancy').set({ left_on: leftOn }).where('id', '=', current.id));
  db.run(db.q.updateTable('household').set({ is_tenant: 0, updated_at: now }).where('id', '=', householdId));
  refreshHouseholdSearch(db, [householdId]);
}

/** The dwellings of a residence with who lives there now: what the "choose a dwelling" list shows. */
export function dwellingOccupants(db: SyncDb, residenceId: number): DwellingOccupant[] {
  if (!db.get(db.q.selectFrom('residence').select('id').where('id', '=', residenceId))) throw notFound('Résidence');
  const rows = db.all(
    db.q
      .selectFrom('dwelling')
      .leftJoin('occupancy', (join) => join.onRef('occupancy.dwelling_id', '=', 'dwelling.id').on('occupancy.left_on', 'is', null))
      .leftJoin('household', 'household.id', 'occupancy.household_id')
      .select([
        'dwelling.id',
        'dwelling.internal_id',
        'dwelling.rpls_id',
        'dwelling.typology',
        'dwelling.floor',
        'dwelling.surface_m2',
        'dwelling.building',
        'dwelling.entrance',
        'dwelling.door',
        'dwelling.archived_at',
        'household.id as household_id',
        'household.name as household_name',
        'occupancy.entered_on',
      ])
      .where('dwelling.residence_id', '=', residenceId)
      .orderBy('dwelling.building')
      .orderBy('dwelling.entrance')
      .orderBy('dwelling.floor')
      .orderBy('dwelling.door')
      .orderBy('dwelling.internal_id'),
  );
  return rows.map((row) => ({
    id: row.id,
    internalId: row.internal_id,
    rplsId: row.rpls_id,
    typology: row.typology as Dwelling['typology'],
    floor: row.floor,
    surfaceM2: row.surface_m2,
    building: row.building,
    entrance: row.entrance,
    door: row.door,
    archived: row.archived_at !== null,
    occupant:
      row.household_id !== null && row.household_name !== null && row.entered_on !== null
        ? { householdId: row.household_id, name: row.household_name, since: row.entered_on }
        : null,
  }));
}
