import { sql } from 'kysely';
import type { SyncDb } from '../../db/query.ts';
import type { DwellingRow } from '../../db/schema.ts';
import { invalidField, notFound } from '../core/errors.ts';
import { escapeLike, foldText, searchWords } from '../shared/text.ts';
import type { Dwelling, ResidenceDetail, ResidenceSort, ResidenceSummary } from './contract.ts';
import type { DwellingFields, ResidenceFields } from './fields.ts';

export function residenceColumns(fields: ResidenceFields) {
  return {
    name: fields.name,
    address: fields.address,
    postcode: fields.postcode,
    city: fields.city,
    insee_code: fields.inseeCode,
    qpv_code: fields.qpvCode,
    qpv_checked_on: fields.qpvCheckedOn,
    qpv_source: fields.qpvSource,
    year_built: fields.yearBuilt,
    notes: fields.notes,
    // Folded copies for accent-insensitive search and French-like sorting (SQLite folds ASCII only).
    search_text: foldText([fields.name, fields.address, fields.postcode, fields.city, fields.qpvCode ?? ''].join(' ')),
    sort_name: foldText(fields.name),
    sort_city: foldText(fields.city),
  };
}

export function dwellingColumns(fields: DwellingFields) {
  return {
    internal_id: fields.internalId,
    rpls_id: fields.rplsId,
    typology: fields.typology,
    floor: fields.floor,
    surface_m2: fields.surfaceM2,
    building: fields.building,
    entrance: fields.entrance,
    door: fields.door,
    // Absent: left as it is (unknown for a new dwelling), so that callers unaware of lifts never erase one.
    ...(fields.hasLift === undefined ? {} : { has_lift: fields.hasLift === null ? null : Number(fields.hasLift) }),
  };
}

function toDwelling(row: DwellingRow): Dwelling {
  return {
    id: row.id,
    residenceId: row.residence_id,
    internalId: row.internal_id,
    rplsId: row.rpls_id,
    typology: row.typology as Dwelling['typology'],
    floor: row.floor,
    surfaceM2: row.surface_m2,
    building: row.building,
    entrance: row.entrance,
    door: row.door,
    hasLift: row.has_lift === null ? null : row.has_lift === 1,
    archivedAt: row.archived_at,
  };
}

const dwellingCount = sql<number>`(SELECT COUNT(*) FROM dwelling d WHERE d.residence_id = residence.id AND d.archived_at IS NULL)`;

const SORT_COLUMNS = {
  name: 'sort_name',
  city: 'sort_city',
  dwellingCount: 'dwellingCount',
  qpvCode: 'qpv_code',
} as const;

export interface ResidenceQuery {
  search: string;
  sort: ResidenceSort;
  direction: 'asc' | 'desc';
  qpv: 'all' | 'in' | 'out';
  includeArchived: boolean;
  offset: number;
  limit: number;
}

export function listResidences(db: SyncDb, query: ResidenceQuery): { rows: ResidenceSummary[]; total: number } {
  let base = db.q.selectFrom('residence');
  for (const word of searchWords(query.search)) {
    base = base.where(sql<boolean>`search_text LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`);
  }
  if (!query.includeArchived) base = base.where('archived_at', 'is', null);
  if (query.qpv === 'in') base = base.where('qpv_code', 'is not', null);
  if (query.qpv === 'out') base = base.where('qpv_code', 'is', null);

  const total = db.get(base.select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  const rows = db.all(
    base
      .select(['id', 'name', 'address', 'postcode', 'city', 'qpv_code', 'archived_at', dwellingCount.as('dwellingCount')])
      .orderBy(sql.ref(SORT_COLUMNS[query.sort]), query.direction)
      .orderBy('sort_name')
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset),
  );
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      address: row.address,
      postcode: row.postcode,
      city: row.city,
      qpvCode: row.qpv_code,
      dwellingCount: row.dwellingCount,
      archivedAt: row.archived_at,
    })),
  };
}

export function getResidence(db: SyncDb, id: number): ResidenceDetail {
  const row = db.get(db.q.selectFrom('residence').selectAll().select(dwellingCount.as('dwellingCount')).where('id', '=', id));
  if (!row) throw notFound('Résidence');
  const dwellings = db.all(
    db.q.selectFrom('dwelling').selectAll().where('residence_id', '=', id).orderBy('building').orderBy('entrance').orderBy('floor').orderBy('door').orderBy('internal_id'),
  );
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    inseeCode: row.insee_code,
    qpvCode: row.qpv_code,
    qpvCheckedOn: row.qpv_checked_on,
    qpvSource: row.qpv_source,
    yearBuilt: row.year_built,
    notes: row.notes,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    dwellingCount: row.dwellingCount,
    dwellings: dwellings.map(toDwelling),
  };
}

export function getDwelling(db: SyncDb, id: number): Dwelling {
  const row = db.get(db.q.selectFrom('dwelling').selectAll().where('id', '=', id));
  if (!row) throw notFound('Logement');
  return toDwelling(row);
}

/** Refuses a second residence with the same name (case- and accent-insensitive), naming the one that exists. */
export function assertResidenceNameFree(db: SyncDb, name: string, exceptId?: number): void {
  let query = db.q.selectFrom('residence').select(['id', 'name']).where('sort_name', '=', foldText(name));
  if (exceptId) query = query.where('id', '!=', exceptId);
  const existing = db.get(query);
  if (existing) throw invalidField('name', `Une résidence porte déjà ce nom : « ${existing.name} ».`);
}

/** Refuses a dwelling whose internal or RPLS id is already used, naming the residence that holds it. */
export function assertDwellingIdsFree(db: SyncDb, fields: DwellingFields, path: string, exceptId?: number): void {
  const checks = [
    { column: 'internal_id', value: fields.internalId, field: 'internalId', label: "L'identifiant interne" },
    { column: 'rpls_id', value: fields.rplsId, field: 'rplsId', label: "L'identifiant RPLS" },
  ] as const;
  for (const check of checks) {
    if (check.value === null) continue;
    let query = db.q
      .selectFrom('dwelling')
      .innerJoin('residence', 'residence.id', 'dwelling.residence_id')
      .select(['residence.name as residence'])
      .where(`dwelling.${check.column}`, '=', check.value);
    if (exceptId) query = query.where('dwelling.id', '!=', exceptId);
    const holder = db.get(query);
    if (holder) {
      throw invalidField(`${path}${check.field}`, `${check.label} « ${check.value} » est déjà utilisé (résidence « ${holder.residence} »).`);
    }
  }
}
