import { AppError } from '../core/errors.ts';
import type { Handlers } from '../core/dispatch.ts';
import type { residencesContract } from './contract.ts';
import {
  assertDwellingIdsFree,
  assertResidenceNameFree,
  dwellingColumns,
  getDwelling,
  getResidence,
  listResidences,
  residenceColumns,
} from './repository.ts';

function assertResidenceActive(archivedAt: string | null): void {
  if (archivedAt) throw new AppError('CONFLICT', 'Cette résidence est archivée : restaurez-la avant de la modifier.');
}

export const residencesHandlers: Handlers<typeof residencesContract> = {
  'residences.list': (input, { db }) => listResidences(db, input),

  'residences.get': ({ id }, { db }) => getResidence(db, id),

  'residences.create': ({ dwellings, ...fields }, { db, nowIso }) => {
    assertResidenceNameFree(db, fields.name);
    const now = nowIso();
    const { id } = db.get(
      db.q.insertInto('residence').values({ ...residenceColumns(fields), created_at: now, updated_at: now }).returning('id'),
    )!;
    dwellings.forEach((dwelling, index) => {
      assertDwellingIdsFree(db, dwelling, `dwellings.${index}.`);
      db.run(db.q.insertInto('dwelling').values({ ...dwellingColumns(dwelling), residence_id: id, created_at: now, updated_at: now }));
    });
    return getResidence(db, id);
  },

  'residences.update': ({ id, ...fields }, { db, nowIso }) => {
    assertResidenceActive(getResidence(db, id).archivedAt);
    assertResidenceNameFree(db, fields.name, id);
    db.run(db.q.updateTable('residence').set({ ...residenceColumns(fields), updated_at: nowIso() }).where('id', '=', id));
    return getResidence(db, id);
  },

  'residences.archive': ({ id }, { db, nowIso }) => {
    const residence = getResidence(db, id);
    if (residence.archivedAt) return residence;
    db.run(db.q.updateTable('residence').set({ archived_at: nowIso(), updated_at: nowIso() }).where('id', '=', id));
    return getResidence(db, id);
  },

  'residences.restore': ({ id }, { db, nowIso }) => {
    getResidence(db, id);
    db.run(db.q.updateTable('residence').set({ archived_at: null, updated_at: nowIso() }).where('id', '=', id));
    return getResidence(db, id);
  },

  'dwellings.add': ({ residenceId, ...fields }, { db, nowIso }) => {
    assertResidenceActive(getResidence(db, residenceId).archivedAt);
    assertDwellingIdsFree(db, fields, '');
    const now = nowIso();
    const { id } = db.get(
      db.q.insertInto('dwelling').values({ ...dwellingColumns(fields), residence_id: residenceId, created_at: now, updated_at: now }).returning('id'),
    )!;
    return getDwelling(db, id);
  },

  'dwellings.update': ({ id, ...fields }, { db, nowIso }) => {
    const current = getDwelling(db, id);
    assertResidenceActive(getResidence(db, current.residenceId).archivedAt);
    assertDwellingIdsFree(db, fields, '', id);
    db.run(db.q.updateTable('dwelling').set({ ...dwellingColumns(fields), updated_at: nowIso() }).where('id', '=', id));
    return getDwelling(db, id);
  },

  'dwellings.archive': ({ id }, { db, nowIso }) => {
    const current = getDwelling(db, id);
    if (current.archivedAt) return current;
    db.run(db.q.updateTable('dwelling').set({ archived_at: nowIso(), updated_at: nowIso() }).where('id', '=', id));
    return getDwelling(db, id);
  },
};
